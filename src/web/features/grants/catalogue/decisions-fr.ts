/** French (fr-BE) strings of the public list of awarded aid (namespace "grantsDecisions"); the rest falls back to nl-BE. */
export const decisionsFr = {
  publicAwards: {
    title: "Aides octroyées",
    lead: "Toutes les aides que la province de Limbourg a octroyées via Koers : bénéficiaire, instrument, montant, date et objet. Les noms des personnes physiques ne sont pas affichés.",
    caption: "Aides octroyées",
    col: { beneficiary: "Bénéficiaire", instrument: "Instrument", amount: "Montant", date: "Date", purpose: "Objet", deMinimis: "De minimis" },
    naturalPerson: "Personne physique",
    fund: "Instrument",
    year: "Année",
    q: "Rechercher par nom",
    all: "Tous",
    total: "{{count}} octrois, pour un total de {{amount}}",
    empty: "Aucune aide octroyée pour ces filtres.",
  },
  common: { loading: "Chargement…", yes: "oui", no: "non", cancel: "Annuler" },
};
