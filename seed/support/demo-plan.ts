import type { InteractionInput, OutcomeField } from "../../src/contracts/support.js";
import { DEMO_ORGANISATIONS } from "./demo-organisations.js";

/*
 * Demo trajectories: a plausible, entirely fictional history of the agency's support programmes since 2025,
 * so that the board, the timelines and the compass figures behind them (SMEs with AI in use, high-skilled
 * jobs created) have something to show. Pure and deterministic: dates are fixed; what lies after today is
 * left out, so the same day gives the same plan and later days show more of the story.
 */

export interface DemoTrajectory {
  organisation: string; // key in DEMO_ORGANISATIONS
  programmeCode: string;
  startDate: string;
  summary: string;
  notes: string;
  moves: { stageCode: string; date: string; note: string }[];
  interactions: (Required<Omit<InteractionInput, "contactIds">>)[];
  outcomes: { date: string; values: Partial<Record<OutcomeField, number>>; note: string }[];
  tasks: { title: string; dueDate: string }[];
  close: { status: "closed" | "abandoned"; date: string; reason: string } | null;
}

const DAY = 86_400_000;
export function addDays(iso: string, days: number): string {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * DAY).toISOString().slice(0, 10);
}

/** Steps as [stage, days after the previous event]. */
type Step = [string, number, string?];

function journey(
  organisation: string,
  programmeCode: string,
  startDate: string,
  steps: Step[],
  extra: Partial<Omit<DemoTrajectory, "organisation" | "programmeCode" | "startDate" | "moves">> & { outcomeAt?: { stage: string; values: DemoTrajectory["outcomes"][number]["values"]; note?: string } } = {},
): DemoTrajectory {
  const moves: DemoTrajectory["moves"] = [];
  let date = startDate;
  for (const [stageCode, days, note] of steps) {
    date = addDays(date, days);
    moves.push({ stageCode, date, note: note ?? "" });
  }
  const outcomes = [...(extra.outcomes ?? [])];
  if (extra.outcomeAt) {
    const reached = moves.find((m) => m.stageCode === extra.outcomeAt!.stage);
    if (reached) outcomes.push({ date: addDays(reached.date, 7), values: extra.outcomeAt.values, note: extra.outcomeAt.note ?? "" });
  }
  return {
    organisation,
    programmeCode,
    startDate,
    summary: extra.summary ?? "",
    notes: extra.notes ?? "",
    moves,
    interactions: extra.interactions ?? [{ kind: "visit", date: startDate, people: "Zaakvoerder", notes: "Intakegesprek: noden en ambities in kaart gebracht.", confidential: false }],
    outcomes,
    tasks: extra.tasks ?? [],
    close: extra.close ?? null,
  };
}

/** A small deterministic number from an index, for variety. */
const h = (i: number) => (i * 7919 + 13) % 97;

const AI_USES = [
  "visuele kwaliteitscontrole", "vraagvoorspelling", "planning van de productie", "automatische offertes", "predictief onderhoud",
  "documentverwerking", "routeplanning", "energiebeheer", "klantenservice met een taalmodel", "voorraadbeheer",
];

/** The AI Space: 16 SMEs through intake → discovery → proof of concept → implementation → AI in use, and two large companies. */
function aiSpace(): DemoTrajectory[] {
  const out: DemoTrajectory[] = [];
  const smes = DEMO_ORGANISATIONS.slice(1, 17);
  smes.forEach((org, n) => {
    const i = n + 1;
    const start = addDays("2025-01-13", i * 31);
    const use = AI_USES[i % AI_USES.length];
    const interactions: DemoTrajectory["interactions"] = [
      { kind: "visit", date: start, people: "Zaakvoerder en productieverantwoordelijke", notes: `Intake: interesse in ${use}.`, confidential: false },
    ];
    const base: Step[] = [["discovery", 21 + (h(i) % 3) * 7]];
    if (i % 2 === 0) interactions.push({ kind: "workshop", date: addDays(start, base[0][1] + 3), people: "Team van het bedrijf, LARA", notes: `Verkenningsworkshop rond ${use} in de AI Space.`, confidential: false });
    if (i % 5 === 3) {
      interactions.push({ kind: "call", date: addDays(start, base[0][1] + 10), people: "Zaakvoerder", notes: "Vertrouwelijk: de onderneming zoekt een overnemer; timing van het project hangt daarvan af.", confidential: true });
    }
    if (i % 9 === 4) {
      out.push(journey(org.key, "ai_space", start, base, {
        summary: `AI voor ${use}`,
        interactions,
        close: { status: "abandoned", date: addDays(start, base[0][1] + 35), reason: "Geen capaciteit voor een proefproject dit jaar." },
      }));
      return;
    }
    const steps: Step[] = [...base, ["proof_of_concept", 42 + (h(i) % 4) * 7]];
    if (i === 6) steps.push(["discovery", 49, "Proof of concept haalde de vereiste nauwkeurigheid niet; terug naar verkenning."], ["proof_of_concept", 35]);
    steps.push(["implementation", 56 + (h(i) % 5) * 7], ["ai_in_use", 49 + (h(i) % 3) * 14, "Oplossing in productie."]);
    const jobs = h(i) % 2;
    const t = journey(org.key, "ai_space", start, steps, {
      summary: `AI voor ${use}`,
      interactions,
      outcomeAt: { stage: "ai_in_use", values: { ai_in_use: 1, processes_automated: 1 + (h(i) % 3), jobs_created: jobs, high_skilled_jobs: jobs }, note: `AI in gebruik voor ${use}.` },
      tasks: [{ title: "Stand van zaken opvragen", dueDate: "" }],
    });
    if (i === 1) {
      // Closed after success; a second AI Space trajectory for a new use case follows (the company counts once).
      const reached = t.moves.at(-1)!.date;
      t.close = { status: "closed", date: addDays(reached, 30), reason: "Doel bereikt." };
      out.push(t, journey(org.key, "ai_space", addDays(reached, 60), [["discovery", 28], ["proof_of_concept", 56], ["implementation", 63], ["ai_in_use", 70]], {
        summary: "Tweede AI-toepassing: vraagvoorspelling",
        outcomeAt: { stage: "ai_in_use", values: { ai_in_use: 1, processes_automated: 1 } },
      }));
      return;
    }
    out.push(t);
  });
  // The demo entrepreneur's company: in the proof of concept, with internal notes the portal does not show.
  out.push(journey("kempense", "ai_space", "2025-09-01", [["discovery", 35], ["proof_of_concept", 98, "Dataset met 12.000 beelden van freesstukken beschikbaar."]], {
    summary: "Visuele inspectie van gefreesde onderdelen",
    notes: "Intern: investeringsbudget pas vrij na de jaarafsluiting.",
    interactions: [
      { kind: "visit", date: "2025-09-01", people: "Zaakvoerder, kwaliteitsverantwoordelijke", notes: "Intake: afkeur door krassen kost 3 % van de productie.", confidential: false },
      { kind: "workshop", date: "2025-10-09", people: "Kwaliteitsteam, LARA", notes: "Workshop beeldherkenning in de AI Space.", confidential: false },
      { kind: "call", date: "2026-02-03", people: "Zaakvoerder", notes: "Vertrouwelijk: bank stelt kredietlijn uit tot de jaarcijfers er zijn.", confidential: true },
    ],
    tasks: [{ title: "Resultaten proof of concept bespreken", dueDate: "2026-11-30" }],
  }));
  // Large companies: supported as well, but they do not count as SMEs.
  out.push(journey("staalgroep", "ai_space", "2025-04-07", [["discovery", 30], ["proof_of_concept", 45], ["implementation", 75], ["ai_in_use", 80]], { summary: "Predictief onderhoud van walsen" }));
  out.push(journey("noord_chemie", "ai_space", "2025-06-02", [["discovery", 28], ["proof_of_concept", 60], ["implementation", 70]], { summary: "Procesoptimalisatie met AI" }));
  return out;
}

function otherProgrammes(): DemoTrajectory[] {
  const visit = (date: string, notes: string): DemoTrajectory["interactions"][number] => ({ kind: "visit", date, people: "Zaakvoerder", notes, confidential: false });
  return [
    // Robot and cobot application centre at Thor Park (§4.3)
    journey("kempense", "cobot_centre", "2026-04-14", [["automation_scan", 21], ["test", 42]], {
      summary: "Cobot voor het laden van de freesmachines",
      interactions: [visit("2026-04-14", "Intake: bediening van twee CNC-machines tijdens de nachtploeg."), { kind: "workshop", date: "2026-06-03", people: "Operatoren", notes: "Testdag met een cobot in het applicatiecentrum.", confidential: false }],
      tasks: [{ title: "Offerte integrator opvragen", dueDate: "2026-10-31" }],
    }),
    journey("maasland_hout", "cobot_centre", "2025-03-10", [["automation_scan", 28], ["test", 35], ["proof_of_concept", 49], ["implementation", 63], ["in_production", 56]], {
      summary: "Cobot voor schuren", outcomeAt: { stage: "in_production", values: { processes_automated: 2, investment_eur: 185_000, jobs_created: 1 } },
    }),
    journey("peer_metaal", "cobot_centre", "2025-05-19", [["automation_scan", 21], ["test", 42], ["proof_of_concept", 56], ["implementation", 70], ["in_production", 63]], {
      summary: "Lasrobot voor kleine series", outcomeAt: { stage: "in_production", values: { processes_automated: 1, investment_eur: 240_000, jobs_created: 2, high_skilled_jobs: 1 } },
    }),
    journey("kinrooi_machine", "cobot_centre", "2025-08-25", [["automation_scan", 28], ["test", 42], ["proof_of_concept", 56], ["implementation", 84], ["in_production", 70]], {
      summary: "Cobot voor assemblage", outcomeAt: { stage: "in_production", values: { processes_automated: 3, investment_eur: 320_000, jobs_created: 3, high_skilled_jobs: 2 } },
    }),
    // European funding guidance, Europe Direct (§1.2)
    journey("bree_elektro", "europe_direct", "2025-02-17", [["funding_scan", 21], ["consortium", 56], ["proposal", 70], ["submitted", 42], ["granted", 150]], {
      summary: "Horizon Europe-consortium rond slimme netten", outcomeAt: { stage: "granted", values: { investment_eur: 650_000, jobs_created: 2, high_skilled_jobs: 2 } },
    }),
    journey("zorgsensor", "europe_direct", "2025-10-06", [["funding_scan", 28], ["consortium", 49], ["proposal", 63], ["submitted", 56]], { summary: "EU4Health-project thuismonitoring" }),
    journey("maasland_hout", "europe_direct", "2026-05-04", [["funding_scan", 28], ["consortium", 42]], { summary: "LIFE-project circulair hout" }),
    // Big Science Innovation Hub (§5.2)
    journey("cryovac", "big_science_hub", "2025-03-03", [["technology_match", 28], ["partnering", 49], ["bid", 63], ["contract", 120]], {
      summary: "Vacuümcomponenten voor de Einsteintelescoop-testopstelling", outcomeAt: { stage: "contract", values: { investment_eur: 1_200_000, jobs_created: 8, high_skilled_jobs: 6 } },
    }),
    journey("lasertech", "big_science_hub", "2025-05-12", [["technology_match", 35], ["partnering", 56], ["bid", 70], ["contract", 98]], {
      summary: "Laseruitlijning voor CERN", outcomeAt: { stage: "contract", values: { jobs_created: 4, high_skilled_jobs: 4 } },
    }),
    journey("seismo", "big_science_hub", "2025-09-08", [["technology_match", 28], ["partnering", 42], ["bid", 56], ["contract", 91]], {
      summary: "Sensornetwerk voor de site-evaluatie", outcomeAt: { stage: "contract", values: { investment_eur: 400_000, jobs_created: 5, high_skilled_jobs: 5 } },
    }),
    // Foreign investment acquisition with FIT and VLAIO (§3.1)
    journey("nordwind", "foreign_investment", "2025-01-20", [["qualification", 28], ["site_visit", 42], ["offer", 56], ["investment_decision", 91], ["established", 150]], {
      summary: "Europese assemblagevestiging voor cobots",
      interactions: [{ kind: "call", date: "2025-01-20", people: "FIT Hamburg, CFO", notes: "Lead via FIT: zoekt 4 ha nabij een campus.", confidential: false }, { kind: "visit", date: "2025-04-03", people: "Directie, FIT, VLAIO", notes: "Bezoek aan Thor Park.", confidential: false }],
      outcomes: [],
      outcomeAt: { stage: "established", values: { jobs_created: 120, high_skilled_jobs: 85, investment_eur: 38_000_000 }, note: "Eerste fase van de vestiging." },
    }),
    journey("rheinmaas", "foreign_investment", "2025-11-17", [["qualification", 28], ["site_visit", 56], ["offer", 70]], {
      summary: "Batterijassemblage", notes: "Intern: concurreert met een locatie in Noord-Brabant.",
      tasks: [{ title: "Voorstel grondpositie Lommel uitwerken", dueDate: "2026-11-10" }],
    }),
    journey("bioanalytics", "foreign_investment", "2025-02-24", [["qualification", 35], ["site_visit", 42], ["offer", 49], ["investment_decision", 77], ["established", 112]], {
      summary: "Europees labo voor bio-analyse op de Health Campus", outcomeAt: { stage: "established", values: { jobs_created: 60, high_skilled_jobs: 45, investment_eur: 14_000_000 } },
    }),
    // Limburg investor network with LRM (§3.1)
    journey("voxel", "investor_network", "2025-04-14", [["investor_readiness", 42], ["pitch", 56], ["due_diligence", 49], ["funded", 63]], {
      summary: "Seedronde 3D-beeldvorming", outcomeAt: { stage: "funded", values: { investment_eur: 2_500_000, jobs_created: 6, high_skilled_jobs: 5 } },
    }),
    journey("agridrone", "investor_network", "2025-12-01", [["investor_readiness", 49], ["pitch", 63], ["due_diligence", 56]], { summary: "Groeikapitaal voor drones in de fruitteelt" }),
    journey("circulair_bouw", "investor_network", "2025-07-07", [["investor_readiness", 35], ["pitch", 49], ["due_diligence", 56], ["funded", 70]], {
      summary: "Platform voor hergebruik van bouwmaterialen", outcomeAt: { stage: "funded", values: { investment_eur: 1_200_000, jobs_created: 4, high_skilled_jobs: 3 } },
    }),
    // Digital Health Innovation Hub (§4.1)
    journey("caredata", "digital_health_hub", "2025-03-24", [["data_access", 49], ["co_creation", 63], ["pilot", 84], ["scale_up", 112]], {
      summary: "Voorspellen van heropnames", outcomeAt: { stage: "scale_up", values: { jobs_created: 9, high_skilled_jobs: 8, investment_eur: 750_000 } },
    }),
    journey("zorgsensor", "digital_health_hub", "2025-08-18", [["data_access", 56], ["co_creation", 70], ["pilot", 91]], { summary: "Valdetectie thuis" }),
    journey("klinisch_data", "digital_health_hub", "2025-01-27", [["data_access", 42], ["co_creation", 56], ["pilot", 77], ["scale_up", 98]], {
      summary: "Gefedereerd klinisch dataplatform", outcomeAt: { stage: "scale_up", values: { jobs_created: 14, high_skilled_jobs: 12, investment_eur: 1_900_000 } },
    }),
  ];
}

/** The demo trajectories as they stand on `today` (yyyy-mm-dd). */
export function demoSupportPlan(today: string): DemoTrajectory[] {
  const plan: DemoTrajectory[] = [];
  for (const t of [...aiSpace(), ...otherProgrammes()]) {
    if (t.startDate > today) continue;
    const moves = t.moves.filter((m) => m.date <= today);
    const close = t.close && t.close.date <= today ? t.close : null;
    const last = [t.startDate, ...moves.map((m) => m.date)].at(-1)!;
    plan.push({
      ...t,
      moves,
      interactions: t.interactions.filter((i) => i.date <= today),
      outcomes: t.outcomes.filter((o) => o.date <= today),
      // Open trajectories get their follow-up task; one without a due date is due five weeks after the last move.
      tasks: close ? [] : t.tasks.map((k) => ({ title: k.title, dueDate: k.dueDate || addDays(last, 35) })).filter(() => moves.at(-1)?.stageCode !== "ai_in_use"),
      close,
    });
  }
  return plan;
}
