/** Strings of the compass screens (namespace "compass"), used by the back office and the public pages. */
export const compassCatalogue = {
  "nl-BE": { title: "Kompas" },
  en: { title: "Compass" },
};
