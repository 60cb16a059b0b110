/** Setting a one-time password for a user, with confirmation; shows the password once afterwards. */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ResetPasswordInput, type UserView } from "../../../contracts/identity";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/fields";
import { applyServerErrors, formResolver } from "../../components/form";
import { generatePassword, useResetPassword } from "./api";

export function OneTimePasswordNotice({ name, password, title }: { name: string; password: string; title?: string }) {
  const { t } = useTranslation("identity");
  return (
    <div className="alert alert--success" role="status">
      <p>{title ?? t("user.resetDone", { name })}</p>
      <p>
        <code className="one-time-password">{password}</code>
      </p>
      <p className="muted">{t("user.resetDoneHint")}</p>
    </div>
  );
}

export function ResetPasswordPanel({ user }: { user: UserView }) {
  const { t } = useTranslation("identity");
  const mutation = useResetPassword(user.id);
  const [pending, setPending] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({ resolver: formResolver(ResetPasswordInput), defaultValues: { password: "" } });

  const confirm = async () => {
    if (!pending) return;
    try {
      await mutation.mutateAsync(pending);
      setDone(pending);
      setPending(null);
      form.reset();
    } catch (e) {
      if (applyServerErrors(e, form.setError, ["password"])) setPending(null);
    }
  };

  return (
    <section className="card" aria-labelledby="user-reset">
      <h2 id="user-reset">{t("user.reset")}</h2>
      <p>{t("user.resetIntro")}</p>
      {done ? <OneTimePasswordNotice name={user.displayName} password={done} /> : null}
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          onSubmit={form.handleSubmit(({ password }) => {
            mutation.reset();
            setDone(null);
            setPending(password);
          })}
        >
          <div className="field-group">
            <TextField name="password" label={t("form.password")} type="password" autoComplete="new-password" required revealable hint={t("form.passwordHint")} />
            <Button size="small" onClick={() => form.setValue("password", generatePassword(), { shouldValidate: form.formState.isSubmitted })}>{t("form.generate")}</Button>
          </div>
          <div className="form__actions">
            <Button type="submit">{t("user.resetSubmit")}</Button>
          </div>
        </form>
      </FormProvider>
      <ConfirmDialog
        open={pending !== null}
        title={t("user.resetConfirmTitle", { name: user.displayName })}
        confirmLabel={t("user.resetSubmit")}
        destructive
        busy={mutation.isPending}
        error={<ErrorMessage error={mutation.error} />}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p>{t("user.resetConfirmBody", { name: user.displayName })}</p>
      </ConfirmDialog>
    </section>
  );
}
