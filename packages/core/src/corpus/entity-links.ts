import type { Entity } from "../entities/types.js";
import type { LinkedEntity } from "./summary.js";
import type { StoredEntity, StoredSummary } from "./stored.js";
import { byUri, entryOf, positionOf } from "./collections.js";

/** One entity across the workspace: the same id, or a surname that only one person in the workspace carries. */
export interface WorkspaceEntity extends Omit<Entity, "mentions"> {
  /**
   * The article-level entities it gathers, in URI order (`entriesOfArticle` finds one article's). Never
   * changed in place: any change to them makes a new list, so what is read from one list (and cached
   * against it) stays true of it.
   */
  readonly articles: readonly { readonly uri: string; readonly entity: LinkedEntity }[];
  readonly mentionCount: number;
  /** Every way the workspace writes its name (names, aliases, acronyms; misspellings left out). */
  readonly forms: readonly string[];
}

interface Member {
  readonly uri: string;
  readonly entity: StoredEntity;
}

/** Entities in most articles first, then most mentioned, then by name (and id, so no order depends on history). */
const byPresence = (a: WorkspaceEntity, b: WorkspaceEntity) =>
  b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How a group of article entities takes part in surname merging, read from its first article's entity. */
interface SurnameRole {
  /** A person's full name ends with this surname. */
  readonly surname?: string;
  /** A person named by this one word. */
  readonly single?: string;
}

function surnameRole(entity: StoredEntity): SurnameRole {
  if (entity.type !== "person") return {};
  if (!entity.name.includes(" ")) return { single: entity.name };
  const words = entity.name.split(/\s+/);
  return words.length >= 2 ? { surname: words.at(-1)! } : {};
}

/**
 * Article entities linked into workspace entities, kept up to date one article at a time: `add` and
 * `remove` record what changed and `settle` gathers again only the workspace entities it touched, so a
 * new article in a workspace of thousands costs its own entities, not a linking of the whole workspace.
 * Every answer depends only on the articles present, never on the order they came in.
 */
export class EntityLinks {
  /** Article entities by id, each list by article. */
  private readonly groups = new Map<string, Member[]>();
  /** Groups of people with a full name, by the surname it ends with. */
  private readonly fullBySurname = new Map<string, Set<string>>();
  /** Groups of people named by one word, by that word. */
  private readonly singleByName = new Map<string, Set<string>>();
  private readonly roleOf = new Map<string, SurnameRole>();
  /** The group whose workspace entity a group joins: a lone surname's full name, else itself. */
  private readonly rootOf = new Map<string, string>();
  /** Groups joined to another, by the group they join. */
  private readonly joined = new Map<string, Set<string>>();
  private readonly byRoot = new Map<string, WorkspaceEntity>();
  /** By article, then by the article's entity id: no key strings built for a lookup. */
  readonly entityOf = new Map<string, Map<string, WorkspaceEntity>>();
  private readonly changed = new Set<string>();
  /** Article entities added since the last `settle`, to point at their workspace entity. */
  private fresh: Member[] = [];
  private sorted: WorkspaceEntity[] = [];
  /** What `sorted` misses: the entities' order after a gathering, or entities made or dropped. */
  private stale: "order" | "entities" | undefined;

  add(uri: string, summary: StoredSummary): void {
    for (const entity of summary.entities) {
      // (this and `point` run once per article entity, half a million times in a large workspace: they
      // grow their maps in place rather than through `entryOf` and a closure per call)
      let members = this.groups.get(entity.id);
      if (members === undefined) this.groups.set(entity.id, (members = []));
      // articles mostly come in order: appending is the common case
      const at = members.length === 0 || members[members.length - 1]!.uri < uri ? members.length : positionOf(members, uri);
      const member = { uri, entity };
      members.splice(at, 0, member);
      this.fresh.push(member);
      this.changed.add(entity.id);
    }
  }

  remove(uri: string, summary: StoredSummary): void {
    for (const entity of summary.entities) {
      const members = this.groups.get(entity.id);
      if (members === undefined) continue;
      const at = positionOf(members, uri);
      if (members[at]?.uri === uri) members.splice(at, 1);
      this.changed.add(entity.id);
    }
    this.entityOf.delete(uri);
  }

  /**
   * Points an article's links at its new summary when its entities are the same ones (same ids in the
   * same order): nothing is re-linked; a workspace entity is gathered again only when the article's
   * share of it (mention count, roles, aliases, forms) changed.
   */
  replace(uri: string, summary: StoredSummary): void {
    const entityOf = this.entityOf.get(uri);
    for (const entity of summary.entities) {
      const ws = entityOf?.get(entity.id);
      if (ws === undefined) continue;
      const articles = [...(ws.articles as Member[])];
      let at = positionOf(articles, uri);
      while (articles[at]!.entity.id !== entity.id) at++;
      const old = articles[at]!.entity;
      const member = { uri, entity };
      articles[at] = member;
      const members = this.groups.get(entity.id)!;
      members[positionOf(members, uri)] = member;
      // lists come interned: the same roles, aliases and forms are the same arrays
      if (old.roles !== entity.roles || old.aliases !== entity.aliases || old.forms !== entity.forms || old.mentionCount !== entity.mentionCount) {
        Object.assign(ws, gather(articles));
        this.stale ??= "order";
      } else {
        Object.assign(ws, { articles });
      }
    }
  }

  /** Links what `add` and `remove` changed; returns the ids of the workspace entities gathered again, made or dropped. */
  settle(): ReadonlySet<string> {
    if (this.changed.size === 0) return new Set();
    const ids = new Set(this.changed);
    this.changed.clear();
    // a group's first article names it: when that changes, so may the surnames it takes part in
    for (const id of [...ids]) {
      const before = this.roleOf.get(id) ?? {};
      const members = this.groups.get(id);
      const after = members === undefined || members.length === 0 ? {} : surnameRole(members[0]!.entity);
      if (before.surname === after.surname && before.single === after.single) continue;
      this.enlist(this.fullBySurname, before.surname, id, false);
      this.enlist(this.singleByName, before.single, id, false);
      this.enlist(this.fullBySurname, after.surname, id, true);
      this.enlist(this.singleByName, after.single, id, true);
      if (after.surname === undefined && after.single === undefined) this.roleOf.delete(id);
      else this.roleOf.set(id, after);
      for (const name of [before.surname, after.surname]) for (const single of (name !== undefined && this.singleByName.get(name)) || []) ids.add(single);
    }
    const roots = new Set<string>();
    const moved: string[] = [];
    for (const id of ids) {
      const before = this.rootOf.get(id);
      const members = this.groups.get(id);
      if (members === undefined || members.length === 0) {
        this.groups.delete(id);
        this.rootOf.delete(id);
        if (before !== undefined) roots.add(before);
        continue;
      }
      const single = this.roleOf.get(id)?.single;
      const targets = single === undefined ? undefined : this.fullBySurname.get(single);
      const after = targets?.size === 1 ? [...targets][0]! : id;
      if (before !== after) {
        if (before !== undefined && before !== id) this.joined.get(before)?.delete(id);
        if (after !== id) entryOf(this.joined, after, () => new Set()).add(id);
        this.rootOf.set(id, after);
        moved.push(id);
        if (before !== undefined) roots.add(before);
      }
      roots.add(after);
    }
    for (const root of roots) this.gatherRoot(root);
    // every other article entity already points at its workspace entity, gathered again in place
    for (const id of moved) for (const m of this.groups.get(id)!) this.point(m);
    for (const m of this.fresh) if (this.rootOf.has(m.entity.id)) this.point(m);
    this.fresh = [];
    return roots;
  }

  /** The id of the workspace entity an article entity id belongs to. */
  rootOfId(id: string): string | undefined {
    return this.rootOf.get(id);
  }

  byId(root: string): WorkspaceEntity | undefined {
    return this.byRoot.get(root);
  }

  private point(m: Member): void {
    let ofArticle = this.entityOf.get(m.uri);
    if (ofArticle === undefined) this.entityOf.set(m.uri, (ofArticle = new Map()));
    ofArticle.set(m.entity.id, this.byRoot.get(this.rootOf.get(m.entity.id)!)!);
  }

  private enlist(map: Map<string, Set<string>>, name: string | undefined, id: string, add: boolean): void {
    if (name === undefined) return;
    if (add) {
      entryOf(map, name, () => new Set()).add(id);
      return;
    }
    const set = map.get(name);
    if (set?.delete(id) && set.size === 0) map.delete(name);
  }

  /** The workspace entity of a root group and the groups joined to it, made, gathered again, or dropped. */
  private gatherRoot(root: string): void {
    const own = this.rootOf.get(root) === root ? (this.groups.get(root) ?? []) : [];
    const joined = this.groupsOf(root).slice(1).sort();
    const existing = this.byRoot.get(root);
    if (own.length === 0) {
      // a lone surname joins only a full name that exists; with it gone, those groups are settled apart
      if (existing !== undefined) {
        this.byRoot.delete(root);
        this.stale = "entities";
      }
      return;
    }
    let members = [...own];
    if (joined.length > 0) {
      for (const id of joined) members.push(...this.groups.get(id)!);
      // stable: within an article, the full name's entity first
      members = members.sort(byUri);
    }
    const gathered = gather(members);
    if (existing !== undefined) {
      Object.assign(existing, gathered);
      this.stale ??= "order";
    } else {
      this.byRoot.set(root, gathered);
      this.stale = "entities";
    }
  }

  /** The ids of the article entities a workspace entity gathers: its own, and the lone surnames joined to it. */
  groupsOf(root: string): string[] {
    return [root, ...[...(this.joined.get(root) ?? [])].filter((id) => this.rootOf.get(id) === root)];
  }

  /** Every workspace entity, in most articles first. */
  entities(): readonly WorkspaceEntity[] {
    // sorted again in place after a few entities were gathered: a nearly sorted list sorts in one pass
    if (this.stale === "entities") this.sorted = [...this.byRoot.values()];
    if (this.stale !== undefined) this.sorted.sort(byPresence);
    this.stale = undefined;
    return this.sorted;
  }
}

/** The workspace entity of article entities (sorted by article) that are one: the fullest name names it. */
function gather(list: Member[]): WorkspaceEntity {
  const named = fullestNamed(list);
  const roles = new Set<string>();
  const aliases = new Set<string>();
  const forms = new Set<string>();
  // stored lists are interned: thousands of articles share a handful of them, each read once here
  // (one set per field, as one interned list may be both an entity's aliases and its forms)
  const seenRoles = new Set<readonly string[]>();
  const seenAliases = new Set<readonly string[]>();
  const seenForms = new Set<readonly string[]>();
  let mentionCount = 0;
  for (const { entity } of list) {
    if (!seenRoles.has(entity.roles)) {
      seenRoles.add(entity.roles);
      for (const r of entity.roles) roles.add(r);
    }
    if (entity.name !== named.name) aliases.add(entity.name);
    if (!seenAliases.has(entity.aliases)) {
      seenAliases.add(entity.aliases);
      for (const a of entity.aliases) if (a !== named.name) aliases.add(a);
    }
    if (!seenForms.has(entity.forms)) {
      seenForms.add(entity.forms);
      for (const f of entity.forms) forms.add(f);
    }
    mentionCount += entity.mentionCount;
  }
  return {
    id: named.id,
    name: named.name,
    type: named.type,
    roles: [...roles],
    aliases: [...aliases],
    articles: list,
    mentionCount,
    // an entity of one article (most of them) has its forms listed once already
    forms: list.length === 1 ? list[0]!.entity.forms : [...forms],
  };
}

/** The article entity with the fullest name (most words, then most letters) names the workspace entity; the first on a tie. */
function fullestNamed(list: readonly Member[]): StoredEntity {
  let best = list[0]!.entity;
  let bestWords = wordCount(best.name);
  for (const { entity } of list) {
    // names are interned: the same name as the best so far cannot beat it
    if (entity.name === best.name) continue;
    const words = wordCount(entity.name);
    if (words > bestWords || (words === bestWords && entity.name.length > best.name.length)) {
      best = entity;
      bestWords = words;
    }
  }
  return best;
}

function wordCount(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}
