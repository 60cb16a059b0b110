/**
 * PageHeader: the page's one <h1>, an optional lead text and actions; also sets the document
 * title ("Gebruikers — Koers") so every page is titled (WCAG 2.4.2).
 *
 * <PageHeader title="Gebruikers" description="…" actions={<ButtonLink to="nieuw">Nieuwe gebruiker</ButtonLink>}
 *   back={{ to: "/app/gebruikers", label: "Terug naar gebruikers" }} />
 *
 * The h1 has tabIndex=-1 so that the router can move focus to it after navigation.
 */
import { useEffect, type ReactNode } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  /** Extra content below the title (badges, meta data). */
  meta?: ReactNode;
}

export function useDocumentTitle(title: string): void {
  const { t } = useTranslation("common");
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}

export function PageHeader({ title, description, actions, back, meta }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      {back ? (
        <p className="page-header__back">
          <Link to={back.to}>
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        </p>
      ) : null}
      <div className="page-header__row">
        <div className="page-header__text">
          <h1 tabIndex={-1} className="page-title">
            {title}
          </h1>
          {meta ? <div className="page-header__meta">{meta}</div> : null}
          {description ? <div className="page-header__lead">{description}</div> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
