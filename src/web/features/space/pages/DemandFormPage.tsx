/** /app/ruimte/vragen/nieuw: an entrepreneur posts a space demand for its organisation; an account manager picks the company. */
import { useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { useNavigate } from "react-router";
import { useQueries } from "@tanstack/react-query";
import { z } from "zod";
import type { OrganisationProfile } from "../../../../contracts/organisations";
import { DemandInput } from "../../../../contracts/space-demand";
import { api } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Checkbox, CheckboxGroup, SelectField, TextField } from "../../../components/fields";
import { applyServerErrors, formResolver } from "../../../components/form";
import { FormErrorSummary } from "../../../components/FormErrorSummary";
import { PageHeader } from "../../../components/PageHeader";
import { TextAreaField } from "../../../components/TextAreaField";
import { useToast } from "../../../components/Toast";
import { useMunicipalities } from "../../../app/geography";
import { useOrganisationSearch } from "../../organisations/api";
import { usePostDemand } from "../demand/api";
import { useDemandT } from "../demand/i18n";
import "../demand/demand.css";

type Values = Record<string, unknown>;
const num = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v));
const orNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
const cents = (v: unknown) => (v === "" || v === null || v === undefined ? null : Math.round(Number(v) * 100));

/** Form values (text, euro) to the contract (numbers, cents); the contract then checks them. */
export function toDemandInput(v: Values): unknown {
  const d = (v.maxDistanceKm ?? {}) as Record<string, unknown>;
  const b = (v.budget ?? {}) as Record<string, unknown>;
  return {
    organisationId: v.organisationId,
    title: v.title,
    kind: v.kind,
    transaction: v.transaction,
    areaMinM2: num(v.areaMinM2),
    areaMaxM2: num(v.areaMaxM2),
    municipalities: v.municipalities ?? [],
    maxDistanceKm: { motorway: orNull(d.motorway), rail: orNull(d.rail), water: orNull(d.water) },
    neededFrom: v.neededFrom ? v.neededFrom : null,
    gridCapacityKva: orNull(v.gridCapacityKva),
    activity: v.activity,
    budget: { maxPricePerM2Cents: cents(b.maxPricePerM2Cents), maxTotalCents: cents(b.maxTotalCents) },
    wishes: v.wishes,
    wishesText: v.wishesText ?? "",
  };
}

const schema = z.preprocess((v) => toDemandInput((v ?? {}) as Values), DemandInput);
const FIELDS = ["organisationId", "title", "kind", "transaction", "areaMinM2", "areaMaxM2", "municipalities", "maxDistanceKm.motorway", "maxDistanceKm.rail", "maxDistanceKm.water", "neededFrom", "gridCapacityKva", "activity", "budget.maxPricePerM2Cents", "budget.maxTotalCents", "wishesText"] as const;

export function DemandFormPage() {
  const { t } = useDemandT();
  const { me, hasRole } = useAuth();
  const navigate = useNavigate();
  const toast = useToast();
  const post = usePostDemand();
  const [error, setError] = useState<unknown>(null);
  const [q, setQ] = useState("");
  const staff = hasRole("administrator", "account_manager");
  const ownIds = (me?.scopes ?? []).filter((s) => s.kind === "organisation").map((s) => s.ref);
  const own = useQueries({ queries: ownIds.map((id) => ({ queryKey: ["organisations", "one", id], queryFn: () => api.get<OrganisationProfile>(`/api/organisations/${encodeURIComponent(id)}`) })) });
  const search = useOrganisationSearch({ q, limit: 20 });
  const municipalities = useMunicipalities();
  const form = useForm<Values>({
    resolver: formResolver(schema) as unknown as Resolver<Values>,
    defaultValues: {
      organisationId: staff ? "" : (ownIds[0] ?? ""),
      title: "", kind: "land", transaction: "buy", areaMinM2: "", areaMaxM2: "", municipalities: [],
      maxDistanceKm: { motorway: "", rail: "", water: "" }, neededFrom: "", gridCapacityKva: "", activity: "",
      budget: { maxPricePerM2Cents: "", maxTotalCents: "" },
      wishes: { heatNetwork: false, sharedSolar: false, waterManagement: false, sharedServices: false, parkManagement: false }, wishesText: "",
    },
  });
  const labels: Record<string, string> = {
    organisationId: t("form.organisation"), title: t("form.titleField"), kind: t("form.kind"), transaction: t("form.transaction"),
    areaMinM2: t("form.areaMin"), areaMaxM2: t("form.areaMax"), municipalities: t("form.municipalities"),
    "maxDistanceKm.motorway": t("form.motorway"), "maxDistanceKm.rail": t("form.rail"), "maxDistanceKm.water": t("form.water"),
    neededFrom: t("form.neededFrom"), gridCapacityKva: t("form.grid"), activity: t("form.activity"),
    "budget.maxPricePerM2Cents": t("form.maxPrice"), "budget.maxTotalCents": t("form.maxTotal"), wishesText: t("form.wishesText"),
  };
  const orgOptions = staff
    ? (search.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))
    : own.map((r, i) => ({ value: ownIds[i], label: r.data?.name ?? ownIds[i] }));

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const created = await post.mutateAsync(values as unknown as DemandInput);
      toast.success(t("form.posted"));
      navigate(`/app/ruimte/vragen/${created.demand.id}`);
    } catch (e) {
      if (!applyServerErrors(e, form.setError, FIELDS)) setError(e);
    }
  });

  return (
    <div className="page">
      <PageHeader title={t("form.title")} description={t("form.lead")} back={{ to: "/app/ruimte/vragen", label: t("detail.back") }} />
      <ErrorMessage error={error} fieldLabels={labels} />
      <FormProvider {...form}>
        <form className="form card" onSubmit={onSubmit} noValidate>
          <FormErrorSummary labels={labels} />
          {staff ? (
            <div className="form__grid">
              <div className="field">
                <label className="field__label" htmlFor="demand-org-search">{t("form.organisationSearch")}</label>
                <input id="demand-org-search" className="input" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
              </div>
              <SelectField name="organisationId" label={labels.organisationId} required placeholder={t("form.choose")} options={orgOptions} hint={t("form.organisationHint")} />
            </div>
          ) : orgOptions.length > 1 ? (
            <SelectField name="organisationId" label={labels.organisationId} required options={orgOptions} />
          ) : (
            <p>{t("form.organisation")}: <strong>{orgOptions[0]?.label ?? t("none")}</strong></p>
          )}
          <div className="form__grid">
            <TextField name="title" label={labels.title} required maxLength={200} />
            <SelectField name="kind" label={labels.kind} options={[{ value: "land", label: t("kind.land") }, { value: "building", label: t("kind.building") }]} />
            <SelectField name="transaction" label={labels.transaction} options={[{ value: "buy", label: t("transaction.buy") }, { value: "lease", label: t("transaction.lease") }]} />
            <TextField name="activity" label={labels.activity} required hint={t("form.activityHint")} inputMode="decimal" />
            <TextField name="areaMinM2" label={labels.areaMinM2} required type="number" min={1} />
            <TextField name="areaMaxM2" label={labels.areaMaxM2} required type="number" min={1} />
            <TextField name="neededFrom" label={labels.neededFrom} type="date" />
            <TextField name="gridCapacityKva" label={labels.gridCapacityKva} type="number" min={0} />
            <TextField name="maxDistanceKm.motorway" label={labels["maxDistanceKm.motorway"]} type="number" min={0} step="0.1" />
            <TextField name="maxDistanceKm.rail" label={labels["maxDistanceKm.rail"]} type="number" min={0} step="0.1" />
            <TextField name="maxDistanceKm.water" label={labels["maxDistanceKm.water"]} type="number" min={0} step="0.1" />
            <TextField name="budget.maxPricePerM2Cents" label={labels["budget.maxPricePerM2Cents"]} type="number" min={0} step="0.01" />
            <TextField name="budget.maxTotalCents" label={labels["budget.maxTotalCents"]} type="number" min={0} step="1" />
          </div>
          <CheckboxGroup
            name="municipalities"
            legend={labels.municipalities}
            hint={t("form.municipalitiesHint")}
            columns
            options={(municipalities.data ?? []).map((m) => ({ value: m.nis, label: m.nameNl }))}
          />
          <fieldset className="fieldset">
            <legend>{t("form.wishes")}</legend>
            {(["heatNetwork", "sharedSolar", "waterManagement", "sharedServices", "parkManagement"] as const).map((w) => (
              <Checkbox key={w} name={`wishes.${w}`} label={t(`form.${w}`)} />
            ))}
          </fieldset>
          <TextAreaField name="wishesText" label={labels.wishesText} rows={3} />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={post.isPending}>{t("form.submit")}</Button>
            <Button onClick={() => navigate("/app/ruimte/vragen")}>{t("form.cancel")}</Button>
          </div>
        </form>
      </FormProvider>
    </div>
  );
}
