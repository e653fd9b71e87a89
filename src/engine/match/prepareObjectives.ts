import type { Objective } from "../model";
import { asList, textOf } from "./internal/asList";
import { linkKey, type LinkKey } from "./internal/linkKey";
import { objectiveProfile, type ThemeMark } from "../lexicon/themes";
import { topicsOf, type TopicHit } from "../lexicon/topics";
import { phraseRuns, type PhraseRun } from "./sharedPhrase";
import { tokenize } from "./tokenize";

/**
 * Objectives tokenised once for matching many KPIs (DOMAIN §4). Treat as opaque: build it with
 * `prepareObjectives` and pass it to `strengths` / `bestObjective`.
 */
export interface PreparedObjectives {
  readonly objectives: readonly Objective[];
  /** Concept ids of each objective's name and description. */
  readonly concepts: readonly (readonly string[])[];
  /** Inverted index: concept id → indexes of the objectives that have it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Themes each objective is about (its words and the metrics it names). */
  readonly themes: readonly (readonly ThemeMark[])[];
  /** Topics each objective names (lexicon/topics.ts). */
  readonly topics: readonly (readonly TopicHit[])[];
  /** Chinese runs each objective is compared by, character by character (sharedPhrase.ts). */
  readonly phrases: readonly (readonly PhraseRun[])[];
  /** Sectors each objective names (bit sets, see lexicon/sectors.ts), and all of them together: the strategy's. */
  readonly sectors: readonly number[];
  readonly strategySectors: number;
  /** Link keys of the objective names. */
  readonly keys: readonly LinkKey[];
  /** Objective cell text → indexes it links to (filled lazily; KPIs often repeat the same cell). */
  readonly linkCache: Map<string, readonly number[]>;
}

/**
 * Tokenises the objectives once.
 * @param objectives the strategy's objectives (not modified)
 * @returns the prepared form
 * @example strengths({ name: "Revenue" }, prepareObjectives([{ name: "Grow revenue", weight: 1 }])) // [3]
 */
export function prepareObjectives(objectives: readonly Objective[]): PreparedObjectives {
  const list = asList(objectives).map((o) => (typeof o === "object" && o !== null ? o : { name: "", weight: 1 }));
  const postings = new Map<string, number[]>();
  const concepts = list.map((objective, j) => {
    const text = `${textOf(objective.name)} ${textOf(objective.description)}`;
    const ids = tokenize(text);
    for (const id of ids) {
      const at = postings.get(id);
      if (at) at.push(j);
      else postings.set(id, [j]);
    }
    return ids;
  });
  const keys = list.map((objective) => linkKey(textOf(objective.name)));
  const profiles = list.map((objective) => objectiveProfile(`${textOf(objective.name)} ${textOf(objective.description)}`));
  const themes = profiles.map((p) => p.marks);
  const topics = list.map((objective) => topicsOf(`${textOf(objective.name)} ${textOf(objective.description)}`));
  const phrases = list.map((objective) => phraseRuns(`${textOf(objective.name)} ${textOf(objective.description)}`));
  const sectors = profiles.map((p) => p.sectors);
  const strategySectors = sectors.reduce((all, bits) => all | bits, 0);
  return { objectives: list, concepts, postings, themes, topics, phrases, sectors, strategySectors, keys, linkCache: new Map() };
}
