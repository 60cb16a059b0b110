/**
 * Follow-up tasks of a trajectory (staff only): the list with "Markeer als afgerond" / "Heropenen", and
 * the form to add one (owned by the signed-in user).
 */
import { useId, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import type { ErrorDetail } from "../../../../contracts/errors";
import { TaskInput, type TaskView, type TrajectoryDetail } from "../../../../contracts/support";
import { Button } from "../../../components/Button";
import { DataTable } from "../../../components/DataTable";
import { TextField } from "../../../components/fields";
import { Pill } from "../../../components/StatusBadge";
import { useToast } from "../../../components/Toast";
import { useFormat } from "../../../i18n/hooks";
import { useAddTask, useCompleteTask } from "../api";
import { applyDetails, supportResolver } from "../lib/errors";
import { useSupT } from "../lib/format";
import { ActionError } from "./ActionError";

export function TaskDue({ task }: { task: Pick<TaskView, "dueDate" | "overdue" | "done"> }) {
  const { t } = useSupT();
  const f = useFormat();
  return (
    <span className="stack-inline">
      <time dateTime={task.dueDate}>{f.date(task.dueDate)}</time>
      {task.overdue && !task.done ? (
        <Pill tone="negative">
          <span aria-hidden="true">!</span>
          {t("tasks.overdue")}
        </Pill>
      ) : null}
      {task.done ? (
        <Pill tone="positive">
          <span aria-hidden="true">✓</span>
          {t("tasks.done")}
        </Pill>
      ) : null}
    </span>
  );
}

/** The button that marks a task done or opens it again. */
export function TaskToggle({ task }: { task: Pick<TaskView, "id" | "title" | "done"> }) {
  const { t } = useSupT();
  const toast = useToast();
  const complete = useCompleteTask();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        size="small"
        busy={complete.isPending}
        onClick={() => {
          setError(null);
          complete.mutate(
            { id: task.id, done: !task.done },
            { onSuccess: () => toast.success(t(task.done ? "tasks.reopened" : "tasks.completed", { title: task.title })), onError: setError },
          );
        }}
      >
        {task.done ? t("tasks.reopen") : t("tasks.complete")}
        <span className="visually-hidden">: {task.title}</span>
      </Button>
      {error ? <ActionError error={error} /> : null}
    </>
  );
}

export function TaskList({ detail, canEdit }: { detail: TrajectoryDetail; canEdit: boolean }) {
  const { t } = useSupT();
  const rows = [...detail.tasks].sort((a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate));
  return (
    <DataTable<TaskView>
      caption={t("tasks.caption")}
      captionHidden
      rows={rows}
      rowKey={(k) => k.id}
      emptyMessage={t("tasks.empty")}
      columns={[
        { key: "title", header: t("tasks.taskTitle"), rowHeader: true, cell: (k) => (k.done ? <s>{k.title}</s> : k.title) },
        { key: "due", header: t("tasks.dueDate"), cell: (k) => <TaskDue task={k} /> },
        { key: "owner", header: t("tasks.owner"), cell: (k) => k.owner.displayName },
        ...(canEdit ? [{ key: "action", header: t("myTasks.col.action"), cell: (k: TaskView) => <TaskToggle task={k} /> }] : []),
      ]}
    />
  );
}

interface Values {
  title: string;
  dueDate: string;
}

export function TaskForm({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useSupT();
  const id = useId();
  const toast = useToast();
  const add = useAddTask(trajectoryId);
  const [rest, setRest] = useState<ErrorDetail[]>([]);
  const form = useForm<Values>({ resolver: supportResolver(TaskInput) as unknown as Resolver<Values>, defaultValues: { title: "", dueDate: "" } });
  const submit = form.handleSubmit(async (values) => {
    setRest([]);
    try {
      await add.mutateAsync(values);
      toast.success(t("tasks.saved"));
      form.reset();
    } catch (e) {
      setRest(applyDetails(e, form.setError, ["title", "dueDate"]));
    }
  });
  return (
    <FormProvider {...form}>
      <form className="sup-form" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)} noValidate>
        <h3 id={`${id}-h`}>{t("tasks.add")}</h3>
        <ActionError error={add.error} details={rest} />
        <div className="form__grid">
          <TextField name="title" label={t("tasks.taskTitle")} required maxLength={300} />
          <TextField name="dueDate" type="date" label={t("tasks.dueDate")} required hint={t("tasks.ownerHint")} />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={add.isPending}>
            {t("tasks.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
