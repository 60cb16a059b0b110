/**
 * "Traject openen" on an organisation's page: choose the programme and the owner (the signed-in account
 * manager by default), optionally a start date and a subject. On success the new trajectory opens.
 */
import { useEffect, useId, useMemo, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { useNavigate } from "react-router";
import { z } from "zod";
import type { ErrorDetail } from "../../../../contracts/errors";
import { OpenTrajectoryInput } from "../../../../contracts/support";
import { useAuth } from "../../../app/auth";
import { Button } from "../../../components/Button";
import { SelectField, TextField } from "../../../components/fields";
import { useToast } from "../../../components/Toast";
import { useOpenTrajectory, useProgrammes, useTrajectories } from "../api";
import { applyDetails, supportResolver, withoutBlanks } from "../lib/errors";
import { localName, todayIso, useSupT } from "../lib/format";
import { ActionError } from "./ActionError";
import { TextAreaField } from "../../../components/TextAreaField";

interface Values {
  programmeCode: string;
  organisationId: string;
  ownerId: string;
  startDate: string;
  summary: string;
  notes: string;
}

const FIELDS = ["programmeCode", "ownerId", "startDate", "summary", "notes"] as const;
const schema = z.preprocess((v) => withoutBlanks((v ?? {}) as Record<string, unknown>), OpenTrajectoryInput);

export function OpenTrajectoryForm({ organisationId, onCancel }: { organisationId: string; onCancel: () => void }) {
  const { t, locale } = useSupT();
  const id = useId();
  const { me } = useAuth();
  const toast = useToast();
  const navigate = useNavigate();
  const programmes = useProgrammes();
  const known = useTrajectories({ limit: 200, sort: "-updated" });
  const open = useOpenTrajectory();
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<Values>({
    resolver: supportResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { programmeCode: "", organisationId, ownerId: "", startDate: "", summary: "", notes: "" },
  });

  useEffect(() => form.setFocus("programmeCode"), [form]);

  const owners = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of known.data?.items ?? []) if (item.owner && item.owner.id !== me?.id) map.set(item.owner.id, item.owner.displayName);
    return [...map].sort((a, b) => a[1].localeCompare(b[1], "nl")).map(([value, label]) => ({ value, label }));
  }, [known.data, me?.id]);

  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      const created = await open.mutateAsync(values as unknown as OpenTrajectoryInput);
      toast.success(t("open.opened"));
      navigate(`/app/ondersteuning/trajecten/${created.id}`);
    } catch (e) {
      setRest(applyDetails(e, form.setError, FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form className="sup-form card" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{t("open.title")}</h3>
        <ActionError error={open.error} details={rest} />
        <div className="form__grid">
          <SelectField
            name="programmeCode"
            label={t("open.programme")}
            required
            placeholder={t("open.choose")}
            options={(programmes.data ?? []).filter((p) => p.active).map((p) => ({ value: p.code, label: localName(p, locale) }))}
          />
          <SelectField
            name="ownerId"
            label={t("open.owner")}
            options={[{ value: "", label: t("open.ownerMe", { name: me?.displayName ?? "" }) }, ...owners]}
          />
          <TextField name="startDate" type="date" label={t("open.startDate")} hint={t("open.startDateHint")} max={todayIso()} />
          <TextField name="summary" label={t("open.summary")} hint={t("open.summaryHint")} maxLength={300} />
        </div>
        <TextAreaField name="notes" label={t("open.notes")} rows={3} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={open.isPending}>
            {t("open.submit")}
          </Button>
          <Button onClick={onCancel}>{t("open.cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
