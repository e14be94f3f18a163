import { afterThe } from "../text/article-before.js";
import { isSpace } from "../text/chars.js";
import { classified } from "./classify.js";
import type { Candidate } from "./candidates.js";
import { BETWEEN_SIDES } from "./case-names.js";
import { CITIES, COUNTIES, COUNTRIES, REGIONS, VOCABULARY, isFirstName } from "./lexicon.js";

/**
 * Sports clubs. A match report names its clubs for their towns (`Liverpool`, `Newcastle`) or with words
 * that read as a person's name (`Bayern Munich`, `Chelsea`); the sentence around the name says it is a
 * side: a score next to it (`beat Chelsea 2-1`, `lost 3-0 to Newcastle`), a player's or a fan's noun after
 * it (`Chelsea manager`, `Liverpool fans`), or a plural verb after a singular name (`Everton host`, `Arsenal
 * have won`), which British English gives a team and never a town; and a club's opponent is one too
 * (`Everton host Tottenham`). A name so read anywhere in the article is an organization everywhere in it.
 * Countries and regions keep their type (a national or a state's side is read as its country or state:
 * `England captain`, `Texas coach`), as do people: a full name with a given name (`Harry Kane`), or a
 * surname of one (`Nadal` after `Rafael Nadal`).
 */

/** A set's tie-break in brackets after its score: `7-6 (7-4)`, `6-7(5)`. */
const TIEBREAK = "\\s?\\(\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?\\)";
/**
 * A match's score, `2-1` or `3–0`, and then, as a group, a second one or a tie-break: a set's (`6-3 6-4`,
 * `6-7 (3-7) 6-4`), which makes the players people. Not a range of days, hours, ages or percentages
 * (`Glastonbury 24-28 June`, `ages 5-11`). A basketball score's three digits (`101-99`) are read only after a result's
 * verb, and not before a noun they count (`won 150-200 seats`): right after a name they are a model's (`Boeing 737-800`).
 */
const score = (digits: string) =>
  `\\d${digits}\\s?[-–]\\s?\\d${digits}(?![\\d\\-–%°])(?!\\s*(?:[ap]\\.?m\\b|per\\b|percent|years?\\b|months?\\b|weeks?\\b|days?\\b|hours?\\b|minutes?\\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b))(${TIEBREAK}?,?\\s+\\d{1,2}\\s?[-–]\\s?\\d{1,2}|${TIEBREAK})?`;
const SCORE = score("{1,2}");
/**
 * A cricket side's innings, runs for wickets or all out: `Halvik 389-6`, `Sarno 245 all out`, `Tarvel 6/389`, and in words,
 * `341 for five` (not `300 for five pounds`: what a count is for is no wicket).
 */
const INNINGS = String.raw`\d{2,3}[-–]\d(?![\d\-–%°])|\d{2,3} all out\b|\d\/\d{2,3}(?![\d\/])|\d{2,3} for (?:[1-9]|one|two|three|four|five|six|seven|eight|nine)\b(?![\d\-–%°])(?!\s+(?!(?:on|in|at|to|with|against|when|before|after|and|but|as|by|declared|from|off)\b)[a-z])`;
/** A score right after the name: `beat Chelsea 2-1`, or an innings: `Halvik 389-6`. */
const SCORE_AFTER = new RegExp(`^\\s+(?:${SCORE}|${INNINGS})`);
/** Verbs a side's innings follows: `Orsel reached 341 for five`, `Dersk were bowled out for 210`. */
const INNINGS_VERBS = ["reached", "made", "were", "was", "posted", "totalled", "closed", "ended", "finished", "slumped", "collapsed", "recovered", "declared"];
const INNINGS_VERB_WORDS: ReadonlySet<string> = new Set(INNINGS_VERBS);
/** A verb and the innings after the name (`were bowled out for 210` is all out). */
const INNINGS_AFTER = new RegExp(`^\\s+(?:${INNINGS_VERBS.join("|")})(?:\\s+(?:on|to))?\\s+(?:${INNINGS}|(?:bowled|all) out for \\d{2,3}\\b)`);
/** Results a side's name stands before: alone (`Arsenal lost 3-0`), or before the opponent (`beat Chelsea 2-1`). */
const RESULTS = ["won", "lost", "drew", "led", "trailed"];
const RESULTS_OVER = ["beat", "defeated", "edged", "thrashed", "hammered", "crushed", "routed", "overcame", "downed", "stunned"];
const RESULT_WORDS: ReadonlySet<string> = new Set([...RESULTS, ...RESULTS_OVER]);
/** A result and its score after the name: `Arsenal lost 3-0`, `Bayern Munich beat Chelsea 2-1`, `Palace drew 1-1 with Villa`. */
const RESULT_AFTER = new RegExp(
  `^\\s+(?:(?:${RESULTS.join("|")})|(?:${RESULTS_OVER.join("|")})\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+(?:${SCORE}|${score("{2,3}")}(?!\\s+(?!(?:on|in|at|to|with|over|after|before|behind|and|as|for)\\b)\\p{Ll}))`,
  "u",
);
/** The prepositions a score stands before when the name after it is the side it was against: `lost 3-0 to Newcastle`. */
const SCORE_PREPOSITIONS = "to|with|against|over|by";
/** A score, perhaps its result's noun, and a preposition right before the name: `lost 3-0 to Newcastle`, `a 2-1 win over Everton`. */
const SCORE_BEFORE = new RegExp(`(?:^|\\s)\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\s+(?:(?:win|victory|defeat|loss|draw|triumph|thrashing)\\s+)?(?:${SCORE_PREPOSITIONS})\\s+$`);
/** The preposition alone, read within a few characters of the name so no search runs far back. */
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${SCORE_PREPOSITIONS})\\s+$`);
/** A player is lent by a club to a club: `on loan from Brentford`, `a loan to Ipswich`. */
const LOAN_BEFORE = /\bloan (?:from|to|at|with)\s+$/;
/**
 * A player moves from a club: `signed striker Ivo Lusk from Orsel City`, `who joined from Velmar`; a club only in an
 * article of sport, as a firm or a town is joined from too. Read within a clause's few words of the name.
 */
const TRANSFER_FROM = /\b(?:signs?|signed|signing|joins?|joined|joining|bought|buys?|recruited)\b[^.;:!?]{0,40}\bfrom\s+$/;
/** Nouns a club's name stands before, which a town's or a company's does not: `Chelsea manager`, `Liverpool fans`. */
const SIDE_NOUNS: ReadonlySet<string> = new Set(
  "fans supporters manager coach boss forward striker strikers midfielder defender goalkeeper keeper winger squad captain crew crews batters batsmen bowlers seamers spinners openers".split(" "),
);
/** The side's nouns that a work's name stands before too: `Star Trek's fans`. */
const FAN_NOUNS: ReadonlySet<string> = new Set(["fans", "supporters"]);
/** A possessive's ending right after a name, before a space. */
const POSSESSIVE_AFTER = /^['’]s\s/;
/** A club's officers, whom a company or a town has too: a side's noun only in an article of sport (`City chairman`, `Ajax president`). */
const OFFICER_NOUNS: ReadonlySet<string> = new Set(["chairman", "chairwoman", "owner", "owners", "president"]);
/** Plural verbs a club takes in British English (`Everton host Tottenham`); a town takes the singular. */
const PLURAL_VERBS: ReadonlySet<string> = new Set("have are were host face play meet visit travel need win lose lead trail".split(" "));
/** Words of sport only, which make an article that has no score in it (a transfer, a coach's hiring) one about clubs. */
const SPORT_WORDS = /\b(?:fans|supporters|strikers?|midfielders?|defenders?|goalkeepers?|wingers?|squad|club|coach|league|crews?|rowers?|cox)\b/;
/**
 * Before a name that is a verb's subject: not its object, after `the` too (`crew aboard the Azure Horizon have`), and not
 * one of two joined subjects (`Liverpool and Arsenal meet`).
 */
const NOT_SOLE_SUBJECT = /(?:\b(?:and|or|of|in|at|to|from|with|for|on|near|by|between|aboard|&)(?:\s+the)?|,)\s+$/i;

/** Between a club and its opponent: `Everton host Tottenham`, `Leeds against Burnley`, `Wigan v Bolton`, a score's `Wigan 3-1 Bolton`. */
const OPPONENT_LINK = /^\s+(?:host|hosts|hosted|face|faces|faced|play|plays|played|visit|visits|visited|meet|meets|met|beat|defeated|against|v|vs\.?)\s+$|^ \d{1,2} ?[-–] ?\d{1,2} $/;

/** One of sport's words between two sides, a space either side: `Wigan v Bolton`, `Lakers vs. Celtics` (runs.ts joins them as a case in court copy). */
function isFixtureLink(between: string): boolean {
  return between.length > 2 && between.startsWith(" ") && between.endsWith(" ") && BETWEEN_SIDES.has(between.slice(1, -1));
}

/** `against` right before a name, read within a few characters of it. */
const AGAINST_BEFORE = /(?:^|\s)against\s+$/;

/** A match's noun and `against` right before a name: `their match against Sarno`, `his debut against Corvel`. */
const MATCH_AGAINST_BEFORE = /\b(?:match|game|fixture|tie|debut|clash|win|victory|defeat|loss|draw|final|derby|opener)\s+against\s+$/;

/** A role read from a club's name and `host`: `City host`. */
const HOSTS = / hosts?$/;

const LOOK = 80;

/** The Arabic article, which opens many a club's name (`Al Ahly`, `El Gouna`) and is a given name too (`Al Horford`). */
const ARTICLES: ReadonlySet<string> = new Set(["Al", "El"]);

/**
 * A name whose given name a match's score beside it outweighs: one the Arabic article opens, or one after `the` (`the Red
 * Sox 5-3`), which a person's seldom is. A fan's noun does not (`Al Pacino fans`).
 */
function scoreOutweighsName(text: string, c: Candidate): boolean {
  return c.words.length >= 2 && (ARTICLES.has(c.words[0]!) || afterThe(text, c.start));
}

function isPerson(c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.cls.type === "person" && c.cls.confidence !== "guess") return true;
  const last = c.words[c.words.length - 1]!;
  if (c.words.length >= 2) return isFirstName(c.words[0]!) && !VOCABULARY.has(last.toLowerCase());
  return surnames.has(last);
}

/** The word after `end` past spaces, letters and digits only (`2` of ` 2-1`), or `""`: most names are followed by none of the cues' words. */
function wordAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return "";
  let j = i;
  while (j < text.length && /[\p{L}\d]/u.test(text[j]!)) j++;
  return text.slice(i, j);
}

/** The score, or the result and its score, after `end`: a match's, or a set's (`6-3 6-4`), whose players are people. */
function scoreAfter(text: string, end: number): "match" | "sets" | undefined {
  const after = text.slice(end, end + LOOK);
  const score = SCORE_AFTER.exec(after) ?? RESULT_AFTER.exec(after) ?? INNINGS_AFTER.exec(after);
  if (score === null) return undefined;
  return score[1] === undefined ? "match" : "sets";
}

/** A side's name of one to four capitalised words. */
const SIDE = String.raw`\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}`;
/** A result's line of its own, each side's name before its score: `Sarno 24 Tarvel 22`, `Arsenal 2, Aston Villa 1`. */
const RESULT_LINE = new RegExp(`^(${SIDE}) \\d{1,3},? (${SIDE}) \\d{1,3}\\r?$`, "u");

/** The candidate, followed by a number, is one of the two sides of a result's line. */
function onResultLine(text: string, c: Candidate): boolean {
  const start = text.lastIndexOf("\n", c.start - 1) + 1;
  const newline = text.indexOf("\n", c.end);
  const end = newline < 0 ? text.length : newline;
  // (a result's line is short: no paragraph is sliced)
  if (end - start > LOOK) return false;
  const line = RESULT_LINE.exec(text.slice(start, end));
  if (line === null) return false;
  const name = text.slice(c.start, c.end);
  // (the second side ends at the space before the last score)
  return (c.start === start && line[1] === name) || (c.end === start + line[0].trimEnd().lastIndexOf(" ") && line[2] === name);
}

/**
 * What in the text around the candidate says it is a side in a match: a match's score beside it or a loan (`"match"`), or a
 * side's noun after it (`"noun"`).
 */
function sideCue(text: string, c: Candidate): "match" | "noun" | "sport-only" | undefined {
  const next = wordAfter(text, c.end);
  if (next !== "" && (/^\d/.test(next) || RESULT_WORDS.has(next) || INNINGS_VERB_WORDS.has(next))) {
    const score = scoreAfter(text, c.end);
    if (score !== undefined) return score === "match" ? "match" : undefined;
    if (onResultLine(text, c)) return "match";
  }
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 9), c.start)) && SCORE_BEFORE.test(text.slice(Math.max(0, c.start - LOOK), c.start))) return "match";
  if (LOAN_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return "match";
  if (TRANSFER_FROM.test(text.slice(Math.max(0, c.start - 60), c.start))) return "sport-only";
  // (in the possessive too, `Velmar's manager`, and for a name no table knows, `Dersk's seamers struggled`, but a work's fans
  // are not a club's: `Star Wars fans`, `Star Trek's fans`)
  const owned = POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3));
  const noun = owned ? wordAfter(text, c.end + 2) : next;
  if (c.cls.type === "other" && (!owned || FAN_NOUNS.has(noun))) return undefined;
  return SIDE_NOUNS.has(noun) ? "noun" : OFFICER_NOUNS.has(next) ? "sport-only" : undefined;
}

/** A plural verb after the singular name, its sole subject (`Leeds have won`): asked only in an article that has a match or words of sport in it. */
function pluralCue(text: string, c: Candidate): boolean {
  return !c.name.endsWith("s") && PLURAL_VERBS.has(wordAfter(text, c.end)) && !NOT_SOLE_SUBJECT.test(text.slice(Math.max(0, c.start - LOOK), c.start));
}

/** A match's score, or a result and its score, follows the name ending at `end`: `Everton beat Leeds 2-1`. */
export function scoreFollows(text: string, end: number): boolean {
  return scoreAfter(text, end) === "match";
}

/** The candidates, with every one that names a club read as an organization. */
export function markTeams(text: string, candidates: readonly Candidate[]): readonly Candidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.cls.type === "person" && c.words.length >= 2 && isFirstName(c.words[0]!)) surnames.add(c.words[c.words.length - 1]!);
  }
  const national = (c: Candidate) => COUNTRIES.has(c.name) || (REGIONS.has(c.name) && !CITIES.has(c.name) && !COUNTIES.has(c.name)) || COUNTRIES.has(c.cls.canonical ?? "");
  const mayBeSide = (c: Candidate) => !national(c) && !isPerson(c, surnames);
  // the clubs the article names, whatever they were read as; those read as something else are retyped
  const sides = new Set<string>();
  // (and those of them read as people's names, which are retyped in all their mentions)
  const outweighed = new Set<string>();
  // (and those an officer's noun follows or a player moves from, which are clubs only where the article speaks of sport)
  const inSportOnly = new Set<string>();
  candidates.forEach((c, i) => {
    // (two names no side is known of, set against each other, are a fixture's sides where the article speaks of sport)
    const previous = candidates[i - 1];
    if (previous !== undefined && mayBeSide(previous) && mayBeSide(c) && isFixtureLink(text.slice(previous.end, c.start))) {
      inSportOnly.add(previous.name);
      inSportOnly.add(c.name);
    }
    const cue = sideCue(text, c);
    if (cue === undefined || national(c)) return;
    if (mayBeSide(c)) (cue === "sport-only" ? inSportOnly : sides).add(c.name);
    else if (cue === "match" && scoreOutweighsName(text, c)) {
      sides.add(c.name);
      outweighed.add(c.name);
    }
  });
  // (an article with no match in it is about clubs when it speaks of sport: `Ajax have signed … midfielder`)
  if (sides.size === 0 && !SPORT_WORDS.test(text)) return candidates;
  for (const name of inSportOnly) sides.add(name);
  for (const c of candidates) if (!sides.has(c.name) && mayBeSide(c) && pluralCue(text, c)) sides.add(c.name);
  if (sides.size === 0) return candidates;
  // `City host Ashford` reads like `BBC host Nick Robinson`: after a club, `host` is its verb and the name its opponent
  const hosted = new Set<string>();
  candidates.forEach((c, i) => {
    const previous = candidates[i - 1];
    if (previous !== undefined && sides.has(previous.name) && mayBeSide(c) && c.start - previous.end < 16 && OPPONENT_LINK.test(text.slice(previous.end, c.start))) sides.add(c.name);
    // (in an article about clubs, a town played `against` is a club: `open their season against Bournemouth`; so is a name
    // no context typed after a match's noun and `against`: `their match against Sarno`, not `campaigned against Brexit`)
    if (c.cls.type === "place" && mayBeSide(c) && AGAINST_BEFORE.test(text.slice(Math.max(0, c.start - 9), c.start))) sides.add(c.name);
    if (c.cls.type === "other" && mayBeSide(c) && MATCH_AGAINST_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) sides.add(c.name);
    if (c.roles.length === 1 && c.words.length === 1 && !surnames.has(c.name) && HOSTS.test(c.roles[0]!) && sides.has(c.roles[0]!.replace(HOSTS, ""))) hosted.add(c.name);
  });
  return candidates.map((c) => {
    if (hosted.has(c.name)) return { ...c, cls: classified("organization", "evidence"), roles: [] };
    if (!sides.has(c.name)) return c;
    if (c.cls.type === "organization") return { ...c, side: true };
    return mayBeSide(c) || outweighed.has(c.name) ? { ...c, cls: classified("organization", "evidence"), side: true } : c;
  });
}
