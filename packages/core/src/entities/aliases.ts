import { Answers } from "../text/answers.js";
import { isSpace } from "../text/chars.js";
import { DEFAULT_ALIASES, type AliasEntry } from "./lexicon.js";
import type { EntityType } from "./types.js";

/** Workspace-level knowledge a user adds in `dossier.json`. */
export interface AuthorityConfig {
  /** Canonical name → variant names. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Canonical name → entity type. */
  readonly types?: Readonly<Record<string, EntityType>>;
}

const ENTITY_TYPES: readonly EntityType[] = ["person", "organization", "place", "group", "event", "other"];

/** Matching key of a name: case and punctuation of dotted abbreviations do not matter, but `US` is not `us`. */
export function aliasKey(name: string): string {
  if (isPlainName(name)) return name.toLowerCase();
  return name.replace(/^the\s+/i, "").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/** No leading `the`, apostrophe or white space other than single inner spaces: the key is the name in lower case. */
function isPlainName(name: string): boolean {
  const first = name.charCodeAt(0);
  if (first === 84 || first === 116 || name.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c === 39 || c === 0x2019 || isSpace(c)) return false;
  }
  return !previousSpace;
}

/** The embedded alias table, optionally extended by a workspace authority file. */
export class AliasTable {
  private readonly entries = new Map<string, AliasEntry>();
  private readonly exact = new Map<string, AliasEntry>();

  constructor(config?: AuthorityConfig) {
    for (const [alias, entry] of DEFAULT_ALIASES) this.add(alias, entry);
    for (const [canonical, variants] of Object.entries(config?.aliases ?? {})) {
      const type = config?.types?.[canonical] ?? this.lookup(canonical)?.type ?? this.findType(variants) ?? "other";
      for (const v of [canonical, ...variants]) this.add(v, { canonical, type });
    }
    for (const [canonical, type] of Object.entries(config?.types ?? {})) {
      if (!this.entries.has(aliasKey(canonical))) this.add(canonical, { canonical, type });
    }
  }

  private findType(variants: readonly string[]): EntityType | undefined {
    for (const v of variants) {
      const t = this.lookup(v)?.type;
      if (t !== undefined) return t;
    }
    return undefined;
  }

  private add(alias: string, entry: AliasEntry): void {
    this.exact.set(alias, entry);
    // two-letter all-caps forms (US, UN, IS) match only as written, so "us" and "Is" stay words
    if (!/^\p{Lu}{1,2}$/u.test(alias)) this.entries.set(aliasKey(alias), entry);
  }

  /**
   * Keys by length and by first letter, and by length and by last letter, built on first use. One edit of a
   * key of four or more letters keeps its first letter or its last, so a near match is looked for only
   * among keys one letter longer or shorter that share one of them.
   */
  private byEnds: Map<string, [string, AliasEntry][]> | undefined;

  private keysSharingAnEnd(length: number, key: string): [readonly [string, AliasEntry][], readonly [string, AliasEntry][]] {
    if (this.byEnds === undefined) {
      this.byEnds = new Map();
      for (const pair of this.entries) {
        for (const end of [`${pair[0].length}<${pair[0][0]}`, `${pair[0].length}>${pair[0].at(-1)}`]) {
          const list = this.byEnds.get(end);
          if (list === undefined) this.byEnds.set(end, [pair]);
          else list.push(pair);
        }
      }
    }
    return [this.byEnds.get(`${length}<${key[0]}`) ?? [], this.byEnds.get(`${length}>${key.at(-1)}`) ?? []];
  }

  /**
   * Answers by the name as written: analysis asks about the same few names many times over, across an
   * article and a workspace, so each is normalised and looked up once.
   */
  private readonly answers = new Answers((name: string) => this.exact.get(name) ?? this.entries.get(aliasKey(name)));

  lookup(name: string): AliasEntry | undefined {
    return this.answers.get(name);
  }

  /** Near matches by the name as written: long names are checked on every mention, and the search scans lists of keys. */
  private readonly nearAnswers = new Answers((name: string) => this.searchNearest(name));

  /** The known name one edit (insertion, deletion, substitution or swap of neighbours) away from `name`, ignoring case; none when ambiguous. */
  nearest(name: string): AliasEntry | undefined {
    return this.nearAnswers.get(name);
  }

  private searchNearest(name: string): AliasEntry | undefined {
    const key = aliasKey(name);
    if (key.length < 4) return undefined;
    let found: AliasEntry | undefined;
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const keys of this.keysSharingAnEnd(length, key)) {
        for (const [alias, entry] of keys) {
          if (!withinOneEdit(alias, key)) continue;
          if (found !== undefined && found.canonical !== entry.canonical) return undefined;
          found = entry;
        }
      }
    }
    return found;
  }

  /** Every surface form the table knows for a canonical name. */
  variantsOf(canonical: string): string[] {
    return [...this.exact].filter(([, e]) => e.canonical === canonical).map(([alias]) => alias);
  }
}

export interface ConfigProblem {
  readonly message: string;
  /** JSON path of the offending value, e.g. `aliases.Islamic State[2]`. */
  readonly path: string;
}

/**
 * Reads a `dossier.json` authority file. Invalid parts are reported and left out, so a bad file still
 * yields the defaults and whatever parts were valid.
 */
export function parseAuthorityConfig(value: unknown): { config: AuthorityConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { config: {}, problems: [{ message: "dossier.json must hold a JSON object", path: "" }] };
  }
  const raw = value as Record<string, unknown>;
  const aliases: Record<string, string[]> = {};
  const types: Record<string, EntityType> = {};
  if (raw.aliases !== undefined) {
    if (raw.aliases === null || typeof raw.aliases !== "object" || Array.isArray(raw.aliases)) {
      problems.push({ message: '"aliases" must map a canonical name to a list of variant names', path: "aliases" });
    } else {
      for (const [name, variants] of Object.entries(raw.aliases as Record<string, unknown>)) {
        if (!Array.isArray(variants) || !variants.every((v) => typeof v === "string" && v.trim().length > 0)) {
          problems.push({ message: `"aliases.${name}" must be a list of non-empty strings`, path: `aliases.${name}` });
          continue;
        }
        aliases[name] = variants as string[];
      }
    }
  }
  if (raw.types !== undefined) {
    if (raw.types === null || typeof raw.types !== "object" || Array.isArray(raw.types)) {
      problems.push({ message: '"types" must map a canonical name to an entity type', path: "types" });
    } else {
      for (const [name, type] of Object.entries(raw.types as Record<string, unknown>)) {
        if (typeof type !== "string" || !ENTITY_TYPES.includes(type as EntityType)) {
          problems.push({ message: `"types.${name}" must be one of ${ENTITY_TYPES.join(", ")}`, path: `types.${name}` });
          continue;
        }
        types[name] = type as EntityType;
      }
    }
  }
  return { config: { aliases, types }, problems };
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  if (a.length + 1 === b.length) return a.slice(i) === b.slice(i + 1);
  if (b.length + 1 === a.length) return a.slice(i + 1) === b.slice(i);
  return false;
}
