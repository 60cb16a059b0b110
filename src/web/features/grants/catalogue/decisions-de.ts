/** German (de-BE) strings of the public list of awarded aid (namespace "grantsDecisions"); the rest falls back to nl-BE. */
export const decisionsDe = {
  publicAwards: {
    title: "Gewährte Beihilfen",
    lead: "Alle Beihilfen, die die Provinz Limburg über Koers gewährt hat: Begünstigter, Instrument, Betrag, Datum und Zweck. Namen natürlicher Personen werden nicht angezeigt.",
    caption: "Gewährte Beihilfen",
    col: { beneficiary: "Begünstigter", instrument: "Instrument", amount: "Betrag", date: "Datum", purpose: "Zweck", deMinimis: "De-minimis" },
    naturalPerson: "Natürliche Person",
    fund: "Instrument",
    year: "Jahr",
    q: "Nach Namen suchen",
    all: "Alle",
    total: "{{count}} Gewährungen, insgesamt {{amount}}",
    empty: "Keine gewährten Beihilfen für diese Filter.",
  },
  common: { loading: "Wird geladen…", yes: "ja", no: "nein", cancel: "Abbrechen" },
};
