/*
 * Space matching benchmark: exhaustive scoring against the matching index, and incremental updates.
 *
 *   npx tsx bench/space/run.ts [--items 100000] [--demands 10000] [--changes 100] [--seed 2026] [--style parks|scattered]
 *
 * 1. Generates the supply (parcels in business parks) and the demands deterministically from the seed.
 * 2. Exhaustive: every demand scored against every item (items and demands compiled once), top 10 kept.
 * 3. Index: the supply index built, then every demand's top 10 (with a buffer of 20) queried.
 * 4. Checks that both top 10s are identical for every demand (ids, order and points); reports differences.
 * 5. Changes one item at a time (availability, price, area, date, features, transaction; some additions and
 *    removals), timing how long the index takes to bring all demands' suggestions up to date, and checks a
 *    sample of demands against exhaustive scoring afterwards.
 */
import { cpus, loadavg } from "node:os";
import { PerformanceObserver, performance } from "node:perf_hooks";
import type { SupplyItem } from "../../src/contracts/space.js";
import { compileDemand, compileItem } from "../../src/server/modules/space/matching/compile.js";
import { rankAll } from "../../src/server/modules/space/matching/exhaustive.js";
import { MatchIndex } from "../../src/server/modules/space/matching/match-index.js";
import { type SyntheticOptions, mutateItem, prng, syntheticDemands, syntheticItem, syntheticSupply } from "../../src/server/modules/space/matching/synthetic.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const N_ITEMS = Number(arg("items", "100000"));
const N_DEMANDS = Number(arg("demands", "10000"));
const N_CHANGES = Number(arg("changes", "100"));
const SEED = Number(arg("seed", "2026"));
const options: SyntheticOptions = { style: arg("style", "parks") as SyntheticOptions["style"] };
const SHOW = 10;

const ms = (t: number) => `${t.toFixed(1)} ms`;
/** Wall-clock and CPU time (this process, user + system) of a function, in ms. */
function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}
const both = (x: { wall: number; cpu: number }) => `${ms(x.wall)} wall / ${ms(x.cpu)} cpu`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(" / ");
type Top = { id: string; p: number }[];
const sameTop = (a: Top, b: Top) => a.length === b.length && a.every((x, i) => x.id === b[i].id && x.p === b[i].p);

console.log(`space matching bench: ${N_ITEMS} items × ${N_DEMANDS} demands, seed ${SEED}, style ${options.style}`);
console.log(`node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? "?"}), load average 1/5/15 min at start: ${load()}`);

const rand = prng(SEED);
let t = performance.now();
const items = syntheticSupply(rand, N_ITEMS, options);
const demands = syntheticDemands(rand, N_DEMANDS, options);
console.log(`generated in ${ms(performance.now() - t)}`);

// --- exhaustive (its compiled items are dropped afterwards, so they do not weigh on the garbage collector later) ---
const compiledDemands = demands.map(compileDemand);
const { exhaustive, ex } = (() => {
  const compile = timed(() => items.map((item) => compileItem(item)));
  const compiledItems = compile.value;
  const ex = timed(() => compiledDemands.map((d) => rankAll(d, compiledItems, SHOW).map((r) => ({ id: r.item.id, p: r.points2 }))));
  console.log(`exhaustive: compile ${both(compile)}; scoring ${both(ex)} (${((ex.wall * 1e6) / (N_ITEMS * N_DEMANDS)).toFixed(1)} ns wall per pair)`);
  return { exhaustive: ex.value as Top[], ex };
})();

// --- index ---
const index = new MatchIndex({ show: SHOW });
const build = timed(() => index.supply.putAll(items));
const queries = timed(() => {
  for (const demand of demands) index.upsertDemand(demand);
});
const { groups, scored } = index.supply.stats;
console.log(
  `index: build ${both(build)}; suggestions (best ${index.keep} kept) for all demands ${both(queries)}; per demand ${(groups / N_DEMANDS).toFixed(0)} groups opened, ${(scored / N_DEMANDS).toFixed(0)} items scored`,
);
let differences = 0;
demands.forEach((d, i) => {
  const got = index.top(d.id).map((r) => ({ id: r.itemId, p: r.points * 2 }));
  if (!sameTop(got, exhaustive[i])) {
    if (differences < 5) console.log(`DIFFERENCE for ${d.id}:\n  exhaustive ${JSON.stringify(exhaustive[i])}\n  index      ${JSON.stringify(got)}`);
    differences++;
  }
});
const withSuggestions = exhaustive.filter((x) => x.length > 0).length;
console.log(`top 10 identical for ${N_DEMANDS - differences} of ${N_DEMANDS} demands (${differences} differences); ${withSuggestions} demands have at least one suggestion`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
console.log(
  `speed-up, wall: ${ratio(ex.wall, queries.wall)} (${ratio(ex.wall, build.wall + queries.wall)} with the build); cpu: ${ratio(ex.cpu, queries.cpu)} (${ratio(ex.cpu, build.cpu + queries.cpu)} with the build)`,
);

// --- incremental updates (with the garbage collector's pauses observed) ---
const gcPauses: number[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
});
gcObserver.observe({ entryTypes: ["gc"] });
const current = new Map<string, SupplyItem>(items.map((item) => [item.id, item]));
const ids = items.map((item) => item.id);
const updateTimes: number[] = [];
const updateCpu: number[] = [];
const changedCounts: number[] = [];
let added = 0;
let removed = 0;
const requeriesBefore = index.requeries;
for (let c = 0; c < N_CHANGES; c++) {
  const x = rand();
  let run: () => ReturnType<MatchIndex["upsertItem"]>;
  if (x < 0.1) {
    const item = syntheticItem(rand, `new-${String(c).padStart(4, "0")}`, options, undefined);
    item.availability = "available";
    current.set(item.id, item);
    ids.push(item.id);
    added++;
    run = () => index.upsertItem(item);
  } else if (x < 0.2) {
    const id = ids.splice(Math.floor(rand() * ids.length), 1)[0];
    current.delete(id);
    removed++;
    run = () => index.removeItem(id);
  } else {
    const id = ids[Math.floor(rand() * ids.length)];
    const next = mutateItem(rand, current.get(id)!, options);
    current.set(id, next);
    run = () => index.upsertItem(next);
  }
  const t = timed(run);
  updateTimes.push(t.wall);
  updateCpu.push(t.cpu);
  changedCounts.push(t.value.length);
}
await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer receive the last entries
gcObserver.disconnect();
console.log(
  `updates (${N_CHANGES}: ${added} added, ${removed} removed, the rest changed): all demands' suggestions up to date in wall p50 ${ms(quantile(updateTimes, 0.5))}, p95 ${ms(quantile(updateTimes, 0.95))}, max ${ms(Math.max(...updateTimes))} (cpu p50 ${ms(quantile(updateCpu, 0.5))}, p95 ${ms(quantile(updateCpu, 0.95))}, max ${ms(Math.max(...updateCpu))}); garbage collection meanwhile: ${gcPauses.length} pauses, longest ${ms(Math.max(0, ...gcPauses))}; demands whose suggestions changed per update: median ${quantile(changedCounts, 0.5)}, max ${Math.max(...changedCounts)}; buffer refills ${index.requeries - requeriesBefore}`,
);

// --- check a sample after the updates ---
const after = [...current.values()].map((item) => compileItem(item));
const sampleRand = prng(SEED + 1);
let sampleDiff = 0;
const SAMPLE = Math.min(500, N_DEMANDS);
for (let s = 0; s < SAMPLE; s++) {
  const d = compiledDemands[Math.floor(sampleRand() * compiledDemands.length)];
  const want = rankAll(d, after, SHOW).map((r) => ({ id: r.item.id, p: r.points2 }));
  const got = index.top(d.id).map((r) => ({ id: r.itemId, p: r.points * 2 }));
  if (!sameTop(got, want)) sampleDiff++;
}
console.log(`after the updates: top 10 identical to exhaustive for ${SAMPLE - sampleDiff} of ${SAMPLE} sampled demands`);
console.log(`load average at end: ${load()}`);
if (differences > 0 || sampleDiff > 0) process.exitCode = 1;
