import { describe, expect, it } from "vitest";
import { compassCatalogue } from "../features/compass/i18n";
import { grantsDecisionsCatalogue } from "../features/grants/decisions-i18n";
import { grantsCatalogue } from "../features/grants/i18n";
import { identityCatalogue } from "../features/identity/i18n";
import { spaceSupplyCatalogue } from "../features/space/supply/i18n";
import { commonCatalogue } from "./common";
import { formatDate, formatEuro, formatNumber, toAppLocale } from "./format";
import type { Catalogue } from "./index";
import { isPublicKey, PUBLIC_KEYS } from "./public-keys";

/** Flattened "a.b.c" keys with their values. */
function flat(o: Record<string, unknown>, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === "object") for (const [kk, vv] of flat(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

const catalogues: Record<string, Catalogue> = {
  common: commonCatalogue,
  compass: compassCatalogue,
  grants: grantsCatalogue,
  grantsDecisions: grantsDecisionsCatalogue,
  spaceSupply: spaceSupplyCatalogue,
  identity: identityCatalogue,
};

describe("French and German catalogues of the public pages (parity with nl-BE)", () => {
  for (const [ns, c] of Object.entries(catalogues)) {
    const nl = flat(c["nl-BE"]);
    const publicKeys = [...nl.keys()].filter((k) => isPublicKey(ns, k));
    for (const lng of ["fr-BE", "de-BE"] as const) {
      it(`${ns} ${lng}: translates every public key, adds no unknown key, keeps every {{placeholder}}`, () => {
        expect(publicKeys.length, `${ns} has public keys`).toBeGreaterThan(0);
        const other = flat(c[lng] ?? {});
        expect(publicKeys.filter((k) => !other.has(k)), `${ns} ${lng} misses`).toEqual([]);
        expect([...other.keys()].filter((k) => !nl.has(k)), `${ns} ${lng} has keys Dutch lacks`).toEqual([]);
        for (const k of publicKeys) {
          const value = other.get(k);
          expect(typeof value === "string" && value.trim() !== "", `${ns}:${k} (${lng}) is empty`).toBe(true);
          const placeholders = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
          expect(placeholders(value), `${ns}:${k} (${lng}) placeholders`).toEqual(placeholders(nl.get(k)));
        }
      });
    }
  }

  it("every prefix in the public key lists names keys that exist in Dutch", () => {
    for (const [ns, prefixes] of Object.entries(PUBLIC_KEYS)) {
      const keys = [...flat(catalogues[ns]!["nl-BE"]).keys()];
      for (const p of prefixes) expect(keys.some((k) => (p.endsWith(".") ? k.startsWith(p) : k === p)), `${ns}:${p}`).toBe(true);
    }
  });

  it("keep the visible pager text inside its accessible name in every language (WCAG 2.5.3)", () => {
    for (const lng of ["nl-BE", "en", "fr-BE", "de-BE"] as const) {
      const c = flat(commonCatalogue[lng]!);
      for (const k of ["previous", "next"]) {
        expect(String(c.get(`pagination.${k}Long`)).toLowerCase(), `${lng} pagination.${k}`).toContain(String(c.get(`pagination.${k}`)).toLowerCase());
      }
    }
  });

  it("actually differ from Dutch for the public headings", () => {
    expect(flat(compassCatalogue["fr-BE"]!).get("public.title")).not.toBe(flat(compassCatalogue["nl-BE"]).get("public.title"));
    expect(flat(grantsCatalogue["de-BE"]!).get("calls.title")).toBe("Förderaufrufe");
  });
});

describe("formatting in French and German", () => {
  it("groups thousands with a narrow no-break space in French and a dot in German", () => {
    expect(formatNumber(2500, "fr-BE")).toBe("2\u202f500");
    expect(formatNumber(2500, "de-BE")).toBe("2.500");
    expect(formatNumber(2500.5, "fr-BE")).toBe("2\u202f500,5");
    expect(formatDate("2030-12-31", "fr-BE")).toBe("31/12/2030");
    expect(formatDate("2030-12-31", "de-BE")).toBe("31.12.2030");
    expect(formatEuro(4_000_000, "fr-BE")).toBe("4\u00a0M€");
    expect(formatEuro(4_000_000, "de-BE")).toBe("4\u00a0Mio.\u00a0€");
    expect(formatEuro(2500, "de-BE")).toBe("2.500\u00a0€");
    expect(formatEuro(2500, "fr-BE")).toBe("2\u202f500\u00a0€");
  });

  it("maps i18next languages to the app's locales, Dutch by default", () => {
    expect(toAppLocale("fr")).toBe("fr-BE");
    expect(toAppLocale("de-BE")).toBe("de-BE");
    expect(toAppLocale("en-GB")).toBe("en");
    expect(toAppLocale("es")).toBe("nl-BE");
    expect(toAppLocale(null)).toBe("nl-BE");
  });
});
