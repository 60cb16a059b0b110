import { POM, PROVINCE, action, chapter, objective, type GoalDraft } from "./helpers.js";

/* Chapters 3 and 4 of the policy statement "Beleidsverklaring 2026–2030" (see goals-1-2.ts). */

const SOCIAL = `${PROVINCE} – Sociale economie`;
const HR = `${PROVINCE} – Personeelsbeleid`;

export const GOALS_3_4: GoalDraft[] = [
  chapter(
    "3",
    "Menselijk kapitaal als motor van de Limburgse economie",
    "Human capital as the engine of Limburg's economy",
    "De Limburgse economische toekomst staat of valt met de kracht van haar mensen. Zo’n 100.000 oudere werknemers zullen de komende tien jaar de Limburgse arbeidsmarkt verlaten, terwijl naar schatting slechts 70.000 jongeren klaarstaan om in te stromen.",
    "Limburg's economic future stands or falls with the strength of its people. Some 100,000 older workers will leave Limburg's labour market in the next ten years, while an estimated 70,000 young people are ready to enter it.",
  ),

  objective(
    "3.1", POM,
    "Aantrekken van 2 500 nieuwe hooggeschoolde jobs",
    "Attracting 2,500 new high-skilled jobs",
    "Onze ambitie is om minstens 2.500 bijkomende hooggeschoolde jobs aan te trekken als hefboom voor welvaart, duurzaamheid en economische veerkracht. Op de Health Campus zijn inmiddels meer dan 300 nieuwe hooggeschoolde jobs gecreëerd.",
    "Our ambition is to attract at least 2,500 additional high-skilled jobs as a lever for prosperity, sustainability and economic resilience. The Health Campus has already created more than 300 new high-skilled jobs.",
  ),
  action(
    "3.1.a", POM,
    "Economische campussen uitbouwen tot motoren van hoogproductieve werkgelegenheid",
    "Develop the economic campuses into engines of high-productivity employment",
    "Via valorisatie van kennis en technologie; innovatietrajecten van bedrijven inhoudelijk en financieel ondersteunen, samen met VLAIO en andere Vlaamse partners.",
    "Through valorisation of knowledge and technology; support companies' innovation trajectories in content and funding, with VLAIO and other Flemish partners.",
  ),
  action(
    "3.1.b", POM,
    "Buitenlandse acquisitiestrategie met FIT en VLAIO",
    "Foreign investment acquisition strategy with FIT and VLAIO",
    "Gericht op kennisintensieve bedrijven die passen bij het economisch profiel van de provincie.",
    "Aimed at knowledge-intensive companies that fit the province's economic profile.",
  ),
  action(
    "3.1.c", POM,
    "Limburgs investeerdersnetwerk versterken",
    "Strengthen the Limburg investor network",
    "Innovatieve startups en scale-ups ondersteunen met voldoende kapitaal en strategische begeleiding, in nauwe samenwerking met LRM.",
    "Support innovative start-ups and scale-ups with sufficient capital and strategic guidance, in close cooperation with LRM.",
  ),

  objective(
    "3.2", SOCIAL,
    "Een brug tussen sociale en reguliere economie",
    "A bridge between the social and the regular economy",
    "We onderschrijven de ambitie van een werkzaamheidsgraad van 80% door elke beroepsactieve Limburger perspectief op werk te bieden. De Limburgse maatwerkbedrijven creëren samen 3.195 jobs en realiseren een toegevoegde waarde van 88,2 miljoen euro.",
    "We endorse the ambition of an employment rate of 80% by offering every working-age person in Limburg a prospect of work. Limburg's maatwerk (custom work) companies together provide 3,195 jobs and EUR 88.2 million of value added.",
  ),
  action(
    "3.2.a", SOCIAL,
    "Doorstroom via de dertien Limburgse arbeidszorginitiatieven",
    "Progression through Limburg's thirteen work-care initiatives",
    "De benutting van beschikbare plaatsen verhogen en samenwerking tussen de dertien initiatieven stimuleren, binnen het kader van het Departement WEWIS.",
    "Raise the use of available places and foster cooperation between the thirteen initiatives, within the framework of the Flemish department WEWIS.",
  ),
  action(
    "3.2.b", SOCIAL,
    "Provinciaal investeringsfonds van 2 miljoen euro voor maatwerkbedrijven",
    "Provincial investment fund of EUR 2 million for maatwerk companies",
    "De modernisering van hun infrastructuur en technologie versnellen, zodat ze nog sterkere partners worden voor de reguliere economie.",
    "Speed up the modernisation of their infrastructure and technology, so that they become even stronger partners of the regular economy.",
  ),
  action(
    "3.2.c", SOCIAL,
    "Samenwerking tussen sociale en reguliere bedrijven; doeners.be als matchmakingtool",
    "Cooperation between social and regular companies; doeners.be as a matchmaking tool",
    "Het aanbod van de sociale economie actief promoten; doeners.be, aangestuurd door de vijf Vlaamse provincies, uitbouwen met actuele data, getuigenissen en het volledige Limburgse aanbod.",
    "Actively promote the social economy's offer; develop doeners.be, run by the five Flemish provinces, with current data, testimonials and the complete Limburg offer.",
  ),

  objective(
    "3.3", HR,
    "Provincie Limburg als moderne en mensgerichte organisatie",
    "The Province of Limburg as a modern, people-centred organisation",
    "We bouwen aan een moderne, wendbare en mensgerichte organisatie met een strategische HR-aanpak die HR-doelstellingen koppelt aan de organisatiestrategie.",
    "We build a modern, agile and people-centred organisation with a strategic HR approach that links HR objectives to the organisation's strategy.",
  ),
  action(
    "3.3.a", HR,
    "Efficiëntie binnen de beperkte financiële marge",
    "Efficiency within the limited financial margin",
    "Interne mobiliteit stimuleren, uittredende medewerkers niet automatisch vervangen, selectief uitbesteden en geen statutaire aanstellingen meer, uitgebreid naar alle graden.",
    "Encourage internal mobility, do not automatically replace leavers, outsource selectively and make no more statutory appointments, extended to all grades.",
  ),
  action(
    "3.3.b", HR,
    "Leiderschapstraject en prestatiemanagementsysteem",
    "Leadership programme and performance management system",
    "Een prestatiemanagementsysteem dat doelstellingen afleidt van de beleidsprioriteiten en medewerkers ondersteunt in hun professionele ontwikkeling.",
    "A performance management system that derives objectives from the policy priorities and supports staff in their professional development.",
  ),
  action(
    "3.3.c", HR,
    "Actieplan Gezond Werken en een nieuw leermanagementsysteem",
    "Healthy Work action plan and a new learning management system",
    "Gezondheid, veiligheid en motivatie versterken, levenslang leren stimuleren en telewerk structureel inbedden.",
    "Strengthen health, safety and motivation, encourage lifelong learning and embed remote working structurally.",
  ),
  action(
    "3.3.d", HR,
    "Artificiële intelligentie stapsgewijs integreren in werking en dienstverlening",
    "Integrate artificial intelligence step by step into operations and services",
    "Niet als doel op zich maar als instrument om medewerkers te ontlasten, processen te versnellen en kwaliteit te verhogen.",
    "Not as an end in itself but as a tool to relieve staff, speed up processes and raise quality.",
  ),

  chapter(
    "4",
    "Een campusbrede aanpak voor innovatie en ecosystemen",
    "A campus-wide approach to innovation and ecosystems",
    "De Limburgse thematische campussen vormen de kern van een innovatieve, internationaal verbonden economie. Met de provinciale innovatiepremie hebben sinds de invoering al 160 bedrijven hun innovatie versneld, goed voor in totaal 4 miljoen euro aan toegekende middelen.",
    "Limburg's thematic campuses are the core of an innovative, internationally connected economy. Since its introduction the provincial innovation premium has helped 160 companies speed up their innovation, with EUR 4 million awarded in total.",
  ),

  objective(
    "4.1", POM,
    "De uitbouw van de Health Campus en de Digital Health Innovation Hub",
    "Developing the Health Campus and the Digital Health Innovation Hub",
    "Vertrekkend uit de expertise van UHasselt in health en data science wordt de Digital Health Innovation Hub een aantrekkingspool voor zorginnovatie en datagedreven gezondheidsoplossingen.",
    "Building on UHasselt's expertise in health and data science, the Digital Health Innovation Hub becomes a magnet for care innovation and data-driven health solutions.",
  ),
  action(
    "4.1.a", POM,
    "Digital Health Innovation Hub oprichten",
    "Establish the Digital Health Innovation Hub",
    "Klinische en biomedische onderzoeksdata veilig en gereguleerd ontsluiten, combineren en valoriseren, in afstemming met Biovia, het Belgian Health Data Agency en Athumi.",
    "Open up, combine and valorise clinical and biomedical research data safely and under regulation, aligned with Biovia, the Belgian Health Data Agency and Athumi.",
  ),
  action(
    "4.1.b", POM,
    "Aanpak voor datadeling op de campus en in de regio",
    "An approach to data sharing on the campus and in the region",
    "Technologische infrastructuur, beoogde toepassingen en het juridisch en regelgevend kader.",
    "Technical infrastructure, intended applications and the legal and regulatory framework.",
  ),
  action(
    "4.1.c", POM,
    "De zorgsector betrekken bij datagedreven en preventieve zorg",
    "Involve the care sector in data-driven and preventive care",
    "Met aandacht voor eerstelijnszorg, preventie en geïntegreerde, waardegedreven zorg, naar de principes van de Blue Zones.",
    "With attention to primary care, prevention and integrated, value-based care, following the Blue Zones principles.",
  ),
  action(
    "4.1.d", POM,
    "Healthinnovatiefonds Limburg",
    "Limburg health innovation fund",
    "Financier en stimulator van projecten die de zorgsector verder transformeren.",
    "Funder and driver of projects that further transform the care sector.",
  ),

  objective(
    "4.2", POM,
    "De Bouwcampus als epicentrum van duurzame bouwinnovatie",
    "The Bouwcampus as the epicentre of sustainable construction innovation",
    "In 2026 starten we op Limburg DC met de bouw van de Bouwcampus, het nieuwe epicentrum voor innovatie en verduurzaming binnen de bouwsector.",
    "In 2026 we start building the Bouwcampus (construction campus) on Limburg DC, the new epicentre of innovation and sustainability in the construction sector.",
  ),
  action(
    "4.2.a", POM,
    "Bouw van de Bouwcampus op Limburg DC starten in 2026",
    "Start construction of the Bouwcampus on Limburg DC in 2026",
  ),
  action(
    "4.2.b", POM,
    "Innovatiecentrum voor duurzame bouwmaterialen",
    "Innovation centre for sustainable building materials",
    "Ontwikkeld door UHasselt: praktijkgericht onderzoek, demonstratie-infrastructuur en kennisvalorisatie voor de Limburgse bouwbedrijven.",
    "Developed by UHasselt: applied research, demonstration infrastructure and knowledge valorisation for Limburg's construction companies.",
  ),
  action(
    "4.2.c", POM,
    "Netwerk van kennis- en innovatiepartners rond de Bouwcampus",
    "Network of knowledge and innovation partners around the Bouwcampus",
    "Innovaties zoals het materialenpaspoort, 3D-printen, drones, BIM, AI en IoT versneld naar de praktijk brengen.",
    "Bring innovations such as the materials passport, 3D printing, drones, BIM, AI and IoT into practice faster.",
  ),

  objective(
    "4.3", POM,
    "Thor Park als motor voor robotisering en zonne-energie",
    "Thor Park as an engine for robotisation and solar energy",
    "Thor Park is de Limburgse hotspot waar technologische innovatie en energie samenkomen: robotisering en smart manufacturing enerzijds, Limburg als hotspot voor duurzame energie anderzijds.",
    "Thor Park is Limburg's hotspot where technological innovation and energy meet: robotisation and smart manufacturing on the one hand, Limburg as a hotspot for sustainable energy on the other.",
  ),
  action(
    "4.3.a", POM,
    "Applicatiecentrum voor robots en cobots op Thor Park",
    "Application centre for robots and cobots at Thor Park",
    "Integratoren, kmo’s en technologiepartners ontwikkelen en testen er nieuwe toepassingen en vertalen ze naar de praktijk.",
    "Integrators, SMEs and technology partners develop and test new applications and bring them into practice.",
  ),
  action(
    "4.3.b", POM,
    "Limburg als leidende regio voor duurzame energietoepassingen",
    "Limburg as a leading region for sustainable energy applications",
    "Met EnergyVille: fotovoltaïsche energie, batterijen, thermische netwerken en slimme elektrische netten.",
    "With EnergyVille: photovoltaics, batteries, thermal networks and smart electricity grids.",
  ),
  action(
    "4.3.c", POM,
    "Open Thor Living Lab als grootschalige proeftuin",
    "Open Thor Living Lab as a large-scale testbed",
    "Ruimte voor experiment, demonstratie en opschaling.",
    "Room for experiment, demonstration and scale-up.",
  ),

  objective(
    "4.4", POM,
    "Een logistieke campus voor de logistiek van morgen",
    "A logistics campus for tomorrow's logistics",
    "Met de nieuwe Logistieke Campus op de voormalige Ford-terreinen in Genk realiseren we een motor voor innovatie en groei in de logistieke sector. De oplevering van dit unieke gebouw is gepland voor 2028.",
    "The new Logistics Campus on the former Ford site in Genk will be an engine of innovation and growth for the logistics sector. Delivery of this unique building is planned for 2028.",
  ),
  action(
    "4.4.a", POM,
    "Logistieke Campus op de voormalige Ford-terreinen in Genk opleveren (2028)",
    "Deliver the Logistics Campus on the former Ford site in Genk (2028)",
  ),
  action(
    "4.4.b", POM,
    "Onderzoekscentrum van UHasselt voor duurzame logistiek",
    "UHasselt research centre for sustainable logistics",
    "Gericht op productiviteit, efficiëntie en ergonomie van de logistieke beroepen.",
    "Focused on productivity, efficiency and ergonomics of logistics jobs.",
  ),
  action(
    "4.4.c", POM,
    "Multimodaal en milieuvriendelijk transport en logistieke netwerken stimuleren",
    "Promote multimodal, environmentally friendly transport and logistics networks",
    "Regionale en grensoverschrijdende netwerken en projecten voor een robuuste, efficiënte en klimaatbewuste logistieke sector.",
    "Regional and cross-border networks and projects for a robust, efficient and climate-conscious logistics sector.",
  ),

  objective(
    "4.5", POM,
    "De AI Space op Corda Campus",
    "The AI Space at Corda Campus",
    "We werken aan een Limburgs netwerk van AI-innovatie waarin bedrijven ondersteund worden bij hun digitale transformatie. Tegen 2030 willen we minstens 250 kmo’s helpen om AI te integreren.",
    "We are building a Limburg network of AI innovation that supports companies in their digital transformation. By 2030 we want to have helped at least 250 SMEs integrate AI.",
  ),
  action(
    "4.5.a", POM,
    "AI Space op Corda Campus met LRM en UHasselt (LARA)",
    "AI Space at Corda Campus with LRM and UHasselt (LARA)",
    "Bedrijven begeleiden in het ontdekken, testen en toepassen van AI, met LARA, de Limburg AI Research Accelerator van UHasselt en private partners.",
    "Guide companies in discovering, testing and applying AI, with LARA, the Limburg AI Research Accelerator of UHasselt and private partners.",
  ),
  action(
    "4.5.b", POM,
    "Digitale en AI-vaardigheden via een onderwijs-werkveldalliantie",
    "Digital and AI skills through an education–industry alliance",
    "Digitale geletterdheid, kritisch denken en ethisch bewustzijn, met extra aandacht voor real-time AI.",
    "Digital literacy, critical thinking and ethical awareness, with extra attention to real-time AI.",
  ),
  action(
    "4.5.c", POM,
    "Testcases, showcases en co-creatieprojecten: minstens 250 kmo’s helpen AI te integreren",
    "Test cases, showcases and co-creation projects: help at least 250 SMEs integrate AI",
    "Samen met Thor Park en de Health Campus; de impact op jobs, sectoren en processen nauwgezet opvolgen.",
    "Together with Thor Park and the Health Campus; closely monitor the impact on jobs, sectors and processes.",
  ),

  objective(
    "4.6", POM,
    "Een Noord-Limburgse campus als poort naar Brainport en Noord-Brabant",
    "A North Limburg campus as gateway to Brainport and North Brabant",
    "Dankzij haar strategische ligging langs de Noord-Zuidverbinding heeft de Noord-Limburgse campus in Pelt het potentieel om Limburg te verbinden met Brainport en de Metropoolregio Eindhoven.",
    "Thanks to its strategic location on the North–South road, the North Limburg campus in Pelt can connect Limburg with Brainport and the Eindhoven Metropolitan Region.",
  ),
  action(
    "4.6.a", POM,
    "Bedrijfscampus in Pelt tussen Kristalpark en Nolimpark",
    "Business campus in Pelt between Kristalpark and Nolimpark",
    "LRM realiseert het poortgebouw met steun van het provinciebestuur; POM Limburg bouwt het ecosysteem uit en verbindt de partners.",
    "LRM builds the gateway building with the province's support; POM Limburg builds the ecosystem and connects the partners.",
  ),
  action(
    "4.6.b", POM,
    "Limburg vertegenwoordigen in de taskforce Noord-Zuid",
    "Represent Limburg in the North–South taskforce",
    "Met de Metropoolregio Eindhoven-Brainport en de Antwerpse Kempen, voor economie, mobiliteit en ruimte.",
    "With the Eindhoven-Brainport Metropolitan Region and the Antwerp Kempen, on economy, mobility and space.",
  ),
  action(
    "4.6.c", POM,
    "Innovatieclusters uitbreiden richting Brainport en de Antwerpse Kempen",
    "Extend innovation clusters towards Brainport and the Antwerp Kempen",
  ),
  action(
    "4.6.d", POM,
    "Heraanleg van de Noord-Zuidverbinding en een Digital Twin voor mobiliteit",
    "Redevelopment of the North–South road and a mobility digital twin",
    "Een vlotte en veilige corridor tussen Hasselt, Noord-Limburg en de regio Eindhoven, met een Digital Twin om mobiliteitsstromen en data strategisch in te zetten.",
    "A smooth and safe corridor between Hasselt, North Limburg and the Eindhoven region, with a digital twin to use mobility flows and data strategically.",
  ),
];
