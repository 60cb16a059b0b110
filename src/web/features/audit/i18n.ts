/**
 * Strings of the audit screen (namespace "audit"), plus the names of entities, actions and
 * fields that RecordHistory and RecordDiff use for every module. Modules add their entities
 * and actions here (action.<entity>.<verb>, entity.<name>, field.<name>).
 */
import type { Catalogue } from "../../i18n";

const nl = {
  title: "Audit",
  intro: "Elke wijziging in Koers: wie, wat en wanneer, met de toestand ervoor en erna.",
  filters: {
    entity: "Soort gegeven",
    entityId: "Id van het gegeven",
    action: "Handeling",
    q: "Vrij zoeken",
    qHint: "Zoekt in handeling, gebruiker en inhoud.",
    from: "Van",
    to: "Tot en met",
    actor: "Uitgevoerd door gebruiker {{id}}",
    clearActor: "Filter op gebruiker wissen",
  },
  caption: "Auditregels",
  count_one: "{{count}} regel",
  count_other: "{{count}} regels",
  empty: "Geen auditregels gevonden met deze filters.",
  col: { at: "Tijdstip", actor: "Door", action: "Handeling", record: "Gegeven", details: "Wijzigingen" },
  show: "Toon wijzigingen",
  hide: "Verberg wijzigingen",
  showFor: "Toon wijzigingen van {{action}} op {{at}}",
  hideFor: "Verberg wijzigingen van {{action}} op {{at}}",
  requestId: "Verzoek-id",
  export: "Exporteren (dezelfde filters)",
  entity: {
    user: "Gebruiker",
    session: "Sessie",
    goal: "Doel",
    indicator: "Indicator",
    measurement: "Meting",
    import: "Import",
    municipality: "Gemeente",
  },
  action: {
    user: {
      create: "Gebruiker aangemaakt",
      update: "Gebruiker gewijzigd",
      deactivate: "Gebruiker gedeactiveerd",
      reactivate: "Gebruiker opnieuw geactiveerd",
      reset_password: "Wachtwoord opnieuw ingesteld",
      change_password: "Wachtwoord gewijzigd",
      login: "Aangemeld",
      logout: "Afgemeld",
    },
    session: { create: "Aangemeld", delete: "Afgemeld" },
    goal: { create: "Doel aangemaakt", update: "Doel gewijzigd", delete: "Doel verwijderd" },
    indicator: { create: "Indicator aangemaakt", update: "Indicator gewijzigd", delete: "Indicator verwijderd", publish: "Indicator gepubliceerd" },
    measurement: { create: "Meting toegevoegd", correct: "Meting gecorrigeerd", delete: "Meting verwijderd" },
    import: { commit: "Import uitgevoerd" },
  },
  field: {
    email: "E-mailadres",
    displayName: "Naam",
    locale: "Taal",
    roles: "Rollen",
    scopes: "Bereik",
    active: "Actief",
    mustChangePassword: "Moet wachtwoord wijzigen",
    version: "Versie",
    createdAt: "Aangemaakt",
    updatedAt: "Gewijzigd",
    value: "Waarde",
    periodDate: "Periode",
    source: "Bron",
    note: "Toelichting",
    published: "Gepubliceerd",
    targetValue: "Streefwaarde",
    targetDate: "Streefdatum",
    baselineValue: "Beginwaarde",
    baselineDate: "Begindatum",
  },
  scopeKind: { municipality: "Gemeente", organisation: "Organisatie" },
};

type Shape = typeof nl;

const en: Shape = {
  title: "Audit",
  intro: "Every change in Koers: who, what and when, with the state before and after.",
  filters: {
    entity: "Kind of record",
    entityId: "Record id",
    action: "Action",
    q: "Free text",
    qHint: "Searches action, user and content.",
    from: "From",
    to: "To (inclusive)",
    actor: "Performed by user {{id}}",
    clearActor: "Clear the user filter",
  },
  caption: "Audit entries",
  count_one: "{{count}} entry",
  count_other: "{{count}} entries",
  empty: "No audit entries found with these filters.",
  col: { at: "Time", actor: "By", action: "Action", record: "Record", details: "Changes" },
  show: "Show changes",
  hide: "Hide changes",
  showFor: "Show changes of {{action}} at {{at}}",
  hideFor: "Hide changes of {{action}} at {{at}}",
  requestId: "Request id",
  export: "Export (same filters)",
  entity: {
    user: "User",
    session: "Session",
    goal: "Goal",
    indicator: "Indicator",
    measurement: "Measurement",
    import: "Import",
    municipality: "Municipality",
  },
  action: {
    user: {
      create: "User created",
      update: "User changed",
      deactivate: "User deactivated",
      reactivate: "User reactivated",
      reset_password: "Password reset",
      change_password: "Password changed",
      login: "Signed in",
      logout: "Signed out",
    },
    session: { create: "Signed in", delete: "Signed out" },
    goal: { create: "Goal created", update: "Goal changed", delete: "Goal deleted" },
    indicator: { create: "Indicator created", update: "Indicator changed", delete: "Indicator deleted", publish: "Indicator published" },
    measurement: { create: "Measurement added", correct: "Measurement corrected", delete: "Measurement deleted" },
    import: { commit: "Import carried out" },
  },
  field: {
    email: "E-mail address",
    displayName: "Name",
    locale: "Language",
    roles: "Roles",
    scopes: "Scope",
    active: "Active",
    mustChangePassword: "Must change password",
    version: "Version",
    createdAt: "Created",
    updatedAt: "Changed",
    value: "Value",
    periodDate: "Period",
    source: "Source",
    note: "Note",
    published: "Published",
    targetValue: "Target value",
    targetDate: "Target date",
    baselineValue: "Baseline value",
    baselineDate: "Baseline date",
  },
  scopeKind: { municipality: "Municipality", organisation: "Organisation" },
};

export const auditCatalogue: Catalogue = { "nl-BE": nl, en };

/** Known entity and action codes, offered as suggestions in the filters. */
export function knownCodes(): { entities: string[]; actions: string[] } {
  const entities = Object.keys(nl.entity);
  const actions = Object.entries(nl.action).flatMap(([entity, verbs]) => Object.keys(verbs).map((v) => `${entity}.${v}`));
  return { entities, actions };
}
