/** The public site: header (Koers, Provincie Limburg, language, sign-in), the page, a footer. */
import { Link, Outlet } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth";
import { APP_LOCALES } from "../../i18n/format";
import { Brand, Footer, LanguageSwitch, RouteFocus, SkipLink } from "./shell";

export function PublicLayout() {
  const { t } = useTranslation("common");
  const { status } = useAuth();
  return (
    <div className="layout layout--public">
      <SkipLink />
      <RouteFocus />
      <header className="site-header">
        <div className="container site-header__row">
          <Brand to="/" />
          <div className="site-header__tools">
            <Link className="btn btn--on-dark" to="/oproepen">
              {t("app.grantCalls")}
            </Link>
            <Link className="btn btn--on-dark" to="/ruimte">
              {t("app.businessSpace")}
            </Link>
            <LanguageSwitch locales={APP_LOCALES} />
            {status === "signedIn" ? (
              <Link className="btn btn--on-dark" to="/app">
                {t("app.toWorkspace")}
              </Link>
            ) : (
              <Link className="btn btn--on-dark" to="/aanmelden">
                {t("app.signIn")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <Footer />
    </div>
  );
}

/** The sign-in page's frame: brand and language switch only. */
export function AuthLayout() {
  return (
    <div className="layout layout--auth">
      <SkipLink />
      <RouteFocus />
      <header className="site-header">
        <div className="container site-header__row">
          <Brand to="/" />
          <div className="site-header__tools">
            <LanguageSwitch locales={APP_LOCALES} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container container--narrow">
          <Outlet />
        </div>
      </main>
      <Footer />
    </div>
  );
}
