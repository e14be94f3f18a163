import { insideAny } from "../text/search.js";
import { SHARE_WORDS } from "../text/tickers.js";
import { isPresentParticiple } from "../text/participle.js";
import { isSpeechVerb } from "../text/speech-verbs.js";
import { tokenIndexAt } from "../text/tokenize.js";
import { AddedMentions } from "./added-mentions.js";
import { withoutPossessive } from "./name-tokens.js";
import { besideSpeechVerb, continuesParagraph, creditedInBrackets, isPossessor, isSubjectPosition, type PronounContext } from "./pronouns.js";
import { DEMONYMS, MASTHEADS, SECTORS, STATE_BODIES, isTitlePart } from "./lexicon.js";
import { isRoleNoun } from "./roles.js";
import type { Entity } from "./types.js";

/** Nouns by which news copy calls back a business it has named: `the company said`, `the carrier's shares`. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "group",
  "business",
  "carrier",
  "airline",
  "retailer",
  "lender",
  "insurer",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "manufacturer",
  "conglomerate",
  "startup",
  "supermarket",
  "utility",
  "bank",
  "broadcaster",
  "publisher",
  "chain",
  "network",
  "organization",
  "organisation",
  "charity",
  "union",
  "club",
]);

/** The nouns that may call back any body not of the state (a party, a council, a charity), not only a business. */
const ANY_BODY_NOUNS: ReadonlySet<string> = new Set(["group", "organization", "organisation", "charity", "union"]);

/** Head words of bodies that are no business, though `the group` may stand for them: a party, a union, a council of exiles, a research centre. */
const NOT_BUSINESSES: ReadonlySet<string> = new Set([...STATE_BODIES, "Council", "Committee", "Church", "Board", "Party", "Union", "Association", "Federation", "League", "Institute", "Society", "Foundation", "Friends", "Centre", "Center"]);

/** Head words of bodies that employ, govern or stand for voters, for which `the union` in a dispute never stands: `the Tarvel Health Trust`. */
const NOT_UNIONS: ReadonlySet<string> = new Set(["Trust", "Council", "Board", "Company", "Corporation", "Party", "Church"]);

/** A local government's council, named for the area it governs, for which `the group` never stands: `Tarvel District Council`. */
const LOCAL_COUNCIL = /\b(?:District|County|City|Town|Borough|Parish|Municipal|Regional|Shire|Metropolitan) Council$/;

/** `party` after a body's name (`the ruling Morena party`): a party, which is no business. */
const PARTY_AFTER = /^\s+party\b/;

/** Nouns of a body of the state, or one that oversees businesses, which no business is described by. */
const OVERSEER_NOUNS = [...[...STATE_BODIES].map((w) => w.toLowerCase()), "regulator", "watchdog"].join("|");
/**
 * A description set off after a body's name that makes it such a body, ending there or going on to say what it does or
 * for what: `Ofwat, the water regulator,`, `Tarvel, the agency that`, `Velcor, the watchdog for rivers`.
 */
const OVERSEER_APPOSED = new RegExp(`^,\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${OVERSEER_NOUNS})(?:\\s*[,.;)]|\\s+(?:that|for)\\b)`, "u");

/**
 * Words that make the noun part of a compound, not the description: `the company chairman`, `the supermarket supplier`,
 * `the business dealings`, `the group stage`.
 */
const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "supplier", "owner", "operator", "maker", "producer", "provider", "distributor", "founder", "spokesman", "spokeswoman", "spokesperson",
  "dealings", "interests", "affairs", "activities", "practices", "model", "models", "partner", "partners", "leaders", "executives", "officials",
  "website", "account", "accounts", "headquarters", "records", "ties", "empire", "stage", "holiday", "district", "community", "lobby", "class", "unit", "units",
]);

/**
 * Nouns that say what a business does, by trade: two nouns of no common trade are two businesses (`the bank`
 * after `Kestrel Airways` is someone else). A noun in no trade (`company`, `startup`) fits any business.
 */
const TRADES: readonly (readonly string[])[] = [
  ["airline", "carrier"],
  ["bank", "lender"],
  ["bank", "brokerage", "broker"],
  ["insurer"],
  ["automaker", "carmaker", "manufacturer"],
  ["chipmaker", "manufacturer"],
  ["drugmaker", "manufacturer"],
  ["retailer", "supermarket", "chain"],
  ["broadcaster", "network"],
  ["publisher"],
  ["utility"],
  ["union"],
  ["charity"],
  ["club"],
];

/** `the club` calls back only a body named as a sports club (`the club said` after `Atletico Sarno`), never any business. */
const CLUB_NOUN = "club";

/** The trade a word in a body's name tells (`Skylark Airways`, `Quillon Motor Co`, `Brannock Bank plc`). */
const TRADE_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ["Airways", "airline"],
  ["Airlines", "airline"],
  ["Air", "airline"],
  ["Bank", "bank"],
  ["Banco", "bank"],
  ["Banca", "bank"],
  ["Banque", "bank"],
  ["Bancorp", "bank"],
  ["Banking", "bank"],
  ["Markets", "bank"],
  ["Securities", "brokerage"],
  ["Insurance", "insurer"],
  ["Motor", "carmaker"],
  ["Motors", "carmaker"],
  ["Automotive", "carmaker"],
  ["Pharmaceuticals", "drugmaker"],
  ["Pharma", "drugmaker"],
  ["Semiconductor", "chipmaker"],
  ["Semiconductors", "chipmaker"],
  ["Supermarkets", "supermarket"],
  ["Stores", "retailer"],
  ["Broadcasting", "broadcaster"],
  ["Power", "utility"],
  ["Union", "union"],
  // (a sports club's words; not `United` or `City`, which name airlines and councils as often)
  ...["Club", "FC", "AFC", "CF", "Atletico", "Atlético", "Deportivo", "Sporting", "Olympique", "Borussia", "Dynamo", "Dinamo", "Hapoel", "Maccabi", "Lokomotiv", "Spartak", "Rovers", "Wanderers", "Albion", "Rangers", "Hotspur"].map((w): [string, string] => [w, "club"]),
]);

const inSomeTrade = (word: string) => TRADES.some((trade) => trade.includes(word));
const shareTrade = (a: string, b: string) => TRADES.some((trade) => trade.includes(a) && trade.includes(b));

/** Whether a body known by `kinds` is named with `word` or one of its trade. */
function ofTrade(kinds: ReadonlySet<string> | undefined, word: string): boolean {
  if (kinds === undefined) return false;
  if (kinds.has(word)) return true;
  for (const kind of kinds) if (shareTrade(kind, word)) return true;
  return false;
}

/** Whether a body known by `kinds` is of another trade than `word` says. */
function ofOtherTrade(kinds: ReadonlySet<string> | undefined, word: string): boolean {
  if (kinds === undefined || !inSomeTrade(word)) return false;
  let traded = false;
  for (const kind of kinds) {
    if (!inSomeTrade(kind)) continue;
    if (shareTrade(kind, word)) return false;
    traded = true;
  }
  return traded;
}

interface Referent {
  readonly entity: Entity;
  /** The clause's subject, or the source of a speech verb beside it. */
  readonly subject: boolean;
  readonly speaker: boolean;
  /** `Acme's founder`, `Acme spokeswoman`: the business someone named with it belongs to. */
  readonly owner: boolean;
}

/**
 * `the company`, `the firm`, `the carrier` after a business is named, as mentions of that business. News copy
 * calls back so the business a source speaks for (`Acme said the company would`), the subject of the
 * sentence before in the same paragraph (`Greencore fell 3%. The company said`) or, with no body its subject, the one
 * that spoke there (`Analysts at Corvel said so. …, an analyst at the bank.`), and otherwise the business
 * the story is about: the one it has named most so far, when no other is named as often. A business named in
 * the same sentence as anything else (`Marlow Capital, which owns 14% of the company`) is not called back by
 * it. Names and descriptions inside quotations are left out, as they are for pronouns.
 * Returns the entities with their description mentions added.
 */
export function resolveCompanyDescriptions(entities: readonly Entity[], ctx: PronounContext): Entity[] {
  const named: { entity: Entity; start: number; end: number; business: boolean }[] = [];
  /** Where mentions already stand: a noun another pass has read (`the bank` after `Bank of Tarvel`) is read once. */
  const taken = new Set<number>();
  for (const entity of entities) {
    for (const m of entity.mentions) taken.add(m.span.start);
    if (entity.type !== "organization") continue;
    const words = entity.name.split(" ");
    // (a college of a field is a profession's body, which `the union` or `the group` may stand for: `Royal College of Nursing`)
    if (words.some((w, k) => STATE_BODIES.has(w) && !(w === "College" && words[k + 1] === "of"))) continue;
    // (nor is a newspaper one: `the company` in the story it broke is the business it reported on)
    const business =
      !words.some((w) => NOT_BUSINESSES.has(w)) &&
      !MASTHEADS.has(words.at(-1)!) &&
      !entity.mentions.some((m) => PARTY_AFTER.test(ctx.text.slice(m.span.end, m.span.end + 9)) || OVERSEER_APPOSED.test(ctx.text.slice(m.span.end, m.span.end + 60)));
    for (const m of entity.mentions) {
      if (m.kind === "pronoun" || insideAny(ctx.quotes, m.span.start) || creditedInBrackets(ctx, m.span.start)) continue;
      named.push({ entity, start: m.span.start, end: m.span.end, business });
    }
  }
  if (named.length === 0) return [...entities];
  named.sort((a, b) => a.start - b.start);
  /** Where people's names end: a noun set off after one describes the person (`Dame Ann Lee, the broadcaster who`). */
  const personEnds = new Set(entities.filter((e) => e.type === "person").flatMap((e) => e.mentions.filter((m) => m.kind !== "pronoun").map((m) => m.span.end)));
  const kinds = kindsOf(named, ctx);
  const added = new AddedMentions();
  const counts = new Map<Entity, number>();
  /** Bodies that have opened a sentence as its subject. */
  const subjects = new Set<Entity>();
  const leaders = { any: new Leaders(counts, subjects), business: new Leaders(counts, subjects) };
  const businesses = new Set<Entity>();
  /** Bodies the story has called by a noun only a business goes by (`the company`): no union or charity then. */
  const calledBusiness = new Set<Entity>();
  // the referents of this sentence (its last few) and the subject of the one before, if in the same paragraph
  let here: Referent[] = [];
  let before: Referent | undefined;
  let next = 0;
  let last: { entity: Entity; end: number } | undefined;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const sentence = ctx.sentences[si]!;
    before = continuesParagraph(ctx, si) ? (here.find((r) => r.subject) ?? here.find((r) => r.speaker)) : undefined;
    here = [];
    let firstInSentence = true;
    for (let ti = sentence.firstToken; ti + 1 < sentence.endToken; ti++) {
      const token = ctx.tokens[ti]!;
      while (next < named.length && named[next]!.start <= token.start) {
        const n = named[next++]!;
        const possessor = isPossessor(ctx.text, n.end);
        // (`Acme spokesman`, `Acme CEO Ann Lee`: a body before one of its people owns them, as `Acme shares` its shares)
        const role = ctx.tokens[tokenIndexAt(ctx.tokens, n.end)]?.text ?? "";
        const owner = possessor || isRoleNoun(role) || isTitlePart(role) || OWNED_BY_BUSINESS.has(role);
        const subject = firstInSentence && (isSubjectPosition(ctx, n) || sharesOf(ctx, sentence.firstToken, n.start));
        if (subject) subjects.add(n.entity);
        remember(here, { entity: n.entity, subject, speaker: besideSpeechVerb(ctx, n), owner });
        counts.set(n.entity, (counts.get(n.entity) ?? 0) + 1);
        leaders.any.counted(n.entity);
        if (n.business) {
          businesses.add(n.entity);
          leaders.business.counted(n.entity);
        }
        if (!possessor) firstInSentence = false;
        last = n;
      }
      if (token.text !== "the" && token.text !== "The") continue;
      // (`the state-run lender`, `the Japanese carmaker`, `the rights group`: a word of where it is, who runs it or
      // what it does may stand between; `the tech giant` is a business only so)
      const first = ctx.tokens[ti + 1]!.text;
      const room = ti + 2 < sentence.endToken;
      const sector = room && SECTORS.has(first) && !COMPANY_NOUNS.has(withoutPossessive(first));
      const at = sector ? ti + 2 : room ? placedUntil(ctx, ti + 1, sentence.endToken) : ti + 1;
      const noun = ctx.tokens[at]!;
      const word = withoutPossessive(noun.text);
      if (!(COMPANY_NOUNS.has(word) || (sector && word === "giant")) || ctx.inBody[si] === 0 || taken.has(noun.start) || insideAny(ctx.quotes, token.start)) continue;
      // (`the group of protesters`, `the company Acme`, `the company chairman`: the noun is not used alone)
      const after = ctx.tokens[at + 1];
      if (word === noun.text && after !== undefined && (after.text === "of" || /^\p{Lu}/u.test(after.text) || COMPOUND_HEADS.has(after.text) || COMPANY_NOUNS.has(after.text) || isRoleNoun(after.text))) continue;
      // (a noun set off after a person's name is the person, `Ann Lee, the broadcaster who`; in the possessive it is still
      // the body the person belongs to: `Ann Lee, the company's director`)
      if (word === noun.text && ctx.tokens[ti - 1]?.text === "," && personEnds.has(ctx.tokens[ti - 2]?.end ?? -1)) continue;
      // (`the group` may also stand for a party or a council, `the charity` for a foundation, `the company` only for a business)
      const group = ANY_BODY_NOUNS.has(word);
      const otherTrade = (e: Entity) => ofOtherTrade(kinds.get(e), word);
      const nonprofit = word === "union" || word === "charity";
      // (and a body the story named as a charity is called by no business's noun, as one it called a company is no charity)
      const fitsBody = (e: Entity) =>
        (group || businesses.has(e)) &&
        !otherTrade(e) &&
        !(nonprofit && calledBusiness.has(e)) &&
        !(!group && kinds.get(e)?.has("charity") === true) &&
        (word !== CLUB_NOUN || ofTrade(kinds.get(e), word)) &&
        !(word === "group" && LOCAL_COUNCIL.test(e.name)) &&
        !(word === "union" && NOT_UNIONS.has(e.name.split(" ").at(-1)!));
      // (`Acme urged the union to return`: a body urged, asked or accused is other than the clause's subject or source,
      // the sentence's named one or, with none named, the one before)
      const selves = new Set<Entity>();
      if (isAddressedAt(ctx, ti)) {
        for (const r of here) if (r.subject || r.speaker) selves.add(r.entity);
        if (selves.size === 0 && before !== undefined) selves.add(before.entity);
      }
      const fits = (r: Referent) => fitsBody(r.entity) && !selves.has(r.entity);
      // (`the union` after `the Fórsa trade union`, `the carrier` after `Skylark Airways`: the one body named as such or of
      // that trade, whatever else is near)
      const kin = GENERIC_NOUNS.has(word) ? [] : [...counts.keys()].filter((e) => ofTrade(kinds.get(e), word));
      const apposed = last !== undefined && fitsBody(last.entity) && inApposition(ctx, last.end, ti, at) ? last.entity : undefined;
      // (`Acme on Friday recalled the pills, the company said`: the source set after the clause is its subject)
      // (`Tellan Group fell after the retailer warned`: the subject of a clause set under the sentence's is the sentence's subject)
      const source =
        (ctx.tokens[ti - 1]?.text === "," && isSpeechVerb(ctx.tokens[at + 1]?.text ?? "")) || CLAUSE_OPENERS.has(ctx.tokens[ti - 1]?.text ?? "") ? here.find((r) => r.subject && fits(r)) : undefined;
      const entity = kin.length === 1 ? kin[0] : apposed ?? source?.entity ?? calledBack(here.filter(fits), before !== undefined && fits(before) ? before : undefined, group ? leaders.any : leaders.business, (e) => !fitsBody(e) || selves.has(e), (e) => kinds.get(e)?.has(word) === true);
      if (entity === undefined) continue;
      added.add(entity, ctx.locate({ start: noun.start, end: noun.start + word.length }), "description", si);
      if (!group) calledBusiness.add(entity);
      remember(here, { entity, subject: firstInSentence, speaker: false, owner: word !== noun.text });
      firstInSentence = false;
    }
  }
  return added.applyTo(entities);
}

/**
 * `Novexa, the Swiss drugmaker, has agreed`: the description set off by commas right after a body's name is
 * that body, not another one, and ends its phrase (`Acme, the bank and two brokers` lists three) or goes on
 * to say what it does (`Unite, the union representing bus drivers`, `Acme, the bank that`).
 */
function inApposition(ctx: PronounContext, nameEnd: number, the: number, noun: number): boolean {
  const comma = ctx.tokens[the - 1];
  if (comma?.text !== "," || ctx.tokens[the - 2]?.end !== nameEnd) return false;
  const after = ctx.tokens[noun + 1];
  if (after === undefined) return true;
  if (after.text === ",") return !/^(?:and|or)$/.test(ctx.tokens[noun + 2]?.text ?? "");
  return /^[.;:)—–]$/.test(after.text) || /^(?:that|which|whose)$/.test(after.text) || isPresentParticiple(after.text);
}

/**
 * Nouns news writes beside many a body's name (`the Islamic State group`), which tell one from another too little to
 * outweigh the story's leading body; they break a tie only.
 */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(["company", "firm", "group", "business", "organization", "organisation"]);

/**
 * The nouns each body is named with: its last word (`Tarvel Bank`), the trade a word of its name tells (`Skylark
 * Airways`), a noun right before a name (`carrier Skylark Air`) or one of the two lower-case words right after
 * it (`the Fórsa trade union`).
 */
function kindsOf(named: readonly { entity: Entity; start: number; end: number }[], ctx: PronounContext): Map<Entity, Set<string>> {
  const kinds = new Map<Entity, Set<string>>();
  const add = (entity: Entity, word: string | undefined) => {
    if (word === undefined || !COMPANY_NOUNS.has(word)) return;
    const set = kinds.get(entity) ?? new Set<string>();
    set.add(word);
    kinds.set(entity, set);
  };
  for (const entity of new Set(named.map((n) => n.entity))) {
    const words = entity.name.split(" ");
    for (const word of words) add(entity, TRADE_NAME_WORDS.get(word));
    // (a building society is a mutual lender, though a society is no business: `Velmar Building Society … the lender said`)
    if (entity.name.endsWith(" Building Society")) add(entity, "lender");
    add(entity, words.at(-1)!.toLowerCase());
  }
  for (const n of named) {
    const first = tokenIndexAt(ctx.tokens, n.start);
    add(n.entity, ctx.tokens[first - 1]?.text);
    const after = tokenIndexAt(ctx.tokens, n.end);
    for (let k = after; k < after + 2 && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? ""); k++) add(n.entity, ctx.tokens[k]!.text);
  }
  return kinds;
}

/** `state-run`, `London-based`, `family-owned`, `Japanese`: a word that places a business or says who runs it, not which of several it is. */
function isPlaceOrOwner(word: string): boolean {
  return DEMONYMS.has(word) || /^[\p{L}.]+-(?:run|based|owned|controlled|listed|backed|headquartered)$/u.test(word);
}

/**
 * Where the words that place a business or say who runs it, opening at token `from`, end: after `London-based` or
 * `state-run`, and after a place of several words or with its state before the hyphen (`San Jose-based`, `Franklin,
 * Tennessee-based`); `from` itself when there are none.
 */
function placedUntil(ctx: PronounContext, from: number, end: number): number {
  for (let k = from; k < from + 4 && k + 1 < end; k++) {
    const word = ctx.tokens[k]!.text;
    if (isPlaceOrOwner(word)) return k + 1;
    if (!(/^\p{Lu}/u.test(word) || (word === "," && k > from))) break;
  }
  return from;
}

/** Words that set a clause under the sentence's, whose subject the noun after them is: `fell after the company warned`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["after", "because", "when", "while", "since", "until", "before", "although", "though"]);

/** Verbs whose object is someone other than their subject: one urges, asks or sues another. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set([
  "urged", "urges", "urge", "asked", "asks", "told", "tells", "accused", "accuses", "blamed", "blames", "criticised", "criticises", "criticized", "criticizes",
  "sued", "sues", "thanked", "thanks", "warned", "warns", "invited", "invites", "condemned", "condemns", "praised", "praises", "challenged", "challenges",
  "congratulated", "congratulates",
]);

/** `urged the`, `called on the`: the `the` at token `the` opens the object of a verb that addresses another. */
function isAddressedAt(ctx: PronounContext, the: number): boolean {
  const verb = ctx.tokens[the - 1]?.text ?? "";
  if (ADDRESSING_VERBS.has(verb)) return true;
  return verb === "on" && /^call(?:s|ed)?$/.test(ctx.tokens[the - 2]?.text ?? "");
}

/** `Shares of Acme rose`, `Shares in Acme fell`: a sentence opening so is about the business. */
function sharesOf(ctx: PronounContext, first: number, start: number): boolean {
  const at = tokenIndexAt(ctx.tokens, start);
  return at === first + 2 && SHARES.has(ctx.tokens[first]!.text) && (ctx.tokens[first + 1]!.text === "of" || ctx.tokens[first + 1]!.text === "in");
}

const SHARES: ReadonlySet<string> = new Set(["Shares", "Stock", "Stocks"]);
/** What a business's name stands before as their owner: `Acme shares fell`, `Acme bonds`, `Acme stores`, `Acme staff`. */
const OWNED_BY_BUSINESS: ReadonlySet<string> = new Set([...SHARE_WORDS, "bonds", "stores", "shops", "branches", "staff", "employees", "workers"]);

/** How many of a sentence's referents a description weighs: its nearest, and so a bounded cost on a sentence of thousands of names. */
const HERE = 8;

/** Keeps the sentence's first subject and its last few referents. */
function remember(here: Referent[], r: Referent): void {
  if (here.length >= HERE) here.splice(here[0]!.subject ? 1 : 0, 1);
  here.push(r);
}

/**
 * `here` and `before` are the referents that fit the description; `unfit` tells the leaders that do not, `namedWith`
 * those named with the description's noun.
 */
function calledBack(here: readonly Referent[], before: Referent | undefined, leaders: Leaders, unfit: (e: Entity) => boolean, namedWith: (e: Entity) => boolean): Entity | undefined {
  const speaker = here.find((r) => r.speaker) ?? here.find((r) => r.owner);
  if (speaker !== undefined) return speaker.entity;
  // (a business named beside the description is someone else: the description would have been its name)
  if (here.length > 0) return leaders.top(new Set(here.map((r) => r.entity)), unfit, namedWith);
  return before?.entity ?? leaders.top(new Set(), unfit, namedWith);
}

/** The few entities named most so far, kept as they are counted, so that the story's business is found without a scan. */
class Leaders {
  private readonly board: Entity[] = [];
  constructor(
    private readonly counts: ReadonlyMap<Entity, number>,
    private readonly subjects: ReadonlySet<Entity>,
  ) {}

  counted(entity: Entity): void {
    if (!this.board.includes(entity)) this.board.push(entity);
    this.board.sort((a, b) => this.counts.get(b)! - this.counts.get(a)!);
    if (this.board.length > HERE) this.board.pop();
  }

  /**
   * The one named most, none of `excluded` nor `unfit`, when it is named more often than any other, or as often
   * and it alone of those was named with the description's noun (`the Save Kelmo group … the group's costs`) or else it
   * alone of those has been a sentence's subject (`Acme Health said …` beside `Social Security numbers`).
   */
  top(excluded: ReadonlySet<Entity>, unfit: (e: Entity) => boolean, namedWith: (e: Entity) => boolean): Entity | undefined {
    const left = this.board.filter((e) => !excluded.has(e) && !unfit(e));
    const first = left[0];
    if (first === undefined) return undefined;
    const most = this.counts.get(first)!;
    // (an entity off the board is named at most as often as the board's last, and may have been a subject)
    const offBoard = this.board.length === HERE && this.counts.get(this.board[HERE - 1]!)! === most;
    const tied = left.filter((e) => this.counts.get(e)! === most);
    if (tied.length === 1 && !offBoard) return first;
    const called = tied.filter(namedWith);
    if (called.length === 1 && !offBoard) return called[0];
    const leading = tied.filter((e) => this.subjects.has(e));
    return leading.length === 1 && !offBoard ? leading[0] : undefined;
  }
}
