/** /aanmelden: e-mail and password; 401 and 429 are explained in the user's language. */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { LoginInput } from "../../../contracts/identity";
import { ApiError } from "../../app/api";
import { safeNext, useAuth } from "../../app/auth";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/fields";
import { applyServerErrors, formResolver } from "../../components/form";
import { FormErrorSummary } from "../../components/FormErrorSummary";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";

export function SignInPage() {
  const { t } = useTranslation("identity");
  const { status, login } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get("next"));
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ resolver: formResolver(LoginInput), defaultValues: { email: "", password: "" } });

  if (status === "loading") return <Loading />;
  if (status === "signedIn" && !form.formState.isSubmitting) return <Navigate to={next} replace />;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await login(values);
      navigate(next, { replace: true });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ["email", "password"])) setError(e);
      if (e instanceof ApiError && e.status === 401) form.setValue("password", "");
    }
  });

  return (
    <div className="page page--narrow">
      <PageHeader title={t("signIn.title")} description={<p>{t("signIn.intro")}</p>} />
      <ErrorMessage
        error={error}
        hideDetails
        messages={{ unauthenticated: t("signIn.wrongCredentials"), limit_exceeded: t("signIn.tooManyAttempts") }}
      />
      <FormProvider {...form}>
        <form className="form card" onSubmit={onSubmit} noValidate>
          <FormErrorSummary labels={{ email: t("signIn.email"), password: t("signIn.password") }} />
          <TextField name="email" label={t("signIn.email")} type="email" autoComplete="username" required />
          <TextField name="password" label={t("signIn.password")} type="password" autoComplete="current-password" required revealable />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t("signIn.submit")}
            </Button>
          </div>
        </form>
      </FormProvider>
      <p>
        <Link to="/">{t("signIn.publicLink")}</Link>
      </p>
    </div>
  );
}
