import { useEffect, useId, useRef, type ReactNode } from "react";
import { useCompassT } from "../lib/format";

/**
 * A modal form on the native <dialog> (the page behind becomes inert, Escape closes, focus returns to
 * the opener). The title labels the dialog; a close button sits in the corner.
 */
export function FormDialog({ title, children, onClose, wide = false }: { title: string; children: ReactNode; onClose: () => void; wide?: boolean }) {
  const { t } = useCompassT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement as HTMLElement | null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => opener.current?.focus?.();
  }, []);
  return (
    <dialog ref={ref} className={`compass-dialog${wide ? " compass-dialog--wide" : ""}`} aria-labelledby={titleId} onClose={onClose}>
      <div className="compass-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => ref.current?.close()}>
          <span aria-hidden="true">✕ </span>
          {t("close")}
        </button>
      </div>
      {children}
    </dialog>
  );
}
