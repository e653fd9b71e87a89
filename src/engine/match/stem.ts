/**
 * Light English stemming for KPI–strategy similarity (DOMAIN §4). Deliberately small: one plural
 * rule (-ies → -y, -es after s/x/z/ch/sh, -s), then at most one of -ation, -ing, -ed, -er, keeping a
 * stem of at least three letters and undoubling a final double consonant ("planning" → "plan").
 * Both sides of a comparison are stemmed the same way, so a stem need not be a real word
 * ("customer" → "custom").
 */

const VOWELS = /[aeiouy]/;

function undouble(word: string): string {
  const last = word.charAt(word.length - 1);
  return word.length >= 4 && last === word.charAt(word.length - 2) && !/[aeiouylsz]/.test(last) ? word.slice(0, -1) : word;
}

function dropPlural(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Nouns made from a verb with -al, stemmed as the verb's -ing and -ed forms are ("renewal" and
 * "renewing" → "renew"); a list, since most words in -al are no such noun (total, capital, digital).
 */
const VERBAL_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  renewal: "renew", arrival: "arriv", approval: "approv", removal: "remov", refusal: "refus", disposal: "dispos",
  referral: "refer", withdrawal: "withdraw", proposal: "propos", rental: "rent", survival: "surviv", dismissal: "dismiss",
  appraisal: "apprais", reversal: "revers", retrieval: "retriev", upheaval: "upheav", deferral: "defer",
}));

function dropSuffix(word: string): string {
  for (const suffix of ["ation", "ing", "ed", "er"]) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= 3 && VOWELS.test(stem)) return suffix === "ation" || suffix === "er" ? stem : undouble(stem);
    // a short verb that ends in e keeps it: "used" and "using" → "use", as "use" and "uses" are
    if ((suffix === "ing" || suffix === "ed") && stem.length === 2 && VOWELS.test(stem.charAt(0)) && !VOWELS.test(stem.charAt(1))) return `${stem}e`;
    return word;
  }
  return word;
}

/**
 * Stems one lower-case English word.
 * @param word a lower-case word (other text is returned unchanged)
 * @returns the stem
 * @example stem("customers") // "custom"
 * @example stem("companies") // "company"
 * @example stem("planning") // "plan"
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  const plain = dropPlural(word);
  return VERBAL_NOUNS.get(plain) ?? dropSuffix(plain);
}
