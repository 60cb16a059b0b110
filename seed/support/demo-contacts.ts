import type { ContactSpec } from "../factories/contacts.js";

/*
 * Fictional people at the demo organisations (seed/support/demo-organisations.ts), each with the GDPR
 * art. 6(1) basis on which the agency would hold their data: legitimate interest for the agency's
 * relationship with a company, contract for someone in a signed support trajectory, consent for a
 * newsletter sign-up. Names are made up; addresses use the reserved example domains.
 */

/** A fixed id per demo contact, so that seeding twice finds them again. */
const demoContactId = (n: number) => `dc000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export interface DemoContact extends Omit<ContactSpec, "organisationId"> {
  id: string;
  /** The key of the demo organisation (DEMO_ORGANISATIONS). */
  organisation: string;
}

export const DEMO_CONTACTS: DemoContact[] = [
  {
    id: demoContactId(1), organisation: "kempense", name: "Els Vanderhoven", role: "Zaakvoerder",
    email: "els.vanderhoven@kempense-precisie.example", phone: "+32 89 00 10 01",
    legalBasis: "contract", legalBasisDate: "2025-09-15", legalBasisNote: "Contactpersoon in de trajectovereenkomst van de AI Space.",
    source: "Intakegesprek AI Space",
  },
  {
    id: demoContactId(2), organisation: "kempense", name: "Jonas Claes", role: "Productieverantwoordelijke",
    email: "jonas.claes@kempense-precisie.example",
    legalBasis: "legitimate_interest", legalBasisDate: "2025-10-02", legalBasisNote: "Opvolging van het proof of concept op de werkvloer.",
    source: "Bedrijfsbezoek",
  },
  {
    id: demoContactId(3), organisation: "lasertech", name: "Sofie Lemmens", role: "CEO",
    email: "sofie.lemmens@lasertechniek.example", phone: "+32 11 00 20 02",
    legalBasis: "legitimate_interest", legalBasisDate: "2025-03-20", source: "Big Science-netwerkdag",
  },
  {
    id: demoContactId(4), organisation: "vanhamel", name: "Pieter Vanhamel", role: "Eigenaar",
    email: "pieter@bakkerij-vanhamel.example", legalBasis: "consent", legalBasisDate: "2025-05-12",
    legalBasisNote: "Inschrijving op de nieuwsbrief digitalisering voor kmo's.", source: "Inschrijvingsformulier website",
  },
  {
    id: demoContactId(5), organisation: "caredata", name: "Nadia El Amrani", role: "Innovatiemanager", language: "en",
    email: "nadia.elamrani@caredata.example", legalBasis: "contract", legalBasisDate: "2025-11-04",
    legalBasisNote: "Deelnemer aan het traject van de Digital Health Innovation Hub.", source: "Intake Digital Health Innovation Hub",
  },
  {
    id: demoContactId(6), organisation: "staalgroep", name: "Marc Stevens", role: "Directeur operaties",
    email: "marc.stevens@staalgroep.example", phone: "+32 89 00 30 03",
    legalBasis: "legitimate_interest", legalBasisDate: "2024-12-09", source: "Accountbeheer",
  },
];
