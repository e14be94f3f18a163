import type { Span } from "./positions.js";
import { isStopword } from "./stopwords.js";
import { startsLower } from "./chars.js";

export interface Line extends Span {
  readonly number: number;
}

/** How a line break inside a block of text was read. */
export type LineJoin = "wrap" | "break";

export interface Paragraph extends Span {
  /** 0-based numbers of the source lines the paragraph covers. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Line numbers where the previous line was hard-wrapped into this one. */
  readonly wrappedLines: readonly number[];
  /** Whether a blank line separates this paragraph from the previous one. */
  readonly blankBefore: boolean;
}

export interface Layout {
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  /** `blank-line`: paragraphs are separated by blank lines; `line`: one paragraph per line. */
  readonly convention: "blank-line" | "line";
}

const LINE_RE = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  LINE_RE.lastIndex = 0;
  let n = 0;
  while (LINE_RE.lastIndex < text.length || n === 0) {
    const m = LINE_RE.exec(text);
    if (m === null || m[0].length === 0) break;
    const content = m[0].replace(/[\r\n]+$/, "");
    lines.push({ start: m.index, end: m.index + content.length, number: n++ });
  }
  return lines;
}

const TERMINAL_END = /[.?!:…"”’)\]]\s*$/u;
const SOFT_END = /[,;\-–—(]\s*$/u;

/**
 * A line break inside a block is a hard wrap when the sentence plainly runs on: the next line starts in
 * lower case, or the line ends in a comma, dash or a closed-class word. Otherwise it separates paragraphs.
 */
export function classifyJoin(current: string, next: string): LineJoin {
  const trimmed = current.trimEnd();
  if (TERMINAL_END.test(trimmed)) return "break";
  const nextTrim = next.trimStart();
  if (startsLower(nextTrim)) return "wrap";
  if (SOFT_END.test(trimmed)) return "wrap";
  const lastWord = /(\p{L}+)$/u.exec(trimmed)?.[1];
  if (lastWord !== undefined && startsLower(lastWord) && isStopword(lastWord) && /^[\p{L}\p{N}“"‘]/u.test(nextTrim) && !roomForNextWord(trimmed, nextTrim)) {
    return "wrap";
  }
  return "break";
}

/**
 * The next line's first word would have fitted on this line within the next line's own width, so no wrapping put it
 * there: `Getting there` over a longer line of text is a heading, not a sentence broken off.
 */
function roomForNextWord(line: string, next: string): boolean {
  const word = /^\S+/u.exec(next)?.[0] ?? "";
  return line.length + 1 + word.length <= next.trimEnd().length;
}

export function layout(text: string): Layout {
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = [];
  let blankBreaks = 0;
  let lineBreaks = 0;
  let current: { start: number; end: number; firstLine: number; lastLine: number; wrapped: number[]; blankBefore: boolean } | null =
    null;
  let sawBlank = false;
  let previousContent = "";
  const flush = () => {
    if (current !== null) {
      paragraphs.push({
        start: current.start,
        end: current.end,
        firstLine: current.firstLine,
        lastLine: current.lastLine,
        wrappedLines: current.wrapped,
        blankBefore: current.blankBefore,
      });
      current = null;
    }
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (content.trim().length === 0 || /^\uFEFF\s*$/.test(content)) {
      flush();
      sawBlank = true;
      continue;
    }
    const lead = content.length - content.trimStart().length;
    const start = line.start + lead;
    const end = line.start + content.trimEnd().length;
    if (current !== null) {
      if (classifyJoin(previousContent, content) === "wrap") {
        previousContent = content;
        current.end = end;
        current.lastLine = line.number;
        current.wrapped.push(line.number);
        continue;
      }
      flush();
      lineBreaks++;
    } else if (paragraphs.length > 0 && sawBlank) {
      blankBreaks++;
    }
    previousContent = content;
    current = { start, end, firstLine: line.number, lastLine: line.number, wrapped: [], blankBefore: sawBlank && paragraphs.length > 0 };
    sawBlank = false;
  }
  flush();
  return { lines, paragraphs, convention: blankBreaks >= lineBreaks && blankBreaks > 0 ? "blank-line" : "line" };
}
