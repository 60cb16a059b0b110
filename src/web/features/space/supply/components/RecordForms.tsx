/**
 * Forms that record or change premises and brownfields (keepers only; the server checks the municipality again).
 * Form values are text; `premisesInputOf` / `brownfieldInputOf` turn them into the contract (numbers, euro cents,
 * GeoJSON), which then checks them as the server does. An edit sends only what changed, with the version read.
 */
import { useId, useState } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import { useNavigate } from "react-router";
import { z } from "zod";
import type { ErrorDetail } from "../../../../../contracts/errors";
import { BrownfieldInput, PremisesInput, type BrownfieldView, type PremisesView } from "../../../../../contracts/space-supply";
import { useMunicipalities } from "../../../../app/geography";
import { ActionError } from "../../../../components/ActionError";
import { Button } from "../../../../components/Button";
import { Checkbox, SelectField, TextField } from "../../../../components/fields";
import { applyFieldDetails, formResolver } from "../../../../components/form";
import { FormErrorSummary } from "../../../../components/FormErrorSummary";
import { TextAreaField } from "../../../../components/TextAreaField";
import { useToast } from "../../../../components/Toast";
import { useCreateBrownfield, useCreatePremises, useParks, useUpdateBrownfield, useUpdatePremises } from "../api";
import { supplyDetail, useSupplyT } from "../i18n";
import { useKeptMunicipalities } from "./useCanKeep";

type Values = Record<string, string | boolean>;

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const textOrNull = (v: unknown) => str(v) || null;
const numberOf = (v: unknown) => (str(v) === "" ? undefined : Number(str(v).replace(",", ".")));
const numberOrNull = (v: unknown) => numberOf(v) ?? null;
const centsOrNull = (v: unknown) => {
  const n = numberOf(v);
  return n === undefined ? null : Number.isFinite(n) ? Math.round(n * 100) : n;
};
/** GeoJSON text to an object; text that is not JSON goes on as text, so the contract refuses it on its field. */
const geometryOf = (v: unknown) => {
  if (str(v) === "") return null;
  try {
    return JSON.parse(str(v)) as unknown;
  } catch {
    return str(v);
  }
};
const euroText = (cents: number | null) => (cents === null ? "" : String(cents / 100));
const geometryText = (g: unknown) => (g && typeof g === "object" ? JSON.stringify(g) : "");

export function premisesInputOf(v: Values): Record<string, unknown> {
  return {
    parkId: textOrNull(v.parkId), municipalityNis: textOrNull(v.municipalityNis), code: str(v.code), name: str(v.name),
    street: textOrNull(v.street), houseNumber: textOrNull(v.houseNumber), postcode: textOrNull(v.postcode), place: textOrNull(v.place),
    kind: v.kind, floorAreaM2: numberOf(v.floorAreaM2), geometry: geometryOf(v.geometry),
    availability: v.availability, availabilitySince: textOrNull(v.availabilitySince), availableFrom: textOrNull(v.availableFrom), vacantSince: textOrNull(v.vacantSince),
    transaction: v.transaction, salePricePerM2Cents: centsOrNull(v.salePricePerM2Cents), leasePricePerM2YearCents: centsOrNull(v.leasePricePerM2YearCents),
    reuse: v.reuse === true, confOwnerName: textOrNull(v.confOwnerName), confNotes: str(v.confNotes),
  };
}

export function brownfieldInputOf(v: Values): Record<string, unknown> {
  return {
    code: str(v.code), name: str(v.name), kind: v.kind, municipalityNis: str(v.municipalityNis), parkId: textOrNull(v.parkId),
    geometry: geometryOf(v.geometry), areaM2: numberOrNull(v.areaM2), formerUse: textOrNull(v.formerUse),
    renovationStatus: v.renovationStatus, renovationStatusSince: textOrNull(v.renovationStatusSince), redevelopedOn: textOrNull(v.redevelopedOn),
    description: str(v.description), confNotes: str(v.confNotes),
  };
}

const premisesSchema = z.preprocess((v) => premisesInputOf((v ?? {}) as Values), PremisesInput);
const brownfieldSchema = z.preprocess((v) => brownfieldInputOf((v ?? {}) as Values), BrownfieldInput);

function premisesValues(p?: PremisesView, municipality = ""): Values {
  return {
    parkId: p?.parkId ?? "", municipalityNis: p?.municipalityNis ?? municipality, code: p?.code ?? "", name: p?.name ?? "",
    street: p?.street ?? "", houseNumber: p?.houseNumber ?? "", postcode: p?.postcode ?? "", place: p?.place ?? "",
    kind: p?.kind ?? "production_hall", floorAreaM2: p ? String(p.floorAreaM2) : "", geometry: geometryText(p?.geometry),
    availability: p?.availability ?? "available", availabilitySince: p?.availabilitySince ?? "", availableFrom: p?.availableFrom ?? "", vacantSince: p?.vacantSince ?? "",
    transaction: p?.transaction ?? "sale_or_lease", salePricePerM2Cents: euroText(p?.salePricePerM2Cents ?? null), leasePricePerM2YearCents: euroText(p?.leasePricePerM2YearCents ?? null),
    reuse: p?.reuse ?? false, confOwnerName: p?.confidential.ownerName ?? "", confNotes: p?.confidential.notes ?? "",
  };
}

function brownfieldValues(b?: BrownfieldView, municipality = ""): Values {
  return {
    code: b?.code ?? "", name: b?.name ?? "", kind: b?.kind ?? "brownfield", municipalityNis: b?.municipalityNis ?? municipality, parkId: b?.parkId ?? "",
    geometry: geometryText(b?.geometry), areaM2: b ? String(b.areaM2) : "", formerUse: b?.formerUse ?? "",
    renovationStatus: b?.renovationStatus ?? "identified", renovationStatusSince: b?.renovationStatusSince ?? "", redevelopedOn: b?.redevelopedOn ?? "",
    description: b?.description ?? "", confNotes: b?.confidential.notes ?? "",
  };
}

/** The contract fields whose value differs from what was read (an unchanged field is left as it is). */
function changedFields(inputOf: (v: Values) => Record<string, unknown>, before: Values, after: Values, parsed: Record<string, unknown>) {
  const a = inputOf(before);
  const b = inputOf(after);
  return Object.fromEntries(Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => [k, parsed[k]]));
}

/** Parks and municipalities the user may pick: all for agency keepers, its own municipality's for a municipality user. */
function usePickers(noParkLabel: string) {
  const kept = useKeptMunicipalities();
  const municipalities = useMunicipalities();
  const parks = useParks({ limit: 1000, sort: "name" });
  const mine = (nis: string) => kept === "all" || kept.includes(nis);
  return {
    defaultMunicipality: kept !== "all" && kept.length === 1 ? kept[0] : "",
    municipalityOptions: (municipalities.data ?? []).filter((m) => mine(m.nis)).map((m) => ({ value: m.nis, label: m.nameNl })),
    parkOptions: [{ value: "", label: noParkLabel }, ...(parks.data?.items ?? []).filter((p) => mine(p.municipalityNis)).map((p) => ({ value: p.id, label: `${p.name} (${p.municipalityName})` }))],
  };
}

/** Submits, and on failure puts each server detail on its field; what no field takes is listed above the buttons. */
function useSave<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly string[]) {
  const [failure, setFailure] = useState<{ error: unknown; rest: ErrorDetail[] } | null>(null);
  const run = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch (e) {
      setFailure({ error: e, rest: applyFieldDetails(e, form.setError, fields, supplyDetail) });
    }
  };
  const error = failure ? <ActionError error={failure.error} details={failure.rest} translate={supplyDetail} /> : null;
  return { run, error };
}

const PREMISES_FIELDS = [
  "parkId", "municipalityNis", "code", "name", "street", "houseNumber", "postcode", "place", "kind", "floorAreaM2", "geometry", "availability",
  "availabilitySince", "availableFrom", "vacantSince", "transaction", "salePricePerM2Cents", "leasePricePerM2YearCents", "reuse", "confOwnerName", "confNotes",
] as const;

/** Record new premises (`premises` absent) or change them. */
export function PremisesForm({ premises }: { premises?: PremisesView }) {
  const { t } = useSupplyT();
  const toast = useToast();
  const navigate = useNavigate();
  const titleId = useId();
  const pickers = usePickers(t("records.noPark"));
  const [initial] = useState(() => premisesValues(premises, pickers.defaultMunicipality));
  const form = useForm<Values>({ resolver: formResolver(premisesSchema) as unknown as Resolver<Values>, defaultValues: initial });
  const create = useCreatePremises();
  const update = useUpdatePremises(premises?.id ?? "");
  const save = useSave(form, PREMISES_FIELDS);
  const labels: Record<string, string> = {
    parkId: t("records.park"), municipalityNis: t("records.municipality"), code: t("records.code"), name: t("records.name"), street: t("records.street"),
    houseNumber: t("records.houseNumber"), postcode: t("records.postcode"), place: t("records.place"), kind: t("records.kind"), floorAreaM2: t("records.floorArea"),
    geometry: t("records.geometry"), availability: t("records.availability"), availabilitySince: t("records.availabilitySince"), availableFrom: t("records.availableFrom"),
    vacantSince: t("records.vacantSince"), transaction: t("records.transaction"), salePricePerM2Cents: t("records.salePrice"), leasePricePerM2YearCents: t("records.leasePrice"),
    confOwnerName: t("records.owner"), confNotes: t("records.notes"),
  };
  const onSubmit = form.handleSubmit((parsed) =>
    save.run(async () => {
      if (!premises) {
        const created = await create.mutateAsync(parsed as unknown as PremisesInput);
        toast.success(t("records.created"));
        navigate(`/app/ruimte/panden/${created.id}`);
        return;
      }
      await update.mutateAsync({ version: premises.version, ...changedFields(premisesInputOf, initial, form.getValues(), parsed) });
      toast.success(t("edit.saved"));
    }),
  );
  const options = <K extends string>(keys: readonly K[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}` as never) }));
  return (
    <FormProvider {...form}>
      <form className="form card supply-form" onSubmit={onSubmit} noValidate aria-labelledby={premises ? titleId : undefined}>
        {premises ? <h2 id={titleId}>{t("records.editPremises")}</h2> : null}
        <FormErrorSummary labels={labels} />
        <div className="form__grid">
          <TextField name="code" label={labels.code} required maxLength={40} />
          <TextField name="name" label={labels.name} required maxLength={200} />
          <SelectField name="parkId" label={labels.parkId} options={pickers.parkOptions} hint={t("records.parkHint")} />
          <SelectField name="municipalityNis" label={labels.municipalityNis} placeholder={t("records.choose")} options={pickers.municipalityOptions} />
          <SelectField name="kind" label={labels.kind} options={options(["production_hall", "warehouse", "office", "workshop", "retail", "mixed"], "premisesKind")} />
          <TextField name="floorAreaM2" label={labels.floorAreaM2} required type="number" min={1} />
          <TextField name="street" label={labels.street} />
          <TextField name="houseNumber" label={labels.houseNumber} />
          <TextField name="postcode" label={labels.postcode} inputMode="numeric" maxLength={4} />
          <TextField name="place" label={labels.place} />
          <SelectField name="transaction" label={labels.transaction} options={options(["sale", "lease", "sale_or_lease"], "transaction")} />
          <TextField name="salePricePerM2Cents" label={labels.salePricePerM2Cents} type="number" min={0} step="0.01" />
          <TextField name="leasePricePerM2YearCents" label={labels.leasePricePerM2YearCents} type="number" min={0} step="0.01" />
          <SelectField name="availability" label={labels.availability} options={options(["available", "under_option", "sold", "in_use", "not_available"], "availability")} />
          <TextField name="availabilitySince" label={labels.availabilitySince} type="date" />
          <TextField name="availableFrom" label={labels.availableFrom} type="date" />
          <TextField name="vacantSince" label={labels.vacantSince} type="date" />
          <TextField name="confOwnerName" label={labels.confOwnerName} />
        </div>
        <Checkbox name="reuse" label={t("records.reuse")} />
        <TextAreaField name="geometry" label={labels.geometry} hint={t("records.geometryHint")} rows={2} />
        <TextAreaField name="confNotes" label={labels.confNotes} rows={3} />
        {save.error}
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>{premises ? t("edit.submit") : t("records.create")}</Button>
          {premises ? null : <Button onClick={() => navigate("/app/ruimte/panden")}>{t("records.cancel")}</Button>}
        </div>
      </form>
    </FormProvider>
  );
}

const BROWNFIELD_FIELDS = [
  "code", "name", "kind", "municipalityNis", "parkId", "geometry", "areaM2", "formerUse", "renovationStatus", "renovationStatusSince", "redevelopedOn", "description", "confNotes",
] as const;

/** Record a new brownfield or outdated zone (`brownfield` absent) or change one, its renovation status included. */
export function BrownfieldForm({ brownfield }: { brownfield?: BrownfieldView }) {
  const { t } = useSupplyT();
  const toast = useToast();
  const navigate = useNavigate();
  const titleId = useId();
  const pickers = usePickers(t("records.noParkBrownfield"));
  const [initial] = useState(() => brownfieldValues(brownfield, pickers.defaultMunicipality));
  const form = useForm<Values>({ resolver: formResolver(brownfieldSchema) as unknown as Resolver<Values>, defaultValues: initial });
  const create = useCreateBrownfield();
  const update = useUpdateBrownfield(brownfield?.id ?? "");
  const save = useSave(form, BROWNFIELD_FIELDS);
  const labels: Record<string, string> = {
    code: t("records.code"), name: t("records.name"), kind: t("records.kind"), municipalityNis: t("records.municipality"), parkId: t("records.park"),
    geometry: t("records.geometry"), areaM2: t("records.area"), formerUse: t("records.formerUse"), renovationStatus: t("records.renovationStatus"),
    renovationStatusSince: t("records.renovationStatusSince"), redevelopedOn: t("records.redevelopedOn"), description: t("records.description"), confNotes: t("records.notes"),
  };
  const onSubmit = form.handleSubmit((parsed) =>
    save.run(async () => {
      if (!brownfield) {
        const created = await create.mutateAsync(parsed as unknown as BrownfieldInput);
        toast.success(t("records.createdBrownfield"));
        navigate(`/app/ruimte/brownfields/${created.id}`);
        return;
      }
      await update.mutateAsync({ version: brownfield.version, ...changedFields(brownfieldInputOf, initial, form.getValues(), parsed) });
      toast.success(t("edit.saved"));
    }),
  );
  const options = <K extends string>(keys: readonly K[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}` as never) }));
  return (
    <FormProvider {...form}>
      <form className="form card supply-form" onSubmit={onSubmit} noValidate aria-labelledby={brownfield ? titleId : undefined}>
        {brownfield ? <h2 id={titleId}>{t("records.editBrownfield")}</h2> : null}
        <FormErrorSummary labels={labels} />
        <div className="form__grid">
          <TextField name="code" label={labels.code} required maxLength={40} />
          <TextField name="name" label={labels.name} required maxLength={200} />
          <SelectField name="kind" label={labels.kind} options={options(["brownfield", "outdated_zone"], "brownfieldKind")} />
          <SelectField name="municipalityNis" label={labels.municipalityNis} required placeholder={t("records.choose")} options={pickers.municipalityOptions} />
          <SelectField name="parkId" label={labels.parkId} options={pickers.parkOptions} />
          <TextField name="areaM2" label={labels.areaM2} type="number" min={1} hint={t("records.areaHint")} />
          <TextField name="formerUse" label={labels.formerUse} maxLength={300} />
          <SelectField name="renovationStatus" label={labels.renovationStatus} options={options(["identified", "planned", "in_progress", "redeveloped"], "renovation")} />
          <TextField name="renovationStatusSince" label={labels.renovationStatusSince} type="date" />
          <TextField name="redevelopedOn" label={labels.redevelopedOn} type="date" />
        </div>
        <TextAreaField name="geometry" label={labels.geometry} hint={t("records.brownfieldGeometryHint")} rows={2} />
        <TextAreaField name="description" label={labels.description} rows={3} />
        <TextAreaField name="confNotes" label={labels.confNotes} rows={3} />
        {save.error}
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={create.isPending || update.isPending}>{brownfield ? t("edit.submit") : t("records.create")}</Button>
          {brownfield ? null : <Button onClick={() => navigate("/app/ruimte/brownfields")}>{t("records.cancel")}</Button>}
        </div>
      </form>
    </FormProvider>
  );
}
