/**
 * Pieces every layout shares: the skip link, the brand, the language switch, focus handling
 * after navigation, and the footer.
 */
import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { setLocale } from "../../i18n";
import { toAppLocale, type AppLocale } from "../../i18n/format";

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

/**
 * One button per language; the active one is pressed. Each name is in its own language.
 * The public site offers Dutch, English, French and German; the back office Dutch and English
 * (its screens are written in those two; see BackOfficeLayout).
 */
export function LanguageSwitch({ locales = ["nl-BE", "en"] }: { locales?: readonly AppLocale[] }) {
  const { t, i18n } = useTranslation("common");
  const current = toAppLocale(i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t("app.language")}>
      {locales.map((lng) => (
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
 * (filters, sorting, paging) leave focus where it is. Pages load lazily and show a loading
 * heading first: while the new page settles (until the user presses a key or clicks, at most
 * a few seconds), focus that falls back to the body because its element was replaced, or that
 * waits on <main> for a heading, moves to the page's h1.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById("main");
    if (!main) return;
    const focusHeading = () => {
      const target = main.querySelector<HTMLElement>("h1") ?? main;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: false });
    };
    const id = window.setTimeout(() => {
      if (!main.querySelector("h1")?.contains(document.activeElement)) focusHeading();
    }, 50);
    const lost = () => {
      const active = document.activeElement;
      if (!active || active === document.body || (active === main && main.querySelector("h1"))) focusHeading();
    };
    const observer = new MutationObserver(lost);
    observer.observe(main, { childList: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(settle);
      window.removeEventListener("keydown", stop, true);
      window.removeEventListener("pointerdown", stop, true);
    };
    const settle = window.setTimeout(stop, 5000);
    window.addEventListener("keydown", stop, true);
    window.addEventListener("pointerdown", stop, true);
    return () => {
      window.clearTimeout(id);
      stop();
    };
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
