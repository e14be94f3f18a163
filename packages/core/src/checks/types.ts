import type { Range, Span } from "../text/positions.js";

export type Severity = "error" | "warning" | "information" | "hint";

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  /** Edits to the article the problem is in; they change only the flagged text. */
  readonly edits: readonly TextEdit[];
  /** The fix a user most likely wants. */
  readonly preferred?: boolean;
}

export interface RelatedLocation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}
