/**
 * The back office (/app): requires a session; header with the brand, the main navigation
 * filtered by role, the language switch and the user menu. While the user must change their
 * password, the navigation is hidden and only the password page is reachable.
 */
import { useEffect } from "react";
import { NavLink, Outlet } from "react-router";
import { useTranslation } from "react-i18next";
import { toAppLocale } from "../../i18n/format";
import { useAuth } from "../auth";
import { RequireSession } from "../guards";
import type { NavItem } from "../nav";
import { Brand, Footer, LanguageSwitch, RouteFocus, SkipLink } from "./shell";
import { UserMenu } from "./UserMenu";

/**
 * The back office speaks Dutch and English. Someone who reads the public site in French or German
 * sees the back office in Dutch (the fallback language); the saved choice stays for the public site.
 */
function useBackOfficeLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const lng = toAppLocale(i18n.language);
    if (lng === "fr-BE" || lng === "de-BE") {
      void i18n.changeLanguage("nl-BE");
      document.documentElement.lang = "nl-BE";
    }
  }, [i18n, i18n.language]);
}

export function BackOfficeLayout({ nav }: { nav: NavItem[] }) {
  useBackOfficeLanguage();
  return (
    <div className="layout layout--app">
      <SkipLink />
      <RouteFocus />
      <BackOfficeHeader nav={nav} />
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">
          <RequireSession>
            <Outlet />
          </RequireSession>
        </div>
      </main>
      <Footer />
    </div>
  );
}

function BackOfficeHeader({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const { me, hasRole } = useAuth();
  const items = me && !me.mustChangePassword ? nav.filter((i) => !i.roles || hasRole(...i.roles)) : [];
  return (
    <header className="site-header site-header--app">
      <div className="container site-header__row">
        <Brand to="/app" />
        {items.length ? (
          <nav className="main-nav" aria-label={t("common:nav.main")}>
            <ul>
              {items.map((i) => (
                <li key={i.to}>
                  <NavLink to={i.to} end={i.end} className="main-nav__link">
                    {t(i.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <span className="main-nav-spacer" />
        )}
        <div className="site-header__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
