import type { DateExpression } from "./dates/expressions.js";
import type { ReferenceDate, Tense } from "./dates/resolve.js";
import type { Entity } from "./entities/types.js";
import type { AttributionKind } from "./quotes/attribute.js";
import type { QuoteStyle } from "./quotes/scan.js";
import type { BoilerplateKind } from "./structure/boilerplate.js";
import type { ParagraphRole } from "./structure/header.js";
import type { LineIndex, Range, Span } from "./text/positions.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokenize.js";

/** A piece of the article: its text as written, its offsets and its LSP range. */
export interface Located {
  readonly text: string;
  readonly span: Span;
  readonly range: Range;
}

export interface ArticleParagraph extends Located {
  readonly index: number;
  readonly role: ParagraphRole;
  readonly boilerplate?: BoilerplateKind;
  /** Line numbers whose line break was read as a hard wrap inside this paragraph. */
  readonly wrappedLines: readonly number[];
  readonly blankBefore: boolean;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Sentences of this paragraph, as indices into `ArticleModel.sentences`. */
  readonly sentences: readonly number[];
}

export type StampSource = "header" | "byline" | "footer";

export interface DateStampInfo extends Located {
  /** `YYYY-MM-DD`. */
  readonly value: string;
  readonly kind: "published" | "updated";
  /** The weekday written beside the date, if any (0 = Sunday). */
  readonly weekday?: number;
  readonly source: StampSource;
}

export interface DatelineInfo extends Located {
  /** Absent when the dateline gives only the day and the agency (`Oct 18 (Reuters) -`). */
  readonly place?: Located;
  readonly source?: string;
  /**
   * The day the dateline gives (`June 3, 2026`); `value` is `YYYY-MM-DD`. A day without its year (`Oct 28`) is
   * here, `inferred`, only when the lead's weekday and the years the article writes fix the year.
   */
  readonly date?: Located & { readonly value: string; readonly inferred?: true };
  readonly glued: boolean;
}

export interface CopyrightInfo extends Located {
  readonly holder?: string;
  readonly year?: number;
}

export interface OutletInfo {
  readonly name: string;
  /** Where the outlet was read from. */
  readonly from: "byline" | "headline" | "dateline" | "copyright";
  readonly at: Located;
}

export interface ArticleStructure {
  /** The headline, without the site's name a page title adds (`titleSite`). */
  readonly headline?: Located;
  /** What the page's title added to the headline, the site's name and its separator: ` | World news | The Guardian`, `Tarvel Herald | `. */
  readonly titleSite?: Located;
  /** The site's section the page's title names: `World news`. */
  readonly section?: Located;
  readonly deck?: Located;
  readonly byline?: Located;
  readonly authors: readonly Located[];
  readonly outlet?: OutletInfo;
  readonly published?: DateStampInfo;
  readonly updated: readonly DateStampInfo[];
  readonly dateline?: DatelineInfo;
  readonly copyright?: CopyrightInfo;
  /** Indices of body paragraphs in reading order. */
  readonly body: readonly number[];
  /** Indices of the headings set between body paragraphs (`What happens next`), which the paragraphs after them fall under. */
  readonly subheadings: readonly number[];
  /** Indices of boilerplate paragraphs. */
  readonly boilerplate: readonly number[];
  /** How the article separates paragraphs. */
  readonly paragraphConvention: "blank-line" | "line";
}

export interface ArticleModel {
  readonly uri: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly ArticleParagraph[];
  readonly structure: ArticleStructure;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly sourcing: SourcingSummary;
  readonly dates: readonly DateMention[];
  /** What relative dates were read against: the article's own stamp, else its dateline's day, or none. */
  readonly reference?: ReferenceDate;
  /** Quotation marks that open without closing or close without opening. */
  readonly strayQuoteMarks: readonly Located[];
}

export interface Quote extends Located {
  /** `q1`, `q2`… in reading order. */
  readonly id: string;
  /** The quote with its marks. */
  readonly outer: Located;
  readonly paragraph: number;
  /** A few words quoted inside the writer's own sentence (`it’s “outrageous” to`). */
  readonly partial: boolean;
  readonly unclosed: boolean;
  readonly continuesPrevious: boolean;
  readonly style: QuoteStyle;
  /** Entity ids of the speakers, first one in `speaker`. */
  readonly speakers: readonly string[];
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** An anonymous source as written (`the sources`). */
  readonly anonymous?: string;
  readonly attribution: AttributionKind;
  readonly cue?: Located;
}

export interface SourcingSummary {
  /** Quotes attributed to a named entity. */
  readonly named: number;
  readonly anonymous: number;
  readonly unattributed: number;
  /** Distinct anonymous sources as written. */
  readonly anonymousSources: readonly string[];
}

export interface DateMention extends Located {
  readonly expression: DateExpression;
  readonly tense: Tense;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO week (`2014-W45`, for `last week`) or a decade (`199X`), or null when nothing fixes it. */
  readonly value: string | null;
  /** The value depends on a reference date (a weekday, a month, `earlier this month`, `two years ago`). */
  readonly relative: boolean;
  /** The reference a relative value was read against. */
  readonly basis?: ReferenceDate;
  /** A written weekday that does not fall on the written date: the weekday the calendar gives. */
  readonly weekdayMismatch?: number;
}
