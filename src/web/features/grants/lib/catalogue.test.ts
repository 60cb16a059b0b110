import { describe, expect, it } from "vitest";
import { en } from "../catalogue/en";
import { nl } from "../catalogue/nl";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("grants catalogues", () => {
  it("have the same keys in Dutch and English, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const c of [nl, en]) for (const k of keys(c)) expect(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], c), k).not.toBe("");
  });
  it("translate every application status of the workflow and every readiness code", () => {
    for (const s of ["draft", "submitted", "more_info_requested", "under_review", "decided_approved", "decided_refused", "withdrawn", "committed", "paid_partially", "paid", "recovery_ordered", "recovered"]) {
      expect(nl.status[s as keyof typeof nl.status]).toBeTruthy();
    }
    expect(Object.keys(nl.missing.application).sort()).toEqual(["amount_above_max", "amount_missing", "de_minimis_missing", "partner_pending", "partners_too_few", "title_missing"]);
  });
});
