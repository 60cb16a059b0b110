/** /app/gebruikers/nieuw (administrator): create a user with roles, scopes and a one-time password. */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { CreateUserInput } from "../../../contracts/identity";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CheckboxGroup, SelectField, TextField } from "../../components/fields";
import { applyServerErrors, formResolver } from "../../components/form";
import { FormErrorSummary } from "../../components/FormErrorSummary";
import { PageHeader } from "../../components/PageHeader";
import { useToast } from "../../components/Toast";
import { generatePassword, useCreateUser } from "./api";
import { useLocaleOptions, useRoleOptions } from "./roles";
import { ScopesField } from "./ScopesField";

const FIELDS = ["email", "displayName", "locale", "roles", "scopes", "password"] as const;

export function UserCreatePage() {
  const { t } = useTranslation("identity");
  const navigate = useNavigate();
  const toast = useToast();
  const mutation = useCreateUser();
  const roleOptions = useRoleOptions(true);
  const localeOptions = useLocaleOptions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    resolver: formResolver(CreateUserInput),
    defaultValues: { email: "", displayName: "", locale: "nl-BE" as const, roles: [], scopes: [], password: "" },
  });
  const labels = {
    email: t("form.email"),
    displayName: t("form.displayName"),
    locale: t("form.locale"),
    roles: t("form.roles"),
    scopes: t("form.scopes"),
    password: t("form.initialPassword"),
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const user = await mutation.mutateAsync(values);
      toast.success(t("form.created", { name: user.displayName }));
      navigate(`/app/gebruikers/${user.id}`, { state: { oneTimePassword: values.password } });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, FIELDS)) setError(e);
    }
  });

  return (
    <div className="page">
      <PageHeader title={t("user.newTitle")} back={{ to: "/app/gebruikers", label: t("user.back") }} />
      <ErrorMessage error={error} fieldLabels={labels} />
      <FormProvider {...form}>
        <form className="form card" onSubmit={onSubmit} noValidate>
          <FormErrorSummary labels={labels} />
          <div className="form__grid">
            <TextField name="email" label={labels.email} type="email" autoComplete="off" required hint={t("form.emailHint")} />
            <TextField name="displayName" label={labels.displayName} autoComplete="off" required />
            <SelectField name="locale" label={labels.locale} options={localeOptions} />
          </div>
          <CheckboxGroup name="roles" legend={labels.roles} options={roleOptions} hint={t("form.rolesHint")} required />
          <ScopesField />
          <div className="field-group">
            <TextField name="password" label={labels.password} type="password" autoComplete="new-password" required revealable hint={t("form.initialPasswordHint")} />
            <Button size="small" onClick={() => form.setValue("password", generatePassword(), { shouldValidate: form.formState.isSubmitted })}>{t("form.generate")}</Button>
          </div>
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t("form.create")}
            </Button>
          </div>
        </form>
      </FormProvider>
    </div>
  );
}
