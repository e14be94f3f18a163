export { analyzeArticle, type AnalyzeOptions } from "./analyze.js";
export type * from "./model.js";
export { LineIndex, type Position, type Range, type Span } from "./text/positions.js";
export type { Token, TokenKind } from "./text/tokenize.js";
export type { Sentence } from "./text/sentences.js";
export type { ParagraphRole } from "./structure/header.js";
export type { BoilerplateKind } from "./structure/boilerplate.js";
