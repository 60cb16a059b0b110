import type { z } from "zod";
import type { GoalInput as GoalSchema } from "../../src/contracts/compass.js";

/** A goal as written in this folder; GoalInput.parse fills the defaults. */
export type GoalDraft = z.input<typeof GoalSchema>;

/** The deputy who presents the statement owns its chapters. */
export const DEPUTY = "Gedeputeerde Tom Vandeput";
export const POM = "POM Limburg";
export const PROVINCE = "Provincie Limburg";

export function chapter(code: string, titleNl: string, titleEn: string, summaryNl: string, summaryEn: string): GoalDraft {
  return { kind: "chapter", code, parentCode: null, titleNl, titleEn, summaryNl, summaryEn, owner: DEPUTY, section: code };
}

export function objective(
  code: string,
  owner: string,
  titleNl: string,
  titleEn: string,
  summaryNl: string,
  summaryEn: string,
): GoalDraft {
  const parentCode = code.split(".")[0];
  return { kind: "objective", code, parentCode, titleNl, titleEn, summaryNl, summaryEn, owner, section: code };
}

/** An action under an objective: code "3.2.b" sits under "3.2" and carries the objective's section. */
export function action(
  code: string,
  owner: string,
  titleNl: string,
  titleEn: string,
  summaryNl = "",
  summaryEn = "",
): GoalDraft {
  const parentCode = code.split(".").slice(0, 2).join(".");
  return { kind: "action", code, parentCode, titleNl, titleEn, summaryNl, summaryEn, owner, section: parentCode };
}
