import { dateReadingMemo } from "./dates/mentions.js";

/**
 * What the analyses of one document keep for the next, so that an edit reads again only the paragraphs it changed.
 * Keep one per document being edited and pass it to each analysis of it; given another document's text, it still
 * gives the same model, only no faster.
 */
export class AnalysisMemo {
  /** Each paragraph's dates and their tenses. */
  readonly dates = dateReadingMemo();
}
