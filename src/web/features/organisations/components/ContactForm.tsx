/**
 * Adding or editing a person at an organisation: name, role, channels (e-mail, phone), language, and the
 * GDPR legal basis with its date (required), a note on it, the source of the data and notes. The very
 * contract the server enforces validates the form; server details land on their fields.
 */
import { useEffect, useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { ContactLanguage, CreateContactInput, LegalBasis, UpdateContactInput, type ContactView } from "../../../../contracts/organisations";
import { Button } from "../../../components/Button";
import { SelectField, TextField } from "../../../components/fields";
import { formResolver } from "../../../components/form";
import { TextAreaField } from "../../../components/TextAreaField";
import { useToast } from "../../../components/Toast";
import { useSaveContact } from "../api";
import { applyOrgDetails, blanksToNull } from "../lib/errors";
import { useOrgT } from "../lib/format";
import { OrgActionError } from "./OrgActionError";

interface Values {
  name: string;
  role: string;
  email: string;
  phone: string;
  language: string;
  legalBasis: string;
  legalBasisDate: string;
  legalBasisNote: string;
  source: string;
  notes: string;
}

const FIELDS = ["name", "role", "email", "phone", "language", "legalBasis", "legalBasisDate", "legalBasisNote", "source", "notes"] as const;
const createSchema = z.preprocess(blanksToNull, CreateContactInput);
const updateSchema = z.preprocess(blanksToNull, UpdateContactInput);
const today = () => new Date().toISOString().slice(0, 10);

function valuesOf(c: ContactView | null): Values {
  return {
    name: c?.name ?? "",
    role: c?.role ?? "",
    email: c?.email ?? "",
    phone: c?.phone ?? "",
    language: c?.language ?? "nl",
    legalBasis: c?.legalBasis ?? "",
    legalBasisDate: c?.legalBasisDate ?? today(),
    legalBasisNote: c?.legalBasisNote ?? "",
    source: c?.source ?? "",
    notes: c?.notes ?? "",
  };
}

export function ContactForm({ organisationId, contact, onDone }: { organisationId: string; contact: ContactView | null; onDone: () => void }) {
  const { t } = useOrgT();
  const id = useId();
  const toast = useToast();
  const save = useSaveContact(organisationId);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<Values>({
    resolver: formResolver(contact ? updateSchema : createSchema) as unknown as Resolver<Values>,
    defaultValues: { ...valuesOf(contact), ...(contact ? { version: contact.version } : {}) } as Values,
  });

  useEffect(() => form.setFocus("name"), [form]);

  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      const saved = await save.mutateAsync({ id: contact?.id, input: values as unknown as CreateContactInput });
      toast.success(t(contact ? "contacts.updated" : "contacts.created", { name: saved.name }));
      onDone();
    } catch (e) {
      setRest(applyOrgDetails(e, form.setError, FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form className="card org-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{contact ? t("contacts.formEdit", { name: contact.name }) : t("contacts.formAdd")}</h3>
        <OrgActionError error={save.error} details={rest} />
        <div className="form__grid">
          <TextField name="name" label={t("contacts.name")} required autoComplete="off" maxLength={200} />
          <TextField name="role" label={t("contacts.role")} maxLength={200} />
          <TextField name="email" type="email" label={t("contacts.email")} autoComplete="off" maxLength={320} />
          <TextField name="phone" type="tel" label={t("contacts.phone")} autoComplete="off" maxLength={30} />
          <SelectField
            name="language"
            label={t("contacts.language")}
            options={ContactLanguage.options.map((l) => ({ value: l, label: t(`contacts.languageOptions.${l}`) }))}
          />
        </div>
        <div className="form__grid">
          <SelectField
            name="legalBasis"
            label={t("contacts.legalBasis")}
            required
            placeholder=""
            options={LegalBasis.options.map((b) => ({ value: b, label: t(`contacts.legalBasisOptions.${b}`) }))}
          />
          <TextField name="legalBasisDate" type="date" label={t("contacts.legalBasisDate")} hint={t("contacts.legalBasisDateHint")} required max={today()} />
          <TextField name="source" label={t("contacts.source")} hint={t("contacts.sourceHint")} maxLength={200} />
        </div>
        <TextAreaField name="legalBasisNote" label={t("contacts.legalBasisNote")} rows={2} maxLength={2000} />
        <TextAreaField name="notes" label={t("contacts.notes")} rows={3} maxLength={5000} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t("contacts.save")}
          </Button>
          <Button onClick={onDone}>{t("contacts.cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
