/**
 * De minimis ceiling per single undertaking (Regulation (EU) 2023/2831, DOMAIN-FACTS §5):
 * EUR 300,000 over any period of three years, counted from the grant date (the day the legal
 * right to the aid is obtained), rolling — not calendar or fiscal years.
 *
 * Window: for a grant on day G the window runs from G − 3 years to G, both days included.
 * Aid thus still counts on its third anniversary and leaves the window the day after ("older
 * than three years"). Taking the anniversary in is the cautious reading: it can never let the
 * ceiling be exceeded over a three-year period. G − 3 years of 29 February is 28 February, the
 * wider of the two possible readings, for the same reason.
 *
 * All de minimis aid counts, whichever regulation it was granted under (2023/2831 or the old
 * 1407/2013). Aid dated after G is not in G's window, but G lies in the windows ending on those
 * later dates, so those windows are checked too.
 */
import { DE_MINIMIS_CEILING_CENTS, type DeMinimisAid, type DeMinimisResult, type Reason } from "../../../contracts/grants.js";
import { addDays, addYears } from "./calendar.js";
import { euro, reason } from "./reason.js";

export const DE_MINIMIS_YEARS = 3;
const REGULATION_FROM = "2024-01-01";
const REGULATION_UNTIL = "2030-12-31";

/** First day of the window that ends on a grant date. */
export function windowStart(grantDate: string): string {
  return addYears(grantDate, -DE_MINIMIS_YEARS);
}

/** True when aid granted on `aidDate` counts for a grant on `grantDate`. */
export function countsOn(aidDate: string, grantDate: string): boolean {
  return aidDate <= grantDate && aidDate >= windowStart(grantDate);
}

/** The first grant date on which aid granted on `aidDate` no longer counts. */
export function leavesWindowOn(aidDate: string): string {
  let day = addYears(aidDate, DE_MINIMIS_YEARS);
  while (windowStart(day) <= aidDate) day = addDays(day, 1);
  return day;
}

export interface DeMinimisInput {
  /** De minimis aid of the single undertaking: granted in Koers and declared by the applicant. */
  aid: readonly DeMinimisAid[];
  award: { amountCents: number; grantDate: string };
  /** Members of the single undertaking on the grant date; aid of other enterprises is left out. */
  memberIds?: readonly string[];
  ceilingCents?: number;
}

type Excluded = DeMinimisResult["excluded"][number];

function sumIn(aid: readonly DeMinimisAid[], end: string): number {
  return aid.filter((a) => countsOn(a.grantDate, end)).reduce((s, a) => s + a.amountCents, 0);
}

/**
 * The highest total (existing aid plus the award) over every three-year window that contains
 * the award's grant date: the one ending on it, and those ending on later aid.
 */
function peak(aid: readonly DeMinimisAid[], award: { amountCents: number; grantDate: string }) {
  let worst = { end: award.grantDate, existing: sumIn(aid, award.grantDate) };
  for (const a of aid) {
    if (a.grantDate <= award.grantDate || windowStart(a.grantDate) > award.grantDate) continue;
    const existing = sumIn(aid, a.grantDate);
    if (existing > worst.existing) worst = { end: a.grantDate, existing };
  }
  return { ...worst, total: worst.existing + award.amountCents };
}

/** Drops aid of enterprises outside the undertaking and declarations of aid already recorded in Koers. */
function relevantAid(input: DeMinimisInput): { aid: DeMinimisAid[]; excluded: Excluded[] } {
  const members = input.memberIds ? new Set(input.memberIds) : null;
  const excluded: Excluded[] = [];
  const aid: DeMinimisAid[] = [];
  const koers = input.aid.filter((a) => a.source === "koers");
  const matched = new Set<string>();
  for (const a of [...koers, ...input.aid.filter((x) => x.source === "declared")]) {
    if (members && !members.has(a.enterpriseId)) {
      excluded.push({ aidId: a.id, why: "not_in_undertaking", reason: reason("de_minimis.not_in_undertaking", `Aid ${a.id} went to ${a.enterpriseId}, which is not part of the single undertaking on ${input.award.grantDate}.`, { aidId: a.id, enterpriseId: a.enterpriseId }) });
      continue;
    }
    if (a.source === "declared") {
      const twin = koers.find((k) => !matched.has(k.id) && k.enterpriseId === a.enterpriseId && k.grantDate === a.grantDate && k.amountCents === a.amountCents);
      if (twin) {
        matched.add(twin.id);
        excluded.push({ aidId: a.id, why: "duplicate_of_koers", reason: reason("de_minimis.duplicate_of_koers", `Declared aid ${a.id} (${euro(a.amountCents)} on ${a.grantDate}) is the aid already recorded in Koers as ${twin.id}; it is counted once.`, { aidId: a.id, koersAidId: twin.id }) });
        continue;
      }
    }
    aid.push(a);
  }
  return { aid, excluded };
}

/** Checks a proposed award against the ceiling and explains the sum, the window and what to expect. */
export function assessDeMinimis(input: DeMinimisInput): DeMinimisResult {
  const ceilingCents = input.ceilingCents ?? DE_MINIMIS_CEILING_CENTS;
  const { award } = input;
  const from = windowStart(award.grantDate);
  const { aid, excluded } = relevantAid(input);

  const counted = aid
    .filter((a) => countsOn(a.grantDate, award.grantDate))
    .sort((a, b) => (a.grantDate < b.grantDate ? -1 : a.grantDate > b.grantDate ? 1 : a.id < b.id ? -1 : 1));
  for (const a of aid) {
    if (a.grantDate < from) {
      excluded.push({ aidId: a.id, why: "before_window", reason: reason("de_minimis.before_window", `Aid ${a.id} (${euro(a.amountCents)} on ${a.grantDate}) is older than three years on ${award.grantDate} and no longer counts.`, { aidId: a.id, grantDate: a.grantDate }) });
    } else if (a.grantDate > award.grantDate) {
      excluded.push({ aidId: a.id, why: "after_grant_date", reason: reason("de_minimis.after_grant_date", `Aid ${a.id} was granted on ${a.grantDate}, after this grant date; it is checked in the window that ends on its own date.`, { aidId: a.id, grantDate: a.grantDate }) });
    }
  }

  const sumInWindowCents = counted.reduce((s, a) => s + a.amountCents, 0);
  const totalWithAwardCents = sumInWindowCents + award.amountCents;
  const worst = peak(aid, award);
  const fits = worst.total <= ceilingCents;
  const headroomCents = Math.max(0, ceilingCents - worst.existing);
  const excessCents = Math.max(0, worst.total - ceilingCents);
  const reasons: Reason[] = [];
  const params = { amountCents: award.amountCents, grantDate: award.grantDate, windowFrom: from, sumInWindowCents, totalWithAwardCents, ceilingCents, headroomCents, excessCents };

  if (fits) {
    reasons.push(reason("de_minimis.fits", `The award of ${euro(award.amountCents)} fits: de minimis aid of ${euro(sumInWindowCents)} granted from ${from} to ${award.grantDate} plus this award makes ${euro(totalWithAwardCents)}, within the ceiling of ${euro(ceilingCents)} (${euro(ceilingCents - worst.total)} to spare).`, params));
  } else if (worst.end === award.grantDate) {
    reasons.push(reason("de_minimis.exceeds", `The award of ${euro(award.amountCents)} exceeds the de minimis ceiling: ${euro(sumInWindowCents)} already granted from ${from} to ${award.grantDate} plus this award makes ${euro(totalWithAwardCents)}, ${euro(excessCents)} above the ceiling of ${euro(ceilingCents)}. At most ${euro(headroomCents)} can be granted on ${award.grantDate}.`, params));
  } else {
    reasons.push(reason("de_minimis.exceeds_later_window", `The award of ${euro(award.amountCents)} would push the three-year window from ${windowStart(worst.end)} to ${worst.end}, which already holds ${euro(worst.existing)} including aid granted after ${award.grantDate}, to ${euro(worst.total)}: ${euro(excessCents)} above the ceiling of ${euro(ceilingCents)}.`, { ...params, laterWindowEnd: worst.end, laterWindowExistingCents: worst.existing }));
  }

  const withLeaving = counted.map((a) => ({ aidId: a.id, amountCents: a.amountCents, grantDate: a.grantDate, leavesWindowOn: leavesWindowOn(a.grantDate) }));
  let nextToLeave: DeMinimisResult["nextToLeave"] = null;
  if (withLeaving.length > 0) {
    const first = withLeaving.reduce((m, a) => (a.leavesWindowOn < m ? a.leavesWindowOn : m), withLeaving[0].leavesWindowOn);
    const leaving = withLeaving.filter((a) => a.leavesWindowOn === first);
    nextToLeave = { aidIds: leaving.map((a) => a.aidId), amountCents: leaving.reduce((s, a) => s + a.amountCents, 0), leavesWindowOn: first };
    reasons.push(reason("de_minimis.next_to_leave", `The next aid to leave the window is ${nextToLeave.aidIds.join(", ")} (${euro(nextToLeave.amountCents)}), from ${first} on.`, { aidIds: nextToLeave.aidIds.join(","), amountCents: nextToLeave.amountCents, leavesWindowOn: first }));
  }

  let fitsFrom: string | null = null;
  if (!fits) {
    if (award.amountCents > ceilingCents) {
      reasons.push(reason("de_minimis.award_above_ceiling", `The award alone (${euro(award.amountCents)}) is above the ceiling of ${euro(ceilingCents)}; it can never be granted as de minimis aid.`, { amountCents: award.amountCents, ceilingCents }));
    } else {
      const candidates = [...new Set(aid.map((a) => leavesWindowOn(a.grantDate)))].filter((d) => d > award.grantDate).sort();
      fitsFrom = candidates.find((d) => peak(aid, { amountCents: award.amountCents, grantDate: d }).total <= ceilingCents) ?? null;
      if (fitsFrom) reasons.push(reason("de_minimis.fits_from", `With the aid known today, the same award would fit if granted on or after ${fitsFrom}.`, { fitsFrom }));
    }
  }

  if (award.grantDate < REGULATION_FROM || award.grantDate > REGULATION_UNTIL) {
    reasons.push(reason("de_minimis.outside_regulation_period", `Regulation 2023/2831 covers aid granted from ${REGULATION_FROM} to ${REGULATION_UNTIL}; ${award.grantDate} lies outside that period.`, { grantDate: award.grantDate, from: REGULATION_FROM, until: REGULATION_UNTIL }));
  }

  return {
    verdict: fits ? "fits" : "exceeds",
    ceilingCents,
    award: { amountCents: award.amountCents, grantDate: award.grantDate },
    window: { from, to: award.grantDate },
    counted: withLeaving,
    excluded,
    sumInWindowCents,
    totalWithAwardCents,
    headroomCents,
    excessCents,
    nextToLeave,
    fitsFrom,
    reasons,
  };
}
