import type { FormDefinitionInput, RubricInput } from "../../src/contracts/grants.js";

/** Building blocks of the demo calls' forms and rubrics (bilingual, as data). */
type FormSection = FormDefinitionInput["sections"][number];
type Field = FormSection["fields"][number];
const t = (nl: string, en: string) => ({ nl, en });
const MB = 1024 * 1024;

export const projectSection = (extra: Field[] = []): FormSection => ({
  key: "project",
  title: t("Het project", "The project"),
  description: t("Beschrijf kort wat u wil doen en waarom.", "Describe briefly what you want to do and why."),
  fields: [
    { key: "summary", type: "long_text", label: t("Samenvatting", "Summary"), required: true, maxLength: 4000 },
    { key: "objective", type: "text", label: t("Beoogd resultaat", "Intended result"), required: true, maxLength: 500 },
    { key: "start_date", type: "date", label: t("Startdatum", "Start date"), required: true },
    { key: "duration_months", type: "number", label: t("Looptijd (maanden)", "Duration (months)"), required: true, min: 1, max: 36, integer: true },
    ...extra,
  ],
});

export const budgetSection = (): FormSection => ({
  key: "budget",
  title: t("Budget", "Budget"),
  fields: [
    { key: "total_cost", type: "money", label: t("Totale projectkost", "Total project cost"), required: true, minCents: 100 },
    { key: "cofinancing", type: "yes_no", label: t("Is er andere overheidsfinanciering?", "Is there other public funding?"), required: true },
    {
      key: "cofinancing_source",
      type: "text",
      label: t("Welke financiering, van wie?", "Which funding, from whom?"),
      maxLength: 500,
      showWhen: { field: "cofinancing", equals: true },
      requireWhen: { field: "cofinancing", equals: true },
    },
  ],
});

export const documentsSection = (): FormSection => ({
  key: "documents",
  title: t("Documenten", "Documents"),
  fields: [
    {
      key: "project_plan",
      type: "file",
      label: t("Projectplan (PDF)", "Project plan (PDF)"),
      required: true,
      maxFiles: 1,
      maxSizeBytes: 10 * MB,
      allowedTypes: ["application/pdf"],
    },
    {
      key: "budget_sheet",
      type: "file",
      label: t("Begroting (PDF of rekenblad)", "Budget (PDF or spreadsheet)"),
      maxFiles: 2,
      maxSizeBytes: 5 * MB,
      allowedTypes: ["application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
  ],
});

export function form(...sections: FormSection[]): FormDefinitionInput {
  return { sections };
}

export function rubric(criteria: [key: string, nl: string, en: string, weight: number][]): RubricInput {
  return {
    scale: { min: 0, max: 10 },
    criteria: criteria.map(([key, nl, en, weight]) => ({ key, label: t(nl, en), weight })),
    tieBreakers: [criteria[0][0]],
    minReviews: 1,
    passMarkPercent: 50,
  };
}

/** A small, complete form for tests: one required text, a condition and an optional file. */
export const TEST_FORM: FormDefinitionInput = form({
  key: "project",
  title: t("Project", "Project"),
  fields: [
    { key: "summary", type: "long_text", label: t("Samenvatting", "Summary"), required: true, maxLength: 4000 },
    { key: "cofinancing", type: "yes_no", label: t("Andere financiering?", "Other funding?") },
    { key: "cofinancing_source", type: "text", label: t("Welke?", "Which?"), maxLength: 200, showWhen: { field: "cofinancing", equals: true }, requireWhen: { field: "cofinancing", equals: true } },
    { key: "plan", type: "file", label: t("Plan", "Plan"), maxFiles: 1, maxSizeBytes: 1 * MB, allowedTypes: ["application/pdf"] },
  ],
});
/** Complete answers to TEST_FORM. */
export const TEST_ANSWERS = { summary: "Two companies build a cobot cell together.", cofinancing: false };
export const TEST_RUBRIC: RubricInput = rubric([
  ["innovation", "Vernieuwing", "Innovation", 40],
  ["impact", "Impact", "Impact", 40],
  ["feasibility", "Haalbaarheid", "Feasibility", 20],
]);
