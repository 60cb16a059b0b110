import type { ProgrammeInput } from "../../src/contracts/support.js";

/*
 * The support programmes the policy statement "Beleidsverklaring 2026–2030" names, as data. Each quotes the
 * statement at its section (`source`, Dutch, verbatim; `descriptionEn` translates it). Stages are the
 * agency's working stages; the statement itself names only some of them (AI Space: discovering, testing and
 * applying AI; the cobot centre: testing and scaling up proofs of concept). One stage per programme is its
 * success: the compass counts an SME with AI in use when its AI Space trajectory reaches "AI in gebruik".
 */

const quote = (section: string, text: string) => `Beleidsverklaring 2026–2030, §${section}: “${text}”`;
const s = (code: string, nameNl: string, nameEn: string, success = false) => ({ code, nameNl, nameEn, success });

const AI_SPACE_QUOTE =
  "Samen met LRM, UHasselt en POM Limburg bouwen we aan een toegankelijk AI-ecosysteem op de campus: de AI Space. Deze begeleidt bedrijven in het ontdekken, testen en toepassen van AI-oplossingen. Het hart van deze werking is LARA, de Limburg AI Research Accelerator van UHasselt en private partners, die inzet op praktische en verantwoord toepasbare AI.";
const COBOT_QUOTE =
  "Op Thor Park ontstaat een applicatiecentrum voor robots en cobots, waar integratoren, kmo’s en technologiepartners nieuwe toepassingen ontwikkelen, testen en vertalen naar de praktijk.";
const EUROPE_QUOTE =
  "Om dat te verhelpen zet de provincie Limburg in op begeleiding, netwerking en matchmaking tussen bedrijven, kennisinstellingen en Europese partners, zodat meer Limburgse ondernemingen, instellingen en organisaties aansluiting vinden bij Europese projectconsortia en opportuniteiten.";
const EUROPE_DIRECT_QUOTE =
  "We zijn dan ook zeer tevreden dat Limburg opnieuw werd geselecteerd als thuisbasis van Europe Direct, het informatie- en documentatiecentrum van de Europese Unie.";
const BIG_SCIENCE_QUOTE =
  "De Big Science Innovation Hub wordt de toegangspoort tot samenwerking rond bestaande technologieën van CERN en toekomstige innovaties van de Einsteintelescoop.";
const FDI_QUOTE =
  "In samenwerking met FIT en VLAIO rollen we een buitenlandse acquisitiestrategie uit, gericht op kennisintensieve bedrijven die passen bij het economisch profiel van onze provincie.";
const INVESTOR_QUOTE =
  "Tot slot versterken we het Limburgs investeerdersnetwerk om innovatieve startups en scale-ups te ondersteunen met voldoende kapitaal en strategische begeleiding, onder meer via een nauwe samenwerking met LRM.";
const HEALTH_QUOTE =
  "De hub wordt een levend labo waarin bedrijven, kennisinstellingen en de zorgsector intens samenwerken.";

export const PROGRAMMES: ProgrammeInput[] = [
  {
    code: "ai_space",
    nameNl: "AI Space op Corda Campus (met LARA)",
    nameEn: "AI Space at Corda Campus (with LARA)",
    descriptionNl: AI_SPACE_QUOTE,
    descriptionEn:
      "Together with LRM, UHasselt and POM Limburg we are building an accessible AI ecosystem on the campus: the AI Space. It guides companies in discovering, testing and applying AI solutions. At its heart is LARA, the Limburg AI Research Accelerator of UHasselt and private partners, which focuses on practical and responsibly applicable AI.",
    source: quote("4.5", AI_SPACE_QUOTE),
    section: "4.5",
    partners: "LRM, UHasselt, POM Limburg, LARA (Limburg AI Research Accelerator); Agoria, Sirris",
    stages: [
      s("intake", "Intake", "Intake"),
      s("discovery", "Verkenning", "Discovery"),
      s("proof_of_concept", "Proof of concept", "Proof of concept"),
      s("implementation", "Implementatie", "Implementation"),
      s("ai_in_use", "AI in gebruik", "AI in use", true),
    ],
    outcomeFields: ["ai_in_use", "processes_automated", "jobs_created", "high_skilled_jobs", "investment_eur"],
    position: 1,
  },
  {
    code: "cobot_centre",
    nameNl: "Applicatiecentrum voor robots en cobots op Thor Park",
    nameEn: "Robot and cobot application centre at Thor Park",
    descriptionNl: COBOT_QUOTE,
    descriptionEn:
      "At Thor Park an application centre for robots and cobots is being set up, where integrators, SMEs and technology partners develop and test new applications and translate them into practice.",
    source: quote("4.3", COBOT_QUOTE),
    section: "4.3",
    partners: "Integratoren, kmo’s en technologiepartners; EnergyVille, FacThory, T2-campus",
    stages: [
      s("intake", "Intake", "Intake"),
      s("automation_scan", "Robotiseringsscan", "Automation scan"),
      s("test", "Test in het applicatiecentrum", "Test at the application centre"),
      s("proof_of_concept", "Proof of concept", "Proof of concept"),
      s("implementation", "Implementatie", "Implementation"),
      s("in_production", "Robot of cobot in productie", "Robot or cobot in production", true),
    ],
    outcomeFields: ["processes_automated", "investment_eur", "jobs_created", "high_skilled_jobs"],
    position: 2,
  },
  {
    code: "europe_direct",
    nameNl: "Begeleiding naar Europese financiering (Europe Direct)",
    nameEn: "European funding guidance (Europe Direct)",
    descriptionNl: `${EUROPE_QUOTE} ${EUROPE_DIRECT_QUOTE}`,
    descriptionEn:
      "To remedy this, the province of Limburg invests in guidance, networking and matchmaking between companies, knowledge institutions and European partners, so that more Limburg companies, institutions and organisations join European project consortia and opportunities. We are therefore very pleased that Limburg was again selected as home of Europe Direct, the information and documentation centre of the European Union.",
    source: quote("1.2", `${EUROPE_QUOTE} […] ${EUROPE_DIRECT_QUOTE}`),
    section: "1.2",
    partners: "Europe Direct Limburg, POM Limburg Europese Aangelegenheden",
    stages: [
      s("intake", "Intake", "Intake"),
      s("funding_scan", "Financieringsscan", "Funding scan"),
      s("consortium", "Partners en consortium", "Partners and consortium"),
      s("proposal", "Projectvoorstel", "Proposal"),
      s("submitted", "Ingediend", "Submitted"),
      s("granted", "Goedgekeurd", "Granted", true),
    ],
    outcomeFields: ["investment_eur", "jobs_created", "high_skilled_jobs"],
    position: 3,
  },
  {
    code: "big_science_hub",
    nameNl: "Big Science Innovation Hub",
    nameEn: "Big Science Innovation Hub",
    descriptionNl: BIG_SCIENCE_QUOTE,
    descriptionEn:
      "The Big Science Innovation Hub becomes the gateway to collaboration on existing CERN technologies and future innovations of the Einstein Telescope.",
    source: quote("5.2", BIG_SCIENCE_QUOTE),
    section: "5.2",
    partners: "POM Limburg (coördinatie); CERN, ITER, ESO, ESA, Einsteintelescoop",
    stages: [
      s("intake", "Intake", "Intake"),
      s("technology_match", "Technologiematch", "Technology match"),
      s("partnering", "Partners en consortium", "Partnering"),
      s("bid", "Offerte of projectvoorstel", "Bid or proposal"),
      s("contract", "Contract met een Big Science-organisatie", "Contract with a Big Science organisation", true),
    ],
    outcomeFields: ["investment_eur", "jobs_created", "high_skilled_jobs"],
    position: 4,
  },
  {
    code: "foreign_investment",
    nameNl: "Buitenlandse acquisitie met FIT en VLAIO",
    nameEn: "Foreign investment acquisition with FIT and VLAIO",
    descriptionNl: FDI_QUOTE,
    descriptionEn:
      "Together with FIT and VLAIO we roll out a foreign acquisition strategy aimed at knowledge-intensive companies that fit our province's economic profile.",
    source: quote("3.1", FDI_QUOTE),
    section: "3.1",
    partners: "Flanders Investment & Trade (FIT), VLAIO",
    stages: [
      s("lead", "Lead", "Lead"),
      s("qualification", "Kwalificatie", "Qualification"),
      s("site_visit", "Bezoek aan Limburg", "Site visit"),
      s("offer", "Voorstel: locatie en ondersteuning", "Offer: location and support"),
      s("investment_decision", "Investeringsbeslissing", "Investment decision", true),
      s("established", "Gevestigd in Limburg", "Established in Limburg"),
    ],
    outcomeFields: ["jobs_created", "high_skilled_jobs", "investment_eur"],
    position: 5,
  },
  {
    code: "investor_network",
    nameNl: "Limburgs investeerdersnetwerk met LRM",
    nameEn: "Limburg investor network with LRM",
    descriptionNl: INVESTOR_QUOTE,
    descriptionEn:
      "Finally, we strengthen the Limburg investor network to support innovative start-ups and scale-ups with sufficient capital and strategic guidance, among other things through close cooperation with LRM.",
    source: quote("3.1", INVESTOR_QUOTE),
    section: "3.1",
    partners: "LRM",
    stages: [
      s("intake", "Intake", "Intake"),
      s("investor_readiness", "Investeerdersklaar", "Investor readiness"),
      s("pitch", "Pitch aan investeerders", "Investor pitch"),
      s("due_diligence", "Due diligence", "Due diligence"),
      s("funded", "Financiering rond", "Funded", true),
    ],
    outcomeFields: ["investment_eur", "jobs_created", "high_skilled_jobs"],
    position: 6,
  },
  {
    code: "digital_health_hub",
    nameNl: "Digital Health Innovation Hub",
    nameEn: "Digital Health Innovation Hub",
    descriptionNl: HEALTH_QUOTE,
    descriptionEn: "The hub becomes a living lab in which companies, knowledge institutions and the care sector work together intensively.",
    source: quote("4.1", HEALTH_QUOTE),
    section: "4.1",
    partners: "UHasselt, Health Campus Limburg; Biovia, Belgian Health Data Agency, Athumi",
    stages: [
      s("intake", "Intake", "Intake"),
      s("data_access", "Toegang tot data", "Data access"),
      s("co_creation", "Co-creatie", "Co-creation"),
      s("pilot", "Pilot in de zorg", "Pilot in care"),
      s("scale_up", "Opschaling", "Scale-up", true),
    ],
    outcomeFields: ["jobs_created", "high_skilled_jobs", "investment_eur"],
    position: 7,
  },
];
