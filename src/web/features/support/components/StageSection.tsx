/**
 * A trajectory's stages: where it stands in the programme (an ordered list with the current stage
 * marked in words), the form to move it (account managers, open trajectories) and the stage history.
 */
import { useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { MoveStageInput, type TrajectoryDetail } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { DataTable } from "../../../components/DataTable";
import { SelectField, TextField } from "../../../components/fields";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { useMoveStage } from "../api";
import { applyDetails, supportResolver, withoutBlanks } from "../lib/errors";
import { localName, todayIso, useSupT } from "../lib/format";
import { ActionError } from "./ActionError";

type History = TrajectoryDetail["history"][number];

export function StageProgress({ detail }: { detail: TrajectoryDetail }) {
  const { t, locale } = useSupT();
  const current = detail.stages.find((s) => s.code === detail.stage.code);
  return (
    <ol className="sup-progress" aria-label={t("trajectory.progress")}>
      {detail.stages.map((s) => {
        const isCurrent = s.code === detail.stage.code;
        const passed = current ? s.position < current.position : false;
        return (
          <li key={s.code} className={["sup-progress__step", isCurrent ? "is-current" : "", passed ? "is-passed" : ""].filter(Boolean).join(" ")} aria-current={isCurrent ? "step" : undefined}>
            <span className="sup-progress__mark" aria-hidden="true">
              {isCurrent ? "●" : passed ? "✓" : "○"}
            </span>
            <span>{localName(s, locale)}</span>
            {isCurrent ? <span className="sup-progress__note"> {t("trajectory.currentStage")}</span> : passed ? <span className="visually-hidden"> {t("trajectory.reachedStage")}</span> : null}
            {s.success ? <span className="sup-success"> {t("trajectory.successMark")}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

interface MoveValues {
  stageCode: string;
  date: string;
  note: string;
}
const moveSchema = z.preprocess((v) => withoutBlanks((v ?? {}) as Record<string, unknown>), MoveStageInput);

export function MoveStageForm({ detail }: { detail: TrajectoryDetail }) {
  const { t, locale } = useSupT();
  const id = useId();
  const toast = useToast();
  const move = useMoveStage();
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<MoveValues>({ resolver: supportResolver(moveSchema) as unknown as Resolver<MoveValues>, defaultValues: { stageCode: "", date: "", note: "" } });
  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      const after = await move.mutateAsync({ id: detail.id, ...(values as unknown as MoveStageInput) });
      toast.success(t("trajectory.moved", { stage: localName(after.stage, locale) }));
      form.reset();
    } catch (e) {
      setRest(applyDetails(e, form.setError, ["stageCode", "date", "note"]));
    }
  });
  return (
    <FormProvider {...form}>
      <form className="sup-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{t("trajectory.move")}</h3>
        <ActionError error={move.error} details={rest} />
        <div className="form__grid">
          <SelectField
            name="stageCode"
            label={t("trajectory.moveStage")}
            required
            placeholder={t("board.moveChoose")}
            options={detail.stages.filter((s) => s.code !== detail.stage.code).map((s) => ({ value: s.code, label: localName(s, locale) }))}
          />
          <TextField name="date" type="date" label={t("trajectory.moveDate")} hint={t("trajectory.moveDateHint")} max={todayIso()} />
          <TextField name="note" label={t("trajectory.moveNote")} maxLength={2000} />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={move.isPending}>
            {t("trajectory.moveSubmit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

export function StageHistory({ detail }: { detail: TrajectoryDetail }) {
  const { t, locale } = useSupT();
  const f = useFormat();
  const rows = [...detail.history].sort((a, b) => (a.date === b.date ? b.recordedAt.localeCompare(a.recordedAt) : b.date.localeCompare(a.date)));
  const limited = detail.view === "limited";
  return (
    <DataTable<History>
      caption={t("trajectory.historyCaption")}
      captionHidden
      rows={rows}
      rowKey={(h) => h.id}
      emptyMessage={t("trajectory.historyEmpty")}
      columns={[
        { key: "date", header: t("trajectory.date"), rowHeader: true, cell: (h) => <time dateTime={h.date}>{f.date(h.date)}</time> },
        { key: "from", header: t("trajectory.from"), cell: (h) => (h.from ? localName(h.from, locale) : t("trajectory.started_stage")) },
        { key: "to", header: t("trajectory.to"), cell: (h) => localName(h.to, locale) },
        ...(limited ? [] : [{ key: "by", header: t("trajectory.by"), cell: (h: History) => h.movedBy ?? t("none") }]),
        { key: "note", header: t("trajectory.note"), cell: (h) => h.note || t("none") },
      ]}
    />
  );
}
