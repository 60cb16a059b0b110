/**
 * /app/wachtwoord: change one's own password. When the account must change its password
 * (after a reset or on first sign-in) this is the only page the back office shows.
 */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ChangePasswordInput } from "../../../contracts/identity";
import { ApiError } from "../../app/api";
import { useAuth } from "../../app/auth";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/fields";
import { applyServerErrors, formResolver } from "../../components/form";
import { FormErrorSummary } from "../../components/FormErrorSummary";
import { PageHeader } from "../../components/PageHeader";
import { useToast } from "../../components/Toast";
import { translateDetailCode } from "../../i18n/errors";
import { useChangePassword } from "./api";

/** The server's rule plus two checks only a person typing needs. */
const ChangePasswordForm = ChangePasswordInput.extend({ confirmPassword: z.string() }).superRefine((v, ctx) => {
  if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "mismatch", params: { code: "mismatch" } });
  if (v.newPassword && v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "same", params: { code: "same_password" } });
});

export function ChangePasswordPage() {
  const { t } = useTranslation("identity");
  const { me, refresh } = useAuth();
  const toast = useToast();
  const navigate = useNavigate();
  const mutation = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const forced = Boolean(me?.mustChangePassword);
  const form = useForm({
    resolver: formResolver(ChangePasswordForm),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const labels = { currentPassword: t("password.current"), newPassword: t("password.new"), confirmPassword: t("password.confirm") };

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    try {
      await mutation.mutateAsync({ currentPassword, newPassword });
      await refresh();
      toast.success(t("password.changed"));
      form.reset();
      if (forced) navigate("/app", { replace: true });
    } catch (e) {
      if (applyServerErrors(e, form.setError, ["currentPassword", "newPassword"])) return;
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        form.setError("currentPassword", { type: "wrong_password", message: translateDetailCode("wrong_password") }, { shouldFocus: true });
        return;
      }
      setError(e);
    }
  });

  return (
    <div className="page page--narrow">
      <PageHeader
        title={forced ? t("password.forcedTitle") : t("password.title")}
        description={<p>{forced ? t("password.forcedIntro") : t("password.intro")}</p>}
      />
      <ErrorMessage error={error} fieldLabels={labels} />
      <FormProvider {...form}>
        <form className="form card" onSubmit={onSubmit} noValidate>
          <FormErrorSummary labels={labels} />
          {/* Lets password managers tie the new password to the account. */}
          <input type="text" name="username" autoComplete="username" value={me?.email ?? ""} readOnly hidden />
          <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" required revealable />
          <TextField name="newPassword" label={labels.newPassword} type="password" autoComplete="new-password" required revealable hint={t("password.newHint")} />
          <TextField name="confirmPassword" label={labels.confirmPassword} type="password" autoComplete="new-password" required revealable />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t("password.submit")}
            </Button>
          </div>
        </form>
      </FormProvider>
    </div>
  );
}
