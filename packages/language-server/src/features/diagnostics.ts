import type { Problem, Severity } from "@dossier/core";
import { DiagnosticSeverity, DiagnosticTag, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { CodeActionKind } from "vscode-languageserver";
import type { WorkspaceState } from "../workspace/state.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Problems of one article as LSP diagnostics; fixes travel in `data` for code actions. */
export function diagnosticsFor(state: WorkspaceState, uri: string): Diagnostic[] {
  const refused = state.refused.get(uri);
  if (refused !== undefined) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, code: "file-not-analysed", source: "dossier", message: refused }];
  }
  return state.corpus.problemsOf(uri, state.checkSettings).map(toDiagnostic);
}

function toDiagnostic(p: Problem): Diagnostic {
  return {
    range: p.range,
    severity: SEVERITY[p.severity],
    code: p.code,
    source: "dossier",
    message: p.message,
    ...(p.code.startsWith("scrape-") ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(p.related ? { relatedInformation: p.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
    ...(p.fixes ? { data: { fixes: p.fixes } } : {}),
  };
}

/** Quick fixes for the diagnostics the client sends back, each a WorkspaceEdit on this document only. */
export function codeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const fixes = (d.data as { fixes?: Problem["fixes"] } | undefined)?.fixes ?? [];
    for (const f of fixes) {
      out.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: f.preferred ?? false, edit: { changes: { [uri]: f.edits.map((e) => ({ range: e.range, newText: e.newText })) } } });
    }
  }
  return out;
}
