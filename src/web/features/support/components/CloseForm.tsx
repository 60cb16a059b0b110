/** Ending a trajectory (account managers): completed or abandoned, a date and a reason, after a confirmation. */
import { useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { CloseInput, type TrajectoryDetail } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { TextField } from "../../../components/fields";
import { useToast } from "../../../components/Toast";
import { useCloseTrajectory } from "../api";
import { applyDetails, supportResolver, withoutBlanks } from "../lib/errors";
import { todayIso, useSupT } from "../lib/format";
import { ActionError } from "./ActionError";
import { TextAreaField } from "../../../components/TextAreaField";

interface Values {
  status: "closed" | "abandoned";
  date: string;
  reason: string;
}
const schema = z.preprocess((v) => withoutBlanks((v ?? {}) as Record<string, unknown>), CloseInput);

export function CloseForm({ detail, labelledBy }: { detail: TrajectoryDetail; labelledBy: string }) {
  const { t } = useSupT();
  const id = useId();
  const toast = useToast();
  const close = useCloseTrajectory();
  const [pending, setPending] = useState<CloseInput | null>(null);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<Values>({ resolver: supportResolver(schema) as unknown as Resolver<Values>, defaultValues: { status: "closed", date: "", reason: "" } });
  const status = form.watch("status");

  const confirm = async () => {
    if (!pending) return;
    setRest([]);
    try {
      await close.mutateAsync({ id: detail.id, ...pending });
      setPending(null);
      toast.success(t("trajectory.closedDone"));
      requestAnimationFrame(() => document.querySelector<HTMLElement>(".page-title")?.focus());
    } catch (e) {
      setPending(null);
      setRest(applyDetails(e, form.setError, ["status", "date", "reason"]));
    }
  };

  return (
    <FormProvider {...form}>
      <form className="sup-form" aria-labelledby={labelledBy} onSubmit={(e) => void form.handleSubmit((v) => setPending(v as unknown as CloseInput))(e)} noValidate>
        {!pending ? <ActionError error={close.error} details={rest} /> : null}
        <fieldset className="field fieldset">
          <legend className="field__label">{t("trajectory.closeStatus")}</legend>
          {(["closed", "abandoned"] as const).map((s) => (
            <div className="checkbox" key={s}>
              <input type="radio" id={`${id}-${s}`} value={s} {...form.register("status")} />
              <label htmlFor={`${id}-${s}`}>{t(`status.${s}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="form__grid">
          <TextField name="date" type="date" label={t("trajectory.closeDate")} hint={t("trajectory.closeDateHint")} max={todayIso()} />
        </div>
        <TextAreaField name="reason" label={t("trajectory.closeReasonField")} rows={2} maxLength={2000} />
        <div className="form__actions">
          <Button type="submit" variant="danger">
            {t("trajectory.closeSubmit")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t("trajectory.closeConfirmTitle")}
        confirmLabel={status === "abandoned" ? t("board.confirmAbandon") : t("board.confirmClose")}
        destructive
        busy={close.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p>{t("trajectory.closeConfirmBody")}</p>
      </ConfirmDialog>
    </FormProvider>
  );
}
