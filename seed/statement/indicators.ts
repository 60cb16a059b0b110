import type { z } from "zod";
import { IndicatorInput } from "../../src/contracts/compass.js";
import { POM, PROVINCE } from "./helpers.js";

/*
 * Every quantified goal and hard figure of the policy statement "Beleidsverklaring 2026–2030" as an indicator.
 * Figures are the statement's own words; `source` carries the Dutch quote and its section, `sourceNote` says how
 * dates follow from the text (or that the text gives none) and, for indicators an instrument will derive later,
 * the metric key they will be bound to. Indicators an instrument already gives are derived (kind "derived" with
 * their metric key): the support programmes give ai.smes_supported and jobs.high_skilled_additional, the grants
 * module innovation.premium_companies, innovation.premium_eur_awarded and social.maatwerk_fund_eur_committed. Baselines and
 * targets here are never changed by demo data.
 */

type IndicatorDraft = z.input<typeof IndicatorInput>;

const quote = (section: string, text: string) => `Beleidsverklaring 2026–2030, §${section}: “${text}”`;
const NO_DATE = "De beleidsverklaring geeft geen datum voor dit cijfer.";
const NO_DEADLINE = "De beleidsverklaring geeft geen termijn.";
const POLICY_PERIOD_END =
  "De verklaring loopt over de beleidsperiode 2026–2030 (haar titel); de termijn is daarom uiterlijk 31-12-2030.";
const willDerive = (key: string) => `Later af te leiden uit het instrument: metric ${key}; tot dan ingevoerd of geïmporteerd.`;
const derivedFrom = (key: string) => `Live afgeleid uit het instrument: metric ${key}.`;

const RAW: IndicatorDraft[] = [
  /* ---------- 1.1 SALKturbo, prosperity gap ---------- */
  {
    code: "welfare.gdp_per_capita_gap", goalCode: "1.1",
    nameNl: "Achterstand van het bbp per inwoner op Vlaanderen", nameEn: "GDP per inhabitant: gap with Flanders",
    descriptionNl: "Hoeveel procent het bruto binnenlands product per inwoner van Limburg lager ligt dan het Vlaamse. Een kloof die gedicht moet worden.",
    descriptionEn: "How many per cent Limburg's gross domestic product per inhabitant lies below that of Flanders. A gap to close.",
    unit: "percent", baselineValue: 22, targetValue: 0, direction: "lower",
    source: quote("1.1", "Hoewel de kloof in werkzaamheid met Vlaanderen bijna gedicht is ligt het bruto binnenlands product per inwoner helaas nog steeds 22% lager. Bovendien neemt die kloof opnieuw toe"),
    sourceNote: `${NO_DATE} ${NO_DEADLINE} Doel 0% betekent: de kloof is gedicht. POM Limburg meldt voor 2019 een achterstand van meer dan 20% (NBB-gegevens, https://pomlimburg.be/pomblad/najaar-2021/productivity/); een bron voor precies 22% werd niet gevonden.`,
    owner: POM, published: true, aggregation: "none",
  },
  {
    code: "salkturbo.approved_projects", goalCode: "1.1",
    nameNl: "Goedgekeurde SALKturbo-projecten", nameEn: "Approved SALKturbo projects",
    unit: "projects", baselineValue: 105, direction: "raise",
    source: quote("1.1", "Het programma draait vandaag op kruissnelheid met 105 goedgekeurde projecten, samen goed voor meer dan 500 miljoen euro aan investeringen."),
    sourceNote: `${NO_DATE} ('vandaag'); ook geen doelwaarde. Ter vergelijking: op 24-09-2024 telde POM Limburg 95 goedgekeurde SALKturbo-projecten met een gezamenlijk projectbudget van 466,8 miljoen euro (https://pomlimburg.be/en/nieuws/economic-future-strategy-salkturbo-delivers-on-its-promise/).`,
    owner: POM, published: true, aggregation: "sum",
  },
  {
    code: "salkturbo.investment_eur", goalCode: "1.1",
    nameNl: "Investeringen in SALKturbo-projecten", nameEn: "Investment in SALKturbo projects",
    unit: "eur", baselineValue: 500_000_000, direction: "raise",
    source: quote("1.1", "Het programma draait vandaag op kruissnelheid met 105 goedgekeurde projecten, samen goed voor meer dan 500 miljoen euro aan investeringen."),
    sourceNote: `'Meer dan 500 miljoen euro': 500 miljoen is een ondergrens. ${NO_DATE} ('vandaag'); ook geen doelwaarde.`,
    owner: POM, published: true, aggregation: "sum",
  },

  /* ---------- 1.4 Horizon 2050 ---------- */
  {
    code: "horizon2050.roadmap", goalCode: "1.4",
    nameNl: "Roadmap Horizon 2050 opgeleverd", nameEn: "Horizon 2050 roadmap delivered",
    descriptionNl: "Mijlpaal: 0 = nog niet, 1 = de roadmap met concrete transitiepaden en prioriteiten is opgeleverd.",
    descriptionEn: "Milestone: 0 = not yet, 1 = the roadmap with concrete transition paths and priorities is delivered.",
    unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2027-12-31", direction: "raise",
    source: quote("1.4", "In een traject van 24 maanden moet dit resulteren in een roadmap met concrete transitiepaden en prioriteiten"),
    sourceNote: "De tekst noemt een traject van 24 maanden maar geen startdatum. Gerekend vanaf het begin van de beleidsperiode van deze verklaring (1-1-2026, '2026–2030') valt de termijn op 31-12-2027. POM Limburg stuurt het proces aan.",
    owner: POM, published: true, aggregation: "none",
  },

  /* ---------- 2.1 business parks ---------- */
  {
    code: "space.regional_business_parks_ha", goalCode: "2.1",
    nameNl: "Bijkomende regionale bedrijventerreinen geactiveerd", nameEn: "Additional regional business parks activated",
    descriptionNl: "Hectare bijkomende regionale bedrijventerreinen die geactiveerd zijn, per gemeente opgeteld.",
    descriptionEn: "Hectares of additional regional business parks activated, summed over the municipalities.",
    unit: "ha", baselineValue: 0, targetValue: 200, direction: "raise",
    source: quote("2.1", "Binnen het kader van het Ruimtepact 2040 willen we 200 hectare bijkomende regionale bedrijventerreinen activeren"),
    sourceNote: `Telt de bijkomende hectare (vertrekpunt 0). ${NO_DEADLINE} Het kader is het Ruimtepact 2040; de verklaring zelf loopt over 2026–2030. ${derivedFrom("space.regional_business_parks_ha")} Telt de oppervlakte van de percelen van regionale bedrijventerreinen die sinds 1-1-2026 beschikbaar gesteld (geactiveerd) zijn, per gemeente.`,
    owner: POM, published: true, perMunicipality: true, aggregation: "sum", kind: "derived", metricKey: "space.regional_business_parks_ha",
  },

  /* ---------- 3 human capital: the ageing labour market ---------- */
  {
    code: "labour.older_workers_leaving", goalCode: "3",
    nameNl: "Oudere werknemers die de arbeidsmarkt verlaten (komende tien jaar)", nameEn: "Older workers leaving the labour market (next ten years)",
    unit: "count", baselineValue: 100_000, direction: "lower",
    source: quote("3", "Zo’n 100.000 oudere werknemers zullen de komende tien jaar de Limburgse arbeidsmarkt verlaten."),
    sourceNote: `Raming over tien jaar ('zo’n': ongeveer). ${NO_DATE} Samen te lezen met labour.young_people_entering.`,
    owner: PROVINCE, published: true, aggregation: "sum",
  },
  {
    code: "labour.young_people_entering", goalCode: "3",
    nameNl: "Jongeren die klaarstaan om in te stromen (komende tien jaar)", nameEn: "Young people ready to enter the labour market (next ten years)",
    unit: "count", baselineValue: 70_000, direction: "raise",
    source: quote("3", "Tegelijkertijd staan er in onze provincie naar schatting slechts 70.000 jongeren klaar om in te stromen."),
    sourceNote: `Schatting over dezelfde tien jaar. ${NO_DATE}`,
    owner: PROVINCE, published: true, aggregation: "sum",
  },

  /* ---------- 3.1 high-skilled jobs ---------- */
  {
    code: "jobs.high_skilled_additional", goalCode: "3.1",
    nameNl: "Bijkomende hooggeschoolde jobs aangetrokken", nameEn: "Additional high-skilled jobs attracted",
    unit: "jobs", baselineValue: 0, targetValue: 2500, targetDate: "2030-12-31", direction: "raise",
    source: quote("3.1", "Het provinciaal economisch beleid van Limburg zet deze beleidsperiode versneld in op de uitbouw van een robuuste kenniseconomie […] Onze ambitie is om minstens 2.500 bijkomende hooggeschoolde jobs aan te trekken"),
    sourceNote: `'Minstens 2.500' bijkomende jobs, vertrekpunt 0. De termijn volgt uit 'deze beleidsperiode': ${POLICY_PERIOD_END} De tekst geeft geen startdatum voor de telling. ${derivedFrom("support.high_skilled_jobs_created")} Telt de hooggeschoolde jobs die als resultaat van ondersteuningstrajecten zijn geregistreerd.`,
    owner: POM, published: true, perMunicipality: true, aggregation: "sum", kind: "derived", metricKey: "support.high_skilled_jobs_created",
  },
  {
    code: "jobs.health_campus_high_skilled", goalCode: "3.1",
    nameNl: "Nieuwe hooggeschoolde jobs op de Health Campus", nameEn: "New high-skilled jobs at the Health Campus",
    unit: "jobs", baselineValue: 300, direction: "raise",
    source: quote("3.1", "De ontwikkelingen op de Health Campus illustreren dit potentieel: inmiddels zijn er meer dan 300 nieuwe hooggeschoolde jobs gecreëerd."),
    sourceNote: `'Meer dan 300': 300 is een ondergrens. ${NO_DATE} ('inmiddels'); ook geen doelwaarde.`,
    owner: POM, published: true, aggregation: "sum",
  },

  /* ---------- 3.2 social and regular economy ---------- */
  {
    code: "labour.employment_rate", goalCode: "3.2",
    nameNl: "Werkzaamheidsgraad (20–64 jaar)", nameEn: "Employment rate (aged 20–64)",
    unit: "percent", baselineValue: 71.9, baselineDate: "2020-12-31", targetValue: 80, direction: "raise",
    source: quote("3.2", "Zo onderschrijven we de ambitie van een werkzaamheidsgraad van 80% door elke beroepsactieve Limburger perspectief op werk te bieden."),
    sourceNote: `${NO_DEADLINE} Vertrekpunt: 71,9% in 2020 volgens POM Limburg (https://pomlimburg.be/cijfers-analyses/cijfer-in-de-kijker-archief-werkzaamheidsgraad/; 2019: 72,4%, Vlaanderen 2020: 74,7%), als jaarcijfer gedateerd op 31-12-2020. Een percentage: gemeentelijke waarden worden niet opgeteld.`,
    owner: PROVINCE, published: true, perMunicipality: true, aggregation: "none",
  },
  {
    code: "social.arbeidszorg_initiatives", goalCode: "3.2",
    nameNl: "Limburgse arbeidszorginitiatieven", nameEn: "Work-care (arbeidszorg) initiatives in Limburg",
    unit: "count", baselineValue: 13, direction: "keep",
    source: quote("3.2", "We verhogen de benutting van beschikbare plaatsen en stimuleren samenwerking tussen de dertien Limburgse initiatieven, binnen het kader van het Departement WEWIS."),
    sourceNote: `${NO_DATE} Het doel is de benutting van de plaatsen en de samenwerking, niet het aantal initiatieven; de tekst geeft daarvoor geen cijfer.`,
    owner: `${PROVINCE} – Sociale economie`, published: true, aggregation: "sum",
  },
  {
    code: "social.maatwerk_jobs", goalCode: "3.2",
    nameNl: "Jobs in Limburgse maatwerkbedrijven", nameEn: "Jobs in Limburg's maatwerk companies",
    unit: "jobs", baselineValue: 3195, direction: "raise",
    source: quote("3.2", "De Limburgse maatwerkbedrijven creëren samen 3.195 jobs en realiseren een toegevoegde waarde van 88,2 miljoen euro."),
    sourceNote: `${NO_DATE} Ook geen doelwaarde.`,
    owner: `${PROVINCE} – Sociale economie`, published: true, aggregation: "sum",
  },
  {
    code: "social.maatwerk_value_added_eur", goalCode: "3.2",
    nameNl: "Toegevoegde waarde van de Limburgse maatwerkbedrijven", nameEn: "Value added of Limburg's maatwerk companies",
    unit: "eur", baselineValue: 88_200_000, direction: "raise",
    source: quote("3.2", "De Limburgse maatwerkbedrijven creëren samen 3.195 jobs en realiseren een toegevoegde waarde van 88,2 miljoen euro."),
    sourceNote: `${NO_DATE} Ook geen doelwaarde.`,
    owner: `${PROVINCE} – Sociale economie`, published: true, aggregation: "sum",
  },
  {
    code: "social.maatwerk_fund_eur_committed", goalCode: "3.2",
    nameNl: "Investeringsfonds maatwerkbedrijven: toegekende middelen", nameEn: "Investment fund for maatwerk companies: funds committed",
    unit: "eur", baselineValue: 0, targetValue: 2_000_000, direction: "raise",
    source: quote("3.2", "Met een provinciaal investeringsfonds van 2 miljoen euro willen we de modernisering van hun infrastructuur en technologie versnellen."),
    sourceNote: `Doelwaarde = de omvang van het fonds (2 miljoen euro); vertrekpunt 0 bij de start van het fonds. ${NO_DEADLINE} ${derivedFrom("grants.maatwerk_fund_eur_committed")} Telt de bedragen van de goedgekeurde beslissingen (subsidies en terugvorderbare voorschotten) op hun beslissingsdatum.`,
    owner: `${PROVINCE} – Sociale economie`, published: false, aggregation: "sum", kind: "derived", metricKey: "grants.maatwerk_fund_eur_committed",
  },

  /* ---------- 4 innovation premium ---------- */
  {
    code: "innovation.premium_companies", goalCode: "4",
    nameNl: "Bedrijven die met de innovatiepremie hun innovatie versnelden", nameEn: "Companies that sped up their innovation with the innovation premium",
    unit: "companies", baselineValue: 160, direction: "raise",
    source: quote("4", "Sinds de invoering hebben al 160 bedrijven hun innovatie versneld, goed voor in totaal 4 miljoen euro aan toegekende middelen."),
    sourceNote: `Cumulatief sinds de invoering van de premie. ${NO_DATE} Ook geen doelwaarde. ${derivedFrom("grants.innovation_premium_companies")} Het provinciecijfer is het cijfer uit de verklaring (160 bedrijven, vóór Koers) plus de bedrijven die sindsdien in Koers een premie kregen (elk bedrijf van een goedgekeurd consortium telt, één keer); de cijfers per gemeente tellen alleen die laatste.`,
    owner: POM, published: true, perMunicipality: true, aggregation: "sum", kind: "derived", metricKey: "grants.innovation_premium_companies",
  },
  {
    code: "innovation.premium_eur_awarded", goalCode: "4",
    nameNl: "Toegekende middelen innovatiepremie", nameEn: "Innovation premium: funds awarded",
    unit: "eur", baselineValue: 4_000_000, direction: "raise",
    source: quote("4", "Sinds de invoering hebben al 160 bedrijven hun innovatie versneld, goed voor in totaal 4 miljoen euro aan toegekende middelen."),
    sourceNote: `Cumulatief sinds de invoering van de premie. ${NO_DATE} Ook geen doelwaarde. ${derivedFrom("grants.innovation_premium_eur_committed")} Het provinciecijfer is het bedrag uit de verklaring (4 miljoen euro, vóór Koers) plus wat sindsdien in Koers werd toegekend; de cijfers per gemeente tellen alleen dat laatste.`,
    owner: POM, published: true, perMunicipality: true, aggregation: "sum", kind: "derived", metricKey: "grants.innovation_premium_eur_committed",
  },

  /* ---------- 4.2, 4.4 campus milestones ---------- */
  {
    code: "campus.bouwcampus_construction_start", goalCode: "4.2",
    nameNl: "Start bouw Bouwcampus op Limburg DC", nameEn: "Construction of the Bouwcampus on Limburg DC started",
    descriptionNl: "Mijlpaal: 0 = nog niet, 1 = de bouw is gestart.", descriptionEn: "Milestone: 0 = not yet, 1 = construction has started.",
    unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2026-12-31", direction: "raise",
    source: quote("4.2", "In 2026 starten we op Limburg DC met de bouw van de Bouwcampus, het nieuwe epicentrum voor innovatie en verduurzaming binnen de bouwsector."),
    sourceNote: "'In 2026': de termijn is uiterlijk 31-12-2026.",
    owner: POM, published: true, aggregation: "none",
  },
  {
    code: "campus.logistics_campus_delivery", goalCode: "4.4",
    nameNl: "Oplevering Logistieke Campus in Genk", nameEn: "Logistics Campus in Genk delivered",
    descriptionNl: "Mijlpaal: 0 = nog niet, 1 = het gebouw op de voormalige Ford-terreinen is opgeleverd.",
    descriptionEn: "Milestone: 0 = not yet, 1 = the building on the former Ford site is delivered.",
    unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2028-12-31", direction: "raise",
    source: quote("4.4", "Met de ontwikkeling van de nieuwe Logistieke Campus op de voormalige Ford-terreinen in Genk realiseren we een krachtige motor voor innovatie en groei […] De oplevering van dit unieke gebouw is gepland voor 2028."),
    sourceNote: "'Gepland voor 2028': de termijn is uiterlijk 31-12-2028.",
    owner: POM, published: true, aggregation: "none",
  },

  /* ---------- 4.5 AI ---------- */
  {
    code: "ai.smes_supported", goalCode: "4.5",
    nameNl: "Kmo’s geholpen om AI te integreren", nameEn: "SMEs helped to integrate AI",
    unit: "companies", baselineValue: 0, targetValue: 250, targetDate: "2030-12-31", direction: "raise",
    source: quote("4.5", "Tegen 2030 willen we minstens 250 kmo’s helpen om AI te integreren."),
    sourceNote: `'Minstens 250' kmo’s, vertrekpunt 0. 'Tegen 2030': uiterlijk 31-12-2030. De tekst geeft geen startdatum voor de telling. ${derivedFrom("support.smes_with_ai_in_use")} Telt de kmo’s (EU-definitie) waarvan een AI Space-traject de fase 'AI in gebruik' bereikte.`,
    owner: POM, published: true, perMunicipality: true, aggregation: "sum", kind: "derived", metricKey: "support.smes_with_ai_in_use",
  },

  /* ---------- 5.2, 5.3 Big Science and the Einstein Telescope ---------- */
  {
    code: "bigscience.business_forum_2026", goalCode: "5.2",
    nameNl: "Big Science Business Forum 2026 in Maastricht (mede-organisatie)", nameEn: "Big Science Business Forum 2026 in Maastricht (co-organised)",
    descriptionNl: "Mijlpaal: 0 = nog niet, 1 = het forum heeft plaatsgevonden.", descriptionEn: "Milestone: 0 = not yet, 1 = the forum has taken place.",
    unit: "milestone", baselineValue: 0, targetValue: 1, targetDate: "2026-12-31", direction: "raise",
    source: quote("5.2", "Het internationale Big Science Business Forum 2026 in Maastricht, waar POM Limburg mede-organisator is, biedt een uitgelezen kans om Limburg binnen het Europese netwerk van Big Science-organisaties te profileren"),
    sourceNote: "De tekst noemt enkel het jaar 2026, geen datum: de termijn is uiterlijk 31-12-2026.",
    owner: POM, published: false, aggregation: "none",
  },
  {
    code: "et.job_years_flanders", goalCode: "5.3",
    nameNl: "Einsteintelescoop: jobjaren in Vlaanderen", nameEn: "Einstein Telescope: job-years in Flanders",
    unit: "job_years", targetValue: 5021, targetValueHigh: 12142, direction: "raise",
    source: quote("5.3", "De Einsteintelescoop kan in Vlaanderen tussen 5.021 en 12.142 jobjaren creëren, afhankelijk van de mate waarin we inzetten op innovatie en kennisvalorisatie."),
    sourceNote: `Raming van Econopolis, een bandbreedte. ${NO_DEADLINE} Voor de volledige Euregio liggen de aantallen hoger. §3.1 rondt de fasen af: 'tot 6.700 baanjaren' (bouw) en 'tot 5.500 baanjaren' (operationeel).`,
    owner: POM, published: true, aggregation: "sum",
  },
  {
    code: "et.job_years_construction", goalCode: "5.3",
    nameNl: "Einsteintelescoop: jobjaren in de bouwfase", nameEn: "Einstein Telescope: job-years in the construction phase",
    unit: "job_years", targetValue: 2691, targetValueHigh: 6687, direction: "raise",
    source: quote("5.3", "In de bouwfase gaat het om 2.691 tot 6.687 jobjaren; in de operationele fase om 2.330 tot 5.455 jobjaren."),
    sourceNote: `Raming van Econopolis voor Vlaanderen, een bandbreedte. ${NO_DEADLINE}`,
    owner: POM, published: true, aggregation: "sum",
  },
  {
    code: "et.job_years_operation", goalCode: "5.3",
    nameNl: "Einsteintelescoop: jobjaren in de operationele fase", nameEn: "Einstein Telescope: job-years in the operational phase",
    unit: "job_years", targetValue: 2330, targetValueHigh: 5455, direction: "raise",
    source: quote("5.3", "In de bouwfase gaat het om 2.691 tot 6.687 jobjaren; in de operationele fase om 2.330 tot 5.455 jobjaren."),
    sourceNote: `Raming van Econopolis voor Vlaanderen, een bandbreedte. ${NO_DEADLINE}`,
    owner: POM, published: true, aggregation: "sum",
  },
  {
    code: "et.productivity_growth", goalCode: "5.3",
    nameNl: "Einsteintelescoop: productiviteitsgroei", nameEn: "Einstein Telescope: productivity growth",
    unit: "percent", targetValue: 0.22, direction: "raise",
    source: quote("5.3", "Daarnaast kan het project een productiviteitsgroei tot 0,22% realiseren, goed voor een absolute winst tot 1,5 miljard euro."),
    sourceNote: `'Tot 0,22%': een bovengrens van de raming van Econopolis. ${NO_DEADLINE}`,
    owner: POM, published: true, aggregation: "none",
  },
  {
    code: "et.productivity_gain_eur", goalCode: "5.3",
    nameNl: "Einsteintelescoop: absolute winst uit productiviteitsgroei", nameEn: "Einstein Telescope: absolute gain from productivity growth",
    unit: "eur", targetValue: 1_500_000_000, direction: "raise",
    source: quote("5.3", "Daarnaast kan het project een productiviteitsgroei tot 0,22% realiseren, goed voor een absolute winst tot 1,5 miljard euro."),
    sourceNote: `'Tot 1,5 miljard euro': een bovengrens van de raming van Econopolis. ${NO_DEADLINE}`,
    owner: POM, published: true, aggregation: "sum",
  },
];

/** The statement's indicators, validated against the compass contract; position follows the statement. */
export const INDICATORS: IndicatorInput[] = RAW.map((raw, i) => IndicatorInput.parse({ ...raw, position: i }));
