import type { Entity } from "../entities/types.js";
import { PARAGRAPH_LABEL } from "../text/paragraph-label.js";
import type { Span } from "../text/positions.js";
import type { Attribution } from "./attribute.js";
import type { QuoteSpan } from "./scan.js";

/** An answer in an interview's transcript: a paragraph whose words follow its speaker's label (`Calder: Honestly, …`). */
export interface TranscriptAnswer {
  readonly quote: QuoteSpan;
  /** The paragraph's label, without its colon. */
  readonly label: Span;
  /**
   * The label that names the speaker: the paragraph's own, or for an `A:` answer the one named speaker's first; none for
   * an `A:` answer where no label names anyone, which the interviewee gave.
   */
  readonly speaker: Span | undefined;
  /** What `label` is: a speaker's label, or the question on a line of its own that the answer is under. */
  readonly under: "label" | "question";
}

/** The interviewer's labels (transcripts often set labels in capitals: `INTERVIEWER:`). */
const QUESTION = /^(?:Q|Question|QUESTION|Interviewer|INTERVIEWER)$/;
/** The interviewee's label when the transcript does not name them. */
const ANSWER = /^(?:A|Answer)$/;
/** Labels of page furniture and editors' notes, which open paragraphs of prose too. */
const NOT_SPEAKERS = /^(?:Note|Notes|Update|Updated|Correction|Editor's note|Editor’s note|Photo|Photos|Image|Caption|Source|Sources|Read|Read more|Related|Watch|Listen|Tags|Topics|Warning|Disclaimer|Background|Context|Analysis|Opinion|Comment|Live|Breaking|Exclusive|Video|Audio|Credit|Credits|Contact|Email|Tel|Phone|Fax|Web|Website|Address|Location|Date|Time|Price|Prices|Tickets|Venue|Where|When|What|Who|Why|How|Then|Now|Also)$/;

interface Labelled {
  readonly paragraph: number;
  readonly label: Span;
  readonly name: string;
  readonly words: Span;
}

/**
 * The answers of a transcript. An article is one when an interviewer's label (`Q:`) opens two paragraphs and
 * a speaker's label one more, when two speakers' labels each open two paragraphs (a debate), or when one speaker's
 * label opens three. Each answer
 * is the words after a speaker's label; `A:` answers are the one named speaker's when the transcript names one.
 */
export function findTranscriptAnswers(text: string, paragraphs: readonly Span[]): TranscriptAnswer[] {
  const labelled: Labelled[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    if (end - start < 4) continue;
    const m = PARAGRAPH_LABEL.exec(text.slice(start, Math.min(end, start + 40)));
    if (m === null || NOT_SPEAKERS.test(m[1]!)) continue;
    labelled.push({ paragraph: p, label: { start, end: start + m[1]!.length }, name: m[1]!, words: { start: start + m[0].length, end } });
  }
  const questions = labelled.filter((l) => QUESTION.test(l.name)).length;
  const counts = new Map<string, number>();
  for (const l of labelled) if (!QUESTION.test(l.name)) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  const speakers = [...counts.keys()];
  // (an interview may set its questions unlabelled, so that one speaker's label opening three answers is one too)
  const isTranscript = (questions >= 2 && speakers.length > 0) || speakers.filter((s) => !ANSWER.test(s) && counts.get(s)! >= 2).length >= 2 || speakers.some((s) => counts.get(s)! >= 3);
  if (!isTranscript) return [];
  const named = speakers.filter((s) => !ANSWER.test(s));
  const soleSpeakerLabel = named.length === 1 ? labelled.find((n) => n.name === named[0])!.label : undefined;
  return labelled
    .filter((l) => !QUESTION.test(l.name) && (!ANSWER.test(l.name) || named.length <= 1))
    .map((l) => ({
      quote: { content: l.words, outer: l.words, paragraph: l.paragraph, style: "transcript", unclosed: false, continuesPrevious: false },
      label: l.label,
      speaker: ANSWER.test(l.name) ? soleSpeakerLabel : l.label,
      under: "label" as const,
    }));
}

/**
 * The answer's speaker: the person the article's mention at the speaker's label names, or a person the label's name
 * is the name or surname of; for an answer no label names, the interviewee. None when the label names no person: a
 * scorecard's `Bills: Hamlin left injured` or a link's `AP NFL: https://…` is a note under a heading, not an answer.
 */
export function attributeAnswer(answer: TranscriptAnswer, entities: readonly Entity[], text: string, interviewee: Entity | undefined): Attribution | undefined {
  const label = answer.speaker;
  if (label === undefined) return interviewee === undefined ? undefined : { speakers: [interviewee.id], kind: answer.under, cue: answer.label };
  const name = text.slice(label.start, label.end);
  const labelled = entities.find((e) => e.mentions.some((m) => m.span.start === label.start));
  if (labelled !== undefined && labelled.type !== "person") return undefined;
  const speaker = labelled ?? entities.find((e) => e.type === "person" && (e.name === name || e.aliases.includes(name) || e.name.endsWith(` ${name}`)));
  return speaker === undefined ? undefined : { speakers: [speaker.id], kind: "label", cue: answer.label };
}

/**
 * Whom an interview whose `A:` labels name no one is with: the one person its headline or deck names (`'I never planned
 * to be a chef': Nadia Farouk on fire`), else the one person named most often in its words before the first answer, the
 * introduction that presents them; none when two are named as often (`Ana Ruiz and Ivo Lusk run the bakery`).
 */
export function intervieweeOf(entities: readonly Entity[], heads: readonly Span[], intro: Span): Entity | undefined {
  const people = entities.filter((e) => e.type === "person");
  const within = (span: Span) => (e: Entity) => e.mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end).length;
  const headed = people.filter((e) => heads.some((h) => within(h)(e) > 0));
  if (headed.length === 1) return headed[0];
  const counts = people.map(within(intro));
  const most = Math.max(0, ...counts);
  const leaders = people.filter((_, i) => counts[i] === most);
  return most > 0 && leaders.length === 1 ? leaders[0] : undefined;
}
