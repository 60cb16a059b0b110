/**
 * Pieces every layout shares: the skip link, the brand, the language switch, focus handling
 * after navigation, and the footer.
 */
import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { setLocale } from "../../i18n";

/** "Naar de inhoud": the first focusable element, jumps to <main id="main">. */
export function SkipLink() {
  const { t } = useTranslation("common");
  return (
    <a className="skip-link" href="#main">
      {t("app.skipLink")}
    </a>
  );
}

export function Brand({ to }: { to: string }) {
  const { t } = useTranslation("common");
  return (
    <Link to={to} className="brand">
      <span className="brand__mark" aria-hidden="true">
        ➤
      </span>
      <span className="brand__name">{t("app.name")}</span>
      <span className="brand__org">{t("app.province")}</span>
    </Link>
  );
}

/** Two buttons, NL and EN; the active one is pressed. Each name is in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation("common");
  const current = i18n.language === "en" ? "en" : "nl-BE";
  return (
    <div className="lang-switch" role="group" aria-label={t("app.language")}>
      {(["nl-BE", "en"] as const).map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__button"
          aria-pressed={current === lng}
          onClick={() => setLocale(lng)}
        >
          {t(`app.languageNames.${lng}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * After a navigation to another path, moves focus to the page's h1 (or to <main>) so that
 * keyboard and screen-reader users start at the new content. Changes of the query string
 * (filters, sorting, paging) leave focus where it is.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => {
      const main = document.getElementById("main");
      const target = main?.querySelector<HTMLElement>("h1") ?? main;
      if (target && !target.contains(document.activeElement)) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: false });
      }
    }, 50);
    return () => window.clearTimeout(id);
  }, [pathname]);
  return null;
}

export function Footer() {
  const { t } = useTranslation("common");
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("app.footer")}</p>
      </div>
    </footer>
  );
}
