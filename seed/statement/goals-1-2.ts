import { POM, PROVINCE, action, chapter, objective, type GoalDraft } from "./helpers.js";

/*
 * Chapters 1 and 2 of the policy statement "Beleidsverklaring 2026–2030" (Tom Vandeput, deputy for economy,
 * innovation and Europe of the Province of Limburg). Titles as in the statement; summaries quote or closely
 * paraphrase it. Actions are the concrete undertakings the text names under each objective.
 */

const EUROPE = `${PROVINCE} – Europese Aangelegenheden`;
const ECONOMY = `${PROVINCE} – Economie`;

export const GOALS_1_2: GoalDraft[] = [
  chapter(
    "1",
    "Het toekomstpad naar meer Limburgse welvaart",
    "The path to greater prosperity in Limburg",
    "De toekomst van Limburg wordt vandaag gemaakt: “niet met losse projecten, wel met een kompas en de moed om te kiezen.” Meer toegevoegde waarde per gewerkt uur, meer kwaliteit per vierkante meter, meer kansen per talent.",
    "Limburg's future is made today: “not with loose projects, but with a compass and the courage to choose.” More value added per hour worked, more quality per square metre, more opportunities per talent.",
  ),

  objective(
    "1.1", POM,
    "SALKturbo als Europese transitiemotor",
    "SALKturbo as a European engine of transition",
    "SALKturbo draait op kruissnelheid met 105 goedgekeurde projecten, samen goed voor meer dan 500 miljoen euro aan investeringen, rond vier prioriteiten: competitiviteit, digitalisering, duurzaamheid en inclusie. Het bruto binnenlands product per inwoner ligt nog steeds 22% lager dan in Vlaanderen, en die kloof neemt opnieuw toe.",
    "SALKturbo runs at cruising speed with 105 approved projects, together more than EUR 500 million of investment, around four priorities: competitiveness, digitalisation, sustainability and inclusion. GDP per inhabitant is still 22% below Flanders, and the gap is widening again.",
  ),
  action(
    "1.1.a", POM,
    "SALKturbo-projecten uitvoeren op vier prioriteiten",
    "Carry out the SALKturbo projects on four priorities",
    "Competitiviteit, digitalisering, duurzaamheid en inclusie als blauwdruk voor de economie van de toekomst.",
    "Competitiveness, digitalisation, sustainability and inclusion as the blueprint of the economy of the future.",
  ),
  action(
    "1.1.b", EUROPE,
    "Verlenging van de Europese transitiestatus bepleiten",
    "Advocate extending Limburg's status as a European transition region",
    "Voluit inzetten op de verlenging van de transitiestatus na 2021–2027; het verzoek werd overgemaakt aan de Permanente Vertegenwoordiging van de Europese Commissie in België.",
    "Push for extending the transition status beyond 2021–2027; the request was sent to the European Commission's Representation in Belgium.",
  ),
  action(
    "1.1.c", PROVINCE,
    "Provinciaal Ontwikkel- en Acceleratiefonds inzetten",
    "Deploy the Provincial Development and Acceleration Fund",
    "Beperkte provinciale middelen complementair maken aan Vlaamse en Europese programma’s en financieren wat buiten de Europese benadering ligt.",
    "Make limited provincial funds complementary to Flemish and European programmes and finance what falls outside the European approach.",
  ),

  objective(
    "1.2", EUROPE,
    "Europa als katalysator van Limburgse groei",
    "Europe as a catalyst of growth in Limburg",
    "De provincie zet in op begeleiding, netwerking en matchmaking tussen bedrijven, kennisinstellingen en Europese partners, zodat meer Limburgse ondernemingen aansluiting vinden bij Europese projectconsortia en opportuniteiten.",
    "The province invests in guidance, networking and matchmaking between companies, knowledge institutions and European partners, so that more Limburg companies join European project consortia and opportunities.",
  ),
  action(
    "1.2.a", EUROPE,
    "Begeleiding en matchmaking naar Europese projectconsortia",
    "Guidance and matchmaking towards European project consortia",
    "Bedrijven, kennisinstellingen en Europese partners met elkaar verbinden.",
    "Connect companies, knowledge institutions and European partners.",
  ),
  action(
    "1.2.b", EUROPE,
    "Ondersteuning bij Europese regelgeving",
    "Support with European regulation",
    "Ondernemingen tijdig en helder informeren over milieunormen, sociale verplichtingen en rapportering rond verduurzaming, zeker kmo’s.",
    "Inform companies, SMEs in particular, early and clearly about environmental standards, social obligations and sustainability reporting.",
  ),
  action(
    "1.2.c", EUROPE,
    "Europe Direct Limburg voor ondernemers, onderwijs en burgers",
    "Europe Direct Limburg for entrepreneurs, education and citizens",
    "Met Europe Direct richten we ons op drie prioritaire doelgroepen: Limburgse ondernemers, het onderwijs en de Limburger in het algemeen.",
    "Europe Direct addresses three priority groups: Limburg entrepreneurs, education and the people of Limburg in general.",
  ),
  action(
    "1.2.d", EUROPE,
    "Partnerschap met werkgeversorganisaties, hogescholen, universiteit en media",
    "Partnership with employers' organisations, colleges, the university and the media",
    "Een partnerschap met de Limburgse werkgeversorganisaties, een netwerk met PXL, UCLL en UHasselt om Europese onderwijsprogramma’s te promoten en samenwerking met Limburgse media.",
    "A partnership with Limburg's employers' organisations, a network with PXL, UCLL and UHasselt to promote European education programmes, and cooperation with Limburg media.",
  ),
  action(
    "1.2.e", EUROPE,
    "Nieuwe toekomstgerichte projecten met Nederlands Limburg",
    "New forward-looking projects with Dutch Limburg",
    "Bestaande relaties verdiepen en projecten opzetten die de economische groei in beide Limburgen versterken.",
    "Deepen existing ties and set up projects that strengthen economic growth in both Limburgs.",
  ),
  action(
    "1.2.f", EUROPE,
    "Grensoverschrijdende innovatiefondsen Crossroads en STIPP",
    "Cross-border innovation funds Crossroads and STIPP",
    "Limburgse bedrijven verbinden met ondernemingen en onderzoekscentra over de grens.",
    "Connect Limburg companies with companies and research centres across the border.",
  ),
  action(
    "1.2.g", EUROPE,
    "Small Project Fund van de Euregio Maas-Rijn",
    "Small Project Fund of the Euregio Meuse-Rhine",
    "Grensoverschrijdende initiatieven van middenveld en scholen ondersteunen, van cultuur, sport en toerisme tot onderwijs, klimaat, gezondheid en burgerparticipatie.",
    "Support cross-border initiatives of civil society and schools, from culture, sport and tourism to education, climate, health and citizen participation.",
  ),
  action(
    "1.2.h", EUROPE,
    "Voorzitterschap van de EGTS Euregio Maas-Rijn",
    "Chairing the EGTC Euregio Meuse-Rhine",
    "Vanaf 2025 neemt Limburg het voorzitterschap op, met focus op economie en innovatie, arbeidsmarkt, onderwijs en opleiding, en hefboomprojecten zoals de Einsteintelescoop.",
    "From 2025 Limburg chairs the EGTC, focusing on economy and innovation, the labour market, education and training, and lever projects such as the Einstein Telescope.",
  ),

  objective(
    "1.3", PROVINCE,
    "Een Europese financieringshefboom voor sterke Limburgse gemeenten",
    "A European financing lever for strong Limburg municipalities",
    "De minimale leningsdrempel van de EIB van 25 miljoen euro overstijgt vaak de behoefte van een individueel lokaal bestuur. Door gelijkaardige investeringsplannen te bundelen, kunnen we wél het nodige volume en de gewenste impact creëren.",
    "The EIB's minimum loan of EUR 25 million often exceeds what a single local government needs. By bundling similar investment plans we can reach the volume and the impact needed.",
  ),
  action(
    "1.3.a", PROVINCE,
    "EIB-instrument: gemeentelijke investeringsplannen bundelen",
    "EIB instrument: bundle municipal investment plans",
    "Een instrument waarmee de EIB een investeringshefboom wordt voor de Limburgse lokale besturen, zodat gemeenten hun strategische projecten versneld kunnen realiseren.",
    "An instrument that makes the EIB an investment lever for Limburg's local governments, so that municipalities can carry out their strategic projects sooner.",
  ),

  objective(
    "1.4", POM,
    "‘Horizon 2050’ als kompas voor de lange termijn",
    "‘Horizon 2050’ as the compass for the long term",
    "Met de roadmap Horizon 2050 stellen we een langetermijnvisie scherp: waar SALKturbo de sprint is, wordt Horizon 2050 het kompas voor de marathon. POM Limburg zal het proces vormgeven en aansturen.",
    "The Horizon 2050 roadmap sharpens a long-term vision: where SALKturbo is the sprint, Horizon 2050 becomes the compass for the marathon. POM Limburg will shape and steer the process.",
  ),
  action(
    "1.4.a", POM,
    "Roadmap Horizon 2050 in een traject van 24 maanden",
    "Horizon 2050 roadmap in a 24-month process",
    "Samen met stakeholders, experten en visionairen een roadmap met concrete transitiepaden en prioriteiten voor sectorontwikkeling, energie, mobiliteit, onderwijs, werkgelegenheid en innovatie.",
    "With stakeholders, experts and visionaries, a roadmap with concrete transition paths and priorities for sector development, energy, mobility, education, employment and innovation.",
  ),

  chapter(
    "2",
    "Van bedrijventerrein tot stadskern: investeren in ruimte voor ondernemen",
    "From business park to town centre: investing in space for business",
    "Een sterke Limburgse economie vraagt ruimte om te ondernemen: nieuwe bedrijventerreinen én een duurzame herinrichting van bestaande zones, en stadscentra die aantrekkelijk en competitief blijven.",
    "A strong Limburg economy needs space for business: new business parks and a sustainable redevelopment of existing zones, and town centres that stay attractive and competitive.",
  ),

  objective(
    "2.1", POM,
    "Ruimte om te ondernemen groeit met 200 hectare",
    "Space for business grows by 200 hectares",
    "Binnen het kader van het Ruimtepact 2040 willen we 200 hectare bijkomende regionale bedrijventerreinen activeren, en bestaande bedrijventerreinen optimaliseren via verdichting, verweving en herbestemming.",
    "Within the framework of the Ruimtepact 2040 we want to activate 200 hectares of additional regional business parks, and optimise existing parks through densification, mixed use and repurposing.",
  ),
  action(
    "2.1.a", POM,
    "200 hectare bijkomende regionale bedrijventerreinen activeren",
    "Activate 200 hectares of additional regional business parks",
    "Onder meer dankzij de voorziene ruilmogelijkheden met andere functies, voor bedrijven met hoge toegevoegde waarde en sterke werkgelegenheid.",
    "Among other things through the planned swaps with other land uses, for companies with high value added and strong employment.",
  ),
  action(
    "2.1.b", POM,
    "Bestaande bedrijventerreinen optimaliseren",
    "Optimise existing business parks",
    "Via verdichting, verweving en herbestemming; hergebruik van gebouwen, herontwikkeling van brownfields en renovatie van verouderde bedrijfszones.",
    "Through densification, mixed use and repurposing; reuse of buildings, brownfield redevelopment and renovation of outdated business zones.",
  ),
  action(
    "2.1.c", POM,
    "Lokale besturen begeleiden naar een ruimtelijk-economische visie",
    "Guide local governments towards a spatial-economic vision",
    "Een visie die aansluit bij een provinciale strategie en afgestemd is tussen Vlaams, provinciaal en lokaal beleid.",
    "A vision in line with a provincial strategy and aligned between Flemish, provincial and local policy.",
  ),
  action(
    "2.1.d", POM,
    "Terugkoop- en voorkooprechten inzetten op strategische percelen",
    "Use buy-back and pre-emption rights on strategic parcels",
    "In dialoog met Vlaanderen, samen met gemeenten, om duurzame economische ontwikkeling mogelijk te maken.",
    "In dialogue with Flanders and together with municipalities, to enable sustainable economic development.",
  ),
  action(
    "2.1.e", POM,
    "Duurzame mobiliteit, gedeelde energie en waterbeheer op bedrijventerreinen",
    "Sustainable mobility, shared energy and water management on business parks",
    "Gedeelde transportinfrastructuur en slimme logistieke hubs, warmtenetten en gezamenlijke zonnepanelenclusters, groendaken en collectieve regenwateropvang.",
    "Shared transport infrastructure and smart logistics hubs, heat networks and shared solar clusters, green roofs and collective rainwater collection.",
  ),
  action(
    "2.1.f", POM,
    "Digitaal platform om beschikbare ruimte te beheren en te matchen",
    "Digital platform to manage and match available space",
    "Een platform dat bedrijven en overheden helpt om beschikbare ruimte efficiënter te beheren en te matchen, inclusief informatie over regelgeving, duurzaamheidscriteria en samenwerkingsmogelijkheden.",
    "A platform that helps companies and governments manage and match available space more efficiently, including information on regulation, sustainability criteria and collaboration options.",
  ),

  objective(
    "2.2", ECONOMY,
    "Detailhandel als bouwsteen voor levendige stadskernen",
    "Retail as a building block for lively town centres",
    "We transformeren stadskernen naar plekken waar ondernemen, wonen en ontspannen elkaar versterken; het DNA van de stad of gemeente vormt het vertrekpunt.",
    "We turn town centres into places where business, living and leisure strengthen each other; the DNA of each town is the starting point.",
  ),
  action(
    "2.2.a", ECONOMY,
    "Ruimtelijke instrumenten voor het winkelweefsel (Ruimtepact 2040)",
    "Spatial instruments for the retail fabric (Ruimtepact 2040)",
    "Kernwinkelgebieden sneller afbakenen, winkelarme zones aanduiden en perifere kleinhandel afbouwen waar dat aangewezen is.",
    "Delineate core shopping areas faster, designate low-retail zones and scale back peripheral retail where appropriate.",
  ),
  action(
    "2.2.b", ECONOMY,
    "Raamcontract voor studie- en planningsopdrachten met de gemeenten",
    "Framework contract for study and planning assignments with the municipalities",
    "Rond drie thema’s: beleving, verweving en omgeving; elke opdracht leidt tot een gedragen beleidsadvies met een ruimtelijke vertaling.",
    "On three themes: experience, mixed use and surroundings; each assignment leads to a supported policy advice with a spatial translation.",
  ),
  action(
    "2.2.c", ECONOMY,
    "Publiekscampagnes ‘Maand van de Markt’ en ‘Ik koop lokaal’",
    "Public campaigns ‘Month of the Market’ and ‘I buy local’",
    "Handelaars, markten en horeca positief in de kijker zetten en koopvlucht naar omliggende regio’s tegengaan.",
    "Put retailers, markets and hospitality in the spotlight and counter shoppers leaving for neighbouring regions.",
  ),
];
