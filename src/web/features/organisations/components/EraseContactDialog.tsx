/**
 * Erasing one person's data on their request (administrators): a confirmation that says what is removed
 * and what stays in the audit trail, with the reason (required, must not name the person).
 */
import { useEffect, useId, useState } from "react";
import type { ContactView } from "../../../../contracts/organisations";
import { EraseContactInput } from "../../../../contracts/organisations";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { TextAreaInput } from "../../../components/TextAreaField";
import { useToast } from "../../../components/Toast";
import { translateIssue } from "../../../i18n/errors";
import { useEraseContact } from "../api";
import { useOrgT } from "../lib/format";
import { OrgActionError } from "./OrgActionError";

export function EraseContactDialog({ contact, onClose }: { contact: ContactView | null; onClose: () => void }) {
  const { t } = useOrgT();
  const id = useId();
  const toast = useToast();
  const erase = useEraseContact();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setReason("");
    setError(null);
    erase.reset();
    // Reset when another contact is chosen (erase is stable enough; its identity must not retrigger).
  }, [contact?.id]);

  const confirm = async () => {
    if (!contact) return;
    const parsed = EraseContactInput.safeParse({ reason });
    if (!parsed.success) {
      setError(translateIssue({ ...(parsed.error.issues[0] as object), input: reason } as never));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setError(null);
    try {
      await erase.mutateAsync({ id: contact.id, reason: parsed.data.reason });
      toast.success(t("contacts.erasedDone"));
      onClose();
    } catch {
      // shown inside the dialog
    }
  };

  const name = contact?.name ?? "";
  return (
    <ConfirmDialog
      open={contact !== null}
      title={t("contacts.eraseTitle", { name })}
      confirmLabel={t("contacts.eraseConfirm")}
      destructive
      busy={erase.isPending}
      error={<OrgActionError error={erase.error} />}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>{t("contacts.eraseRemoved")}</p>
      <p>{t("contacts.eraseKept")}</p>
      <p>
        <strong>{t("contacts.eraseFinal")}</strong>
      </p>
      <TextAreaInput
        label={t("contacts.eraseReason")}
        hint={t("contacts.eraseReasonHint")}
        error={error}
        maxLength={1000}
        aria-required
        id={`${id}-reason`}
        value={reason}
        onValueChange={setReason}
      />
    </ConfirmDialog>
  );
}
