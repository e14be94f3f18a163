import { AliasTable, Corpus, type ArticleModel, type CheckSettings, type DateMention } from "@dossier/core";

/**
 * The server's view of the workspace: the core's corpus fed with open documents (their editor text) and
 * indexed files (their disk text). Files it cannot analyse are remembered with the reason, for one diagnostic.
 */
export class WorkspaceState {
  readonly corpus = new Corpus();
  /** uri → why the file is not analysed (too large, binary, not UTF-8). */
  readonly refused = new Map<string, string>();
  /** Open documents: their text wins over the disk's. */
  readonly open = new Set<string>();
  checkSettings: CheckSettings = {};

  setAliases(aliases: AliasTable): void {
    this.corpus.setAliases(aliases);
  }

  model(uri: string): ArticleModel | undefined {
    return this.corpus.get(uri);
  }

  dates(uri: string): readonly DateMention[] {
    return this.corpus.datesOf(uri);
  }
}
