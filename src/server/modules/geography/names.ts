/** Normalises a place name for matching: no accents, no case, hyphens, apostrophes and spaces folded. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[\s\-_.]+/g, " ")
    .trim();
}
