/**
 * Autosave of an application draft: changes collect in `pending` and go to the server 1.2 s after the
 * last keystroke (or at once on flush), one request at a time, with the version the server gave last.
 * A stale version (someone else saved) stops autosaving and says so; a refused answer shows its error.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApplicationDetail, SaveDraftInput } from "../../../../contracts/grants-portal";
import { ApiError } from "../../../app/api";
import { useSaveDraft } from "../api";

export type SaveState = { kind: "idle" } | { kind: "dirty" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; error: unknown } | { kind: "conflict" };
type Changes = Omit<SaveDraftInput, "version">;

export function useAutosave(detail: ApplicationDetail | undefined, delayMs = 1200) {
  const save = useSaveDraft();
  const pending = useRef<Changes>({});
  const version = useRef(detail?.version ?? 1);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  const conflict = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  useEffect(() => {
    if (detail && !busy.current) version.current = detail.version;
  }, [detail]);

  const flush = useCallback(async (): Promise<void> => {
    if (!detail || busy.current || conflict.current) return;
    const changes = pending.current;
    if (!Object.keys(changes).length) return;
    pending.current = {};
    busy.current = true;
    setState({ kind: "saving" });
    try {
      const next = await save.mutateAsync({ id: detail.id, version: version.current, ...changes });
      version.current = next.version;
      busy.current = false;
      if (Object.keys(pending.current).length) {
        setState({ kind: "dirty" });
        void flush();
      } else setState({ kind: "saved", at: new Date() });
    } catch (e) {
      busy.current = false;
      if (e instanceof ApiError && e.status === 409) {
        conflict.current = true;
        setState({ kind: "conflict" });
      }
      else {
        // keep what failed for the next attempt, unless newer changes replaced it
        pending.current = { ...changes, ...pending.current, answers: { ...changes.answers, ...pending.current.answers } };
        setState({ kind: "error", error: e });
      }
    }
  }, [detail, save]);

  const change = useCallback(
    (c: Changes) => {
      const answers = c.answers ? { ...pending.current.answers, ...c.answers } : pending.current.answers;
      pending.current = { ...pending.current, ...c, ...(answers ? { answers } : {}) };
      setState((s) => (s.kind === "conflict" ? s : { kind: "dirty" }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  /** Saves what is pending now (before submitting or leaving). */
  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await flush();
  }, [flush]);
  return { state, change, saveNow, hasPending: () => Object.keys(pending.current).length > 0 || busy.current };
}
