/**
 * English goal verbs and number cues, used to read a goal written in one cell (DOMAIN §3: "a target,
 * baseline or deadline stated in the text counts as if it were in its column") and to spot several goals
 * in one statement. Verbs match by whole word with common inflections (cut → cuts, cutting; reduce →
 * reduced, reducing). Cues are phrases that come right before a number. To extend: add an entry.
 */
export const CHANGE_WORDS_EN = {
  /** Verbs that ask for more: "raise sales by 10%" is a +10% change. */
  up: ["increase", "raise", "grow", "lift", "expand", "double", "triple", "accelerate", "gain", "add", "win"],
  /** Verbs that ask for less: "cut costs by 20%" is a −20% change. */
  down: ["reduce", "cut", "decrease", "lower", "lessen", "shrink", "halve", "eliminate", "shorten", "drop", "trim", "slash", "contain"],
  /** Verbs that set a goal without a direction. */
  hold: ["maintain", "keep", "sustain", "hold", "achieve", "reach", "hit", "deliver", "attain", "launch", "build", "hire", "complete", "stay"],
  /** Before a number: it is the starting value ("from 9 h"). */
  from: ["from", "up from", "down from", "currently", "currently at", "today", "today:", "now at", "at present", "from a baseline of", "baseline", "baseline of", "baseline:"],
  /** Before a number: it is the value to reach ("to 4 h", "at least 90%", "≥ 50"). */
  to: [
    "to", "reach", "reaches", "reaching", "at least", "at most", "no less than", "no more than", "not less than",
    "not more than", "less than", "more than", "fewer than", "greater than", "above", "below", "under", "over",
    "within", "of", "target", "target of", "targeted at", "goal", "goal of", "at", "≥", "≤", ">=", "<=", ">", "<", "=",
    "→", "->", "=>", ":",
  ],
  /** Before a number: it is a change, not a level ("by 10%"). */
  by: ["by"],
} as const;
