import type { FundInput } from "../../src/contracts/grants-portal.js";

/**
 * The five money instruments the policy statement 2026-2030 names, with its own words and section.
 * Funding source: the province's budget unless the statement names another (the Small Project Fund
 * is an Interreg Euregio Meuse-Rhine instrument).
 */
export const GRANT_FUNDS: (FundInput & { code: string })[] = [
  {
    code: "innovation_premium",
    nameNl: "Provinciale innovatiepremie",
    nameEn: "Provincial innovation premium",
    descriptionNl: "Premie voor concrete, hands-on samenwerkingen waarin de expertise van minstens twee bedrijven wordt gekoppeld en snel tot resultaat leidt; vooral voor kmo's. De-minimissteun.",
    descriptionEn: "Premium for concrete, hands-on collaborations combining the expertise of at least two companies and leading quickly to results; aimed mainly at SMEs. De minimis aid.",
    fundingSource: "Provincie Limburg",
    instrument: "grant",
    repayableAdvanceAllowed: false,
    section: "4",
    source:
      "Met de provinciale innovatiepremie willen we die drempel verlagen. De premie ondersteunt geen langdurige onderzoeksprojecten, maar concrete en hands-on samenwerkingen waarbij de expertise van minstens twee bedrijven wordt gekoppeld en snel tot resultaat leidt. Zo krijgen vooral kleine en middelgrote ondernemingen – die vaak afhaken bij complexe Europese en Vlaamse subsidiestelsels – toch de kans om een volwaardig innovatietraject op te starten. Sinds de invoering hebben al 160 bedrijven hun innovatie versneld, goed voor in totaal 4 miljoen euro aan toegekende middelen.",
  },
  {
    code: "maatwerk_fund",
    nameNl: "Provinciaal investeringsfonds maatwerkbedrijven",
    nameEn: "Provincial investment fund for maatwerk companies",
    descriptionNl: "Investeringsfonds van 2 miljoen euro om de modernisering van de infrastructuur en technologie van Limburgse maatwerkbedrijven te versnellen; steun als subsidie of als terugvorderbaar voorschot.",
    descriptionEn: "EUR 2 million investment fund to speed up the modernisation of the infrastructure and technology of Limburg's maatwerk (custom work) companies; support as a grant or a repayable advance.",
    fundingSource: "Provincie Limburg",
    instrument: "repayable_advance",
    repayableAdvanceAllowed: true,
    section: "3.2",
    source:
      "De Limburgse maatwerkbedrijven creëren samen 3.195 jobs en realiseren een toegevoegde waarde van 88,2 miljoen euro. Met een provinciaal investeringsfonds van 2 miljoen euro willen we de modernisering van hun infrastructuur en technologie versnellen.",
  },
  {
    code: "health_innovation_fund",
    nameNl: "Healthinnovatiefonds Limburg",
    nameEn: "Limburg health innovation fund",
    descriptionNl: "Financiert en stimuleert projecten die de zorgsector verder transformeren, in de lijn van de Digital Health Innovation Hub op de Health Campus.",
    descriptionEn: "Finances and stimulates projects that further transform the care sector, in line with the Digital Health Innovation Hub on the Health Campus.",
    fundingSource: "Provincie Limburg",
    instrument: "grant",
    repayableAdvanceAllowed: false,
    section: "4.1",
    source:
      "Het healthinnovatiefonds Limburg speelt daarbij een cruciale rol als financier en stimulator van projecten die de zorgsector verder transformeren.",
  },
  {
    code: "development_acceleration_fund",
    nameNl: "Provinciaal Ontwikkel- en Acceleratiefonds",
    nameEn: "Provincial Development and Acceleration Fund",
    descriptionNl: "Maakt beperkte provinciale middelen complementair aan Vlaamse en Europese programma's en kan financieren wat buiten de Europese benadering ligt.",
    descriptionEn: "Makes limited provincial means complementary to Flemish and European programmes and can finance what lies outside the European approach.",
    fundingSource: "Provincie Limburg",
    instrument: "grant",
    repayableAdvanceAllowed: false,
    section: "1.1",
    source:
      "Het Provinciaal Ontwikkel- en Acceleratiefonds speelt hierin een belangrijke rol: het maakt beperkte provinciale middelen complementair aan Vlaamse en Europese programma's en kan financieren wat buiten de Europese benadering ligt, waardoor we maximale economische impact realiseren.",
  },
  {
    code: "euregio_small_project_fund",
    nameNl: "Small Project Fund Euregio Maas-Rijn",
    nameEn: "Euregio Meuse-Rhine Small Project Fund",
    descriptionNl: "Steunt grensoverschrijdende initiatieven van het maatschappelijk middenveld en scholen: cultuur, sport en toerisme tot onderwijs, klimaat, gezondheid en burgerparticipatie.",
    descriptionEn: "Supports cross-border initiatives of civil society and schools: culture, sport and tourism to education, climate, health and citizen participation.",
    fundingSource: "Interreg Euregio Maas-Rijn",
    instrument: "grant",
    repayableAdvanceAllowed: false,
    section: "1.2",
    source:
      "Tegelijk stimuleert het Small Project Fund binnen de Euregio Maas-Rijn het maatschappelijk middenveld en scholen om samen te werken aan een gemeenschappelijke Euregionale ruimte. Via dit fonds kunnen grensoverschrijdende initiatieven worden ondersteund; van cultuur, sport en toerisme tot onderwijs, klimaat, gezondheid en burgerparticipatie.",
  },
];
