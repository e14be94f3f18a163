import type { ArticleModel } from "@dossier/core";
import { CompletionItemKind, type CompletionItem } from "vscode-languageserver";
import type { WorkspaceState } from "../workspace/state.js";

const KIND = { person: CompletionItemKind.Class, organization: CompletionItemKind.Module, place: CompletionItemKind.Folder, group: CompletionItemKind.Enum, event: CompletionItemKind.Event, other: CompletionItemKind.Text } as const;

/** Entity names of the workspace that start with the capitalised word being typed. */
export function complete(state: WorkspaceState, model: ArticleModel, offset: number): CompletionItem[] {
  const before = model.text.slice(Math.max(0, offset - 60), offset);
  const word = /([\p{Lu}][\p{L}’'.\-]*(?: [\p{Lu}][\p{L}’'.\-]*)*)$/u.exec(before)?.[1] ?? /([\p{L}]+)$/u.exec(before)?.[1];
  if (word === undefined || word.length < 1) return [];
  const prefix = word.toLowerCase();
  const items: CompletionItem[] = [];
  for (const e of state.corpus.entities()) {
    const forms = [e.name, ...e.aliases].filter((f) => f.toLowerCase().startsWith(prefix) && f.toLowerCase() !== prefix);
    for (const form of forms.slice(0, 2)) {
      items.push({
        label: form,
        kind: KIND[e.type],
        detail: [e.type, e.roles[0]].filter(Boolean).join(" · "),
        documentation: form === e.name ? undefined : `${e.name}`,
        sortText: String(1_000_000 - e.mentionCount).padStart(7, "0") + form,
      });
    }
    if (items.length >= 200) break;
  }
  return items;
}
