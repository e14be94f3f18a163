import type { Span } from "../text/positions.js";
import type { ParagraphRole } from "../structure/header.js";
import type { TranscriptAnswer } from "./transcript.js";

/** A paragraph as the answers are read from it: its span and its role in the article. */
export interface RoledParagraph {
  readonly span: Span;
  readonly role: ParagraphRole;
}

/** The interviewee speaking of themself: `I`, `my`, `I've`, `me`. */
const FIRST_PERSON = /(?<![\p{L}’'-])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)(?![\p{L}’'-])/u;
/** Words in quotation marks, someone else's, which say nothing of who is speaking around them. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;
/** How many questions' answers must speak in the first person: one could be a quoted aside. */
const MIN_SPOKEN = 2;

/**
 * The answers of an interview set as questions on lines of their own (`How did you start cooking?` as a heading, the
 * answer in the paragraphs under it, with no `Q:` or `A:` labels): each body paragraph under a question, once the
 * answers under at least two questions speak in the first person outside quotation marks. An explainer's questions
 * (`Who is signing?`) head the writer's own words, which speak of others. The answers go to the interviewee; each
 * answer's `label` is its question.
 */
export function findAnswersUnderQuestions(text: string, paragraphs: readonly RoledParagraph[]): TranscriptAnswer[] {
  const answers: TranscriptAnswer[] = [];
  let question: Span | undefined;
  let spoken = 0;
  let firstPerson = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const { span, role } = paragraphs[p]!;
    if (role === "subheading") {
      if (firstPerson) spoken++;
      firstPerson = false;
      question = text.slice(span.start, span.end).trimEnd().endsWith("?") ? span : undefined;
      continue;
    }
    if (role !== "body" || question === undefined) continue;
    firstPerson ||= FIRST_PERSON.test(text.slice(span.start, span.end).replace(QUOTED, ""));
    answers.push({ quote: { content: span, outer: span, paragraph: p, style: "transcript", unclosed: false, continuesPrevious: false }, label: question, speaker: undefined, under: "question" });
  }
  if (firstPerson) spoken++;
  return spoken >= MIN_SPOKEN ? answers : [];
}
