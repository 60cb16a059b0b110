/**
 * French (fr-BE) strings of the public grants pages: the list of calls and one call.
 * The applicant portal and the administration fall back to nl-BE (src/web/i18n/public-keys.ts).
 */
export const fr = {
  common: { back: "Retour", loading: "Chargement…", none: "—", yes: "Oui", no: "Non", close: "Fermer" },
  instrument: { grant: "Subside", repayable_advance: "Avance récupérable" },
  window: { open: "Ouvert", not_yet_open: "Pas encore ouvert", closed: "Clôturé" },
  callStatus: { draft: "Projet", published: "Publié", closed: "Clôturé" },
  language: { nl: "néerlandais", en: "anglais", fr: "français", de: "allemand" },
  calls: {
    title: "Appels à subsides",
    lead: "Les appels ouverts de la province de Limbourg et de ses partenaires. Introduisez votre demande avant la clôture (heure de Bruxelles).",
    empty: "Il n'y a actuellement aucun appel ouvert.",
    upcoming: "Bientôt",
    open: "Appels ouverts",
    closed: "Appels clôturés",
    opens: "Ouverture le {{when}}",
    closes: "Clôture le {{when}}",
    maxAmount: "Maximum {{amount}}",
    consortium: "Collaboration d'au moins {{n}} entreprises",
    deMinimis: "Aide de minimis",
    aidRate: "Taux d'aide {{rate}} %",
    apply: "Commencer une demande",
    details: "Voir l'appel",
    fund: "Fonds",
    signInToApply: "Connectez-vous en tant qu'entrepreneur pour commencer une demande.",
    chooseOrganisation: "Pour quelle organisation ?",
    noOrganisation: "Votre compte n'est lié à aucune organisation.",
    rules: "Conditions",
    form: "Ce que vous remplissez",
    requiredFields: "{{n}} champs obligatoires",
    limburg: "Établi dans le Limbourg",
    excludedNace: "Activités exclues (NACE) : {{codes}}",
    attachments: "Annexes : jusqu'à {{n}} fichiers de max. {{size}} ({{types}})",
    started: "Votre demande a commencé.",
  },
  missing: {
    call: { not_published: "L'appel n'est pas ouvert aux demandes.", not_yet_open: "L'appel n'est pas encore ouvert.", closed: "L'appel est clôturé." },
  },
};
