/** The sign-in page in French (fr-BE) and German (de-BE); the other identity screens fall back to nl-BE. */
export const identityFr = {
  signIn: {
    title: "Se connecter",
    intro: "Connectez-vous avec votre adresse e-mail et votre mot de passe Koers.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    wrongCredentials: "L'adresse e-mail ou le mot de passe n'est pas correct, ou le compte n'est pas actif.",
    tooManyAttempts: "Trop de tentatives de connexion échouées. Attendez quelques minutes, puis réessayez.",
    publicLink: "Vers le tableau de bord public",
  },
};

export const identityDe = {
  signIn: {
    title: "Anmelden",
    intro: "Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Koers-Passwort an.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    submit: "Anmelden",
    wrongCredentials: "Die E-Mail-Adresse oder das Passwort stimmt nicht, oder das Konto ist nicht aktiv.",
    tooManyAttempts: "Zu viele fehlgeschlagene Anmeldeversuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.",
    publicLink: "Zum öffentlichen Dashboard",
  },
};
