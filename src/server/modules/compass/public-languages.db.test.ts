import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/harness.js";
import * as f from "../../../../seed/factories/compass.js";

/** The public compass API answers its status sentences in French and German when asked with ?locale=. */
let t: TestApp;
let shownId = "";

beforeAll(async () => {
  t = await createTestApp({ now: () => new Date("2027-06-30T10:00:00Z") });
  await f.ensureMunicipalities(t.database);
  await f.createGoal(t.database, { code: "L1" });
  const shown = await f.createIndicator(t.database, { goalCode: "L1", code: "languages.shown", published: true, targetValue: 2500 });
  shownId = shown.id;
  await f.addMeasurement(t.database, shown.id, { periodDate: "2026-12-31", value: 40 });
});
afterAll(async () => t.close());

const sentenceOf = async (url: string) => {
  const res = await t.app.inject({ method: "GET", url });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return (Array.isArray(body) ? body.find((i: { code: string }) => i.code === "languages.shown") : body).status.sentence as string;
};

describe("public compass in French and German", () => {
  it("builds the status sentence in the language asked for, list and detail alike", async () => {
    const nl = await sentenceOf("/api/public/indicators");
    const fr = await sentenceOf("/api/public/indicators?locale=fr-BE");
    const de = await sentenceOf("/api/public/indicators?locale=de-BE");
    expect(fr).not.toBe(nl);
    expect(de).not.toBe(nl);
    expect(fr).toMatch(/dernière valeur|À ce rythme|Trop peu de mesures|Objectif|Suivi/);
    expect(de).toMatch(/letzter Wert|Bei diesem Tempo|Zu wenige Messungen|Ziel|Beobachtet/);
    expect(fr).toContain("31/12/2030");
    expect(fr).toContain("2\u202f500");
    expect(de).toContain("31.12.2030");
    expect(de).toContain("2.500");
    expect(await sentenceOf(`/api/public/indicators/${shownId}?locale=fr-BE`)).toBe(fr);
    expect(await sentenceOf(`/api/public/indicators/${shownId}?locale=de-BE`)).toBe(de);
  });

  it("refuses an unknown language with a validation error", async () => {
    for (const url of ["/api/public/indicators?locale=fr", `/api/public/indicators/${shownId}?locale=es-ES`]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe("validation");
    }
  });
});
