/**
 * Editing an organisation's hand-kept profile. Staff (administrator, account manager): display name, kind,
 * website, description and size figures with their year. The entrepreneur of the organisation ("own"):
 * only website, description and figures — the server refuses the rest. Optimistic concurrency on version.
 */
import { useEffect, useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { OrganisationKind, UpdateOrganisationInput, type OrganisationProfile } from "../../../../contracts/organisations";
import { Button } from "../../../components/Button";
import { SelectField, TextField } from "../../../components/fields";
import { formResolver } from "../../../components/form";
import { TextAreaField } from "../../../components/TextAreaField";
import { useToast } from "../../../components/Toast";
import { useUpdateOrganisation } from "../api";
import { applyOrgDetails, blanksToNull } from "../lib/errors";
import { useOrgT } from "../lib/format";
import { OrgActionError } from "./OrgActionError";

interface Values {
  version: number;
  name?: string;
  kind?: string;
  website: string;
  description: string;
  figures: { headcount: number | string; turnoverEur: number | string; balanceSheetEur: number | string; year: number | string };
}

const schema = z.preprocess(blanksToNull, UpdateOrganisationInput);
const FIELDS = ["name", "kind", "website", "description", "figures", "figures.headcount", "figures.turnoverEur", "figures.balanceSheetEur", "figures.year", "version"] as const;

function valuesOf(org: OrganisationProfile, access: "full" | "own"): Values {
  const n = (v: number | null) => (v === null ? "" : v);
  return {
    version: org.version,
    ...(access === "full" ? { name: org.name, kind: org.kind } : {}),
    website: org.website ?? "",
    description: org.description ?? "",
    figures: { headcount: n(org.figures.headcount), turnoverEur: n(org.figures.turnoverEur), balanceSheetEur: n(org.figures.balanceSheetEur), year: n(org.figures.year) },
  };
}

export function ProfileEditForm({ org, access, onDone }: { org: OrganisationProfile; access: "full" | "own"; onDone: () => void }) {
  const { t } = useOrgT();
  const id = useId();
  const toast = useToast();
  const update = useUpdateOrganisation(org.id);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<Values>({ resolver: formResolver(schema) as unknown as Resolver<Values>, defaultValues: valuesOf(org, access) });

  useEffect(() => form.setFocus(access === "full" ? "name" : "website"), [form, access]);

  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      await update.mutateAsync(values as unknown as UpdateOrganisationInput);
      toast.success(t("edit.saved"));
      onDone();
    } catch (e) {
      setRest(applyOrgDetails(e, form.setError, FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form className="card org-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-h`}>{t("edit.title")}</h2>
        <p className="org-note">{access === "full" ? t("edit.leadStaff") : t("edit.leadOwn")}</p>
        <OrgActionError error={update.error} details={rest} />
        {access === "full" ? (
          <div className="form__grid">
            <TextField name="name" label={t("edit.name")} required maxLength={300} />
            <SelectField name="kind" label={t("edit.kind")} options={OrganisationKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </div>
        ) : null}
        <TextField name="website" type="url" label={t("edit.website")} hint={t("edit.websiteHint")} maxLength={500} />
        <TextAreaField name="description" label={t("edit.description")} rows={4} maxLength={5000} />
        <fieldset className="field fieldset">
          <legend className="field__label">{t("edit.figures")}</legend>
          <div className="form__grid">
            <TextField name="figures.headcount" type="number" inputMode="decimal" min={0} step="any" valueAs="number" label={t("edit.headcount")} />
            <TextField name="figures.turnoverEur" type="number" inputMode="decimal" min={0} step="any" valueAs="number" label={t("edit.turnover")} />
            <TextField name="figures.balanceSheetEur" type="number" inputMode="decimal" min={0} step="any" valueAs="number" label={t("edit.balanceSheet")} />
            <TextField name="figures.year" type="number" inputMode="numeric" min={1990} max={2100} step={1} valueAs="number" label={t("edit.year")} />
          </div>
        </fieldset>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={update.isPending}>
            {t("edit.save")}
          </Button>
          <Button onClick={onDone}>{t("edit.cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
