/**
 * German (de-BE) strings of the public grants pages: the list of calls and one call.
 * The applicant portal and the administration fall back to nl-BE (src/web/i18n/public-keys.ts).
 */
export const de = {
  common: { back: "Zurück", loading: "Wird geladen…", none: "—", yes: "Ja", no: "Nein", close: "Schließen" },
  instrument: { grant: "Zuschuss", repayable_advance: "Rückzahlbarer Vorschuss" },
  window: { open: "Offen", not_yet_open: "Noch nicht offen", closed: "Abgeschlossen" },
  callStatus: { draft: "Entwurf", published: "Veröffentlicht", closed: "Abgeschlossen" },
  language: { nl: "Niederländisch", en: "Englisch", fr: "Französisch", de: "Deutsch" },
  calls: {
    title: "Förderaufrufe",
    lead: "Die offenen Aufrufe der Provinz Limburg und ihrer Partner. Reichen Sie Ihren Antrag vor dem Schluss ein (Brüsseler Zeit).",
    empty: "Derzeit gibt es keine offenen Aufrufe.",
    upcoming: "Demnächst",
    open: "Offene Aufrufe",
    closed: "Abgeschlossene Aufrufe",
    opens: "Öffnet am {{when}}",
    closes: "Schließt am {{when}}",
    maxAmount: "Höchstens {{amount}}",
    consortium: "Zusammenarbeit von mindestens {{n}} Unternehmen",
    deMinimis: "De-minimis-Beihilfe",
    aidRate: "Fördersatz {{rate}} %",
    apply: "Antrag beginnen",
    details: "Aufruf ansehen",
    fund: "Fonds",
    signInToApply: "Melden Sie sich als Unternehmer an, um einen Antrag zu beginnen.",
    chooseOrganisation: "Für welche Organisation?",
    noOrganisation: "Ihr Konto ist mit keiner Organisation verknüpft.",
    rules: "Bedingungen",
    form: "Was Sie ausfüllen",
    requiredFields: "{{n}} Pflichtfelder",
    limburg: "Niedergelassen in Limburg",
    excludedNace: "Ausgeschlossene Tätigkeiten (NACE): {{codes}}",
    attachments: "Anlagen: bis zu {{n}} Dateien von max. {{size}} ({{types}})",
    started: "Ihr Antrag wurde begonnen.",
  },
  missing: {
    call: { not_published: "Der Aufruf ist nicht für Anträge geöffnet.", not_yet_open: "Der Aufruf ist noch nicht geöffnet.", closed: "Der Aufruf ist abgeschlossen." },
  },
};
