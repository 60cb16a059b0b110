/**
 * /app/gebruikers/:id (administrator): edit name, language, roles and scopes (optimistic
 * version; a stale version answers 409 and the page offers to reload), deactivate or
 * reactivate with confirmation, set a one-time password, and the user's history.
 */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Link, useLocation, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { UpdateUserInput, type UserView } from "../../../contracts/identity";
import { ApiError } from "../../app/api";
import { useAuth } from "../../app/auth";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CheckboxGroup, SelectField, TextField } from "../../components/fields";
import { applyServerErrors, formResolver } from "../../components/form";
import { FormErrorSummary } from "../../components/FormErrorSummary";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistory } from "../../components/RecordHistory";
import { Pill } from "../../components/StatusBadge";
import { useToast } from "../../components/Toast";
import { NotFoundPage } from "../../app/pages/NotFoundPage";
import { useFormat } from "../../i18n/hooks";
import { useUpdateUser, useUser } from "./api";
import { ResetPasswordPanel, OneTimePasswordNotice } from "./ResetPasswordPanel";
import { useLocaleOptions, useRoleOptions } from "./roles";
import { ScopesField } from "./ScopesField";

export function UserPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("identity");
  const f = useFormat();
  const location = useLocation();
  const query = useUser(id);
  const created = (location.state as { oneTimePassword?: string } | null)?.oneTimePassword;

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage inApp />;
  const user = query.data;
  return (
    <div className="page">
      <PageHeader
        title={user?.displayName ?? t("common:loading")}
        back={{ to: "/app/gebruikers", label: t("user.back") }}
        meta={
          user ? (
            <p className="stack-inline">
              <span>{user.email}</span>
              <Pill tone={user.active ? "positive" : "negative"}>{user.active ? t("users.statusActive") : t("users.statusInactive")}</Pill>
              {user.mustChangePassword ? <Pill tone="info">{t("users.mustChange")}</Pill> : null}
              <span className="muted">{t("user.created", { date: f.date(user.createdAt) })}</span>
            </p>
          ) : null
        }
      />
      {query.isPending ? <Loading /> : null}
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      {user ? (
        <>
          {created ? <OneTimePasswordNotice name={user.displayName} password={created} title={t("form.initialPasswordSet", { name: user.displayName })} /> : null}
          <div className="two-columns">
            <section className="card" aria-labelledby="user-details">
              <h2 id="user-details">{t("user.details")}</h2>
              <UserEditForm key={user.version} user={user} onReload={() => void query.refetch()} />
            </section>
            <div className="stack">
              <AccessPanel user={user} />
              <ResetPasswordPanel user={user} />
            </div>
          </div>
          <section className="card">
            <RecordHistory entity="user" entityId={user.id} title={t("user.history")} />
            <p>
              <Link to={`/app/audit?actorId=${encodeURIComponent(user.id)}`}>{t("user.auditLink")}</Link>
            </p>
          </section>
        </>
      ) : null}
    </div>
  );
}

const EDIT_FIELDS = ["displayName", "locale", "roles", "scopes"] as const;

function UserEditForm({ user, onReload }: { user: UserView; onReload: () => void }) {
  const { t } = useTranslation("identity");
  const toast = useToast();
  const mutation = useUpdateUser(user.id);
  const roleOptions = useRoleOptions(true);
  const localeOptions = useLocaleOptions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    resolver: formResolver(UpdateUserInput),
    defaultValues: { version: user.version, displayName: user.displayName, locale: user.locale, roles: user.roles, scopes: user.scopes },
  });
  const labels = { displayName: t("form.displayName"), locale: t("form.locale"), roles: t("form.roles"), scopes: t("form.scopes") };
  const conflict = error instanceof ApiError && error.status === 409;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await mutation.mutateAsync(values);
      toast.success(t("form.saved"));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) return setError(e);
      if (!applyServerErrors(e, form.setError, EDIT_FIELDS)) setError(e);
    }
  });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {conflict ? (
          <div className="alert alert--warning" role="alert">
            <p>{t("user.conflict")}</p>
            <Button size="small" onClick={onReload}>
              {t("user.reload")}
            </Button>
          </div>
        ) : (
          <ErrorMessage error={error} fieldLabels={labels} />
        )}
        <FormErrorSummary labels={labels} />
        <TextField name="displayName" label={labels.displayName} autoComplete="off" required />
        <SelectField name="locale" label={labels.locale} options={localeOptions} />
        <CheckboxGroup name="roles" legend={labels.roles} options={roleOptions} hint={t("form.rolesHint")} required />
        <ScopesField />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting} disabled={conflict}>
            {t("form.save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

function AccessPanel({ user }: { user: UserView }) {
  const { t } = useTranslation("identity");
  const toast = useToast();
  const { me } = useAuth();
  const mutation = useUpdateUser(user.id);
  const [asking, setAsking] = useState(false);
  const name = user.displayName;
  const setActive = async (active: boolean) => {
    try {
      await mutation.mutateAsync({ version: user.version, active });
      setAsking(false);
      toast.success(active ? t("user.reactivated", { name }) : t("user.deactivated", { name }));
    } catch {
      /* shown below or in the dialog */
    }
  };
  return (
    <section className="card" aria-labelledby="user-access">
      <h2 id="user-access">{t("user.access")}</h2>
      <p>{user.active ? t("user.activeText") : t("user.inactiveText")}</p>
      {user.mustChangePassword ? <p className="muted">{t("user.mustChange")}</p> : null}
      {!asking ? <ErrorMessage error={mutation.error} fieldLabels={{ active: t("users.col.status"), roles: t("form.roles") }} /> : null}
      {user.active ? (
        <Button variant="danger" onClick={() => { mutation.reset(); setAsking(true); }} disabled={me?.id === user.id}>
          {t("user.deactivate")}
        </Button>
      ) : (
        <Button variant="primary" busy={mutation.isPending} onClick={() => void setActive(true)}>
          {t("user.reactivate")}
        </Button>
      )}
      <ConfirmDialog
        open={asking}
        title={t("user.deactivateTitle", { name })}
        confirmLabel={t("user.deactivate")}
        destructive
        busy={mutation.isPending}
        error={<ErrorMessage error={mutation.error} fieldLabels={{ active: t("users.col.status"), roles: t("form.roles") }} />}
        onConfirm={() => void setActive(false)}
        onCancel={() => setAsking(false)}
      >
        <p>{t("user.deactivateBody", { name })}</p>
      </ConfirmDialog>
    </section>
  );
}
