import { describe, expect, it } from "vitest";
import type { DeMinimisAid } from "../../../contracts/grants.js";
import { addDays, addMonths } from "./calendar.js";
import { assessDeMinimis, countsOn, leavesWindowOn, windowStart } from "./de-minimis.js";

const EUR = (euros: number) => euros * 100;
let seq = 0;
function aid(amountEuros: number, grantDate: string, over: Partial<DeMinimisAid> = {}): DeMinimisAid {
  seq += 1;
  return { id: `aid-${seq}`, enterpriseId: "A", amountCents: EUR(amountEuros), grantDate, grantingBody: "VLAIO", regulation: "2023/2831", source: "declared", ...over };
}

describe("the issue's case: EUR 250,000 granted 35 months before, EUR 60,000 now", () => {
  const today = "2026-02-10";
  const earlier = aid(250_000, addMonths(today, -35)); // 2023-03-10

  it("refuses the award: 310,000 > 300,000", () => {
    const r = assessDeMinimis({ aid: [earlier], award: { amountCents: EUR(60_000), grantDate: today } });
    expect(r.verdict).toBe("exceeds");
    expect(r.window).toEqual({ from: "2023-02-10", to: "2026-02-10" });
    expect(r.sumInWindowCents).toBe(EUR(250_000));
    expect(r.totalWithAwardCents).toBe(EUR(310_000));
    expect(r.excessCents).toBe(EUR(10_000));
    expect(r.headroomCents).toBe(EUR(50_000));
    expect(r.reasons[0].code).toBe("de_minimis.exceeds");
    expect(r.reasons[0].message).toContain("EUR 310,000.00, EUR 10,000.00 above the ceiling of EUR 300,000.00");
  });

  it("says which aid leaves the window next and from when the award would fit", () => {
    const r = assessDeMinimis({ aid: [earlier], award: { amountCents: EUR(60_000), grantDate: today } });
    expect(r.nextToLeave).toEqual({ aidIds: [earlier.id], amountCents: EUR(250_000), leavesWindowOn: "2026-03-11" });
    expect(r.fitsFrom).toBe("2026-03-11");
  });

  it("grants the same award once the earlier aid is older than three years", () => {
    const r = assessDeMinimis({ aid: [earlier], award: { amountCents: EUR(60_000), grantDate: "2026-03-11" } });
    expect(r.verdict).toBe("fits");
    expect(r.sumInWindowCents).toBe(0);
    expect(r.excluded).toEqual([expect.objectContaining({ aidId: earlier.id, why: "before_window" })]);
    expect(r.fitsFrom).toBeNull();
  });

  it("still refuses on the third anniversary itself (the window includes its first day)", () => {
    const r = assessDeMinimis({ aid: [earlier], award: { amountCents: EUR(60_000), grantDate: "2026-03-10" } });
    expect(r.window.from).toBe("2023-03-10");
    expect(r.verdict).toBe("exceeds");
  });
});

describe("window boundaries", () => {
  it("counts aid from G − 3 years to G, both days included", () => {
    expect(windowStart("2026-01-17")).toBe("2023-01-17");
    expect(countsOn("2023-01-17", "2026-01-17")).toBe(true);
    expect(countsOn("2023-01-16", "2026-01-17")).toBe(false);
    expect(countsOn("2026-01-17", "2026-01-17")).toBe(true);
    expect(countsOn("2026-01-18", "2026-01-17")).toBe(false);
  });

  it("handles 29 February: a grant on 29 Feb 2028 looks back to 28 Feb 2025", () => {
    expect(windowStart("2028-02-29")).toBe("2025-02-28");
    expect(countsOn("2025-02-28", "2028-02-29")).toBe(true);
    expect(countsOn("2025-02-27", "2028-02-29")).toBe(false);
    expect(countsOn("2025-02-28", "2028-03-01")).toBe(false);
  });

  it("aid granted on 29 Feb 2024 counts up to 28 Feb 2027 and leaves on 1 March 2027", () => {
    expect(countsOn("2024-02-29", "2027-02-28")).toBe(true);
    expect(leavesWindowOn("2024-02-29")).toBe("2027-03-01");
    expect(leavesWindowOn("2025-02-28")).toBe("2028-03-01");
    expect(leavesWindowOn("2023-03-10")).toBe("2026-03-11");
  });

  it("leavesWindowOn is the first day the aid no longer counts, for every day of a leap cycle", () => {
    for (let d = "2024-01-01"; d < "2028-01-01"; d = addDays(d, 1)) {
      const leave = leavesWindowOn(d);
      expect(countsOn(d, leave)).toBe(false);
      expect(countsOn(d, addDays(leave, -1))).toBe(true);
    }
  });
});

describe("assessDeMinimis", () => {
  it("lets an award that reaches the ceiling exactly fit", () => {
    const r = assessDeMinimis({ aid: [aid(240_000, "2025-01-01")], award: { amountCents: EUR(60_000), grantDate: "2026-06-01" } });
    expect(r.verdict).toBe("fits");
    expect(r.totalWithAwardCents).toBe(EUR(300_000));
    expect(r.headroomCents).toBe(EUR(60_000));
    expect(r.reasons[0].message).toContain("EUR 0.00 to spare");
  });

  it("adds aid under both regulations and from every granting body", () => {
    const r = assessDeMinimis({
      aid: [aid(100_000, "2023-12-01", { regulation: "1407/2013", grantingBody: "Vlaamse overheid" }), aid(150_000, "2025-03-01", { source: "koers", grantingBody: "POM Limburg" })],
      award: { amountCents: EUR(60_000), grantDate: "2026-06-01" },
    });
    expect(r.sumInWindowCents).toBe(EUR(250_000));
    expect(r.verdict).toBe("exceeds");
  });

  it("leaves out aid of enterprises outside the single undertaking", () => {
    const other = aid(250_000, "2025-01-01", { enterpriseId: "Z" });
    const own = aid(10_000, "2025-01-01", { enterpriseId: "B" });
    const r = assessDeMinimis({ aid: [other, own], memberIds: ["A", "B"], award: { amountCents: EUR(60_000), grantDate: "2026-01-01" } });
    expect(r.verdict).toBe("fits");
    expect(r.sumInWindowCents).toBe(EUR(10_000));
    expect(r.excluded).toEqual([expect.objectContaining({ aidId: other.id, why: "not_in_undertaking" })]);
  });

  it("counts aid declared by the applicant that is already in Koers once", () => {
    const inKoers = aid(200_000, "2025-05-05", { source: "koers" });
    const declared = aid(200_000, "2025-05-05", { source: "declared", grantingBody: "POM" });
    const r = assessDeMinimis({ aid: [declared, inKoers], award: { amountCents: EUR(60_000), grantDate: "2026-01-01" } });
    expect(r.sumInWindowCents).toBe(EUR(200_000));
    expect(r.verdict).toBe("fits");
    expect(r.excluded).toEqual([expect.objectContaining({ aidId: declared.id, why: "duplicate_of_koers" })]);
  });

  it("checks the windows that end on aid granted after the award's date", () => {
    // aid of 250,000 on 2026-09-01; an award of 60,000 back-dated to 2026-06-01 lies in its window
    const later = aid(250_000, "2026-09-01");
    const r = assessDeMinimis({ aid: [later], award: { amountCents: EUR(60_000), grantDate: "2026-06-01" } });
    expect(r.sumInWindowCents).toBe(0);
    expect(r.verdict).toBe("exceeds");
    expect(r.reasons[0].code).toBe("de_minimis.exceeds_later_window");
    expect(r.headroomCents).toBe(EUR(50_000));
    expect(r.excluded).toEqual([expect.objectContaining({ why: "after_grant_date" })]);
  });

  it("finds the first date the award fits when several aids must leave", () => {
    const a1 = aid(120_000, "2024-01-15");
    const a2 = aid(120_000, "2024-06-30");
    const a3 = aid(50_000, "2025-03-01");
    const r = assessDeMinimis({ aid: [a3, a1, a2], award: { amountCents: EUR(100_000), grantDate: "2026-01-01" } });
    expect(r.verdict).toBe("exceeds");
    expect(r.counted.map((c) => c.aidId)).toEqual([a1.id, a2.id, a3.id]);
    expect(r.nextToLeave).toMatchObject({ aidIds: [a1.id], leavesWindowOn: "2027-01-16" });
    // after a1 leaves: 170,000 + 100,000 = 270,000 fits
    expect(r.fitsFrom).toBe("2027-01-16");
  });

  it("says an award above the ceiling can never fit", () => {
    const r = assessDeMinimis({ aid: [], award: { amountCents: EUR(300_001), grantDate: "2026-01-01" } });
    expect(r.verdict).toBe("exceeds");
    expect(r.fitsFrom).toBeNull();
    expect(r.reasons.map((x) => x.code)).toContain("de_minimis.award_above_ceiling");
  });

  it("warns when the grant date lies outside the regulation's period", () => {
    const r = assessDeMinimis({ aid: [], award: { amountCents: EUR(1_000), grantDate: "2031-01-01" } });
    expect(r.verdict).toBe("fits");
    expect(r.reasons.map((x) => x.code)).toContain("de_minimis.outside_regulation_period");
  });

  it("accepts another ceiling (e.g. SGEI de minimis, EUR 750,000)", () => {
    const r = assessDeMinimis({ aid: [aid(500_000, "2025-01-01")], award: { amountCents: EUR(200_000), grantDate: "2026-01-01" }, ceilingCents: EUR(750_000) });
    expect(r.verdict).toBe("fits");
  });
});
