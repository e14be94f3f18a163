import type { AnalysisMemo } from "./analysis-memo.js";
import { formatDate, parseIsoDate } from "./dates/calendar.js";
import { findWrittenDates } from "./dates/absolute.js";
import { inferDatelineYear } from "./dates/dateline-year.js";
import { findDateMentions, resolveMention } from "./dates/mentions.js";
import type { ReferenceDate } from "./dates/resolve.js";
import { attributeQuotes } from "./quotes/attribute.js";
import { isDefinedTerm } from "./quotes/defined-terms.js";
import { isWordMention } from "./quotes/word-mentions.js";
import { isOwnWords, isPartial } from "./quotes/partial.js";
import { scanQuotes, type QuoteSpan } from "./quotes/scan.js";
import { attributeAnswer, findTranscriptAnswers, intervieweeOf } from "./quotes/transcript.js";
import { findAnswersUnderQuestions } from "./quotes/question-answers.js";
import { workTitle } from "./quotes/titles.js";
import type { Draft } from "./draft.js";
import { AliasTable } from "./entities/aliases.js";
import { resolveCompanyDescriptions } from "./entities/company-descriptions.js";
import { resolvePronouns } from "./entities/pronouns.js";
import { resolveThingPronouns } from "./entities/thing-pronouns.js";
import { recognizeEntities } from "./entities/recognize.js";
import type {
  ArticleModel,
  ArticleParagraph,
  ArticleStructure,
  CopyrightInfo,
  DateStampInfo,
  DatelineInfo,
  Located,
  OutletInfo,
  Quote,
  SourcingSummary,
} from "./model.js";
import { classifyParagraphs, type ClassifiedParagraph } from "./structure/header.js";
import { parseDateline, parseItemDateline, parseItemLabels, type Dateline } from "./structure/dateline.js";
import { parseSignOff } from "./structure/byline.js";
import { isProse, isRunningText } from "./structure/prose.js";
import { splitPageTitle } from "./structure/page-title.js";
import { layout } from "./text/layout.js";
import { LineIndex, type Span } from "./text/positions.js";
import { lastAtMost, withinAny } from "./text/search.js";
import { splitSentences, type Sentence } from "./text/sentences.js";
import { tokenize, type Token } from "./text/tokenize.js";

export interface AnalyzeOptions {
  readonly uri?: string;
  /** The workspace's alias table (defaults plus `dossier.json`); the embedded defaults when absent. */
  readonly aliases?: AliasTable;
  /** What the last analysis of the same document kept, to reuse what an edit left as it was. */
  readonly memo?: AnalysisMemo;
}

const DEFAULT_TABLE = new AliasTable();

/** The model while it is built: its tokens are defined lazily at the end. */
type ModelDraft = Draft<Omit<ArticleModel, "tokens">>;

/**
 * Freezes the model and its collections; the records inside are typed readonly. Freezing every token
 * deeply cost a tenth of the analysis time for no protection TypeScript does not already give.
 */
function freezeModel<T extends object>(model: T, depth = 2): T {
  if (depth > 0) {
    for (const value of Object.values(model)) {
      if (Array.isArray(value)) Object.freeze(value);
      else if (value !== null && typeof value === "object" && value.constructor === Object) freezeModel(value, depth - 1);
    }
  }
  return Object.freeze(model);
}

/** Reads one article. Pure: the same text gives the same model; nothing is read or written. */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleModel {
  const lines = new LineIndex(text);
  const locate = (span: Span): Located => ({ text: text.slice(span.start, span.end), span, range: lines.rangeOf(span) });
  const { paragraphs: rawParagraphs, convention } = layout(text);
  const roles = classifyParagraphs(text, rawParagraphs);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: ArticleParagraph[] = [];
  let headline: Located | undefined;
  let deck: Located | undefined;
  let byline: Located | undefined;
  let authors: Located[] = [];
  /** The authors a wire's sign-off names, for an article with no byline. */
  let signedBy: Located[] = [];
  let outlet: OutletInfo | undefined;
  let published: DateStampInfo | undefined;
  let publishedFirst = false;
  const updated: DateStampInfo[] = [];
  let dateline: DatelineInfo | undefined;
  let datelineDay: (Span & { month: number; day: number }) | undefined;
  let datelineSource: Span | undefined;
  /** The article's dateline and those that open a roundup's later items (`SARNO (Reuters) —`), for the names they give. */
  const datelines: { place?: Span; source?: Span; start: number; end: number }[] = [];
  const readDateline = (d: Dateline) => datelines.push({ ...(d.placeSpan ? { place: d.placeSpan } : {}), ...d.span, ...(d.sourceSpan ? { source: d.sourceSpan } : {}) });
  let copyright: CopyrightInfo | undefined;
  const body: number[] = [];
  const boilerplate: number[] = [];
  const subheadings: number[] = [];

  const readByline = (role: ClassifiedParagraph, located: Located) => {
    if (byline === undefined && role.byline) {
      byline = located;
      authors = role.byline.authors.map((a) => locate(a.span));
    }
    // (the outlet may stand on a line of its own under the byline)
    if (outlet === undefined && role.byline?.outlet) outlet = { name: role.byline.outlet.name, from: "byline", at: locate(role.byline.outlet.span) };
  };

  rawParagraphs.forEach((p, index) => {
    const role = roles[index]!;
    const firstToken = tokens.length;
    for (const t of tokenize(text, p.start, p.end)) tokens.push(t);
    const firstSentence = sentences.length;
    for (const s of splitSentences(tokens, firstToken, tokens.length)) sentences.push(s);
    const located = locate(p);
    const own: number[] = [];
    for (let k = firstSentence; k < sentences.length; k++) own.push(k);
    // built without object spreads, which V8 runs slowly on this hot path
    const paragraph: Draft<ArticleParagraph> = {
      text: located.text,
      span: located.span,
      range: located.range,
      index,
      role: role.role,
      wrappedLines: p.wrappedLines,
      blankBefore: p.blankBefore,
      firstLine: p.firstLine,
      lastLine: p.lastLine,
      sentences: own,
    };
    if (role.boilerplate) paragraph.boilerplate = role.boilerplate.kind;
    paragraphs.push(paragraph);
    switch (role.role) {
      case "headline":
        headline = located;
        break;
      case "deck":
        // (the first of the header's lines under the headline is its deck)
        deck ??= located;
        break;
      case "byline":
        readByline(role, located);
        break;
      case "stamp":
        // (`Nov 14, 2026 | By Ana Ruiz`: a byline may share the stamp's line)
        if (role.bylineSpan !== undefined) readByline(role, locate(role.bylineSpan));
        for (const stamp of role.stamps ?? []) {
          const d = stamp.date;
          if (d.year === undefined || d.day === undefined) continue;
          const info: DateStampInfo = {
            ...locate(d),
            value: formatDate({ year: d.year, month: d.month, day: d.day }),
            kind: stamp.kind,
            ...(d.weekday !== undefined ? { weekday: d.weekday } : {}),
            source: role.byline !== undefined ? "byline" : body.length === 0 ? "header" : "footer",
          };
          // (`Mon 14 Sep 2026 07.02 BST` over `First published on Mon 14 Sep 2026 06.30 BST`: the bare date is the update)
          if (info.kind === "published" && (published === undefined || (stamp.first === true && !publishedFirst))) {
            if (published !== undefined) updated.push({ ...published, kind: "updated" });
            published = info;
            publishedFirst = stamp.first === true;
          } else updated.push(info);
        }
        break;
      case "boilerplate":
        boilerplate.push(index);
        if (role.boilerplate?.kind === "contributors" && signedBy.length === 0) signedBy = parseSignOff(located.text, p.start)?.authors.map((a) => locate(a.span)) ?? [];
        if (role.boilerplate?.kind === "copyright" && copyright === undefined) {
          copyright = {
            ...located,
            ...(role.boilerplate.holder !== undefined ? { holder: role.boilerplate.holder } : {}),
            ...(role.boilerplate.year !== undefined ? { year: role.boilerplate.year } : {}),
          };
        }
        break;
      case "body":
        if (body.length === 0) {
          const d = parseDateline(located.text, p.start);
          if (d !== undefined) {
            const day = d.dateSpan && findWrittenDates(text, d.dateSpan.start, d.dateSpan.end)[0];
            const date = day?.year !== undefined && day.day !== undefined ? { ...locate(day), value: formatDate({ year: day.year, month: day.month, day: day.day }) } : undefined;
            if (day !== undefined && day.year === undefined && day.day !== undefined) datelineDay = { ...day, day: day.day };
            dateline = { ...locate(d.span), ...(d.placeSpan ? { place: locate(d.placeSpan) } : {}), ...(d.source ? { source: d.source } : {}), ...(date ? { date } : {}), glued: d.glued };
            datelineSource = d.sourceSpan;
            readDateline(d);
          }
        } else {
          const d = parseItemDateline(located.text, p.start);
          if (d !== undefined) readDateline(d);
        }
        body.push(index);
        break;
      case "subheading":
        subheadings.push(index);
        break;
    }
  });
  // (a news-in-brief column opens each item with its town and a colon: `Kelmo: A man has been arrested`)
  const undated = body.map((index) => paragraphs[index]!).filter((p) => !datelines.some((d) => d.start === p.span.start));
  for (const d of parseItemLabels(undated)) readDateline(d);

  // a headline scraped from the page's title carries the site's name: the headline is the rest, the site an outlet
  const pageTitle = headline && splitPageTitle(text, headline.span, outlet?.name ?? dateline?.source ?? copyright?.holder);
  if (pageTitle) {
    headline = locate(pageTitle.headline);
    if (outlet === undefined) outlet = { name: text.slice(pageTitle.outlet.start, pageTitle.outlet.end), from: "headline", at: locate(pageTitle.outlet) };
  }
  if (outlet === undefined && dateline?.source !== undefined && datelineSource !== undefined) outlet = { name: dateline.source, from: "dateline", at: locate(datelineSource) };
  if (outlet === undefined && copyright?.holder !== undefined) {
    const at = copyright.text.indexOf(copyright.holder);
    outlet = { name: copyright.holder, from: "copyright", at: locate({ start: copyright.span.start + at, end: copyright.span.start + at + copyright.holder.length }) };
  }

  // built field by field (in the same order) rather than from spreads of optional parts, which V8 runs slowly here
  const structure: Draft<ArticleStructure> = {} as Draft<ArticleStructure>;
  if (headline) structure.headline = headline;
  if (pageTitle) structure.titleSite = locate(pageTitle.added);
  if (pageTitle?.section) structure.section = locate(pageTitle.section);
  if (deck) structure.deck = deck;
  if (byline) structure.byline = byline;
  structure.authors = authors.length > 0 || byline !== undefined ? authors : signedBy;
  if (outlet) structure.outlet = outlet;
  if (published) structure.published = published;
  structure.updated = updated;
  if (dateline) structure.dateline = dateline;
  if (copyright) structure.copyright = copyright;
  structure.body = body;
  structure.subheadings = subheadings;
  structure.boilerplate = boilerplate;
  structure.paragraphConvention = convention;

  // the chosen paragraphs' spans, the others passed empty: their marks are neither quotes nor strays, their labels no speakers'
  const spansOf = (read: (p: ArticleParagraph) => boolean) => paragraphs.map((p) => (read(p) ? p.span : { start: p.span.start, end: p.span.start }));
  const scanIn = (read: (p: ArticleParagraph) => boolean) => scanQuotes(text, spansOf(read));
  const scan = scanIn((p) => p.role === "body");
  // a work's title in quotation marks (`the drama “Anatomy of a Fall”`) names something; it quotes no one
  const works: Span[] = [];
  const isTitle = (q: QuoteSpan) => {
    const title = workTitle(text, q);
    if (title !== undefined) works.push(title);
    return title !== undefined;
  };
  // nor does a defined term a press release sets in quotation marks (`Acme Inc. (“Acme” or “the Company”)`), nor a word
  // talked about (`“rizz”, a slang term`)
  const marked = scan.quotes.filter((q) => !isTitle(q) && !isDefinedTerm(text, q) && !isWordMention(text, q));
  if (headline !== undefined || deck !== undefined) {
    for (const q of scanIn((p) => p.role === "headline" || p.role === "deck").quotes) isTitle(q);
    works.sort((a, b) => a.start - b.start);
  }

  const named = recognizeEntities(
    text,
    tokens,
    sentences,
    paragraphs,
    options.aliases ?? DEFAULT_TABLE,
    locate,
    works,
    datelines,
    pageTitle,
  );

  // nor does a nickname inside a person's name (`Margaret "Peggy" Holloway`)
  const names = named.flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => m.span)).sort((a, b) => a.start - b.start);
  const spoken = marked.filter((q) => !withinAny(names, q.outer));

  // pronouns are read in running text only: a headline's or caption's `he` has no sentence before it to point back to
  const inBody = new Uint8Array(sentences.length);
  for (const p of paragraphs) if (isRunningText(p)) for (const si of p.sentences) inBody[si] = 1;
  const ownWords = spoken.filter((q) => isOwnWords(text, q)).map((q) => q.outer);
  const reading = { text, tokens, sentences, inBody, quotes: spoken.map((q) => q.outer), ownWords, datelines, locate };
  const entities = resolveThingPronouns(resolveCompanyDescriptions(resolvePronouns(named, reading), reading), reading);

  const attributions = attributeQuotes(text, tokens, sentences, entities, spoken, paragraphs.map((p) => p.span.end), dateline?.span);
  // an interview's answers after their speakers' labels, or under its questions set as headings, are quotes too, in
  // reading order with the marked ones
  const labelled = findTranscriptAnswers(text, spansOf((p) => p.role === "body"));
  const answers = labelled.length > 0 ? labelled : findAnswersUnderQuestions(text, paragraphs);
  const interviewee = answers.some((answer) => answer.speaker === undefined)
    ? intervieweeOf(
        entities,
        paragraphs.filter((p) => p.role === "headline" || p.role === "deck").map((p) => p.span),
        { start: paragraphs.find((p) => p.role === "body")?.span.start ?? 0, end: answers[0]!.label.start },
      )
    : undefined;
  const said = [
    ...spoken.map((q, i) => ({ q, a: attributions[i]! })),
    ...answers.flatMap((answer) => {
      const a = attributeAnswer(answer, entities, text, interviewee);
      return a === undefined ? [] : [{ q: answer.quote, a }];
    }),
  ].sort((x, y) => x.q.outer.start - y.q.outer.start);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const quotes: Quote[] = said.map(({ q, a }, i) => {
    const speaker = a.speakers[0] ?? null;
    const at = locate(q.content);
    const quote: Draft<Quote> = {
      text: at.text,
      span: at.span,
      range: at.range,
      id: `q${i + 1}`,
      outer: locate(q.outer),
      paragraph: q.paragraph,
      partial: q.style !== "transcript" && isPartial(text, q.outer.start, q.content),
      unclosed: q.unclosed,
      continuesPrevious: q.continuesPrevious,
      style: q.style,
      speakers: a.speakers,
      speaker,
      speakerName: speaker === null ? null : (entityById.get(speaker)?.name ?? null),
      attribution: a.kind,
    };
    if (a.anonymous !== undefined) quote.anonymous = a.anonymous;
    if (a.cue) quote.cue = locate(a.cue);
    return quote;
  });
  const sourcing: SourcingSummary = {
    named: quotes.filter((q) => q.speaker !== null).length,
    anonymous: quotes.filter((q) => q.speaker === null && q.anonymous !== undefined).length,
    unattributed: quotes.filter((q) => q.speaker === null && q.anonymous === undefined).length,
    anonymousSources: [...new Set(quotes.flatMap((q) => (q.anonymous !== undefined ? [q.anonymous] : [])))],
  };

  // a stamp dates the article; failing one, the day its dateline gives
  const own = published ?? updated[0];
  let reference: ReferenceDate | undefined = own
    ? { date: parseIsoDate(own.value)!, source: own.kind }
    : dateline?.date && { date: parseIsoDate(dateline.date.value)!, source: "dateline" };
  const datedParagraphs = paragraphs
    .filter((p) => isProse(p) || p.role === "stamp")
    .map((p) => ({ start: p.span.start, end: p.span.end, stamp: p.role === "stamp", datelineEnd: dateline !== undefined && p.span.start <= dateline.span.start && dateline.span.end <= p.span.end ? dateline.span.end : p.span.start }));
  const sentenceAt = (offset: number): Span => {
    const s = sentences[lastAtMost(sentences, offset, (x) => x.start)];
    return s !== undefined && offset < s.end ? s : { start: offset, end: offset };
  };
  // (a day's word that is a work's title is no date: NBC's `“Today” show`; nor is one inside a name: `the Sunday Courier`)
  let dates = findDateMentions(text, datedParagraphs, sentenceAt, scan.quotes.map((q) => q.outer), reference, locate, options.memo?.dates).filter((d) => !withinAny(works, d.span) && !withinAny(names, d.span));
  // a wire dateline without its year (`SEATTLE, Oct 28 (Reuters) -`) dates the article when the lead and the years it writes fix one
  if (reference === undefined && datelineDay !== undefined && dateline !== undefined) {
    const year = inferDatelineYear(text, { month: datelineDay.month, day: datelineDay.day, datelineEnd: dateline.span.end, sentenceEnd: sentenceAt(dateline.span.end).end }, dates, copyright?.year);
    if (year !== undefined) {
      const day = { year, month: datelineDay.month, day: datelineDay.day };
      dateline = { ...dateline, date: { ...locate(datelineDay), value: formatDate(day), inferred: true } };
      structure.dateline = dateline;
      reference = { date: day, source: "dateline", inferred: true };
      dates = dates.map((d) => resolveMention(d, reference));
    }
  }

  const paragraphSpans = rawParagraphs.map((p) => ({ start: p.start, end: p.end }));
  const model = {
    uri: options.uri ?? "",
    text,
    lines,
    sentences,
    paragraphs,
    structure,
    entities,
    quotes,
    sourcing,
    dates,
  } as Omit<ModelDraft, "strayQuoteMarks"> as ModelDraft;
  if (reference) model.reference = reference;
  model.strayQuoteMarks = scan.strays.map((s) => locate({ start: s.at, end: s.at + 1 }));
  // Tokens are most of a model's weight and only analysis needs them: a workspace of thousands of
  // articles keeps none, and whoever asks gets the same tokens computed again.
  defineLazyTokens(model, text, paragraphSpans);
  return freezeModel(model as typeof model & { tokens: readonly Token[] });
}

/** Defined outside analyzeArticle so the getter's closure keeps only the text and spans alive, not the tokens. */
function defineLazyTokens(model: object, text: string, spans: readonly Span[]): void {
  Object.defineProperty(model, "tokens", { enumerable: false, get: () => spans.flatMap((p) => tokenize(text, p.start, p.end)) });
}

