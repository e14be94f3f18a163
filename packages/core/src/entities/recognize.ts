import type { ArticleParagraph, Located } from "../model.js";
import type { Span } from "../text/positions.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokenize.js";
import type { AliasTable } from "./aliases.js";
import { findCandidates } from "./candidates.js";
import { isProse } from "../structure/prose.js";
import { LowerCaseWords } from "../text/lower-words.js";
import { resolveEntities } from "./coreference.js";
import { readShoutedNames } from "./shouted-names.js";
import { markTeams } from "./teams.js";
import type { Entity } from "./types.js";

/** Finds the article's entities with their names, types, roles, aliases and every mention. */
export function recognizeEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  paragraphs: readonly ArticleParagraph[],
  aliases: AliasTable,
  locate: (span: Span) => Located,
  /** Titles of works the article sets in quotation marks, in text order. */
  works: readonly Span[],
  /** The article's dateline and those that open a roundup's later items, in text order. */
  datelines: readonly { readonly place?: Span; readonly source?: Span; readonly start: number; readonly end: number }[],
  /** The site's name a page title appends to the headline, and all the title appends. */
  pageTitle?: { readonly added: Span; readonly outlet: Span },
): Entity[] {
  const located = datelines.flatMap((dateline) => {
    const sentence = sentences.findIndex((s) => s.end > dateline.end);
    // (a dateline may span sentences, where a state's abbreviation ends one: `SACRAMENTO, Calif. (AP) —`)
    const firstSentence = sentences.findIndex((s) => s.end > dateline.start);
    return sentence >= 0 ? [{ ...dateline, sentence, firstSentence }] : [];
  });
  const lowercaseWords = new LowerCaseWords(text, tokens);
  const found = findCandidates(text, tokens, sentences, paragraphs, aliases, lowercaseWords, works, located, pageTitle);
  const candidates = readShoutedNames(markTeams(text, found));
  // descriptions (`the Journal`) are read where names are: not in bylines, captions or page furniture
  const prose = new Uint8Array(sentences.length);
  for (const p of paragraphs) if (isProse(p)) for (const si of p.sentences) prose[si] = 1;
  return resolveEntities(text, tokens, sentences, candidates, locate, prose, lowercaseWords);
}
