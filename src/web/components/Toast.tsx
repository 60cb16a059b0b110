/**
 * Toasts: short messages after an action ("Gebruiker aangemaakt."), announced to screen readers.
 *
 * Wrap the app in <ToastProvider>; then `const toast = useToast(); toast.success("…")`,
 * `toast.error("…")` or `toast.info("…")`. Success and info go to a polite role="status"
 * region, errors to a role="alert" region; both regions exist from the start so that
 * announcements are reliable. Messages disappear after a while (errors stay until dismissed)
 * and can be closed with their button.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Kind = "success" | "info" | "error";
interface ToastItem {
  id: number;
  kind: Kind;
  message: string;
}

export interface ToastApi {
  success: (message: string) => void;
  info: (message: string) => void;
  error: (message: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error("useToast needs a <ToastProvider> above it");
  return ctx;
}

const ICON: Record<Kind, string> = { success: "✓", info: "ℹ", error: "⚠" };

export function ToastProvider({ children, timeout = 7000 }: { children: ReactNode; timeout?: number }) {
  const { t } = useTranslation("common");
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);
  const push = useCallback(
    (kind: Kind, message: string) => {
      const id = next.current++;
      setItems((list) => [...list.slice(-3), { id, kind, message }]);
      if (kind !== "error") setTimeout(() => dismiss(id), timeout);
    },
    [dismiss, timeout],
  );
  const api = useMemo<ToastApi>(
    () => ({ success: (m) => push("success", m), info: (m) => push("info", m), error: (m) => push("error", m) }),
    [push],
  );
  const render = (kinds: Kind[]) =>
    items
      .filter((i) => kinds.includes(i.kind))
      .map((i) => (
        <div key={i.id} className={`toast toast--${i.kind}`}>
          <span className="toast__icon" aria-hidden="true">
            {ICON[i.kind]}
          </span>
          <span className="toast__message">{i.message}</span>
          <button type="button" className="toast__close" onClick={() => dismiss(i.id)} aria-label={t("toast.dismiss")}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ));
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-label={t("toast.region")} role="region">
        <div role="status" aria-live="polite" className="toasts__list">
          {render(["success", "info"])}
        </div>
        <div role="alert" className="toasts__list">
          {render(["error"])}
        </div>
      </div>
    </ToastContext.Provider>
  );
}
