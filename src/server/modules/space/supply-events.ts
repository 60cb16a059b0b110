import type { Ctx } from "../../platform/context.js";

/*
 * Supply events: how the rest of the space module (the demand side: suggestions, notifications) reacts when
 * parcels or premises change, INSIDE the transaction of the change.
 *
 * Every supply verb that creates, updates, deletes or imports parcels or premises — or changes a park in a way
 * its parcels inherit (features, access, zoning, municipality) — calls `emitSupplyChange(ctx, change)` in its
 * transaction, after its writes and before it returns. Each listener registered with `onSupplyChange` is
 * awaited in registration order with the same ctx (same transaction, same actor, same request id). A listener
 * that throws rolls the whole change back, audit row included; so a listener does only what must be atomic with
 * the change (rewrite the suggestions of the affected demands, queue outbox mail) and leaves slow work to jobs.
 *
 * Registration is module-global, not per app: listeners are registered once when their module is loaded
 * (`onSupplyChange` at the top level of the listening file, which the module's index.ts imports), so every app
 * built in the process — the server, each test app — gets them, and verbs called without an app (seeds,
 * imports, jobs) too. Listeners must therefore hold no per-app state of their own: read and write through
 * `ctx.db`. State kept in memory across changes (the matching state, match-state.ts) is validated against the
 * database by its owner (ADR 0008), not here. Registering the same function twice is a no-op;
 * `onSupplyChange` returns a function that removes the listener (for tests).
 *
 * Ids are the changed rows' ids. `removedParcelIds`/`removedPremisesIds` list rows about to be deleted: the
 * listeners run just before the delete (the rows can still be read; suggestions and introductions that point at
 * them go with them by cascade). Parcels and premises of a changed park are listed in `parcelIds`/`premisesIds`.
 */

export interface SupplyChange {
  parcelIds: string[];
  premisesIds: string[];
  /** Ids (parcels or premises) deleted in this change. */
  removedParcelIds?: string[];
  removedPremisesIds?: string[];
  /** What happened, for logs: "parcel.create", "parcel.update", "park.update", "import.apply", … */
  reason: string;
}

export type SupplyChangeListener = (ctx: Ctx, change: SupplyChange) => Promise<void> | void;

const listeners: SupplyChangeListener[] = [];

export function onSupplyChange(listener: SupplyChangeListener): () => void {
  if (!listeners.includes(listener)) listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/** Calls every listener in the verb's transaction. Throws when called outside a transaction. */
export async function emitSupplyChange(ctx: Ctx, change: SupplyChange): Promise<void> {
  if (!ctx.inTransaction) throw new Error("emitSupplyChange must run inside the verb's transaction");
  const empty =
    change.parcelIds.length === 0 &&
    change.premisesIds.length === 0 &&
    (change.removedParcelIds?.length ?? 0) === 0 &&
    (change.removedPremisesIds?.length ?? 0) === 0;
  if (empty) return;
  for (const listener of [...listeners]) await listener(ctx, change);
}
