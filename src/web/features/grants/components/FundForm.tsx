/** Creating a fund, or changing one (with the version last read; the code stays). */
import { useId, useState } from "react";
import type { FundView, Instrument } from "../../../../contracts/grants-portal";
import { Button } from "../../../components/Button";
import { useToast } from "../../../components/Toast";
import { useCreateFund, useUpdateFund } from "../api";
import { useGrT } from "../lib/format";
import { GrantsError } from "./GrantsError";

type TextKey = "code" | "nameNl" | "nameEn" | "descriptionNl" | "descriptionEn" | "fundingSource";

export function FundForm({ fund }: { fund?: FundView }) {
  const { t } = useGrT();
  const id = useId();
  const toast = useToast();
  const create = useCreateFund();
  const update = useUpdateFund();
  const empty = {
    code: fund?.code ?? "", nameNl: fund?.nameNl ?? "", nameEn: fund?.nameEn ?? "", descriptionNl: fund?.descriptionNl ?? "", descriptionEn: fund?.descriptionEn ?? "",
    fundingSource: fund?.fundingSource ?? "Provincie Limburg", instrument: (fund?.instrument ?? "grant") as Instrument, repayableAdvanceAllowed: fund?.repayableAdvanceAllowed ?? false, active: fund?.active ?? true,
  };
  const [v, setV] = useState(empty);
  const error = fund ? update.error : create.error;
  const text = (key: TextKey, long = false) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>{t(`admin.${key}`)}</label>
      {long ? <textarea id={`${id}-${key}`} className="field__input" rows={2} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
        : <input id={`${id}-${key}`} className="field__input" value={v[key]} disabled={key === "code" && Boolean(fund)} onChange={(e) => setV({ ...v, [key]: e.target.value })} />}
    </div>
  );
  const submit = async () => {
    if (fund) {
      const { code: _code, ...changes } = v;
      void _code;
      await update.mutateAsync({ id: fund.id, version: fund.version, ...changes });
      toast.success(t("admin.fundSaved"));
    } else {
      const { active: _active, ...input } = v;
      void _active;
      await create.mutateAsync(input);
      setV(empty);
      toast.success(t("admin.fundCreated"));
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
      <GrantsError error={error} />
      {text("code")}{text("nameNl")}{text("nameEn")}{text("descriptionNl", true)}{text("descriptionEn", true)}{text("fundingSource")}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-instr`}>{t("admin.instrument")}</label>
        <select id={`${id}-instr`} className="field__input field__input--short" value={v.instrument} onChange={(e) => setV({ ...v, instrument: e.target.value as Instrument })}>
          <option value="grant">{t("instrument.grant")}</option>
          <option value="repayable_advance">{t("instrument.repayable_advance")}</option>
        </select>
      </div>
      <div className="checkbox">
        <input type="checkbox" id={`${id}-adv`} checked={v.repayableAdvanceAllowed} onChange={(e) => setV({ ...v, repayableAdvanceAllowed: e.target.checked })} />
        <label htmlFor={`${id}-adv`}>{t("admin.advanceAllowed")}</label>
      </div>
      {fund ? (
        <div className="checkbox">
          <input type="checkbox" id={`${id}-active`} checked={v.active} onChange={(e) => setV({ ...v, active: e.target.checked })} />
          <label htmlFor={`${id}-active`}>{t("admin.active")}</label>
        </div>
      ) : null}
      <Button type="submit" busy={create.isPending || update.isPending}>{fund ? t("common.save") : t("admin.newFund")}</Button>
    </form>
  );
}
