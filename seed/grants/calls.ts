import type { CallRules } from "../../src/contracts/grants.js";
import type { CallInput } from "../../src/contracts/grants-portal.js";
import { budgetSection, documentsSection, form, projectSection, rubric } from "./forms.js";

const t = (nl: string, en: string) => ({ nl, en });
const EUR = 100;

/** Each fund's envelope for the demo year; only the maatwerk fund's size is the statement's figure. */
export const DEMO_ENVELOPES: Record<string, { amountCents: number; note: string }> = {
  innovation_premium: { amountCents: 1_000_000 * EUR, note: "Demobedrag; de beleidsverklaring noemt 4 miljoen euro toegekend sinds de invoering." },
  maatwerk_fund: { amountCents: 2_000_000 * EUR, note: "Investeringsfonds van 2 miljoen euro (beleidsverklaring §3.2)." },
  health_innovation_fund: { amountCents: 500_000 * EUR, note: "Demobedrag." },
  development_acceleration_fund: { amountCents: 1_000_000 * EUR, note: "Demobedrag." },
  euregio_small_project_fund: { amountCents: 250_000 * EUR, note: "Demobedrag." },
};

/** Primary agriculture, fisheries and aquaculture fall under their own de minimis rules. */
const PRIMARY_PRODUCTION = ["01", "02", "03"];

type DemoCall = Omit<CallInput, "year" | "opensAtLocal" | "closesAtLocal" | "code"> & { codePrefix: string; rules: CallRules };

/** One open demo call per fund; the seed gives them a window around today and the current year's envelope. */
export const DEMO_CALLS: DemoCall[] = [
  {
    fundCode: "innovation_premium",
    codePrefix: "IP",
    nameNl: "Innovatiepremie – oproep voor samenwerkingsprojecten",
    nameEn: "Innovation premium – call for collaboration projects",
    descriptionNl: "Voor concrete, hands-on samenwerkingen van minstens twee onafhankelijke bedrijven, vooral kmo's, gevestigd in Limburg. Steun van 50 % van de kosten, tot 50 000 euro per project, onder de de-minimisverordening.",
    descriptionEn: "For concrete, hands-on collaborations of at least two independent companies, mainly SMEs, located in Limburg. Support of 50 % of the costs, up to EUR 50,000 per project, under the de minimis regulation.",
    rules: { consortium: { minIndependentCompanies: 2, minSmePercent: 50, smeShareStrict: true }, requireLimburg: true, excludedNacePrefixes: PRIMARY_PRODUCTION, naceScope: "main", maxAmountCents: 50_000 * EUR, aidRateBasisPoints: 5000, deMinimis: true },
    form: form(
      projectSection([
        { key: "collaboration", type: "long_text", label: t("Wat brengt elke partner in?", "What does each partner bring?"), required: true, maxLength: 4000 },
        {
          key: "domain",
          type: "choice",
          label: t("Domein", "Domain"),
          required: true,
          options: [
            { value: "product", label: t("Nieuw of beter product", "New or better product") },
            { value: "process", label: t("Nieuw of beter proces", "New or better process") },
            { value: "digital", label: t("Digitalisering", "Digitalisation") },
            { value: "sustainability", label: t("Duurzaamheid", "Sustainability") },
          ],
        },
      ]),
      budgetSection(),
      documentsSection(),
    ),
    rubric: rubric([
      ["innovation", "Vernieuwend karakter", "Innovativeness", 35],
      ["collaboration", "Kwaliteit van de samenwerking", "Quality of the collaboration", 25],
      ["impact", "Snel resultaat en economische impact", "Quick results and economic impact", 25],
      ["budget", "Redelijk budget", "Reasonable budget", 15],
    ]),
  },
  {
    fundCode: "maatwerk_fund",
    codePrefix: "MW",
    nameNl: "Investeringsfonds maatwerkbedrijven – modernisering infrastructuur en technologie",
    nameEn: "Maatwerk investment fund – modernising infrastructure and technology",
    descriptionNl: "Voor Limburgse maatwerkbedrijven die hun infrastructuur of technologie moderniseren. Subsidie of terugvorderbaar voorschot, tot 200 000 euro.",
    descriptionEn: "For Limburg maatwerk companies that modernise their infrastructure or technology. Grant or repayable advance, up to EUR 200,000.",
    rules: { consortium: null, requireLimburg: true, excludedNacePrefixes: [], naceScope: "main", maxAmountCents: 200_000 * EUR, aidRateBasisPoints: 8000, deMinimis: true },
    form: form(
      projectSection([
        {
          key: "investment_type",
          type: "choice",
          label: t("Soort investering", "Kind of investment"),
          required: true,
          options: [
            { value: "infrastructure", label: t("Infrastructuur", "Infrastructure") },
            { value: "technology", label: t("Technologie", "Technology") },
          ],
        },
        {
          key: "support_form",
          type: "choice",
          label: t("Gevraagde steunvorm", "Form of support asked"),
          required: true,
          options: [
            { value: "grant", label: t("Subsidie", "Grant") },
            { value: "repayable_advance", label: t("Terugvorderbaar voorschot", "Repayable advance") },
          ],
        },
        { key: "repayment_years", type: "number", label: t("Gewenste terugbetalingstermijn (jaren)", "Repayment period wanted (years)"), min: 1, max: 10, integer: true, showWhen: { field: "support_form", equals: "repayable_advance" }, requireWhen: { field: "support_form", equals: "repayable_advance" } },
        { key: "jobs_supported", type: "number", label: t("Aantal doelgroepwerknemers betrokken", "Number of target-group employees involved"), required: true, min: 0, integer: true },
      ]),
      budgetSection(),
      documentsSection(),
    ),
    rubric: rubric([
      ["modernisation", "Bijdrage aan modernisering", "Contribution to modernisation", 40],
      ["jobs", "Effect op werk voor kwetsbare groepen", "Effect on work for vulnerable groups", 35],
      ["feasibility", "Haalbaarheid en terugbetaalbaarheid", "Feasibility and ability to repay", 25],
    ]),
  },
  {
    fundCode: "health_innovation_fund",
    codePrefix: "HI",
    nameNl: "Healthinnovatiefonds – datagedreven zorgprojecten",
    nameEn: "Health innovation fund – data-driven care projects",
    descriptionNl: "Voor projecten die de zorg in Limburg datagedreven en preventief maken, samen met een zorgactor.",
    descriptionEn: "For projects that make care in Limburg data-driven and preventive, together with a care provider.",
    rules: { consortium: null, requireLimburg: true, excludedNacePrefixes: PRIMARY_PRODUCTION, naceScope: "main", maxAmountCents: 150_000 * EUR, aidRateBasisPoints: 6000, deMinimis: true },
    form: form(
      projectSection([
        { key: "care_partner", type: "text", label: t("Betrokken zorgactor", "Care provider involved"), required: true, maxLength: 300 },
        { key: "uses_health_data", type: "yes_no", label: t("Gebruikt het project gezondheidsdata?", "Does the project use health data?"), required: true },
        { key: "data_protection", type: "long_text", label: t("Hoe worden de data beschermd?", "How are the data protected?"), maxLength: 4000, showWhen: { field: "uses_health_data", equals: true }, requireWhen: { field: "uses_health_data", equals: true } },
      ]),
      budgetSection(),
      documentsSection(),
    ),
    rubric: rubric([
      ["care_impact", "Impact op de zorg", "Impact on care", 40],
      ["innovation", "Vernieuwing", "Innovation", 30],
      ["feasibility", "Haalbaarheid", "Feasibility", 30],
    ]),
  },
  {
    fundCode: "development_acceleration_fund",
    codePrefix: "OA",
    nameNl: "Ontwikkel- en Acceleratiefonds – hefboomprojecten",
    nameEn: "Development and Acceleration Fund – leverage projects",
    descriptionNl: "Provinciale middelen complementair aan Vlaamse en Europese programma's, ook voor wat buiten de Europese benadering valt.",
    descriptionEn: "Provincial means complementary to Flemish and European programmes, also for what falls outside the European approach.",
    rules: { consortium: null, requireLimburg: true, excludedNacePrefixes: PRIMARY_PRODUCTION, naceScope: "main", maxAmountCents: 250_000 * EUR, aidRateBasisPoints: 5000, deMinimis: true },
    form: form(
      projectSection([
        { key: "complementarity", type: "long_text", label: t("Met welk Vlaams of Europees programma is dit complementair?", "Which Flemish or European programme does this complement?"), required: true, maxLength: 4000 },
      ]),
      budgetSection(),
      documentsSection(),
    ),
    rubric: rubric([
      ["leverage", "Hefboom op andere middelen", "Leverage of other funding", 40],
      ["impact", "Economische impact", "Economic impact", 40],
      ["feasibility", "Haalbaarheid", "Feasibility", 20],
    ]),
  },
  {
    fundCode: "euregio_small_project_fund",
    codePrefix: "SPF",
    nameNl: "Small Project Fund – grensoverschrijdende initiatieven",
    nameEn: "Small Project Fund – cross-border initiatives",
    descriptionNl: "Voor verenigingen en scholen die samen met een partner over de grens werken aan cultuur, sport, toerisme, onderwijs, klimaat, gezondheid of burgerparticipatie.",
    descriptionEn: "For associations and schools that work with a partner across the border on culture, sport, tourism, education, climate, health or citizen participation.",
    rules: { consortium: null, requireLimburg: true, excludedNacePrefixes: [], naceScope: "main", maxAmountCents: 25_000 * EUR, aidRateBasisPoints: 7500, deMinimis: false },
    form: form(
      projectSection([
        { key: "cross_border_partner", type: "text", label: t("Partner over de grens (naam, plaats)", "Partner across the border (name, place)"), required: true, maxLength: 300 },
        {
          key: "partner_country",
          type: "choice",
          label: t("Land of regio van de partner", "Country or region of the partner"),
          required: true,
          options: [
            { value: "nl", label: t("Nederlands Limburg", "Dutch Limburg") },
            { value: "liege", label: t("Provincie Luik", "Province of Liège") },
            { value: "dg", label: t("Duitstalige Gemeenschap", "German-speaking Community") },
            { value: "de", label: t("Regio Aken", "Aachen region") },
          ],
        },
        {
          key: "themes",
          type: "multi_choice",
          label: t("Thema's", "Themes"),
          required: true,
          minSelected: 1,
          options: [
            { value: "culture", label: t("Cultuur", "Culture") },
            { value: "sport", label: t("Sport", "Sport") },
            { value: "tourism", label: t("Toerisme", "Tourism") },
            { value: "education", label: t("Onderwijs", "Education") },
            { value: "climate", label: t("Klimaat", "Climate") },
            { value: "health", label: t("Gezondheid", "Health") },
            { value: "participation", label: t("Burgerparticipatie", "Citizen participation") },
          ],
        },
      ]),
      budgetSection(),
      documentsSection(),
    ),
    rubric: rubric([
      ["cross_border", "Grensoverschrijdende meerwaarde", "Cross-border added value", 50],
      ["people", "Bereik bij burgers", "Reach among citizens", 30],
      ["feasibility", "Haalbaarheid", "Feasibility", 20],
    ]),
  },
];
