/** Forms on the parcel page: change the availability; edit zoning, activities, prices, restrictions and notes. */
import { useId, useState, type FormEvent } from "react";
import type { ParcelView } from "../../../../../contracts/space-supply";
import { Button } from "../../../../components/Button";
import { useToast } from "../../../../components/Toast";
import { useSetAvailability, useUpdateParcel } from "../api";
import { useSupplyT } from "../i18n";
import { SupplyError } from "./bits";

const AVAILABILITIES = ["available", "under_option", "sold", "in_use", "not_available"] as const;

export function AvailabilityForm({ parcel }: { parcel: ParcelView }) {
  const { t } = useSupplyT();
  const toast = useToast();
  const id = useId();
  const [value, setValue] = useState<string>(parcel.availability);
  const [since, setSince] = useState("");
  const mutation = useSetAvailability(parcel.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { version: parcel.version, availability: value as ParcelView["availability"], ...(since ? { since } : {}) },
      { onSuccess: () => toast.success(t("availabilityForm.saved")) },
    );
  };
  return (
    <form className="supply-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("availabilityForm.title")}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-a`}>{t("availabilityForm.field")}</label>
        <select id={`${id}-a`} className="input select" value={value} onChange={(e) => setValue(e.target.value)}>
          {AVAILABILITIES.map((a) => <option key={a} value={a}>{t(`availability.${a}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-s`}>{t("availabilityForm.since")}</label>
        <input id={`${id}-s`} className="input" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
      </div>
      <SupplyError error={mutation.error} />
      <div><Button type="submit" variant="primary" busy={mutation.isPending}>{t("availabilityForm.submit")}</Button></div>
    </form>
  );
}

const euroOf = (cents: number | null) => (cents === null ? "" : String(cents / 100));
const centsOf = (text: string) => (text.trim() === "" ? null : Math.round(Number(text.replace(",", ".")) * 100));

export function ParcelEditForm({ parcel }: { parcel: ParcelView }) {
  const { t } = useSupplyT();
  const toast = useToast();
  const id = useId();
  const [initial] = useState({
    zoning: parcel.zoning ?? "", allowedNace: (parcel.allowedNace ?? []).join(";"), transaction: parcel.transaction as string,
    sale: euroOf(parcel.salePricePerM2Cents), lease: euroOf(parcel.leasePricePerM2YearCents), restrictions: parcel.restrictions ?? "",
    stated: parcel.statedAreaM2 === null ? "" : String(parcel.statedAreaM2), notes: parcel.confidential.notes,
  });
  const [v, setV] = useState(initial);
  const mutation = useUpdateParcel(parcel.id);
  const field = (key: keyof typeof v, label: string, type = "text") => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>{label}</label>
      {key === "notes" || key === "restrictions" ? (
        <textarea id={`${id}-${key}`} className="input" rows={3} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      ) : (
        <input id={`${id}-${key}`} className="input" type={type} inputMode={type === "number" ? "decimal" : undefined} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      )}
    </div>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const nace = v.allowedNace.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
    // Only what changed: an unchanged field (the activities shown are the park's when the parcel has none) stays as it is.
    const changed = (key: keyof typeof v) => v[key] !== initial[key];
    mutation.mutate(
      {
        version: parcel.version,
        ...(changed("zoning") ? { zoning: v.zoning.trim() || null } : {}),
        ...(changed("allowedNace") ? { allowedNace: nace.length ? nace : null } : {}),
        ...(changed("transaction") ? { transaction: v.transaction as ParcelView["transaction"] } : {}),
        ...(changed("sale") ? { salePricePerM2Cents: centsOf(v.sale) } : {}),
        ...(changed("lease") ? { leasePricePerM2YearCents: centsOf(v.lease) } : {}),
        ...(changed("restrictions") ? { restrictions: v.restrictions.trim() || null } : {}),
        ...(changed("stated") ? { statedAreaM2: v.stated.trim() === "" ? null : Number(v.stated.replace(",", ".")) } : {}),
        ...(changed("notes") ? { confNotes: v.notes } : {}),
      },
      { onSuccess: () => toast.success(t("edit.saved")) },
    );
  };
  return (
    <form className="supply-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("edit.title")}</h2>
      {field("zoning", t("edit.zoning"))}
      {field("allowedNace", t("edit.allowedNace"))}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tx`}>{t("edit.transaction")}</label>
        <select id={`${id}-tx`} className="input select" value={v.transaction} onChange={(e) => setV({ ...v, transaction: e.target.value })}>
          {(["sale", "lease", "sale_or_lease"] as const).map((x) => <option key={x} value={x}>{t(`transaction.${x}`)}</option>)}
        </select>
      </div>
      {field("sale", t("edit.salePrice"), "number")}
      {field("lease", t("edit.leasePrice"), "number")}
      {field("stated", t("edit.statedArea"), "number")}
      {field("restrictions", t("edit.restrictions"))}
      {field("notes", t("edit.notes"))}
      <SupplyError error={mutation.error} />
      <div><Button type="submit" busy={mutation.isPending}>{t("edit.submit")}</Button></div>
    </form>
  );
}
