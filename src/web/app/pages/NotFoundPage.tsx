/** The 404 page, the "no access" page and the route error boundary. */
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";
import { ErrorMessage } from "../../components/ErrorMessage";
import { ApiError } from "../api";

export function NotFoundPage({ inApp = false }: { inApp?: boolean }) {
  const { t } = useTranslation("common");
  return (
    <div className="page page--message">
      <PageHeader title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <p>
        <Link to={inApp ? "/app" : "/"}>{inApp ? t("notFound.workspace") : t("notFound.home")}</Link>
      </p>
    </div>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation("common");
  return (
    <div className="page page--message">
      <PageHeader title={t("forbidden.title")} />
      <p>{t("forbidden.body")}</p>
      <p>
        <Link to="/app">{t("notFound.workspace")}</Link>
      </p>
    </div>
  );
}

export function RouteError() {
  const { t } = useTranslation("common");
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page page--message">
      <PageHeader title={t("routeError.title")} />
      <p>{t("routeError.body")}</p>
      {error instanceof ApiError ? <ErrorMessage error={error} /> : null}
      <p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {t("actions.reload")}
        </button>
      </p>
    </div>
  );
}
