/** "Delete" on a supply record's page, with a confirmation first; the server refuses what must stay (its message is shown). */
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../../../components/Button";
import { ConfirmDialog } from "../../../../components/ConfirmDialog";
import { useToast } from "../../../../components/Toast";
import type { useDeleteRecord } from "../api";
import { SupplyError } from "./bits";

export function DeleteRecord({ del, version, label, title, body, done, list }: {
  del: ReturnType<typeof useDeleteRecord>;
  /** The version the user sees (optimistic locking). */
  version: number;
  /** The button's and the confirmation's label. */
  label: string;
  title: string;
  body: string;
  /** The toast after deletion. */
  done: string;
  /** Where to go afterwards (the record's list). */
  list: string;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>{label}</Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={label}
        destructive
        busy={del.isPending}
        error={del.error ? <SupplyError error={del.error} /> : null}
        onCancel={() => setOpen(false)}
        onConfirm={() => del.mutate(version, { onSuccess: () => { toast.success(done); navigate(list); } })}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}
