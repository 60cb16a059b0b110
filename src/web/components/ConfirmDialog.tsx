/**
 * ConfirmDialog: a modal confirmation on the native <dialog> element.
 *
 * <ConfirmDialog open={asking} title="Gebruiker deactiveren?" confirmLabel="Deactiveren" destructive
 *   busy={mutation.isPending} onConfirm={() => mutation.mutate()} onCancel={() => setAsking(false)}>
 *   <p>Anna kan zich dan niet meer aanmelden.</p>
 * </ConfirmDialog>
 *
 * - opens with showModal() (the rest of the page becomes inert), title as aria-labelledby,
 *   body as aria-describedby;
 * - Tab and Shift+Tab stay inside the dialog; Escape cancels;
 * - the first focus goes to Cancel for destructive actions (the safe choice), else to Confirm;
 * - focus returns to the element that opened it when it closes.
 * `error` shows a failed confirmation inside the dialog (e.g. <ErrorMessage error={…} />).
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button";

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  destructive?: boolean;
  busy?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, destructive, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation("common");
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      (destructive ? cancelRef.current : confirmRef.current)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, destructive]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      onClose={() => {
        returnTo.current?.focus?.();
        returnTo.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key !== "Tab") return;
        const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
        if (!items.length) return;
        const first = items[0];
        const last = items[items.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
    >
      {open ? (
        <div className="dialog__content">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children ? (
            <div id={bodyId} className="dialog__body">
              {children}
            </div>
          ) : null}
          {error}
          <div className="dialog__actions">
            <Button ref={cancelRef} onClick={onCancel} disabled={busy}>
              {cancelLabel ?? t("actions.cancel")}
            </Button>
            <Button ref={confirmRef} variant={destructive ? "danger" : "primary"} onClick={onConfirm} busy={busy}>
              {confirmLabel ?? t("actions.confirm")}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
