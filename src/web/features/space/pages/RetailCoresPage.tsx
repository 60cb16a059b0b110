/** /app/ruimte/kernen: the core shopping areas with their vacancy; a keeper adds one for its municipality. */
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Link } from "react-router";
import { RetailCoreInput, type RetailCoreView } from "../../../../contracts/space-demand";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { DataTable, type Column } from "../../../components/DataTable";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { SelectField, TextField } from "../../../components/fields";
import { applyServerErrors, formResolver } from "../../../components/form";
import { PageHeader } from "../../../components/PageHeader";
import { TextAreaField } from "../../../components/TextAreaField";
import { useToast } from "../../../components/Toast";
import { formatNumber } from "../../../i18n/format";
import { useMunicipalities, useMunicipalityName } from "../../../app/geography";
import { useCreateCore, useRetailCores } from "../demand/api";
import { useDemandT } from "../demand/i18n";
import "../demand/demand.css";

export function RetailCoresPage() {
  const { t, locale } = useDemandT();
  const { me, hasRole } = useAuth();
  const muni = useMunicipalityName();
  const municipalities = useMunicipalities();
  const cores = useRetailCores();
  const create = useCreateCore();
  const toast = useToast();
  const [error, setError] = useState<unknown>(null);
  const own = (me?.scopes ?? []).filter((s) => s.kind === "municipality").map((s) => s.ref);
  const keeper = hasRole("administrator", "account_manager") || (hasRole("municipality") && own.length > 0);
  const choices = (municipalities.data ?? []).filter((m) => hasRole("administrator", "account_manager") || own.includes(m.nis));
  const form = useForm({ resolver: formResolver(RetailCoreInput), defaultValues: { municipalityNis: own[0] ?? "", name: "", contour: null, description: "" } });
  const columns: Column<RetailCoreView>[] = [
    { key: "name", header: t("retail.name"), rowHeader: true, cell: (c) => <><Link to={`/app/ruimte/kernen/${c.id}`}>{c.name}</Link>{c.demo ? <span className="pill"> {t("demo")}</span> : null}</> },
    { key: "municipality", header: t("retail.municipality"), cell: (c) => muni(c.municipalityNis) },
    { key: "premises", header: t("retail.premises"), align: "end", cell: (c) => formatNumber(c.premisesCount, locale) },
    { key: "vacant", header: t("retail.vacant"), align: "end", cell: (c) => formatNumber(c.vacantCount, locale) },
    { key: "rate", header: t("retail.rate"), align: "end", cell: (c) => (c.vacancyRate === null ? "—" : `${formatNumber(c.vacancyRate * 100, locale, 1)} %`) },
  ];
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await create.mutateAsync(values);
      toast.success(t("retail.created"));
      form.reset({ municipalityNis: values.municipalityNis, name: "", contour: null, description: "" });
    } catch (e) {
      if (!applyServerErrors(e, form.setError, ["municipalityNis", "name", "description"])) setError(e);
    }
  });
  return (
    <div className="page">
      <PageHeader title={t("retail.title")} description={t("retail.lead")} />
      <ErrorMessage error={cores.error} />
      <DataTable caption={t("retail.caption")} captionHidden columns={columns} rows={cores.data} rowKey={(c) => c.id} loading={cores.isLoading} emptyMessage={t("retail.empty")} />
      {keeper ? (
        <FormProvider {...form}>
          <form className="form card" onSubmit={onSubmit} noValidate aria-labelledby="new-core-h">
            <h2 id="new-core-h">{t("retail.new")}</h2>
            <ErrorMessage error={error} />
            <div className="form__grid">
              <SelectField name="municipalityNis" label={t("retail.municipality")} required placeholder={t("form.choose")} options={choices.map((m) => ({ value: m.nis, label: m.nameNl }))} />
              <TextField name="name" label={t("retail.name")} required maxLength={200} />
            </div>
            <TextAreaField name="description" label={t("retail.description")} rows={2} />
            <div className="form__actions">
              <Button type="submit" variant="primary" busy={create.isPending}>{t("retail.create")}</Button>
            </div>
          </form>
        </FormProvider>
      ) : null}
    </div>
  );
}
