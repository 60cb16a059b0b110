import { POM, PROVINCE, action, chapter, objective, type GoalDraft } from "./helpers.js";

/* Chapters 5 and 6 of the policy statement "Beleidsverklaring 2026–2030" (see goals-1-2.ts). */

export const GOALS_5_6: GoalDraft[] = [
  chapter(
    "5",
    "Verleden als fundament, toekomst als horizon",
    "The past as foundation, the future as horizon",
    "Waar vroeger de mijnen en later Ford het economische weefsel bepaalden, kan Big Science de motor worden van een hoogtechnologische en internationaal verbonden regio; de Einsteintelescoop kan uitgroeien tot een nieuw icoon van economische vernieuwing.",
    "Where the mines and later Ford once shaped the economy, Big Science can become the engine of a high-tech, internationally connected region; the Einstein Telescope can become a new icon of economic renewal.",
  ),

  objective(
    "5.1", PROVINCE,
    "De Limburgse economische geschiedenis bewaren",
    "Preserving Limburg's economic history",
    "We willen de Limburgse transitie zichtbaar en tastbaar maken via een krachtige visuele installatie op een van onze reconversiesites, die toont hoe onze regio zich telkens opnieuw heeft uitgevonden.",
    "We want to make Limburg's transition visible and tangible through a powerful visual installation on one of our reconversion sites, showing how the region has reinvented itself time and again.",
  ),
  action(
    "5.1.a", PROVINCE,
    "Visuele installatie over de Limburgse economische transitie op een reconversiesite",
    "Visual installation on Limburg's economic transition at a reconversion site",
    "Een betekenisvolle en belevingsgerichte opstelling op een plek die symbool staat voor de economische heropstanding, bereikbaar voor bedrijven, burgers, jongeren en toeristen.",
    "A meaningful, experiential installation at a place that symbolises the economic revival, within reach of companies, citizens, young people and tourists.",
  ),

  objective(
    "5.2", POM,
    "Big Science Hub als strategische versneller van de Limburgse kenniseconomie",
    "The Big Science Hub as a strategic accelerator of Limburg's knowledge economy",
    "Met een Big Science Innovation Hub willen we kennis- en technologietransfer versnellen en structureren; de hub wordt de toegangspoort tot samenwerking rond technologieën van CERN en toekomstige innovaties van de Einsteintelescoop. POM Limburg coördineert deze werking.",
    "A Big Science Innovation Hub will speed up and structure knowledge and technology transfer; the hub becomes the gateway to cooperation on CERN technologies and future Einstein Telescope innovations. POM Limburg coordinates it.",
  ),
  action(
    "5.2.a", POM,
    "Big Science Innovation Hub op Corda Campus, verbonden met de andere campussen",
    "Big Science Innovation Hub at Corda Campus, linked to the other campuses",
    "De hub verbindt Corda Campus met Thor Park, de Health Campus en de Logistieke Campus tot één ecosysteem rond kennisoverdracht.",
    "The hub links Corda Campus with Thor Park, the Health Campus and the Logistics Campus into one knowledge-transfer ecosystem.",
  ),
  action(
    "5.2.b", POM,
    "Samenwerking met internationale spelers zoals ITER, ESO en ESA",
    "Cooperation with international players such as ITER, ESO and ESA",
  ),
  action(
    "5.2.c", POM,
    "Mede-organisatie van het Big Science Business Forum 2026 in Maastricht",
    "Co-organising the Big Science Business Forum 2026 in Maastricht",
    "Een uitgelezen kans om Limburg binnen het Europese netwerk van Big Science-organisaties te profileren.",
    "An excellent opportunity to profile Limburg in the European network of Big Science organisations.",
  ),

  objective(
    "5.3", POM,
    "Maximaal gaan voor een Euregionale Einsteintelescoop",
    "Going all out for a Euregional Einstein Telescope",
    "Volgens een studie van Econopolis kan de Einsteintelescoop in Vlaanderen tussen 5.021 en 12.142 jobjaren creëren, en een productiviteitsgroei tot 0,22% realiseren, goed voor een absolute winst tot 1,5 miljard euro.",
    "According to a study by Econopolis, the Einstein Telescope could create between 5,021 and 12,142 job-years in Flanders, and raise productivity by up to 0.22%, an absolute gain of up to EUR 1.5 billion.",
  ),
  action(
    "5.3.a", POM,
    "Kandidatuur van de Euregio ondersteunen via het bidbookproces",
    "Support the Euregio's candidacy through the bid book process",
    "Een voortrekkersrol in het cross-border expertcomité voor valorisatie en impact, met Maastricht, Aken en Luik; Vlaamse en Limburgse bedrijven tot ambassadeurs van het project maken.",
    "A leading role in the cross-border expert committee on valorisation and impact, with Maastricht, Aachen and Liège; make Flemish and Limburg companies ambassadors of the project.",
  ),
  action(
    "5.3.b", POM,
    "Valorisatiestrategie voor Vlaanderen leiden",
    "Lead the valorisation strategy for Flanders",
    "In samenwerking met Duitse, Nederlandse en Belgische partners.",
    "In cooperation with German, Dutch and Belgian partners.",
  ),
  action(
    "5.3.c", POM,
    "ET-pathfinder Smart Skills Lab (Interreg Vlaanderen-Nederland)",
    "ET-pathfinder Smart Skills Lab (Interreg Flanders–Netherlands)",
    "Een digitale leeromgeving, praktijkgerichte innovatieworkshops en site visits die fundamentele kennis onmiddellijk bruikbaar maken, ook voor kmo’s.",
    "A digital learning environment, hands-on innovation workshops and site visits that make fundamental knowledge usable at once, also for SMEs.",
  ),
  action(
    "5.3.d", POM,
    "De Einsteintelescoop als inspiratiebron voor STEM-onderwijs",
    "The Einstein Telescope as an inspiration for STEM education",
  ),

  chapter(
    "6",
    "Tot slot",
    "In conclusion",
    "Meer welvaart creëren doen we niet door harder, maar door slimmer te werken: hoe creëren we meer toegevoegde waarde per gewerkt uur? Alleen zo sluiten we de productiviteitskloof met Vlaanderen.",
    "We create more prosperity not by working harder but by working smarter: how do we create more value added per hour worked? Only then will we close the productivity gap with Flanders.",
  ),
];
