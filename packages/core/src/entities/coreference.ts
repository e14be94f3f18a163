import type { Draft } from "../draft.js";
import type { Located } from "../model.js";
import type { Sentence } from "../text/sentences.js";
import type { Span } from "../text/positions.js";
import type { Token } from "../text/tokenize.js";
import type { Candidate } from "./candidates.js";
import { CASE_NAME } from "./case-names.js";
import { PATRONYMICS, classified, headWord, isPeerageName } from "./classify.js";
import { CHAMBER, CITIES, PARTY_NAMES, PARTY_WORDS, CLUB_SUFFIXES, CLASS_NOUNS, COUNTRIES, DEMONYMS, HEAD_WORDS, HONORIFICS, INDUSTRY_HEADS, INSTITUTION_CONNECTORS, KIN_NOUNS, LEGAL_SUFFIXES, LEGISLATURES, NAME_PARTICLES, OFFICE_WORDS, ORGANIZATION_PREFIXES, PLACE_NAMES, REGIONS, ROLE_NOUNS, STATE_BODIES, GOVERNMENT_BODIES, cityThenWord, eventPrefixAt, isEnglishWord, isFirstName, isBranchInLand, isLegalSuffix, isOrganizationHead, isPersonalNameWord, isTitlePart, goesByNameAfterPrefix, singularOf, placeThenName, placeThenNickname, endsInNickname, surnameAt, titlesCalledBackAs, isCountryWord } from "./lexicon.js";
import { acronymLetters, ampersandForm, initialsOf, initialsWithAcronymsOf, isAcronym, isAgeAdjective, isMixedInitialism, isPossessiveNameWord, mixedInitialsOf, possessiveAt, possessiveForms, withoutPossessive } from "./name-tokens.js";
import { nameLists } from "./lists.js";
import { afterPlacePreposition } from "./name-context.js";
import type { Entity, EntityMention, EntityType, MentionKind } from "./types.js";
import { afterCommonOwner, afterThe, articleBefore } from "../text/article-before.js";
import type { LowerCaseWords } from "../text/lower-words.js";
import { capitalised, hasLower, startsUpper } from "../text/chars.js";
import { foldDiacritics, nameMatchKey } from "../text/fold.js";
import { titleCase } from "../text/title-case.js";
import { insideAny, lastAtMost } from "../text/search.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { sharesTradedIn } from "../text/tickers.js";
import { sexEvidence, sexOfTitles, type Sex } from "./sex.js";
import { isPersonNoun } from "./unnamed-people.js";
import { isRoleNoun } from "./roles.js";

/**
 * One key for the ways a name is spelt: `Procter and Gamble` and `Procter & Gamble`, `Société` and `Societe`,
 * `U.S. Open` and `US Open`.
 */
function spellingKey(name: string): string {
  const key = ampersandForm(foldDiacritics(name));
  return key.includes(".") ? key.replace(/\b(?:\p{Lu}\.){2,}/gu, (initials) => initials.replace(/\./g, "")) : key;
}

interface Cluster {
  readonly members: { candidate: Candidate; kind: MentionKind }[];
  /** The names the article defined as acronyms or aliases of it, each with the kind it first joined as. */
  readonly defined: Map<string, MentionKind>;
  canonical?: string;
  descriptions: { span: Span; sentence: number }[];
}

const CONFIDENCE = { known: 3, evidence: 2, guess: 1 } as const;

/**
 * What a business does or has, and a town or a region does not, right after its name: `Meridian declined to comment`,
 * `Meridian's chief executive` (its shares and shareholders `sharesTradedIn` reads).
 */
const FIRM_ACTS_AFTER = /^(?:\s+(?:declined\s+to\b|did\s+not\s+(?:immediately\s+)?(?:respond|return|comment)\b)|['’]s\s+(?:chief\s+(?:executive|operating|financial)|CEO|board\s+of\s+directors)\b)/;

/**
 * The name stands with no article and speaks or acts as a business does: `Southwest said`, `Meridian declined to
 * say`, `Shares of Meridian fell`; not `the Southwest saw` nor `Meridian's mayor`.
 */
function actsAsFirm(text: string, c: Candidate): boolean {
  if (articleBefore(text, c.start) !== undefined) return false;
  const after = text.slice(c.end, c.end + 36);
  return isSpeechVerb(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? "") || FIRM_ACTS_AFTER.test(after) || sharesTradedIn(text, c.start, c.end);
}

/** `the` and a year right before a word: `the 2022 Tour`, an edition of an event. */
const EDITION_BEFORE = /\bthe\s+(?:1[89]|20)\d\d\s+$/i;

/** The lower-case word, hyphenated or not, right after the space after offset `end`: `spokesman`, `vice-chair`. */
function lowerWordAfter(text: string, end: number): string | undefined {
  return /^ +(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end, end + 24))?.[1];
}

/** A place's class noun right after a word, or a compound's first part: `Alberta town`, `Meta province`. */
function beforePlaceNoun(text: string, end: number): boolean {
  const next = lowerWordAfter(text, end)?.split("-")[0];
  return next !== undefined && CLASS_NOUNS.get(next) === "place";
}

/** A role noun right after a word: `Commission spokesman`, `Ministry officials`. */
function beforeRoleNoun(text: string, end: number): boolean {
  const next = lowerWordAfter(text, end);
  return next !== undefined && ROLE_NOUNS.has(next);
}

/** `Halvorsen said its robot`: `its` follows in the name's clause, before any other capitalised word or the sentence's end. */
function itsFollows(text: string, end: number): boolean {
  return /^[^.!?;:\p{Lu}]{0,40}?\bits\b/u.test(text.slice(end, end + 48));
}

/** `at` right before a word: `staff at Pemberton`, where a business is as often as a place. */
const AT_BEFORE = /\bat\s+$/;
/** `in` right before a word: `won in Tarvelo`, where a town stands, not the club named for it. */
const IN_BEFORE = /\bin\s+$/;

/** A name shown to be a place, as a dateline's is, not only guessed one. */
function isShownPlace(c: Candidate): boolean {
  return c.cls.type === "place" && c.cls.confidence === "evidence";
}

/** The short preposition `before` matches stands right before offset `start`: `at Pemberton`, `in Tarvelo`. */
function afterPreposition(before: RegExp, text: string, start: number): boolean {
  return before.test(text.slice(Math.max(0, start - 4), start));
}

export function entityId(type: EntityType, name: string): string {
  return `${type}:${asciiSlug(name) ?? unicodeSlug(name)}`;
}

/** The slug of an ASCII name in one pass (most names are ASCII); undefined for any other name. */
function asciiSlug(name: string): string | undefined {
  let slug = "";
  let dash = false;
  const word = (w: string) => {
    if (dash && slug.length > 0) slug += "-";
    slug += w;
    dash = false;
  };
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word(name[i]!);
    else if (c >= 65 && c <= 90) word(String.fromCharCode(c + 32));
    else if (c === 43) {
      dash = true;
      word("plus");
      dash = true;
    } else dash = true;
  }
  return slug;
}

function unicodeSlug(name: string): string {
  return foldDiacritics(name.normalize("NFKC"))
    .toLowerCase()
    .replace(/\+/g, "-plus-")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Groups candidates into entities: the same canonical name (from the alias table or as written),
 * surnames and first names of a person named in full, acronyms of a longer name, the shorter tail of a
 * longer organization name; then finds definite descriptions (`the President`, `the Journal`,
 * `the complex`) of entities already named.
 */
export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  candidates: readonly Candidate[],
  locate: (span: Span) => Located,
  /** 1 for each sentence of the headline, deck or body, where descriptions are looked for. */
  prose: Uint8Array,
  /** Which words the article writes in lower case. */
  lowercaseWords: LowerCaseWords,
): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<Candidate, Cluster>();

  const join = (c: Candidate, cluster: Cluster, kind: MentionKind) => {
    cluster.members.push({ candidate: c, kind });
    clusterOf.set(c, cluster);
    // (indexed as they join: looking them up among the members made a name written thousands of times quadratic)
    if ((kind === "acronym" || kind === "alias") && !cluster.defined.has(c.name)) cluster.defined.set(c.name, kind);
  };
  /** Empties a cluster whose members have all joined another. */
  const empty = (cluster: Cluster) => {
    cluster.members.length = 0;
    cluster.defined.clear();
  };
  /** `(NRCI)` after its body, `nicknamed La Roca` after its person: another name, by which later mentions join it too. */
  const joinOtherName = (c: Candidate, target: Cluster, key: string) => {
    join(c, target, isAcronym(c.name) ? "acronym" : "alias");
    if (!byKey.has(key)) byKey.set(key, target);
  };
  /**
   * `Joaquín "El Chapo" Guzmán`: the nickname written alone later is the person's other name, with its `The` or without
   * (`Ivo "The Hammer" Lusk … The Hammer`, where a sentence's opening `The` is read as no part of a name).
   */
  const defineNickname = (nickname: string, cluster: Cluster) => {
    for (const name of new Set([nickname, nickname.replace(/^the\s+/i, "")])) {
      const key = `name:${spellingKey(name)}`;
      if (byKey.has(key)) continue;
      byKey.set(key, cluster);
      cluster.defined.set(name, "alias");
    }
  };
  /** `the House`: the chamber, whoever has the surname. */
  const isChamber = (c: Candidate) => c.name === CHAMBER && afterThe(text, c.start);
  /**
   * A one-word place not after a preposition of place may be someone's surname or a company's short name.
   * (before a possessive the preposition governs what is owned: `the length of Toledo's detention`)
   */
  const mayNameOther = (c: Candidate) =>
    c.cls.type === "place" && c.words.length === 1 && (possessiveAt(text, c.end) || !afterPlacePreposition(text, c.start));
  const create = (c: Candidate, key: string, kind: MentionKind = "name", canonical = c.cls.canonical) => {
    const cluster: Cluster = { members: [], defined: new Map(), descriptions: [], canonical: canonical || undefined };
    clusters.push(cluster);
    byKey.set(key, cluster);
    join(c, cluster, kind);
    return cluster;
  };
  /**
   * `Mrs Lusk` beside `Mr Lusk` or `Ivo Lusk`: someone of `sex` who has the name (`folded`) but is not the one named
   * before: whom the article already calls so, else `relative` (a relative of that sex named alone), else someone new.
   */
  const joinOtherOfSex = (c: Candidate, folded: string, sex: Sex, relative?: Cluster) => {
    const key = `name:${folded}|${sex}`;
    const namesake = byKey.get(key);
    if (namesake !== undefined) join(c, namesake, "name");
    else if (relative !== undefined) join(c, relative, "partial");
    else create(c, key);
  };

  /**
   * `Born Leonardo Vasquez in San Antonio` after `Lenny Vasquez`: the name someone was born with is the one person's named
   * before with its surname, no relative introduced as such; with no one else so named (`Born James Ngugi` in a profile
   * of Ngũgĩ wa Thiong'o), a sentence opening `Born` is about the first person the story named who is no one's relative.
   * A name before `was born` is another name too when it keeps the given name of one person named before.
   */
  const bornAs = (c: Candidate): Cluster | undefined => {
    if (c.cls.type !== "person") return undefined;
    const bornBefore = BORN_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (!bornBefore && !BORN_AFTER.test(text.slice(c.end, c.end + 16))) return undefined;
    const surname = nameMatchKey(c.words.at(-1)!);
    const people = clusters.filter((cl) => cl.members.length > 0 && typeOf(cl) === "person");
    const namesakes = people.filter((cl) => cl.members.some((m) => m.candidate.words.length >= 2 && nameMatchKey(m.candidate.words.at(-1)!) === surname));
    const unrelated = namesakes.filter((cl) => !introducedAsKin(cl));
    if (unrelated.length === 1) return unrelated[0];
    if (!bornBefore) {
      // `Margit Elisabeth Holm was born` in an obituary of `Margit Lindahl`: a maiden name keeps the given name
      const given = nameMatchKey(c.words[0]!);
      const sameGiven = people.filter((cl) => !introducedAsKin(cl) && cl.members.some((m) => m.candidate.words.length >= 2 && nameMatchKey(m.candidate.words[0]!) === given));
      return unrelated.length === 0 && sameGiven.length === 1 ? sameGiven[0] : undefined;
    }
    const opens = text.startsWith("Born ", c.start - 5) && tokens[sentences[c.sentence]!.firstToken]?.start === c.start - 5;
    // (`Lord Hadley` … `Born Michael Hadley`: one named before by the surname alone is who it is, whom the surnames join below)
    const surnamedBefore = candidates.some((o) => o.start < c.start && o.words.length === 1 && o.cls.type === "person" && nameMatchKey(o.words[0]!) === surname);
    return unrelated.length === 0 && opens && !surnamedBefore ? people.find((cl) => !introducedAsKin(cl)) : undefined;
  };

  // 1. Names known to a table, and multi-word names: one cluster per canonical form.
  const rest: Candidate[] = [];
  // `the Dutch Data Protection Authority (AP)`: an acronym the article defines for a body the table does not know by it
  // is that body's from there on, not the one the table gives (`Associated Press`)
  const redefinedFrom = new Map<string, number>();
  for (const c of candidates) {
    if (c.parentheticalOf !== undefined && c.cls.canonical !== undefined && candidates[c.parentheticalOf]!.cls.canonical !== c.cls.canonical && !redefinedFrom.has(c.name)) redefinedFrom.set(c.name, c.start);
  }
  const surnameOf = surnamesFirstNamed(candidates);
  // `Congo` beside `Democratic Republic of Congo`: a word that is another place's other name, and the end of a place's
  // longer name the article gives (in a headline, after it), is that place
  const placeByLastWord = new Map<string, string>();
  for (const c of candidates) {
    const last = c.words[c.words.length - 1]!;
    if (c.cls.canonical !== undefined && c.cls.type === "place" && c.words.length >= 2 && !placeByLastWord.has(last)) placeByLastWord.set(last, c.cls.canonical);
  }
  for (const c of candidates) {
    // (`Montenegro, 51, told` after `Luis Montenegro`: a country's name that is the surname of someone named before, read with the surnames below)
    if (c.cls.canonical !== undefined && !(mayNameOther(c) && (surnameOf.get(nameMatchKey(c.name)) ?? Infinity) < c.start) && !((redefinedFrom.get(c.name) ?? Infinity) <= c.start)) {
      const kind: MentionKind = c.name === c.cls.canonical ? "name" : isAcronym(c.name) ? "acronym" : "alias";
      const longer = kind === "alias" && c.words.length === 1 && c.cls.type === "place" ? placeByLastWord.get(c.name) : undefined;
      const canonical = longer ?? c.cls.canonical;
      const key = `canon:${canonical}`;
      const existing = byKey.get(key);
      if (existing) join(c, existing, kind);
      else {
        const cluster = create(c, key, kind, canonical);
        // (the canonical name written out later joins it too: `California` after the dateline's `Calif.`)
        const nameKey = `name:${spellingKey(canonical)}`;
        if (!byKey.has(nameKey)) byKey.set(nameKey, cluster);
      }
    } else if (c.words.length >= 2) {
      const key = `name:${spellingKey(c.name)}`;
      const existing = byKey.get(key);
      const named = existing !== undefined ? undefined : c.parentheticalOf === undefined ? bornAs(c) : clusterOf.get(candidates[c.parentheticalOf]!);
      if (named !== undefined) joinOtherName(c, named, key);
      else if (existing) join(c, existing, existing.defined.get(c.name) ?? "name");
      else create(c, key);
      if (c.nickname !== undefined) defineNickname(c.nickname, clusterOf.get(c)!);
    } else {
      rest.push(c);
    }
  }

  // 2. A shorter multi-word name that ends a longer one of the same type: Central Command → U.S. Central
  // Command; a person's particle or double surname, De Bruyne → Kevin De Bruyne, Dario Gomez → Hernan Dario Gomez;
  // or that starts an Arab name after its given and father's names, Mohamed bin Zayed → Mohamed bin Zayed Al Nahyan.
  // Indexed by every word-tail of every name, so the pass stays linear in the number of names.
  const byTail = new Map<string, Cluster[]>();
  const push = <K>(map: Map<K, Cluster[]>, key: K, cl: Cluster) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [cl]);
    else if (list[list.length - 1] !== cl) list.push(cl);
  };
  // `Solaris Grid` after `Solaris Grid Inc`: a company's name without its legal form
  const byCompanyName = new Map<string, Cluster[]>();
  // `Mohamed bin Zayed` after `Mohamed bin Zayed Al Nahyan`: an Arab name's given name and father's name are its short form
  const byPatronymic = new Map<string, Cluster[]>();
  const byHeadless = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    const words = cl.members[0]!.candidate.name.split(" ");
    // (what follows a body's `of`, `for` or `on` is a name of its own: `McGill University` in `Students' Society of McGill University`)
    // (nor is the rest after a first word that sets one apart from its namesake: `Egyptian Museum` beside `Grand Egyptian Museum`)
    for (let k = SET_APART.has(words[0]!) ? 2 : 1; k < words.length; k++) if (!INSTITUTION_CONNECTORS.has(words[k - 1]!) && !(words[k - 1] === "the" && INSTITUTION_CONNECTORS.has(words[k - 2] ?? ""))) push(byTail, tailKey(words.slice(k).join(" ")), cl);
    const patronymic = words.findIndex((w) => PATRONYMICS.has(w));
    if (patronymic > 0) for (let k = patronymic + 2; k < words.length; k++) push(byPatronymic, words.slice(0, k).join(" "), cl);
    if (words.length >= 3 && LEGAL_SUFFIXES.has(words[words.length - 1]!) && typeOf(cl) === "organization") {
      // (`Eli Lilly & Co.`: the `& Co.` goes with the legal form)
      const name = words.at(-2) === "&" || words.at(-2) === "and" ? words.slice(0, -2) : words.slice(0, -1);
      push(byCompanyName, ampersandForm(name.join(" ")), cl);
    }
    // `Abbott Northwestern` after `Abbott Northwestern Hospital`: a body's name without its head word
    if (words.length >= 3 && HEAD_WORDS.get(words.at(-1)!) === "organization" && typeOf(cl) === "organization") push(byHeadless, words.slice(0, -1).join(" "), cl);
  }
  for (const cluster of [...clusters]) {
    const c = cluster.members[0]!.candidate;
    if (c.cls.canonical || cluster.members.length === 0) continue;
    const company = c.cls.confidence === "known" ? undefined : byCompanyName.get(ampersandForm(c.name));
    if (company?.length === 1 && company[0] !== cluster) {
      for (const m of cluster.members) join(m.candidate, company[0]!, "partial");
      empty(cluster);
      continue;
    }
    // (not a place, as `Cape Cod` beside the `Cape Cod Times`, nor someone a title or role names anywhere, as `former President
    // Jimmy Carter` beside the `Jimmy Carter Center`; named after the body, or in the headline, which shortens what the body spells out)
    const body = c.cls.type === "place" || cluster.members.some((m) => m.candidate.roles.length > 0) ? undefined : byHeadless.get(c.name);
    if (body?.length === 1 && body[0] !== cluster && (body[0]!.members[0]!.candidate.start < c.start || c.sentence === 0)) {
      for (const m of cluster.members) join(m.candidate, body[0]!, "partial");
      empty(cluster);
      continue;
    }
    // `ACLU of Texas` beside `American Civil Liberties Union of Texas`: an acronym of the longer name's words before the same `of` tail
    const acronymOf = acronymWithTail(c);
    if (acronymOf !== undefined) {
      const expansion = (byTail.get(tailKey(acronymOf.tail)) ?? []).filter((o) => o !== cluster && o.members.length > 0 && fullNameHasInitials(o, acronymOf));
      if (expansion.length === 1) {
        for (const m of cluster.members) join(m.candidate, expansion[0]!, "acronym");
        empty(cluster);
        continue;
      }
    }
    // (a guessed tail of a person's name is theirs: `de Gaulle would not` after `Charles de Gaulle`; and two
    // words guessed a person's, a body's or a thing's are the rest of a longer name that is no person's: `Janata Dal`
    // after `Rashtriya Janata Dal`, a headline's `Cargo Dragon` after `SpaceX Cargo Dragon`)
    const sameType = (o: Cluster) => {
      // (a name whose opening `The` a sentence's start took off is the name with it, whatever either's head word says:
      // `The Salt Road is published` after `Ivo Lusk's third novel, The Salt Road,`)
      if (o.members[0]!.candidate.name === `The ${c.name}` && /(?:^|\s)The\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start))) return true;
      // (a place the body shows as one is none of a longer name's but a place's, though a guess came first:
      // `on Orsel Meadows, a 40-acre site,` beside `Save Orsel Meadows`)
      if (o.members[0]!.candidate.cls.type !== "place" && cluster.members.some((m) => isShownPlace(m.candidate))) return false;
      if (o.members[0]!.candidate.cls.type === c.cls.type) return true;
      if (c.cls.confidence !== "guess") return false;
      const type = typeOf(o);
      return type === "person" || (c.cls.type !== "place" && c.cls.type !== "event" && (type === "organization" || type === "other"));
    };
    const tails = byTail.get(tailKey(c.name)) ?? [];
    const starts = byPatronymic.get(c.name);
    const longer = (starts === undefined ? tails : [...tails, ...starts]).filter((o) => o !== cluster && o.members.length > 0 && sameType(o));
    if (longer.length === 0) continue;
    // two people who share the tail (Ann Smith, Mary Ann Smith and Jo Ann Smith) leave it alone
    if (longer.length > 1 && typeOf(longer[0]!) === "person") continue;
    for (const m of cluster.members) join(m.candidate, longer[0]!, "partial");
    empty(cluster);
  }

  // People named in full, by first and last word; later steps only add single words, so these are built once.
  const bySurname = new Map<string, Cluster[]>();
  const byNameWord = new Map<string, Cluster[]>();
  const byLastWord = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  const byOrganizationFirstWord = new Map<string, Cluster[]>();
  /** Bodies by the town or land they serve, which their name opens: `Kelmo` of `Kelmo Chamber of Commerce`. */
  const byServedPlace = new Map<string, Cluster[]>();
  /** The towns and lands a state's body or a council serves, which its name opens: `Tarvel` of `Tarvel Borough Council`. */
  const servedLands = new Set<string>();
  const byHeadWord = new Map<string, Cluster[]>();
  const byCaseFirstWord = new Map<string, Cluster[]>();
  const byMiddleName = new Map<string, Cluster[]>();
  const byAreaFirstWord = new Map<string, Cluster[]>();
  const byEventFirstWord = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    if (cl.members.length === 0) continue;
    const type = typeOf(cl);
    const person = type === "person";
    // (a name written again adds no key: every key it gives is this cluster's last already)
    const indexed = new Set<string>();
    for (const m of cl.members) {
      const words = m.candidate.words;
      if (words.length < 2) continue;
      const asWritten = `${m.candidate.name}\u0000${words.join(" ")}`;
      if (indexed.has(asWritten)) continue;
      indexed.add(asWritten);
      // (the name's words as written, small words too: `Bank of England`)
      const written = m.candidate.name.split(" ");
      const countryLed = words.length >= 3 && isCountryWord(words[0]!);
      if (person) {
        const own = beforeRealm(m.candidate);
        const surname = nameMatchKey(own[surnameAt(own)]!);
        push(bySurname, surname, cl);
        push(byNameWord, surname, cl);
        push(byNameWord, nameMatchKey(own[0]!), cl);
        for (const w of own.slice(1, -1)) if (startsUpper(w)) push(byMiddleName, nameMatchKey(w), cl);
      } else {
        push(byLastWord, words.at(-1)!, cl);
        const head = headWord(written);
        if (HEAD_WORDS.has(head)) push(byHeadWord, head, cl);
        // (not a body named for a place named in its first two words: `Monterey` is no short name of `Monterey Bay Aquarium`;
        // a club named for its town is: `Grimsby` of `Grimsby Town`; nor a body's head word, `Bank` of `Bank of Canada`,
        // though a place's head word opening a firm's name is the firm's own word: `Harbor` of `Harbor Foods`)
        const clubOfTown = words.length === 2 && CLUB_SUFFIXES.has(words[1]!);
        // (a building society is a lender, not a society of a building: `Orvek` of `Orvek Building Society`)
        const buildingSociety = words[1] === "Building" && words[2] === "Society";
        // (nor a known body's initials before the land of its branch: `NHS` is no short name of `NHS England`; nor the land
        // a state's body serves: `Tarvel` is no short name of `Tarvel Statistics Office`, though an everyday word that
        // opens one is: `Federal` of `Federal Mining Safety Authority`)
        const namesLand = !isEnglishWord(words[0]!.toLowerCase());
        const stateBody = namesLand && words.some((w, k) => k > 0 && GOVERNMENT_BODIES.has(w));
        // (and a council's: `Tarvel Borough Council`)
        if (type === "organization" && (stateBody || (namesLand && words.at(-1) === "Council"))) servedLands.add(words[0]!);
        // (nor is the town or land a body of some field serves, named before its head and `of`, save before that head:
        // `Kelmo` is no short name of `Kelmo Chamber of Commerce`, but `the Kelmo chamber` is)
        const servedPlace = HEAD_WORDS.get(words[1]!) === "organization" && written[2] === "of";
        if (type === "organization" && (HEAD_WORDS.get(words[0]!) ?? "place") === "place" && !OFFICE_WORDS.has(words[0]!) && (HEAD_WORDS.get(words[1] ?? "") !== "place" || clubOfTown || buildingSociety) && !isBranchInLand(words) && !stateBody) {
          push(servedPlace ? byServedPlace : byOrganizationFirstWord, words[0]!, cl);
        }
        // (`the Fed` beside `U.S. Federal Reserve`, `the Marsden` beside `Royal Marsden Hospital`: the country a body's name
        // opens with is no part of its short name, nor is `Royal` before a word of the body's own)
        if (type === "organization" && (countryLed || royalLed(words))) push(byOrganizationFirstWord, words[1]!, cl);
        if (type === "other" && CASE_NAME.test(m.candidate.name)) push(byCaseFirstWord, words[0]!, cl);
        // `the Tour` after `Tour de France`, `the Battle` after `Battle of Hastings`: an event goes by its first word after `the`
        if (type === "event") push(byEventFirstWord, words[0]!, cl);
        // `Gaines` after `Gaines County`, `Wembley` after `Wembley Stadium`: a place whose head is a noun for a kind of place
        if (type === "place" && words.length === 2 && CLASS_NOUNS.get(words[1]!.toLowerCase()) === "place") push(byAreaFirstWord, words[0]!, cl);
        // `Webb` after `James Webb Space Telescope`: a thing named for a person goes by the person's surname
        if (type === "other" && words.length >= 3 && isFirstName(words[0]!)) for (const w of words.slice(1, -1)) if (startsUpper(w)) push(byMiddleName, nameMatchKey(w), cl);
      }
      push(byInitials, initialsOf(words), cl);
      // (the country a body's name opens with is no part of its acronym: `FTC` for `US Federal Trade Commission`)
      if (countryLed) push(byInitials, initialsOf(words.slice(1)), cl);
      const withAcronyms = initialsWithAcronymsOf(words);
      if (withAcronyms !== undefined) push(byInitials, withAcronyms, cl);
      // (a legal form may count too: `TSMC` is `Taiwan Semiconductor Manufacturing Co.`)
      if (isLegalSuffix(words.at(-1)!)) push(byInitials, initialsOf(words.slice(0, -1)) + words.at(-1)![0], cl);
      // (each part of a hyphened word counts when it is capitalised: `World Anti-Doping Agency` is `WADA`)
      const parts = initialsOf(words.flatMap((w) => w.split("-")));
      if (parts.length > words.length) push(byInitials, parts, cl);
      // (the small words the candidate's words leave out count here, in either case: `Bank of England` is `BoE`, `Bank of Japan` is `BOJ`)
      if (written.some((w) => !startsUpper(w))) {
        const mixed = mixedInitialsOf(written);
        push(byInitials, mixed, cl);
        push(byInitials, mixed.toUpperCase(), cl);
      }
    }
  }

  // 3. Single words: parenthetical acronyms, surnames and first names of people, acronyms of longer names.
  /** A short form (honorific and surname) and the person it first stood for, when several share the word. */
  const formOwners = new Map<string, Cluster>();
  // (a word the article calls a place on its own, wherever: `Maresford` in a headline, `MARESFORD —` in the dateline under it)
  // (not one a business's word that a preposition alone made a place: `at Pemberton's plant` after `Pemberton Dairy`)
  // (a headline's word is the firm's the story names after it: `Strike at Kelmo car plant` over `Kelmo Motors`)
  const firmAt = (c: Candidate) => c.cls.type === "place" && c.cls.confidence === "guess" && (afterPreposition(AT_BEFORE, text, c.start) || actsAsFirm(text, c)) && firmNamedBefore(byOrganizationFirstWord.get(c.name), c.sentence === 0 ? Infinity : c.start) !== undefined;
  const placeWords = new Set(rest.filter((c) => c.words.length <= 1 && c.cls.type === "place" && !firmAt(c)).map((c) => c.name));
  /** Bodies named by one word alone: `Norvex`, a merger's second word in `Halvik Norvex`. */
  const oneWordFirms = new Set(rest.filter((c) => c.words.length === 1 && c.cls.type === "organization").map((c) => c.name));
  /** The clubs named for a town by a word clubs take and the town's word: `Atletico Tarvelo` for `Tarvelo`. */
  const clubsNamedFor = (word: string) => (byLastWord.get(word) ?? []).filter((cl) => cl.members.some((m) => prefixedClub(m.candidate.words)));
  for (const c of rest) {
    const word = c.words[0] ?? c.name;
    if (c.parentheticalOf !== undefined) {
      const target = clusterOf.get(candidates[c.parentheticalOf]!);
      if (target) {
        // the acronym an article defines is how it names the body from then on (`HHS` after `Department of Health and Human Services (HHS)`)
        joinOtherName(c, target, `name:${foldDiacritics(c.name)}`);
        continue;
      }
    }
    // a work's title is the work's, never the person it is named for (`“Oppenheimer”` beside `J. Robert Oppenheimer`):
    // where someone has the word, only another title of the same words joins it
    const folded = foldDiacritics(c.name);
    const sameName = byKey.get(`name:${folded}`);
    if (c.work === true) {
      const namesSomeone = (byNameWord.get(nameMatchKey(word)) ?? []).length > 0 || (sameName !== undefined && typeOf(sameName) === "person");
      const same = namesSomeone ? byKey.get(`work:${folded}`) : sameName;
      if (same !== undefined) join(c, same, "name");
      else create(c, `${namesSomeone ? "work" : "name"}:${folded}`);
      continue;
    }
    // `Labour had won` beside `Labour Party`: a party's word alone, no member's plural nor after an article (`a Republican`
    // is a member), is the party
    const party = (c.cls.type === "group" || PARTY_NAMES.has(word)) && PARTY_WORDS.has(word) && !word.endsWith("s") && articleBefore(text, c.start) === undefined ? byKey.get(`name:${folded} Party`) : undefined;
    if (party !== undefined && party.members.length > 0) {
      join({ ...c, cls: classified("organization", "evidence") }, party, "partial");
      continue;
    }
    // `as Tarvel plugs £18m gap` beside `Tarvel Borough Council`: a word typed by no evidence that opens the name of a state's
    // body is the town or land the body serves
    if (c.cls.type === "other" && c.cls.confidence === "guess" && c.words.length === 1 && sameName === undefined && servedLands.has(word)) {
      create({ ...c, cls: classified("place", "evidence") }, `name:${folded}`);
      continue;
    }
    if (mayNameOther(c)) {
      // `Paris claims` after `Valeska Paris`, `I wish Sofia well` after `Sofia Brennan`: a city's name that is the surname
      // or the given name of the one person named so in full before
      const people = (byNameWord.get(nameMatchKey(word)) ?? []).filter((cl) => cl.members.some((m) => m.candidate.words.length >= 2 && m.candidate.start < c.start));
      if (people.length === 1) {
        join({ ...c, cls: classified("person", "evidence") }, people[0]!, "partial");
        continue;
      }
      // `Meta` after `Meta Platforms`: a place only the gazetteer knows, no country or city, is the short name of the company named before it
      // (not of a state body named for its place: `the Texas outbreak` beside `Texas Department of Health`, `Maryland Governor`
      // beside `Maryland Transportation Authority`; nor a place
      // everyone knows: `Mars` beside `Mars Express`; nor one a place's noun follows: `Alberta town` beside `Alberta Wildfire`)
      // (a headline names it so before the story names it in full: `Meta to cut jobs`)
      // (a town's or a region's name, with no article, that speaks or acts as a business does is the firm's: `Southwest said`
      // beside `Southwest Airlines`, `Meridian declined to comment` beside `Meridian Health Partners`)
      const firms =
        c.cls.confidence === "known" && !COUNTRIES.has(word) && (!(CITIES.has(word) || PLACE_NAMES.has(word)) || actsAsFirm(text, c)) && !beforePlaceNoun(text, c.end)
          ? (byOrganizationFirstWord.get(word) ?? []).filter((cl) => cl.members.some((m) => (m.candidate.start < c.start || c.sentence === 0) && !m.candidate.words.some((w, k) => k > 0 && STATE_BODIES.has(w))))
          : [];
      if (firms.length === 1) {
        join({ ...c, cls: classified("organization", "evidence") }, firms[0]!, "partial");
        continue;
      }
      // `Leverkusen host Dortmund` beside `Bayer Leverkusen`: a club goes by its town's name, not after `in` (nor in
      // a dateline, `LEVERKUSEN (AP) —`, written in capitals)
      const clubs = clubsNamedFor(word);
      if (clubs.length === 1 && hasLower(text.slice(c.start, c.end))) {
        join({ ...c, cls: classified("organization", "evidence") }, clubs[0]!, "partial");
        continue;
      }
      // `Edison said` after `Southern California Edison`: a body named for its region and a name of its own goes by that name
      const regional = (byLastWord.get(word) ?? []).filter((cl) => typeOf(cl) === "organization" && cl.members.some((m) => m.candidate.start < c.start && placeThenName(m.candidate.words)));
      if (regional.length === 1) {
        join({ ...c, cls: classified("organization", "evidence") }, regional[0]!, "partial");
        continue;
      }
    }
    // `died in Adelaide` beside `Princess Adelaide`: a town's name after a preposition of place is the town, though someone has it
    if (sameName !== undefined && c.cls.type === "place" && c.cls.confidence === "known" && !mayNameOther(c) && typeOf(sameName) === "person") {
      create(c, `place:${folded}`);
      continue;
    }
    // `McDonald's chief executive` beside `at McDonald's.`: a name written in the possessive and its possessive cut off are one
    const stem = withoutPossessive(c.name);
    const possessiveForm = sameName === undefined ? possessiveCounterpart(c, byKey, bySurname) : undefined;
    if (possessiveForm !== undefined) {
      // (a person's, or a name a table knows, is the name without it: `the decision was Obama's`, `Microsoft's.`)
      const person = c.cls.type === "person" || c.cls.canonical !== undefined || possessiveForm.canonical !== undefined || typeOf(possessiveForm) === "person";
      // (and so is a name written bare somewhere, owning nothing: `Orsel released a watch` … `lags behind Orsel's.`)
      const possessiveKept = isPossessiveNameWord(c.name);
      const writtenBare = possessiveKept ? possessiveForm.members.some((m) => m.kind === "name" && !possessiveAt(text, m.candidate.end)) : !possessiveAt(text, c.end);
      const asName = possessiveKept !== (person || writtenBare);
      // (the form without it, written first, is then the short one; a possessive that is the stem's owns what the sentence
      // leaves out, so its mention is the stem alone: the name, or a person's surname)
      for (const m of asName ? possessiveForm.members : []) {
        if (m.kind !== "name") continue;
        if (possessiveKept) m.kind = "partial";
        else m.candidate = withoutOwnersMark(m.candidate);
      }
      if (possessiveKept && !asName) {
        const kind = possessiveForm.members.some((m) => m.kind === "name" && m.candidate.name === stem) ? "name" : "partial";
        join(withoutOwnersMark(c), possessiveForm, kind);
      } else join(c, possessiveForm, asName ? "name" : "partial");
      continue;
    }
    // `while Kelvar's fell 3%` beside `Kelvar Shipping`: a word kept whole with its `'s` is the possessive of the one firm
    // it opens, whose owned thing the sentence leaves out
    const owner = stem !== c.name ? (byOrganizationFirstWord.get(stem) ?? []) : [];
    if (owner.length === 1) {
      join(withoutOwnersMark(c), owner[0]!, "partial");
      continue;
    }
    // `Tarvelo appealed` beside the dateline's `TARVELO` and `Atletico Tarvelo`: the town's word read as no place is the
    // club named for the town, as it is where the gazetteer knows the town
    const townClubs = sameName !== undefined && typeOf(sameName) === "place" && c.cls.type !== "place" ? clubsNamedFor(word) : [];
    if (townClubs.length === 1) {
      join({ ...c, cls: classified("organization", "evidence") }, townClubs[0]!, "partial");
      continue;
    }
    // `Mrs Lusk` after `Mr Lusk`: a form of address of the other sex names someone else who has the name
    // (the title is read first: most mentions have none, and the cluster's type is a pass over all its members)
    const titleSex = sameName !== undefined && c.cls.type === "person" ? sexOfTitles(c.roles.filter((r) => HONORIFICS.has(r))) : undefined;
    const namesakeSex = titleSex !== undefined && typeOf(sameName!) === "person" ? sexOf(sameName!) : undefined;
    if (titleSex !== undefined && namesakeSex !== undefined && namesakeSex !== titleSex) {
      joinOtherOfSex(c, folded, titleSex);
      continue;
    }
    if (sameName) {
      const defined = sameName.defined.get(c.name);
      const asName = c.name === sameName.canonical || (sameName.members[0]!.kind === "name" && sameName.members[0]!.candidate.words.length === 1);
      join(c, sameName, defined ?? (asName ? "name" : "partial"));
      continue;
    }
    // `Halvorsen said its robot` beside `Ingrid Halvorsen` and `Halvorsen Robotics`: the word `its` speaks of is the business
    const firm = c.cls.type === "organization" && (itsFollows(text, c.end) || actsAsFirm(text, c)) ? (byOrganizationFirstWord.get(word) ?? []) : [];
    if (firm.length === 1) {
      join(c, firm[0]!, "partial");
      continue;
    }
    // `VOGT: I think…` in a transcript, `VOGT SLAMS…` in a headline: a surname in capitals is the one person who has it
    const shouted = c.cls.confidence !== "known" && word.length >= 3 && !hasLower(word) ? (bySurname.get(nameMatchKey(titleCase(word))) ?? []) : [];
    if (shouted.length === 1) {
      join({ ...c, name: titleCase(c.name), words: [titleCase(word)], cls: classified("person", "evidence") }, shouted[0]!, "partial");
      continue;
    }
    if (c.cls.confidence !== "known") {
      // (a word shown to be a place, as a dateline's is, names that place, not someone or somewhere longer named with it:
      // `MARESFORD —` beside `Maresford Grove`)
      const matches = isChamber(c) || isShownPlace(c) ? [] : (byNameWord.get(nameMatchKey(word)) ?? []);
      if (matches.length > 0) {
        // (`her son, Samuel Hale` … `Hale said` … `her husband, Geoffrey Hale`: a bare surname speaks of someone
        // already named in full, when anyone is)
        const earlier = matches.filter((cl) => namedInFullBy(cl, c.start));
        // (`Halvorsen said` after `Halvorsen Foods` and before its founder `Anders Halvorsen`: when no one is named in
        // full yet, the firm the word opens, named already, is meant)
        // (a guess that it is someone's, as `said` gives, yields; a title does not: `Mr. Halvorsen`)
        const firm = earlier.length === 0 && (c.cls.type !== "person" || c.cls.confidence === "guess") ? firmNamedBefore(byOrganizationFirstWord.get(word), c.start) : undefined;
        if (firm !== undefined) {
          join({ ...c, cls: classified("organization", "evidence") }, firm, "partial");
          continue;
        }
        const pool = earlier.length > 0 ? earlier : matches;
        // `her son, Adebayo Oyelaran` ... `Dr. Oyelaran`: news copy calls a relative who shares the surname by the
        // given name after the first time, so a bare surname is the relative's only when no one else has it
        const unrelated = pool.length > 1 ? pool.filter((cl) => !introducedAsKin(cl)) : pool;
        // (`an aide to the late mayor John Reed` … `Reed, who was tried`: nor is it someone the article has dead, when another has it)
        const living = unrelated.length > 1 ? unrelated.filter((cl) => !introducedAsLate(cl, text)) : unrelated;
        const eligible = living.length > 0 ? living : unrelated.length > 0 ? unrelated : pool;
        // `Mr. Pruett` after `Mark and Lena Pruett`: a title that says its holder's sex picks the one of that sex
        const titleSex = sexOfTitles(c.roles.filter((r) => HONORIFICS.has(r)));
        const ofSex = titleSex === undefined ? [] : eligible.filter((cl) => sexOf(cl) === titleSex);
        // `Mrs Lusk` after `Ivo Lusk and his wife Kai`: a title of the other sex than all who have the surname is the one
        // relative of that sex named by a given name alone, or else someone not named before
        // (one of no sex the lists know may still be its holder, as the surname pass below finds)
        if (titleSex !== undefined && ofSex.length === 0) {
          const relatives = clusters.filter((cl) => introducedAsKin(cl) && sexOf(cl) === titleSex && cl.members.every((m) => m.candidate.words.length === 1));
          joinOtherOfSex(c, folded, titleSex, relatives.length === 1 ? relatives[0] : undefined);
          continue;
        }
        let target = nearestBefore(ofSex.length > 0 ? ofSex : eligible, c.start);
        // `Dr. Hartsfield` after Evelyn and Paul Hartsfield: the one the article already calls so keeps the form
        // (a form holds its word, and a word's matches are fixed before this loop, so its owner is among them)
        if (matches.length > 1) {
          const form = `${c.roles.filter((r) => HONORIFICS.has(r)).join(" ")}|${foldDiacritics(word)}`;
          const owner = formOwners.get(form);
          if (owner !== undefined) target = owner;
          else formOwners.set(form, target);
        }
        join(c, target, "partial");
        continue;
      }
      // `Lula` after `Luiz Inácio Lula da Silva`: someone may go by a middle name, when no one else has it
      // (a word only guessed a body's too: `Zafrul said` after `Tengku Zafrul Aziz`)
      const middle = c.cls.type === "person" || c.cls.type === "other" || c.cls.confidence === "guess" ? (byMiddleName.get(nameMatchKey(word)) ?? []) : [];
      if (middle.length === 1) {
        join(c, middle[0]!, "partial");
        continue;
      }
      // (unless the word names someone: `Jackson said` beside `Jackson County`)
      const area = clustersNamedBefore(byAreaFirstWord.get(word), c.start);
      if (area.length === 1 && (c.cls.type !== "person" || c.cls.confidence === "guess") && c.roles.length === 0) {
        join({ ...c, cls: classified("place", "evidence") }, area[0]!, "partial");
        continue;
      }
      // "the Journal" after "the Wall Street Journal" (only after it: `The Velmar parliament` is not the later
      // `Open Rights Velmar`)
      // "the Church" after "the Church of Scientology": the institution's head word
      // ("Commission spokesman" after "the European Commission": the head word before one of its people)
      // (an event named before whose first word this is, looked up only where `the` or a year stands before it)
      const eventOpened = () => (c.words.length === 1 ? clustersNamedBefore(byEventFirstWord.get(word), c.start) : []);
      /** The events named before that the word opens, once looked up. */
      let events: readonly Cluster[] | undefined;
      // (and a legislature's word before a noun it qualifies: `a heated Commons debate`, `the Senate vote`)
      if ((afterThe(text, c.start) || beforeRoleNoun(text, c.end) || (LEGISLATURES.has(word) && lowerWordAfter(text, c.end) !== undefined)) && word !== CHAMBER) {
        // (not a place's name after a body's `of`, which names the land the body is of: `the Tarvel krone` is no
        // `Bank of Tarvel`, though `the Scientology-owned ship` is the `Church of Scientology`'s)
        const byLast = clustersNamedBefore(byLastWord.get(word), c.start).filter((cl) => c.cls.type !== "place" || !cl.members.some((m) => m.candidate.name.endsWith(` of ${word}`)));
        const named = byLast.length > 0 ? byLast : (byHeadWord.get(word) ?? []).filter((cl) => cl.members.length > 0);
        if (named.length === 1) {
          join(c, named[0]!, "description");
          continue;
        }
        if (named.length === 0) events = eventOpened();
      }
      // (`the 2022 Tour`: so does an edition of it, `the` and its year before the word, when the word names nothing
      // else: `the 2018 FIFA football World Cup`)
      if (events === undefined && (c.cls.type === "other" || c.cls.confidence === "guess") && EDITION_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) events = eventOpened();
      // (`Greenmoor continues` after `Greenmoor Festival`: so does its first word alone, where only a guess made it a body or a
      // thing; a word named before as a town is the town, joined above)
      if (events === undefined && (c.cls.type === "other" || (c.cls.type === "organization" && c.cls.confidence === "guess"))) events = eventOpened();
      if (events?.length === 1) {
        join({ ...c, cls: classified("event", "evidence") }, events[0]!, "partial");
        continue;
      }
      // `Etna` beside `Mount Etna`, `Galibier` beside `Col du Galibier`: a mountain, a pass or a prison goes by its name after the prefix
      const shortened = (byLastWord.get(word) ?? []).filter((cl) => cl.members.length > 0 && typeOf(cl) === "place" && cl.members.some((m) => goesByNameAfterPrefix(m.candidate.words)));
      if (shortened.length === 1) {
        join(c, shortened[0]!, "partial");
        continue;
      }
      // `Chrome` after `Google Chrome`: a product goes by its last word
      const product = (byLastWord.get(word) ?? []).filter((cl) => cl.members.length > 0 && typeOf(cl) === "other" && cl.members.some((m) => m.candidate.cls.confidence === "evidence"));
      if (product.length === 1) {
        join(c, product[0]!, "partial");
        continue;
      }
      // `Katrina` after `Hurricane Katrina`: a storm, or another event a prefix names, goes by the name after it
      const prefixedEvent = (byLastWord.get(word) ?? []).filter((cl) => cl.members.length > 0 && typeOf(cl) === "event" && cl.members.some((m) => eventPrefixAt(m.candidate.words) === m.candidate.words.length - 2));
      if (prefixedEvent.length === 1 && c.roles.length === 0) {
        join(c, prefixedEvent[0]!, "partial");
        continue;
      }
      // `Roe` after `Roe v. Wade`: a case goes by its first party's name, unless the party is a body the article names
      // (`Novalink` beside `Novalink Inc` and `Novalink Inc v. Brightpath Corp` is the company)
      const courtCase = byCaseFirstWord.get(word) ?? [];
      if (courtCase.length === 1 && !byOrganizationFirstWord.has(word)) {
        join(c, courtCase[0]!, "partial");
        continue;
      }
      // `Northwind` after `Northwind Energy Corp.`: a company's short name is its first word
      // (not a place's name: `RIVERDALE —` beside `Riverdale School District`, `in Northfield` beside `Northfield Gazette`)
      // (of several, the one that is the word and its legal form: `Boeing` is `Boeing Co.`, not `Boeing Defense`; or the
      // one that is no merger's name, `Kestrel` is `Kestrel Foods`, not `Kestrel Bramley` after `Bramley Group`)
      const firms = byOrganizationFirstWord.get(word) ?? (byServedPlace.get(word) ?? []).filter((cl) => cl.members.some((m) => lowerWordAfter(text, c.end) === m.candidate.words[1]!.toLowerCase()));
      const company = firms.length > 1 ? severalFirms(firms, word, byOrganizationFirstWord, oneWordFirms) : firms;
      // (`Dockside, who had won` after `Dockside United`: British copy gives a side `who`, so that alone makes no person of its word)
      const person = c.cls.type === "person" && !(c.words.length === 1 && c.roles.length === 0 && !isFirstName(word) && WHO_AFTER.test(text.slice(c.end, c.end + 6)));
      // (`of Allina` after `Allina Health`: a given name guessed someone's when no one has it is the body's named before)
      const lone = c.cls.type === "person" && c.cls.confidence === "guess" && c.roles.length === 0 && (company[0]?.members[0]?.candidate.start ?? Infinity) < c.start;
      const roleOnly = company.length === 1 && personByRoleOnly(c, word) && company[0]!.members.some((m) => isLegalForm(m.candidate.words, word));
      // (nor the word and a number, a ship's or a model's name: `the Sea-Watch 5` beside `Sea-Watch Italia`)
      const numbered = /\s\p{N}+$/u.test(c.name);
      if (company.length === 1 && (!person || lone || roleOnly) && (c.cls.type !== "place" || firmAt(c)) && !placeWords.has(c.name) && !numbered) {
        join(c, company[0]!, "partial");
        continue;
      }
      // `City` after `Manchester City`, `Sociedad` after `Real Sociedad`, `Chiefs` beside `Kansas City Chiefs`: a club
      // named for its town, or after a word clubs take, goes by its last word; a word clubs end with (`Rovers`) is
      // the side named first, wherever it stands (a match report writes a second side with the same word in full)
      const clubWord = CLUB_SUFFIXES.has(word);
      const club = (byLastWord.get(word) ?? []).filter(
        (cl) =>
          cl.members.length > 0 &&
          typeOf(cl) === "organization" &&
          cl.members.some(
            (m) =>
              prefixedClub(m.candidate.words) ||
              cityThenWord(m.candidate.words) ||
              placeThenNickname(m.candidate.words) ||
              (m.candidate.side === true && endsInNickname(m.candidate.words)) ||
              (clubWord && m.candidate.words.length >= 2),
          ),
      );
      // (not a word shown to be a place, nor one after `in`: `TARVELO, Borvinia (Reuters) -` and `won in Tarvelo`
      // beside `Atletico Tarvelo` are the town)
      const town = isShownPlace(c) || (c.cls.type === "place" && afterPreposition(IN_BEFORE, text, c.start));
      if ((club.length === 1 || (club.length > 1 && clubWord)) && c.cls.type !== "person" && !town) {
        join(c, club[0]!, "partial");
        continue;
      }
      const mixed = isMixedInitialism(word);
      if (mixed || isAcronym(word)) {
        const expansions = (byInitials.get(mixed ? word : acronymLetters(word)) ?? []).filter((cl) => cl.members.length > 0);
        // (`TH:`, a transcript's speaker label, is a speaker's initials: a person's before a body's with the same letters)
        const expansion = (beforeColon(text, c) ? expansions.find((cl) => typeOf(cl) === "person") : undefined) ?? expansions[0];
        if (expansion) {
          join(c, expansion, "acronym");
          continue;
        }
      }
      // `Wada`, `Nato`: British copy writes an acronym said as a word in title case; it is one when a body the
      // article names has it for initials (and the word is no given name or English word of its own)
      if (TITLE_CASE_ACRONYM.test(word) && !isFirstName(word) && !isEnglishWord(word.toLowerCase())) {
        const body = (byInitials.get(word.toUpperCase()) ?? []).find((cl) => cl.members.length > 0 && typeOf(cl) !== "person" && typeOf(cl) !== "place");
        if (body) {
          join({ ...c, cls: classified(typeOf(body), "evidence") }, body, "acronym");
          continue;
        }
      }
      // `the Fed` beside `the Federal Reserve`, `the Met` beside `the Metropolitan Police`: news clips a body's first word
      if (TITLE_CASE_ACRONYM.test(word) && !isFirstName(word) && c.roles.length === 0) {
        const clipped = clippedBodies(byOrganizationFirstWord, word);
        if (clipped.length === 1) {
          join({ ...c, cls: classified("organization", "evidence") }, clipped[0]!, "partial");
          continue;
        }
      }
    }
    create(c, `name:${folded}`);
  }

  // 4. Single-word clusters that are a person's surname, named in full only later or by another form.
  // (a known name only in the headline is theirs too when the body calls them by it alone: `Harrow homers twice` over
  // `Marcus Harrow hit two home runs` … `Harrow said`, though Harrow is a town)
  for (const cl of clusters) {
    const inHeadline = cl.members.every((m) => m.candidate.sentence === 0);
    if (cl.members.length === 0 || cl.members.some((m) => m.candidate.words.length !== 1 || (m.candidate.cls.confidence === "known" && !inHeadline) || m.candidate.work === true || isChamber(m.candidate))) continue;
    const word = cl.members[0]!.candidate.words[0]!;
    const known = cl.members.some((m) => m.candidate.cls.confidence === "known");
    // (not someone of the other sex than a title says: `Mrs Hale` after `Tom Hale`)
    const sex = sexOf(cl);
    const target = (bySurname.get(nameMatchKey(word)) ?? []).find(
      (p) => p !== cl && p.members.length > 0 && (!known || p.members.some((m) => m.kind === "partial" && m.candidate.name === word)) && (sex === undefined || sexOf(p) !== (sex === "female" ? "male" : "female")),
    );
    if (target) {
      for (const m of cl.members) join(known ? { ...m.candidate, cls: classified("person", "evidence") } : m.candidate, target, "partial");
      empty(cl);
    }
  }

  // `a Social Democrat lawmaker` beside `the Social Democrats`: a member's word is the group's other name
  const groupsByName = new Map<string, Cluster>();
  for (const cl of clusters) if (cl.members.length > 0 && typeOf(cl) === "group") groupsByName.set(cl.members[0]!.candidate.name, cl);
  for (const [name, member] of groupsByName) {
    const group = groupsByName.get(`${name}s`);
    if (group === undefined) continue;
    for (const m of member.members) join(m.candidate, group, "alias");
    empty(member);
  }

  typeListedGuesses(text, candidates, clusterOf);

  // a generic word after `the` or a common noun's possessive that no name in the article completes (`the Department
  // said`, `the force's Police and Crime Commissioner`) names nothing, unlike a parliament's (`the Senate`), and nor does
  // it opening a sentence where the article writes it in lower case too (`Police raid homes` over `police said`)
  // (without `the` it is a name: a team called `City`)
  const described = (c: Candidate) => afterThe(text, c.start) || afterCommonOwner(text, c.start);
  const generic = (cl: Cluster) =>
    cl.members.every(
      (m) =>
        m.candidate.words.length === 1 &&
        m.candidate.cls.confidence !== "known" &&
        HEAD_WORDS.has(m.candidate.words[0]!) &&
        !LEGISLATURES.has(m.candidate.words[0]!) &&
        (described(m.candidate) || (opensSentence(text, sentences[m.candidate.sentence]!.start, m.candidate.start) && lowercaseWords.has(m.candidate.words[0]!.toLowerCase()))),
    );
  const live = clusters.filter((cl) => cl.members.length > 0 && !generic(cl));
  findDescriptions(tokens, sentences, prose, live, candidates);

  return live
    .map((cl) => toEntity(cl, locate))
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}

/** Nothing but marks stands between the sentence's start and `at` (`“Police`). */
function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  return at - sentenceStart <= 4 && /^[\p{P}\s]*$/u.test(text.slice(sentenceStart, at));
}

/**
 * `fire crews from Dellon and Oskel` after `a spill near Dellon`: a name the article only guesses at and cannot type, listed
 * with names it types one way elsewhere in the article, is of that type too (`shareListTypes` reads one sentence).
 */
function typeListedGuesses(text: string, candidates: readonly Candidate[], clusterOf: ReadonlyMap<Candidate, Cluster>): void {
  // (a name listed again and again is typed once, as its cluster may hold thousands of mentions; every list is read
  // before any mention takes a type, so that no list reads another's)
  const typeOnce = new Map<Cluster, EntityType | undefined>();
  const typeIfKnown = (cl: Cluster) => {
    if (!typeOnce.has(cl)) {
      const type = typeOf(cl);
      typeOnce.set(cl, type === "other" && cl.members.every((m) => m.candidate.cls.confidence === "guess") ? undefined : type);
    }
    return typeOnce.get(cl);
  };
  const retyped = new Map<Cluster, Map<Candidate, EntityType>>();
  for (const [from, to] of nameLists(candidates, text)) {
    const listed = candidates.slice(from, to);
    const known = listed.map((c) => {
      const cl = clusterOf.get(c);
      return cl === undefined ? undefined : { cl, type: typeIfKnown(cl) };
    });
    const types = new Set(known.flatMap((k) => (k?.type === undefined ? [] : [k.type])));
    const [type] = types;
    if (types.size !== 1 || type === undefined) continue;
    listed.forEach((c, i) => {
      const k = known[i];
      if (k !== undefined && k.type === undefined) retyped.set(k.cl, (retyped.get(k.cl) ?? new Map()).set(c, type));
    });
  }
  for (const [cl, byCandidate] of retyped) {
    for (const m of cl.members) {
      const type = byCandidate.get(m.candidate);
      if (type !== undefined) m.candidate = { ...m.candidate, cls: classified(type, "guess", m.candidate.cls.canonical) };
    }
  }
}

/** `Orsel` of `Orsel's`, the mention cut before its possessive. */
function withoutOwnersMark(c: Candidate): Candidate {
  const stem = withoutPossessive(c.name);
  return { ...c, name: stem, words: [stem], end: c.end - (c.name.length - stem.length) };
}

/** The cluster of `Moody's` for `Moody`, or of `Moody` or the one person surnamed so for `Moody's`. */
function possessiveCounterpart(c: Candidate, byKey: ReadonlyMap<string, Cluster>, bySurname: ReadonlyMap<string, Cluster[]>): Cluster | undefined {
  const name = foldDiacritics(c.name);
  if (!isPossessiveNameWord(name)) return possessiveForms(name).map((form) => byKey.get(`name:${form}`)).find((cl) => cl !== undefined);
  const stem = name.slice(0, -2);
  const people = bySurname.get(nameMatchKey(stem));
  return byKey.get(`name:${stem}`) ?? (people?.length === 1 ? people[0] : undefined);
}

/** The clusters among `clusters` with a name written before `offset`. */
function clustersNamedBefore(clusters: readonly Cluster[] | undefined, offset: number): Cluster[] {
  return (clusters ?? []).filter((cl) => cl.members.some((m) => m.candidate.start < offset));
}

/** A person's name's words before the realm or seat it goes on to: `Harald V` of `Harald V of Norway`, whose `Norway` is no name of his. */
function beforeRealm(c: Candidate): readonly string[] {
  const realm = c.name.indexOf(" of ");
  if (realm < 0) return c.words;
  const own = c.words.filter((w) => c.name.indexOf(w) < realm);
  return own.length > 0 ? own : c.words;
}

/** The one body among `firms` named before `offset`, if only one is. */
function firmNamedBefore(firms: readonly Cluster[] | undefined, offset: number): Cluster | undefined {
  const named = clustersNamedBefore(firms, offset);
  return named.length === 1 ? named[0] : undefined;
}

/** `Real Sociedad`, `Bayer Leverkusen`: a word clubs take and one word more, by which the club also goes alone. */
function prefixedClub(words: readonly string[]): boolean {
  return words.length === 2 && ORGANIZATION_PREFIXES.has(words[0]!) && !UNSHORTENED_PREFIXES.has(words[0]!);
}

/** An airline or a station is never called by the place its name holds: `Zermatt` is not `Air Zermatt`, nor `Sion` `Radio Sion`. */
const UNSHORTENED_PREFIXES: ReadonlySet<string> = new Set(["Air", "Radio"]);

/** Of the bodies whose name opens with `word`, the one it names alone: its legal form's, or else the one no merger's name. */
function severalFirms(firms: readonly Cluster[], word: string, byOrganizationFirstWord: ReadonlyMap<string, Cluster[]>, oneWordFirms: ReadonlySet<string>): Cluster[] {
  const legal = firms.filter((cl) => cl.members.some((m) => isLegalForm(m.candidate.words, word)));
  if (legal.length > 0) return legal;
  return firms.filter((cl) => !cl.members.some((m) => isMergerName(m.candidate.words, cl, byOrganizationFirstWord, oneWordFirms)));
}

/**
 * `Kestrel Bramley` beside `Bramley Group` or a body called `Bramley` alone: two words, each the first of another body's
 * name, name the two bodies merged.
 */
function isMergerName(words: readonly string[], cl: Cluster, byOrganizationFirstWord: ReadonlyMap<string, Cluster[]>, oneWordFirms: ReadonlySet<string>): boolean {
  return words.length === 2 && (oneWordFirms.has(words[1]!) || (byOrganizationFirstWord.get(words[1]!) ?? []).some((other) => other !== cl));
}

/**
 * `Chip designer Arcwell`: one word that only a role before it makes someone's, no given name or surname nor a courtesy
 * title with it, so that the company the article names by that word and its legal form (`Arcwell Inc`) may have it.
 */
function personByRoleOnly(c: Candidate, word: string): boolean {
  return c.cls.type === "person" && c.words.length === 1 && !isPersonalNameWord(word) && !c.roles.some((r) => HONORIFICS.has(r));
}

/** `Boeing Co.`, `Acme Inc`: the word and a legal form after it, and nothing else. */
function isLegalForm(words: readonly string[], word: string): boolean {
  return words.length === 2 && words[0] === word && LEGAL_SUFFIXES.has(words[1]!);
}

/** The cluster's person is introduced as someone's relative (`her son`, `his wife`): a role's last word before `of` is a kinship noun. */
function introducedAsKin(cl: Cluster): boolean {
  return cl.members.some((m) =>
    m.candidate.roles.some((role) => {
      const words = role.toLowerCase().split(" ");
      const of = words.indexOf("of");
      return KIN_NOUNS.has(words[(of < 0 ? words.length : of) - 1] ?? "");
    }),
  );
}

/** `the late` before a name and the title it may have: `the late mayor`, `her late husband`. */
const LATE_BEFORE = /\b(?:the|his|her|their|its)\s+late\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
const LATE_REACH = 60;

/** Someone the article names as dead where it first names them in full: `the late Seongnam Mayor Kim Byung-ryang`. */
function introducedAsLate(cl: Cluster, text: string): boolean {
  const first = cl.members.find((m) => m.candidate.words.length >= 2);
  return first !== undefined && LATE_BEFORE.test(text.slice(Math.max(0, first.candidate.start - LATE_REACH), first.candidate.start));
}

/** `, who` right after a name. */
const WHO_AFTER = /^,\s*who\b/;
/** `Born`, or `was born`, right before a name (not `first-born`). */
const BORN_BEFORE = /(?<![\p{L}-])[Bb]orn\s+$/u;
/** `Margit Elisabeth Holm was born on March 14`: the name someone was born with, as the subject of `born`. */
const BORN_AFTER = /^,?\s+(?:was|is)\s+born\b/;
/** A capital and two to five small letters: the shape of `Nato`, `Wada`, `Unesco` as British copy writes them. */
const TITLE_CASE_ACRONYM = /^\p{Lu}\p{Ll}{2,5}$/u;

/** The bodies whose first word `word` clips by three letters or more (`Fed`, `Federal Reserve`). */
function clippedBodies(byFirstWord: ReadonlyMap<string, Cluster[]>, word: string): Cluster[] {
  const found = new Set<Cluster>();
  for (const [first, clusters] of byFirstWord) {
    if (first.length < word.length + 3 || !first.startsWith(word)) continue;
    for (const cl of clusters) if (cl.members.length > 0) found.add(cl);
  }
  return [...found];
}

/** The candidate is a name of two words or more starting by `offset`: a full name a bare surname may call back. */
function fullNameBy(c: Candidate, offset: number): boolean {
  return c.start <= offset && c.words.length >= 2;
}

/** The cluster has a full name starting by `offset`. */
function namedInFullBy(cl: Cluster, offset: number): boolean {
  return cl.members.some((m) => fullNameBy(m.candidate, offset));
}

function nearestBefore(clusters: Cluster[], offset: number): Cluster {
  let best = clusters[0]!;
  let bestStart = -1;
  for (const cl of clusters) {
    for (const m of cl.members) {
      if (fullNameBy(m.candidate, offset) && m.candidate.start > bestStart) {
        best = cl;
        bestStart = m.candidate.start;
      }
    }
  }
  return best;
}

function typeOf(cl: Cluster): EntityType {
  let best: EntityType = "other";
  let score = 0;
  // (how many of the mentions scored as the best read each type: among guesses alone, more of one type outweigh the first)
  const count = new Map<EntityType, number>();
  let bestBeforeBodyNoun = false;
  for (const m of cl.members) {
    const s = CONFIDENCE[m.candidate.cls.confidence] * 10 + (m.candidate.cls.type === "other" ? 0 : 1) + m.candidate.words.length;
    const type = m.candidate.cls.type;
    if (s > score) count.clear();
    if (s >= score) count.set(type, (count.get(type) ?? 0) + 1);
    // (on a tie, a name read as someone's by its shape outweighs the guess a preposition before it made: `in Tyre Nichols beating`)
    // (and a town's guess outweighs the body one word before a body's noun was guessed to be: `Halvik primary school … in Halvik`)
    const townOverBody = s === score && type === "place" && bestBeforeBodyNoun;
    if (s > score || (s === score && best === "place" && type === "person" && m.candidate.cls.confidence === "guess") || (s === score && m.candidate.cls.confidence === "guess" && count.get(type)! > count.get(best)!) || townOverBody) {
      score = s;
      best = type;
      bestBeforeBodyNoun = m.candidate.cls.beforeBodyNoun === true;
    }
  }
  // a title makes a guessed name a person; a head word (`Officials at the Ministry of Power`) outweighs it
  if (best !== "person" && cl.members.some((m) => m.candidate.roles.length > 0 && m.candidate.cls.confidence === "guess")) return "person";
  // `Jackson said he would … Jackson added`: a town's name that is also someone's yields to a mention shown to be theirs
  if (best === "place" && cl.members.some((m) => m.candidate.cls.type === "person" && m.candidate.cls.confidence === "evidence") && cl.members.every((m) => m.candidate.cls.type !== "place" || isTownBySomeonesName(m.candidate))) {
    return "person";
  }
  // `The chip, called Meridian, … Meridian would ship`: so does one a class noun or a head word types as a body or a thing
  if (best === "place" && cl.members.every((m) => m.candidate.cls.type !== "place" || isGazetteerTown(m.candidate))) {
    const typed = cl.members.find((m) => m.candidate.cls.type !== "place" && m.candidate.cls.type !== "person" && m.candidate.cls.confidence === "evidence");
    if (typed !== undefined) return typed.candidate.cls.type;
  }
  return best;
}

/** A one-word town or region the gazetteer alone types. */
function isGazetteerTown(c: Candidate): boolean {
  return c.words.length === 1 && c.cls.confidence === "known" && c.cls.canonical === undefined && (CITIES.has(c.name) || REGIONS.has(c.name));
}

/** Such a town or region whose word is also a surname or a given name. */
function isTownBySomeonesName(c: Candidate): boolean {
  return isGazetteerTown(c) && isPersonalNameWord(c.name);
}

/** `the President` → the person holding that title; `the Journal`, `the complex` → the named thing whose name ends so. */
function findDescriptions(tokens: readonly Token[], sentences: readonly Sentence[], prose: Uint8Array, clusters: Cluster[], candidates: readonly Candidate[]): void {
  // a word inside a name (`the Child` in `Convention on the Rights of the Child`) is that name's, not a description
  // (candidates come in text order)
  const inName = (at: number) => insideAny(candidates, at);
  // what a description could name, computed once: title words of people, last words of multi-word names
  const firstStart = new Map(clusters.map((cl) => [cl, cl.members.reduce((min, m) => Math.min(min, m.candidate.start), Infinity)]));
  const types = new Map(clusters.map((cl) => [cl, typeOf(cl)]));
  const byTitle = new Map<string, Cluster[]>();
  const byLastWord = new Map<string, Cluster[]>();
  const byHeadNoun = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, key: string, cl: Cluster) => {
    const list = map.get(key) ?? [];
    if (!list.includes(cl)) list.push(cl);
    map.set(key, list);
  };
  for (const cl of clusters) {
    const type = types.get(cl)!;
    for (const m of cl.members) {
      if (type === "person") {
        for (const r of m.candidate.roles) add(byTitle, r.slice(r.lastIndexOf(" ") + 1), cl);
        // (a peer named by title holds it: `the princess` after `the Princess of Velmar`)
        if (isPeerageName(m.candidate.name)) add(byTitle, m.candidate.words[0]!, cl);
      } else if (type !== "group" && m.candidate.words.length >= 2) {
        add(byLastWord, m.candidate.words.at(-1)!.toLowerCase(), cl);
        for (const noun of headNouns(m.candidate.name)) add(byHeadNoun, noun, cl);
      }
    }
  }
  /** The people, with their roles in lower case; built at the first title, as most articles' `the`s open none. */
  let titled: { cl: Cluster; roles: string[] }[] | undefined;
  /**
   * The one person named before `at` who holds the title (lower case), the exact title first: `the Home Secretary` is
   * not the Shadow Home Secretary.
   */
  const soleHolder = (title: string, at: number): Cluster | undefined => {
    titled ??= [...types].filter(([, type]) => type === "person").map(([cl]) => ({ cl, roles: cl.members.flatMap((m) => m.candidate.roles.map((r) => r.toLowerCase())) }));
    const named = titled.filter((p) => p.roles.length > 0 && firstStart.get(p.cl)! < at);
    const holding = (exact: boolean) => named.filter((p) => p.roles.some((r) => (exact ? r === title : holds(r, title))));
    const exact = holding(true);
    const holders = exact.length > 0 ? exact : holding(false);
    return holders.length === 1 ? holders[0]!.cl : undefined;
  };
  let sentence = 0;
  // (built at the first epithet: few articles have one)
  let people: PersonMention[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    while (sentence < sentences.length - 1 && sentences[sentence]!.endToken <= i) sentence++;
    const det = tokens[i]!;
    if ((det.text !== "the" && det.text !== "The") || prose[sentence] !== 1) continue;
    const head = tokens[i + 1]!;
    if (head.kind !== "word" || inName(head.start)) continue;
    const next = tokens[i + 2];
    if (next !== undefined && next.start === head.end + 1 && (startsUpper(next.text) || next.text === "of")) {
      // `the Home Secretary`, `the Prime Minister`: a title of several words names its one holder named before
      const phrase = titlePhrase(tokens, i + 1);
      const holder = phrase && soleHolder(phrase.words.toLowerCase(), det.start);
      if (holder) holder.descriptions.push({ span: phrase!.span, sentence });
      continue;
    }
    // in running text, `the prime minister`, `the first lady`: the longest such title some one person named before holds
    const described = lowerTitlePhrases(tokens, i + 1).some((phrase) => {
      const holder = soleHolder(phrase.words, det.start);
      holder?.descriptions.push({ span: phrase.span, sentence });
      return holder !== undefined;
    });
    if (described) continue;
    const word = withoutPossessive(head.text);
    // (`“We lost the race,” the Briton said`: so does one who speaks after a quote)
    const opens = det.text === "The" && i === sentences[sentence]!.firstToken;
    if (opens || (det.text === "the" && speaksAfterQuote(tokens, i))) {
      // (`The 19-year-old striker, who joined in January,`: a noun for a person may follow the age or the nationality)
      const noun = next !== undefined && isPersonNoun(next.text);
      if (isEpithet(head.text, tokens[noun ? i + 3 : i + 2])) {
        people ??= personMentions(clusters, types);
        const subject = sentence > 0 && prose[sentence - 1] === 1 ? firstPersonIn(people, tokens, sentences[sentence - 1]!) : undefined;
        if (subject !== undefined) subject.descriptions.push({ span: { start: head.start, end: noun ? next.end : head.start + word.length }, sentence });
        continue;
      }
    }
    const namedBefore = (cl: Cluster) => firstStart.get(cl)! < det.start;
    let target: Cluster | undefined;
    // `the President`, and in running text `the mayor`: the one person named before with that title
    // (`the senator` after `Sen. Ada Moss`, `the pontiff` after `Pope Leo`: or a title the noun stands for)
    const titles = titlesCalledBackAs(word);
    if (titles.length > 0) {
      const holders = new Set(titles.flatMap((title) => byTitle.get(title) ?? []).filter(namedBefore));
      if (holders.size === 1) target = holders.values().next().value;
    } else if (word.length > 3 && (startsUpper(word) || !word.endsWith("s")) && word !== CHAMBER && !modifiesClassOrRoleNoun(head, next)) {
      // (in lower case, a plural is a common noun: `the homes` are not Berkeley Homes, `the press` not the Associated Press)
      const lower = word.toLowerCase();
      const named = (byLastWord.get(lower) ?? []).filter(
        (cl) => namedBefore(cl) && cl.members.some((m) => m.candidate.words.length >= 2 && (calledBackByHead(m.candidate.words.at(-1)!) || startsUpper(word))),
      );
      for (const cl of byHeadNoun.get(lower) ?? []) if (namedBefore(cl) && !named.includes(cl)) named.push(cl);
      if (named.length === 1) target = named[0];
    }
    if (target !== undefined) target.descriptions.push({ span: { start: head.start, end: head.start + word.length }, sentence });
  }
}

/**
 * A noun of a class or a role right after the head word makes the word its modifier, no call-back: `the research
 * firm Corvel Data` after Halvik Research, `the council leader` after Ashby Council, `the rail workers' union` after
 * Velmar Rail (a role's plural, in the possessive too: its apostrophe is a token of its own).
 */
function modifiesClassOrRoleNoun(head: Token, next: Token | undefined): boolean {
  if (head.text !== withoutPossessive(head.text) || next === undefined) return false;
  return CLASS_NOUNS.has(next.text) || isRoleNoun(next.text) || (next.text.endsWith("s") && isRoleNoun(singularOf(next.text)));
}

/** Verbs a person's epithet is the subject of, besides speech verbs and regular past tenses. */
const EPITHET_VERBS: ReadonlySet<string> = new Set(["was", "is", "has", "had", "will", "would", "could", "can", "won", "lost", "beat", "took", "made", "became", "went", "got", "saw", "came", "held", "broke", "fell", "ran", "told", "says", "left", "began", "spent", "wrote", "drew", "struck", "fought", "led"]);

/**
 * `The Belarusian, who lost in 2023,`, `The 27-year-old said`: a nationality or an age standing for a person, as
 * the subject of its sentence (`The French government` is no one).
 */
function isEpithet(word: string, next: Token | undefined): boolean {
  const base = withoutPossessive(word);
  if (!DEMONYMS.has(base) && !isAgeAdjective(base)) return false;
  // (`The Dutchman's fifth win`: whose it is, whatever follows)
  if (base !== word) return true;
  if (next === undefined) return false;
  return next.text === "," || (/^\p{Ll}+$/u.test(next.text) && (EPITHET_VERBS.has(next.text) || isSpeechVerb(next.text) || /[^e]ed$/.test(next.text)));
}

/** A closing quote right before token `i` (`,” the Briton said`): what follows a quote names who spoke it. */
function speaksAfterQuote(tokens: readonly Token[], i: number): boolean {
  const close = tokens[i - 1]?.text;
  return close === "”" || close === '"';
}

interface PersonMention {
  readonly start: number;
  readonly cluster: Cluster;
}

/** Every person's names, in text order. */
function personMentions(clusters: readonly Cluster[], types: ReadonlyMap<Cluster, EntityType>): PersonMention[] {
  const out: PersonMention[] = [];
  for (const cl of clusters) if (types.get(cl) === "person") for (const m of cl.members) out.push({ start: m.candidate.start, cluster: cl });
  return out.sort((a, b) => a.start - b.start);
}

/** The person the sentence names first, whom a sentence opening on an epithet goes on about. */
function firstPersonIn(people: readonly PersonMention[], tokens: readonly Token[], sentence: Sentence): Cluster | undefined {
  const first = people[lastAtMost(people, tokens[sentence.firstToken]!.start - 1, (p) => p.start) + 1];
  return first !== undefined && first.start < tokens[sentence.endToken - 1]!.end ? first.cluster : undefined;
}

/** The sex a person's cluster gives by its titles and roles, else by the given name of its full name. */
function sexOf(cluster: Cluster): Sex | undefined {
  const full = cluster.members.find((m) => m.candidate.words.length >= 2);
  return sexEvidence({ name: full?.candidate.name ?? "", roles: cluster.members.flatMap((m) => m.candidate.roles) })?.sex;
}

/** Where each surname of a person named in full is first written. */
function surnamesFirstNamed(candidates: readonly Candidate[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of candidates) {
    if (c.cls.type !== "person" || c.words.length < 2) continue;
    const surname = nameMatchKey(c.words[surnameAt(c.words)]!);
    if (!first.has(surname)) first.set(surname, c.start);
  }
  return first;
}

/**
 * A name's last word by which `the` and that word call the name back: a head, not what a firm deals in (`the
 * software` after `Acme Software`), nor `Nation`, as `the nation` is as often the country a tribe's nation is in.
 */
function calledBackByHead(last: string): boolean {
  return HEAD_WORDS.has(last) && !INDUSTRY_HEADS.has(last) && last !== "Nation";
}

/** The heads of the state's bodies that `the agency` calls back: `the agency` after the Food and Drug Administration. */
const AGENCY_HEADS: ReadonlySet<string> = new Set(["Agency", "Administration", "Bureau", "Service", "Centers", "Commission", "Authority", "Office", "Directorate", "Inspectorate"]);

/**
 * The lower-case nouns by which `the` calls a body back through its head word: `the court` after the Supreme Court
 * of India, `the department` after the Department of Health, `the agency` after the Centers for Disease Control
 * (whose head stands before `for`).
 */
function headNouns(name: string): string[] {
  const written = name.split(" ");
  const head = written.length > 2 && written[1] === "for" && isOrganizationHead(written[0]!) ? written[0]! : headWord(written);
  const nouns = calledBackByHead(head) ? [head.toLowerCase()] : [];
  if (AGENCY_HEADS.has(head)) nouns.push("agency");
  return nouns;
}

/** Capitalised title words from `from` (`Home Secretary`), two to four of them, with no name after them. */
function titlePhrase(tokens: readonly Token[], from: number): { words: string; span: Span } | undefined {
  let end = from;
  while (end < from + 4 && end < tokens.length && isTitlePart(tokens[end]!.text) && (end === from || tokens[end]!.start === tokens[end - 1]!.end + 1)) end++;
  const after = tokens[end];
  if (end - from < 2 || (after !== undefined && after.kind === "word" && startsUpper(after.text))) return undefined;
  return { words: tokens.slice(from, end).map((t) => t.text).join(" "), span: { start: tokens[from]!.start, end: tokens[end - 1]!.end } };
}

/**
 * The titles of two to four lower-case words from `from` that end on a title's word, longest first: `prime minister`,
 * `first lady` (whose first word may be any), stopping after a possessive (`the prime minister's office`).
 */
function lowerTitlePhrases(tokens: readonly Token[], from: number): { words: string; span: Span }[] {
  const words: string[] = [];
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !/^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u.test(t.text) || (k > from && t.start !== tokens[k - 1]!.end + 1)) break;
    const word = withoutPossessive(t.text);
    words.push(word);
    if (word !== t.text) break;
  }
  const phrases: { words: string; span: Span }[] = [];
  for (let n = words.length; n >= 2; n--) {
    // a title that goes on (`the foreign minister of Peru`) or names its holder (`the prime minister Mary Cole`) is a
    // role, not a mention
    const after = tokens[from + n];
    if (after !== undefined && (after.text === "of" || startsUpper(after.text)) && words[n - 1] === tokens[from + n - 1]!.text) continue;
    if (isTitlePart(capitalised(words[n - 1]!))) phrases.push({ words: words.slice(0, n).join(" "), span: { start: tokens[from]!.start, end: tokens[from + n - 1]!.start + words[n - 1]!.length } });
  }
  return phrases;
}

/** How many capital letters a role has. */
function capitals(role: string): number {
  return role.replace(/[^\p{Lu}]/gu, "").length;
}

/** A role is the title's (both lower case): `home secretary`, `shadow home secretary`, `prime minister of new zealand`. */
function holds(role: string, title: string): boolean {
  return role === title || role.endsWith(` ${title}`) || role.startsWith(`${title} of `);
}

function toEntity(cl: Cluster, locate: (span: Span) => Located): Entity {
  const type = typeOf(cl);
  const names = cl.members.filter((m) => m.kind === "name").map((m) => m.candidate);
  // the most words, then the most letters, then the first written
  let longest: Candidate | undefined;
  for (const c of names.length > 0 ? names : cl.members.map((m) => m.candidate)) {
    if (longest === undefined || (c.words.length - longest.words.length || c.name.length - longest.name.length || longest.start - c.start) > 0) longest = c;
  }
  const name = cl.canonical ?? longest!.name;
  const found: string[] = [];
  for (const m of cl.members) {
    for (const r of m.candidate.roles) {
      // (one role written in two cases is one, in the case with fewer capitals: a headline's `Actor` is the body's `actor`)
      const same = found.findIndex((f) => f.toLowerCase() === r.toLowerCase());
      if (same < 0) found.push(r);
      else if (capitals(r) < capitals(found[same]!)) found[same] = r;
    }
  }
  // a role another one ends with says less: `marine biologist` beside `pioneering marine biologist`
  const roles = found.filter((r) => !found.some((other) => other.length > r.length && other.toLowerCase().endsWith(` ${r.toLowerCase()}`)));
  const mentions: EntityMention[] = [];
  for (const m of cl.members) {
    const at = locate({ start: m.candidate.start, end: m.candidate.end });
    const mention: Draft<EntityMention> = { text: at.text, span: at.span, range: at.range, kind: m.kind, sentence: m.candidate.sentence };
    if (m.candidate.cls.misspelling) mention.misspelling = true;
    mentions.push(mention);
  }
  for (const d of cl.descriptions) {
    const at = locate(d.span);
    mentions.push({ text: at.text, span: at.span, range: at.range, kind: "description", sentence: d.sentence });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  const aliasSet: string[] = [];
  for (const m of [...cl.members].sort((a, b) => a.candidate.start - b.candidate.start)) {
    const form = m.candidate.name;
    if (form === name || aliasSet.includes(form)) continue;
    aliasSet.push(form);
  }
  return { id: entityId(type, name), name, type, roles, aliases: aliasSet, mentions };
}

/** `ACLU of Texas`: an acronym, then `of`, `for` or `in` and the rest of the name (the name is split only when an acronym starts it). */
function acronymWithTail(c: Candidate): { acronym: string; tail: string } | undefined {
  if (c.words.length < 2 || !isAcronym(c.words[0]!)) return undefined;
  const written = c.name.split(" ");
  if (written.length < 3 || !/^(?:of|for|in)$/.test(written[1]!)) return undefined;
  return { acronym: written[0]!.replace(/\./g, ""), tail: written.slice(1).join(" ") };
}

/** The cluster's full name is `<words whose initials are the acronym> <tail>`. */
function fullNameHasInitials(cl: Cluster, { acronym, tail }: { acronym: string; tail: string }): boolean {
  return cl.members.some((m) => {
    const name = m.candidate.name;
    return name.endsWith(" " + tail) && initialsOf(name.slice(0, -tail.length - 1).split(" ")) === acronym;
  });
}

/** First words that set a name apart from the same name without them: `New Mexico`, `Greater Manchester`, `Grand Egyptian Museum`. */
const SET_APART: ReadonlySet<string> = new Set(["New", "Old", "Grand", "Great", "Greater", "Little", "Big", "Upper", "Lower"]);

/** A name's tail as an index key: a leading particle in either case, as a sentence capitalises it (`Van der Berg said` after `Niels van der Berg`). */
function tailKey(tail: string): string {
  const space = tail.indexOf(" ");
  if (space < 0) return tail;
  const first = tail.slice(0, space);
  const lower = first.toLowerCase();
  return lower !== first && NAME_PARTICLES.has(lower) ? lower + tail.slice(space) : tail;
}

/** `Royal Kessington Infirmary`: `Royal` before a word of the body's own, no English word (`Royal Ballet School`). */
function royalLed(words: readonly string[]): boolean {
  return words[0] === "Royal" && !isEnglishWord(words[1]!.toLowerCase());
}

/** A colon follows the mention, as it follows a transcript's speaker label (`TH: Are there offers?`). */
function beforeColon(text: string, c: { readonly end: number }): boolean {
  return text[c.end] === ":";
}
