import { startsLower, startsUpper } from "../text/chars.js";
import { isCalendarName } from "../dates/calendar.js";
import { abbreviatedRegionName } from "../text/abbreviations.js";
import { BE_FORMS, isPresentParticiple } from "../text/participle.js";
import { JUDGEMENT_VERBS, isSpeechVerb, speechFollows } from "../text/speech-verbs.js";
import { isStopword } from "../text/stopwords.js";
import { isSimplePast, mayBePastParticiple } from "../text/past-tense.js";
import { LOCATIVES } from "../text/prepositions.js";
import { classNounAfter, classNounBefore, classNounRightAfter, namesFieldOfRole, predicateClassNoun, type NounAfter } from "./class-nouns.js";
import { hasOriginSuffix, isCapitalisedGerund, type ClassifyContext } from "./classify.js";
import { speaksInFirstPerson } from "./first-person-quote.js";
import { CAPITALISED_WORD, CLASS_NOUNS, COUNTRIES, COURTESY_TITLE, CURRENCY_UNITS, DEMONYMS, FIGURE_ORDINAL, GROUP_WORDS, HEAD_WORDS, KIN_NOUNS, PARTY_TAGS, REGIONS, ROLE_NOUNS, isEnglishWord, isFirstName, isGazetteerPlace, isTitlePart, isUnlistedWord, placeOpensAt } from "./lexicon.js";
import { isAcronym, isAgeAdjective, isBarePossessive, spellsInitials, type NameToken } from "./name-tokens.js";
import { ARTICLE, appositiveRoles, isRoleNoun, leadingAppositive, roleNounBefore } from "./roles.js";
import type { NameRun } from "./runs.js";
import { ledByWho } from "./relative-roles.js";
import { SHARE_WORDS, opensWithTicker, sharesTradedIn } from "../text/tickers.js";
import type { EntityType } from "./types.js";
import { isPersonNoun, isPersonNounOrPlural } from "./unnamed-people.js";

/** The sentence a name run stands in, as candidate finding reads it. */
export interface RunSetting {
  readonly parts: readonly NameToken[];
  readonly nts: readonly NameToken[];
  /** The sentence's name runs (`findRuns`), which a list's members are read from. */
  readonly runs: readonly NameRun[];
  readonly fromIndex: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Words of the names read so far (`Albanese` once `Anthony Albanese` is read). */
  readonly nameWords: { has(word: string): boolean };
}

/**
 * Speech verbs that never come before their speaker: a bare form (`, said Ann Ode`, but `critics say Big Tech ...`), and
 * verbs whose name after them is whom they accuse or urge (`accused Velmar of flooding the market`, `urged Tarvel to act`).
 */
const NOT_BEFORE_SPEAKER: ReadonlySet<string> = new Set(["say", "tell", "accused", "accuses", "urged", "urges"]);

function precedesSpeaker(word: string): boolean {
  return isSpeechVerb(word) && !NOT_BEFORE_SPEAKER.has(word);
}

const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "The", "A", "An"]);
/** A clock's reading right before a word: `6 a.m.`, `9.30pm`, `18:00`, `noon`. */
const CLOCK_BEFORE = /(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?|\bnoon|\bmidnight)\s+$/i;
/** An article and a figure's measure right before a name: `the 320-metre`, `a 12-storey`, `the 1,500-seat`. */
const MEASURED_AFTER_ARTICLE = /\b(?:the|an?)\s+\d[\d,.]*-(?!year-old|month-old|week-old|day-old|time\b)\p{Ll}+(?:-\p{Ll}+)?\s+$/iu;
/** An indefinite article and a thing's colour or state right before a name: `a dark grey Audi`, `a stolen Toyota`, `an old Ford`. */
const DESCRIBED_AFTER_ARTICLE =
  /\ban?\s+(?:(?:dark|light|pale|black|white|grey|gray|silver|red|blue|green|yellow|brown|new|old|used|stolen|battered|rented|hired)\s+){1,3}$/i;
/**
 * Verbs of what a business or a body does, right after `, which`: `CalMac, which runs ferries,`, `Norvex, which employs
 * 900 people,`, `Norvex Europe, which represents tech firms,`.
 */
const BUSINESS_VERBS: ReadonlySet<string> = new Set(["runs", "operates", "owns", "employs", "makes", "manufactures", "sells", "publishes", "produces", "supplies", "builds", "develops", "manages", "distributes", "insures", "lends", "represents"]);
/** Words of the way a river or a road `runs`: `the Tarvel, which runs through Halvik`. */
const WAYS: ReadonlySet<string> = new Set(["through", "along", "across", "past", "into", "from", "between", "beneath", "under", "over", "around", "down", "up", "alongside", "near", "to", "towards", "toward", "north", "south", "east", "west", "parallel", "for"]);
/** `, who` after a name makes a person; `, which` and `, its` make a thing or a body. */
const RELATIVES: ReadonlyMap<string, "who" | "which"> = new Map([
  ["who", "who"],
  ["which", "which"],
  ["its", "which"],
]);
/** `, its chief technology officer,`: `its` at token `at` opens a role, whose noun ends the few words up to a comma or the sentence's end. */
function officerOfIts(nts: readonly NameToken[], at: number): boolean {
  if (nts[at]?.text.toLowerCase() !== "its") return false;
  let k = at + 1;
  while (k < at + 6 && nts[k]?.kind === "word" && startsLower(nts[k]!.text)) k++;
  return k > at + 1 && (nts[k] === undefined || nts[k]!.text === "," || nts[k]!.text === ".") && isRoleNoun(nts[k - 1]!.text);
}

/**
 * `a landscape by Ivo Lusk, which sold`: a work, perhaps described, and its maker at `start`, to which a relative after the name
 * does not go back (it does after a participle: `a plant run by Norvex, which`, `the firm owned by Tarvel, which`).
 */
function makerOfWork(nts: readonly NameToken[], start: number): boolean {
  const noun = nts[start - 2]?.text ?? "";
  if (nts[start - 1]?.text !== "by" || !startsLower(noun) || mayBePastParticiple(noun)) return false;
  return ARTICLE.has(nts[start - 3]?.text.toLowerCase() ?? "") || ARTICLE.has(nts[start - 4]?.text.toLowerCase() ?? "");
}

/** What a leader's name stands before: `the Monti government`, `the Biden administration`. */
const LED_BODIES: ReadonlySet<string> = new Set(["government", "administration", "cabinet", "presidency", "premiership"]);
/** Words of travelling, fleeing or being carried or sent between places, which say a place both before `to` and before `from`. */
const JOURNEYS: readonly string[] =
  "travel travels traveled travelled traveling travelling commute commutes commuted commuting fly flies flew flying flown return returns returned returning sail sailed drive drove driven fled flee flees fleeing evacuated airlifted deport deports deporting deported extradited".split(" ");
/**
 * Words of going, fleeing or being carried or sent somewhere, or of nearness, before `to`: `travel to Northport`,
 * `fled to Ashford`, `diverted to Sarno`, `exports to Velmar`, `next to Genova`.
 */
const TO_A_PLACE: ReadonlySet<string> = new Set([
  ...JOURNEYS,
  ..."move moves moved moving head heads headed heading trip visit journey go goes went going emigrated relocated diverted rerouted deployed redeployed dispatched summoned send sends sent sending exports exported next close adjacent".split(" "),
]);
/** Services that carry travellers from a place: `Trains from Tarvel take four hours` (not `tickets`, which a firm sells). */
const VEHICLES: readonly string[] = ["train", "trains", "flight", "flights", "ferry", "ferries", "bus", "buses"];
/** People who come from a land, not from a body: `troops from Kelvar`, `refugees from Sarno`. */
const FROM_A_LAND: readonly string[] = ["troops", "soldiers", "forces", "refugees", "migrants", "tourists", "sailors", "seafarers", "fishermen", "pilgrims", "evacuees"];
/**
 * Words of travelling or fleeing before `from`, of people who come from a land, of goods brought in and of a land
 * breaking away: `a care worker who travels from Ashgrove`, `fled from Sarno`, `troops from Kelvar`, `steel imports from
 * Velmar`, `independence from Velmar`. Not `moved from` nor `a visit from`, which a firm one works for or a person pays too.
 */
const FROM_A_PLACE: ReadonlySet<string> = new Set([...JOURNEYS, ...VEHICLES, ...FROM_A_LAND, "imports", "imported", "independence", "secession", "secede", "seceded"]);
/** Words of travelling, of a way's course and of a storm's path before `through`: `drove through Orvek`, `the road runs through Sarno`, `the river passes through Tarvel`, `storms swept through Kelmo`. */
const THROUGH_A_PLACE: ReadonlySet<string> = new Set([...JOURNEYS, "runs", "passes", "swept"]);
/**
 * Roles held of no body, which a name before gives a home to: `Sarno rapper Ivo Lusk`, `Kelmo pensioner Ana Ruiz`, and the
 * trades of the land, worked for oneself: `Dersk farmer Ben Ode` (where `Acme spokesman` and `Rovers manager` name a body).
 */
const HOMETOWN_ROLES: ReadonlySet<string> = new Set([
  "rapper", "singer", "songwriter", "musician", "artist", "painter", "poet", "novelist", "comedian", "pensioner",
  "farmer", "gardener", "fisherman", "beekeeper", "shepherd", "grower", "florist", "crofter", "winemaker",
]);
/** Words of a journey's end before `for`: `the flight was bound for Dersk`, `a ship headed for Sarno` (not `left for Norvex`, a job). */
const FOR_A_PLACE: ReadonlySet<string> = new Set(["bound", "headed", "heading", "destined"]);
/** A road's number as British and American maps write it: `M6`, `A34`, `B1234`, `I-95`. */
const ROAD_NUMBER = /^(?:[ABM]\d{1,4}|I-\d{1,3})$/u;
/** Words of road traffic, in whose sentence such a number is a road's, not a model's (`the A34 phone`). */
const ROAD_WORDS: ReadonlySet<string> = new Set(["junction", "junctions", "northbound", "southbound", "carriageway", "traffic", "drivers", "motorists", "diversions"]);
/** Verbs of going to see a place, whose object is one: `the king visited Tarvel`, `toured Velmar`. */
const VISITS: ReadonlySet<string> = new Set(["visit", "visits", "visited", "visiting", "tour", "toured", "touring"]);
/** An ordinal in words (`second`); figures (`34th`) are FIGURE_ORDINAL. */
const WORD_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;
/** Words before `at` that tell of someone's work or study there, so of a body: `works at`, `studied at`, `a job at`. */
const WORK_OR_STUDY: ReadonlySet<string> = new Set([
  "work", "works", "worked", "working", "job", "jobs", "career", "employed", "study", "studies", "studied", "studying", "teach", "teaches", "taught", "teaching", "intern", "interned", "trained", "enrolled",
]);
/** Verbs of arriving, after which `at` and a name is where one arrives: `arrived at Chester`. */
const ARRIVALS: ReadonlySet<string> = new Set(["arrive", "arrives", "arrived", "arriving", "landed", "docked"]);
/** Prepositions of the way, before which a street's name is a place: `off Mill Lane`, `along Church Street`. */
const ALONG_A_STREET: ReadonlySet<string> = new Set(["off", "along", "down"]);
/** Words of a vessel's fate or station, and the sea, before `off` and a name, which is then a coast: `sank off Vaxholm`, `the waters off Kells`. */
const OFFSHORE: ReadonlySet<string> = new Set(["sank", "sunk", "sinking", "capsized", "foundered", "scuttled", "wrecked", "anchored", "moored", "stranded", "aground", "drowned", "waters", "sea", "seas"]);
/** Adjectives of nearness between a preposition and a place: `in nearby Mill Lane`, `from neighbouring Dunmore`. */
const NEARNESS: ReadonlySet<string> = new Set(["nearby", "neighbouring", "neighboring", "adjacent", "adjoining"]);
/** Words of a past age between a preposition and a place: `in 1970s Orsel`, `in wartime Tarvel`. */
const AGES: ReadonlySet<string> = new Set(["medieval", "wartime", "postwar", "prewar", "ancient", "colonial"]);
const DECADE = /^(?:1\d|20)\d0s$/;

/** A word that may stand between a preposition and a place's name: of nearness, or of the age the place is seen in. */
function beforePlaceAfterPreposition(word: string): boolean {
  return NEARNESS.has(word) || AGES.has(word) || DECADE.test(word);
}
/** Words after which a person's family name stands: `a manager surnamed Liu`, `Ann Lowe, née Varga`. */
const SURNAMING: ReadonlySet<string> = new Set(["surnamed", "née", "nee"]);
/** A part of a place named after `of`: `off the coast of Donegal`, `the outskirts of Brenwick`, `the centre of Tarvel`, `20 km north of Kyiv`. */
const PARTS_OF_PLACES: ReadonlySet<string> = new Set(["coast", "coastline", "shores", "outskirts", "centre", "center", "suburbs", "suburb", "environs", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);
/** People news names by where they live: `a Harrowgate man`, `Leeds pensioner`. */
const RESIDENTS: ReadonlySet<string> = new Set(
  "man woman men women people boy boys girl girls teen teenager teenagers pensioner couple mother father mum dad grandmother grandfather gran grandad resident residents neighbour neighbor family schoolboy schoolgirl toddler baby widow motorist cyclist pedestrian businessman businesswoman landlord shopkeeper".split(" "),
);

/** `Resident`, `Neighbour`: a noun news puts before a person it names by where they live. */
export function isResidentNoun(lower: string): boolean {
  return RESIDENTS.has(lower);
}
/** Owners' pronouns before a noun phrase, in lower case: `his` of `lost his Sarno West seat`. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "my", "our", "your"]);
/** Who sits for a seat named after `for`: `the Labour MP for Normanton`, `the senator for Tasmania`. */
const SEAT_HOLDERS: ReadonlySet<string> = new Set(["MP", "MPs", "MSP", "MEP", "MLA", "MHA", "TD", "member", "senator", "Senator", "representative", "candidate", "Congressman", "Congresswoman"]);
/** Nouns for who won or was named for an award, which the name before them is: `Oscar winner`, `Pulitzer laureate`. */
const AWARD_HOLDERS: ReadonlySet<string> = new Set(["winner", "winners", "nominee", "nominees", "laureate", "laureates", "medallist", "medallists", "medalist", "medalists", "honoree", "honorees", "honouree", "honourees"]);
/**
 * `Remco Evenepoel of Soudal Quick-Step`: a name after `of` and two plain capitalised words, as a person's name
 * ends, is where the person so named works or comes from (after an office, `Secretary of`, a title reads it first).
 */
function affiliationOf(nts: readonly NameToken[], start: number): boolean {
  return afterFullName(nts, start) && !deadOrCouple(nts, start - 4);
}

/** The name at `start` follows `of` and two capitalised words, as a person's full name ends: `Ivo Hale of Velmar`. */
function afterFullName(nts: readonly NameToken[], start: number): boolean {
  return nts[start - 1]?.text === "of" && CAPITALISED_WORD.test(nts[start - 2]?.text ?? "") && CAPITALISED_WORD.test(nts[start - 3]?.text ?? "");
}

/** `the late Ivo Hale of Velmar`, `Mr and Mrs Ben Lind of Tarvel`: the dead, or a couple, whose `of` says where they lived, not worked. */
function deadOrCouple(nts: readonly NameToken[], before: number): boolean {
  return nts[before]?.text === "late" || (COURTESY_TITLE.test(nts[before]?.text ?? "") && nts[before - 1]?.text === "and");
}

/** `partnered with Toyota`, `work with First Bus and Metro`: the name at `start`, or a later one of a list, follows `with` and a word of working together. */
function partnerOf(nts: readonly NameToken[], start: number): boolean {
  let i = start - 1;
  // (back over the list's names before)
  for (let listed = 0; listed < 4 && (nts[i]?.text === "and" || nts[i]?.text === ","); listed++) {
    const j = beforeListedName(nts, i - 1);
    if (j === i - 1) return false;
    i = j;
  }
  if (nts[i]?.text !== "with") return false;
  const before = nts[i - 1]?.text.toLowerCase() ?? "";
  return PARTNERING.has(before) || (before === "up" && nts[i - 2]?.text.toLowerCase().startsWith("team") === true);
}

/** A preposition of place right before a word: `in Paris` is the city whatever its people are called. */
const PLACE_PREPOSITION = /\b(?:in|at|from|to|into|near|across|outside|through|via|around|toward|towards|of|between)\s+$/i;

/** A preposition of place stands right before `start` in `text`. */
export function afterPlacePreposition(text: string, start: number): boolean {
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start));
}

/** Words of working together before `with` and a partner's name (`teamed up with` is read apart). */
const PARTNERING: ReadonlySet<string> = new Set([
  "partner", "partners", "partnered", "partnering", "partnership", "collaborate", "collaborated", "collaborates", "collaborating", "collaboration",
  "cooperate", "cooperated", "cooperating", "cooperation", "merge", "merged", "merges", "merging", "merger", "deal", "deals", "agreement", "contract",
  "venture", "alliance", "tie-up", "work", "works", "worked", "working",
]);
/** Counts credited to whoever made them: `a poll by Gallup Korea`. */
const POLLS: ReadonlySet<string> = new Set(["poll", "polls", "survey", "surveys", "estimate", "estimates"]);
const TOLD: ReadonlySet<string> = new Set(["told", "tells", "telling"]);
/** Words for writing that puts what is written in a publication: `a paper in`, `wrote in` (not `a study in`, done in a place too). */
const WRITINGS: ReadonlySet<string> = new Set(["paper", "papers", "article", "articles", "essay", "essays", "editorial", "column", "op-ed", "commentary", "wrote", "writes", "writing", "published", "publishes"]);
/** Words for acting in a film, a play or a show. */
const PERFORMANCES: ReadonlySet<string> = new Set(["starred", "starring", "stars", "role", "roles", "cameo"]);
const PLURAL_VERBS: ReadonlySet<string> = new Set(["have", "are", "were"]);
const NOT_ALONE_OR_ASKED: ReadonlySet<string> = new Set(["and", "&", ",", "or", "nor", "would", "could", "should", "might", "must", "will", "shall", "may", "can", "did", "does", "do", "if", "as", "than"]);
const NO_ROLES: readonly string[] = [];
/** Prepositions whose object a following verb does not have as its subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVES, "of", "at", "from", "on"]);
/** The other prepositions a name may be the object of. */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "to", "with", "by", "against", "about", "toward", "towards", "over", "under", "than", "aboard"]);

/**
 * `Astronomers using the James Webb Space Telescope have detected`, `friends of the Smiths have`: a name after an
 * article that a preposition or a participle takes as its object, so a verb after it is an earlier subject's.
 */
function objectAfterArticle(nts: readonly NameToken[], startIndex: number): boolean {
  if (!DETERMINERS.has(nts[startIndex - 1]?.text ?? "")) return false;
  const w = nts[startIndex - 2]?.text ?? "";
  return PREPOSITIONS.has(w) || OBJECT_PREPOSITIONS.has(w) || isPresentParticiple(w);
}

/**
 * The second half of a word that says who owns, runs or lists a business, or where it sits: `state-owned`, `family-run`,
 * `Nasdaq-listed`, `Boston-based`.
 */
const OWNED: ReadonlySet<string> = new Set(["owned", "run", "listed", "based", "headquartered"]);

/** The second half of a word that says where someone or something is: `Tarvel-based`, `Tarvel-area`, `Tarvel-born`, a ship's `Tarvel-flagged`. */
const WHERE_AFTER_HYPHEN: ReadonlySet<string> = new Set(["based", "area", "born", "flagged", "registered"]);

/** What a company has and a place or a person does not: `Apple's shares`, `Acme's shareholders`, `Acme's CEO`. */
const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set([...SHARE_WORDS, "ceo", "cfo", "subsidiary", "subsidiaries", "revenue", "revenues", "earnings", "profit", "profits"]);

/** A company's figures, which news reports as coming from it or at it: `earnings from Alphabet`, `profits at Corvel`. */
const COMPANY_FIGURES: ReadonlySet<string> = new Set(["earnings", "profits", "revenue", "losses"]);

/** Offices and bodies only a country or a town has, whatever else the article says of it: `Karvia's culture minister`. */
const STATE_OFFICES: ReadonlySet<string> = new Set(["minister", "ministers", "ministry", "parliament", "ambassador", "embassy", "constitution", "mayor"]);
/**
 * What a country or a town has and a firm or a person most often does not: `the people of Karvia`, `Karvia's government`,
 * and the lie of its land (`Karvia's northern coast`).
 */
const STATE_POSSESSIONS: ReadonlySet<string> = new Set([
  ...STATE_OFFICES,
  ...["government", "army", "navy", "intelligence", "forces", "troops", "capital", "citizens", "people", "population", "inhabitants"],
  ...["coast", "coastline", "border", "borders", "mainland", "countryside"],
]);

/**
 * Words in lower case before a land's name that say which part of it, or that it borders or lies near another:
 * `western Velmar`, `east Tarvel`, `downtown Corvel`, `rural Halvik`, `neighbouring Sarno`, `nearby Ashby Moor`.
 */
const LAND_PARTS: ReadonlySet<string> = new Set(
  [
    ...["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"],
    ...["downtown", "upstate", "rural", "coastal"],
    ...NEARNESS,
  ],
);

/** Whether a word in lower case before a land's name says which part of it (`central`) or that it lies near another (`nearby`). */
export function isLandPart(word: string): boolean {
  return LAND_PARTS.has(word);
}

/**
 * What only a state or a town has, named after the state's name as a modifier, perhaps after one word that says which:
 * `Velmar police`, `Tarvel council`, `the Tarvel foreign ministry`, `Norvik central bank`. Not its government or its
 * minister, which news names for its leader too (`the Halloran government`).
 */
const STATE_INSTITUTIONS: ReadonlySet<string> = new Set(["ministry", "parliament", "embassy", "army", "navy", "military", "police", "mayor", "council", "ambassador", "diplomat", "diplomats", "envoy"]);
/**
 * What only a state or a town has, named in two words: its central bank (a bank alone is a firm's too: `the Acme bank`),
 * its public services (`the Sarno fire brigade`, `the Velmar ambulance service`) and the departments of a government's
 * portfolios that no firm has (`the Tellan tourism department`; a firm has a finance or a legal department).
 */
const TWO_WORD_INSTITUTIONS: ReadonlySet<string> = new Set([
  "central bank", "fire brigade", "fire service", "fire department", "ambulance service", "health service",
  "tourism department", "health department", "education department", "transport department", "agriculture department", "immigration department", "tourism board",
]);

/** Products a firm makes, and not an artist (`a song from Adele` is the singer's): `a chip from Qualcomm`. */
const PRODUCTS: ReadonlySet<string> = new Set(
  ["chip", "processor", "app", "drug", "vaccine", "device", "smartphone", "phone", "handset", "chatbot", "tablet", "laptop", "console"].flatMap((w) => [w, `${w}s`]),
);

/** Nouns of medicine given or tested for, which a word no table knows names before them: `the MMR vaccine`, `a PCR test`. */
const MEDICINE_NOUNS: ReadonlySet<string> = new Set(["vaccine", "vaccines", "jab", "jabs", "test", "tests", "virus", "infection", "infections"]);

/** Public bodies in the plural, which a town's name before them says the place of: `Orsel hospitals`, `Kelmo schools`. */
const PUBLIC_BODIES: ReadonlySet<string> = new Set(["hospitals", "schools", "colleges", "universities", "prisons", "courts"]);

/** What an artist makes, which a person's possessive names the maker of: `Dickens's novel`, `Mahler's Ninth Symphony`. */
const WORKS: ReadonlySet<string> = new Set(
  ["novel", "novella", "poem", "painting", "symphony", "concerto", "sonata", "opera", "oratorio", "cantata", "sculpture", "memoir", "essay", "portrait", "sonnet", "ballet"].flatMap((w) => [w, `${w}s`]).concat("symphonies"),
);

/** How many tokens an aside after a name (a relative clause, an appositive) may run before its closing comma. */
const ASIDE_REACH = 24;

/** The comma that closes the aside opening at comma `open` (`Airbus, which built the rover, said`), or -1. */
function asideClose(nts: readonly NameToken[], open: number): number {
  for (let k = open + 2; k < nts.length && k <= open + ASIDE_REACH; k++) if (nts[k]!.text === ",") return k;
  return -1;
}

/** The word after the aside that opens at comma `open`: `said` in `Airbus, which built the rover, said` or `Komeito, the junior partner, said`. */
function wordAfterAside(nts: readonly NameToken[], open: number): string {
  const close = asideClose(nts, open);
  return close < 0 ? "" : (nts[close + 1]?.text ?? "");
}

/** The aside that opens at comma `open` is followed by a speech verb or a refusal to comment (`Amazon, which owns a stake, declined to comment`). */
function speaksAfterAside(text: string, nts: readonly NameToken[], open: number): boolean {
  const close = asideClose(nts, open);
  return close >= 0 && speechFollows(text, nts[close]!.end, nts[close + 1]?.text);
}

/** How many words the name joined by `and` may take: `Kroger and Trader Joe's`. */
const JOINED_NAME_WORDS = 4;

/** The word after the capitalised name that follows `and` at `and`: `said` in `Kroger and Publix said`. */
function wordAfterJoinedName(nts: readonly NameToken[], and: number): string {
  let k = and + 1;
  while (k < nts.length && k <= and + JOINED_NAME_WORDS && startsUpper(nts[k]!.text)) k++;
  return k > and + 1 ? (nts[k]?.text ?? "") : "";
}

/**
 * What surrounds one name in its sentence, read only as classification asks for it: most names are known
 * to a table or settled by their own words, so the costlier readings (a class noun, an appositive, a
 * pronoun further on) are left for the few that need them. Each reading is made at most once.
 */
export class NameContext implements ClassifyContext {
  readonly determiner: boolean;
  readonly possessiveBefore: boolean;
  readonly itsBefore: boolean;
  readonly prepositionBefore: boolean;
  readonly handle: boolean;
  readonly leads: boolean;
  readonly roleNounAfter: boolean;
  readonly hometownRoleAfter: boolean;
  readonly titleAfter: boolean;
  readonly awardAfter: boolean;
  readonly relative: "who" | "which" | undefined;
  readonly bracketedAfterName: boolean;
  readonly numberAfter: boolean;
  readonly yearBefore: boolean;
  readonly afterTownComma: boolean;
  readonly stateAfter: boolean;
  readonly distanceAfter: boolean;
  readonly regionAfterTown: boolean;
  readonly ageAfter: boolean;
  readonly pluralVerbAfter: boolean;
  private readonly before: NameToken | undefined;
  private readonly after: NameToken | undefined;
  private readonly previous: string;
  private speakerRead: boolean | undefined;
  private pronounRead: string | null | undefined;
  private appositiveRead: readonly string[] | undefined;
  private classNounRead: EntityType | null | undefined;
  private classNounAfterName = false;
  private nounAfterRead: NounAfter | null | undefined;

  constructor(
    private readonly run: RunSetting,
    private readonly words: readonly string[],
    first: NameToken,
    private readonly last: NameToken,
    /** The name's tokens are `run.nts[startIndex..endIndex)`. */
    private readonly startIndex: number,
    private readonly endIndex: number,
    private readonly text: string,
    private readonly titledBefore: boolean,
  ) {
    const nts = run.nts;
    const before = nts[startIndex - 1];
    const after = nts[endIndex];
    // (`In Wakefield, a recount` is where)
    const previous = wordAt(run, startIndex - 1);
    this.before = before;
    this.after = after;
    this.previous = previous;
    // (`the 320-metre Tarvel Ridge viaduct`: a measure may stand between, though not an age, `the 34-year-old Ivo Lusk`)
    // or a thing's colour or state, `a dark grey Audi`
    const lead = text.slice(Math.max(0, first.start - 40), first.start);
    this.determiner = DETERMINERS.has(previous) || MEASURED_AFTER_ARTICLE.test(lead) || DESCRIBED_AFTER_ARTICLE.test(lead);
    this.possessiveBefore = before?.possessive === true || (before !== undefined && startIndex >= 2 && isBarePossessive(nts[startIndex - 2]!, before));
    this.itsBefore = previous === "its" || previous === "Its";
    // (`in nearby Mill Lane`: an adjective of nearness may stand between)
    this.prepositionBefore = PREPOSITIONS.has(previous) || (NEARNESS.has(previous) && PREPOSITIONS.has(nts[startIndex - 2]?.text ?? ""));
    this.handle = before !== undefined && (before.text === "@" || before.text === "#") && before.end === first.start;
    this.leads = after !== undefined && LED_BODIES.has(after.text);
    this.hometownRoleAfter = after !== undefined && HOMETOWN_ROLES.has(after.text);
    this.roleNounAfter = after !== undefined && !this.hometownRoleAfter && (ROLE_NOUNS.has(after.text) || fieldRoleBeforeName(nts, endIndex));
    this.titleAfter = after !== undefined && startsUpper(after.text) && isTitlePart(after.text);
    this.awardAfter = after !== undefined && AWARD_HOLDERS.has(after.text);
    // (not `, its chief technology officer`, which names whom the body has, a person as likely as not; nor a capitalised
    // word, which is a name: `, Which?'s head of safety`)
    this.relative = after?.text === "," && !officerOfIts(nts, endIndex + 1) && !makerOfWork(nts, startIndex) ? RELATIVES.get(nts[endIndex + 1]?.text ?? "") : undefined;
    this.bracketedAfterName = previous === "(" && after?.text === ")" && startsUpper(nts[startIndex - 2]?.text ?? "");
    this.numberAfter = after !== undefined && after.start === last.end + 1 && /^(?:\d+|[IVX]+)$/.test(after.text);
    this.yearBefore = before !== undefined && before.end + 1 === first.start && (/^(?:\d+|century|centuries|millennium)$/.test(previous) || FIGURE_ORDINAL.test(previous));
    this.ageAfter = ageFollows(nts, endIndex);
    // (or after its relative clause, or in it: `Arsenal, who finished second, are`, `Arsenal, who have`; not the last of a
    // list, `Ann and Tom have`, nor after an auxiliary, `would Tom have`, nor a preposition's object, `friends of Tom have`)
    this.pluralVerbAfter =
      (PLURAL_VERBS.has(after?.text ?? "") || (this.relative !== undefined && (PLURAL_VERBS.has(nts[endIndex + 2]?.text ?? "") || PLURAL_VERBS.has(wordAfterAside(nts, endIndex))))) &&
      !NOT_ALONE_OR_ASKED.has(previous.toLowerCase()) &&
      !this.prepositionBefore &&
      !objectAfterArticle(nts, startIndex);
    this.stateAfter = after?.text === "," && stateFollows(nts, endIndex + 1);
    this.distanceAfter = after?.text === "," && distanceFollows(nts, endIndex + 1);
    this.regionAfterTown = regionOfTown(nts, startIndex, endIndex);
    this.afterTownComma = previous === "," && startsUpper(nts[startIndex - 2]?.text ?? "") && (after === undefined || after.text === "." || last.text.endsWith("."));
  }

  /** In the possessive before a street's or a square's name: `Hatton's High Street`, where it names the town. */
  get ownsPlaceAfter(): boolean {
    if (!this.last.possessive) return false;
    const nts = this.run.nts;
    for (let k = this.endIndex; k < Math.min(nts.length, this.endIndex + 3); k++) {
      const t = nts[k]!;
      if (t.kind !== "word" || !startsUpper(t.text)) return false;
      if (k > this.endIndex && HEAD_WORDS.get(t.text) === "place") return !nts[k + 1]?.possessive && !isFirstName(nts[this.endIndex]!.text);
    }
    return false;
  }

  get signedFrom(): boolean {
    const nts = this.run.nts;
    const end = nts[this.endIndex]?.text === "." ? this.endIndex + 1 : this.endIndex;
    if (this.previous !== "," || end !== this.run.sentenceEnd) return false;
    let k = this.run.sentenceStart;
    if (COURTESY_TITLE.test(nts[k]?.text ?? "")) k++;
    // (only a name before the comma: `Ana Ruiz, head of the rescue agency, Basarnas` names a body)
    return isFirstName(nts[k]?.text ?? "") && nts.slice(k, this.startIndex - 1).every((t) => startsUpper(t.text));
  }

  get ownsPersonAfter(): boolean {
    return ownsPersonAfter(this.run.nts, this.last, this.endIndex);
  }

  get titled(): boolean {
    return this.titledBefore || roleNounBefore(this.run.nts, this.startIndex);
  }

  /**
   * A form of address stands right before it (`Mr Harrow`), which only a person's surname takes; not `Miss`, which
   * a pageant's title also opens (`Miss Texas`).
   */
  get addressed(): boolean {
    const title = this.before?.text ?? "";
    return title !== "Miss" && COURTESY_TITLE.test(title);
  }

  /** The name is the subject of a speech verb (`X said`, `said X`, `X, the party's leader, said`, `the coach, X, said`), or the run it heads follows one. */
  get speaker(): boolean {
    if (this.speakerRead === undefined) {
      const { before, after, run } = this;
      const runBefore = run.nts[run.fromIndex - 1];
      // (a name before `is` or `was` after `said` is the subject of what was said, and of no act: `said Trumpet was a
      // wonderful dog`; `said Norvex had hired 30 people` still tells of a body's act)
      const reported = after !== undefined && BE_FORMS.has(after.text);
      this.speakerRead =
        (after !== undefined && speechFollows(this.text, this.last.end, after.text)) ||
        (before !== undefined && precedesSpeaker(before.text) && !reported) ||
        (runBefore !== undefined && !run.parts[0]!.hyphenBefore && !runBefore.hyphenBefore && precedesSpeaker(runBefore.text) && !reported) ||
        (after?.text === "," && speaksAfterAside(this.text, run.nts, this.endIndex)) ||
        // (a name set off by commas after its subject: `the coach, Ito, said`)
        (after?.text === "," && before?.text === "," && speechFollows(this.text, after.end, run.nts[this.endIndex + 1]?.text)) ||
        (after?.text === "and" && isSpeechVerb(wordAfterJoinedName(run.nts, this.endIndex)));
    }
    return this.speakerRead;
  }

  get clauseSubject(): boolean {
    const { after, previous } = this;
    return (this.startIndex === this.run.sentenceStart || CLAUSE_OPENERS.has(previous)) && after !== undefined && startsLower(after.text);
  }

  /** (not for a preposition's object, no clause's subject: `an emergency for Ventura County, and he said`) */
  get personalPronoun(): boolean {
    return this.pronoun === "personal" && !this.prepositionBefore && !OBJECT_PREPOSITIONS.has(this.previous);
  }

  get neuterPronoun(): boolean {
    return this.pronoun === "neuter";
  }

  get itsAfter(): boolean {
    return this.pronounWord === "its";
  }

  private get pronoun(): "personal" | "neuter" | null {
    const w = this.pronounWord;
    return w === null ? null : w === "it" || w === "its" ? "neuter" : "personal";
  }

  /** The first personal or neuter pronoun after the name, lower case. */
  private get pronounWord(): string | null {
    if (this.pronounRead === undefined) this.pronounRead = pronounFollows(this.run.nts, this.endIndex) ?? null;
    return this.pronounRead;
  }

  /** `western Velmar`, `neighbouring Tarvel`, `mid-Velmar`: a part of a land or a land's neighbour, in lower case, right before it. */
  get partOfLand(): boolean {
    return LAND_PARTS.has(this.previous) || (this.previous === "mid" && this.run.nts[this.startIndex]!.hyphenBefore);
  }

  get locative(): boolean {
    const { previous, run, startIndex } = this;
    // (a name of several words in the possessive owns the place, it is not one: `went to Ana Ruiz's film`, `in Ivo Brandt's office`)
    if (this.last.possessive && this.endIndex - startIndex > 1) return false;
    return (
      LOCATIVES.has(previous) ||
      (beforePlaceAfterPreposition(previous) && LOCATIVES.has(run.nts[startIndex - 2]?.text ?? "")) ||
      (previous === "to" && (goesTo(run.nts, startIndex - 2, TO_A_PLACE) || calledOutTo(run.nts, startIndex - 2) || homeTo(run.nts, startIndex - 2))) ||
      (previous === "from" && goesTo(run.nts, startIndex - 2, FROM_A_PLACE)) ||
      (previous === "through" && goesTo(run.nts, startIndex - 2, THROUGH_A_PLACE)) ||
      (previous === "for" && FOR_A_PLACE.has(run.nts[startIndex - 2]?.text ?? "")) ||
      (previous === "at" && ARRIVALS.has(run.nts[startIndex - 2]?.text ?? "")) ||
      // (not after a capitalised subject: a fixture's `Kelby Rovers visit Saltmere` names a side as often as a place)
      (VISITS.has(previous) && !startsUpper(run.nts[startIndex - 2]?.text ?? "")) ||
      (previous === "off" && OFFSHORE.has(run.nts[startIndex - 2]?.text ?? "")) ||
      // (`off Mill Lane`, `along Church Street`: a street's name after a preposition of the way)
      (ALONG_A_STREET.has(previous) && STREETS.has(this.last.text)) ||
      (previous === "of" && PARTS_OF_PLACES.has(run.nts[startIndex - 2]?.text ?? "")) ||
      hometown(run.nts, startIndex) ||
      inAreaAfter(run.nts, this.endIndex) ||
      routeTo(run.nts, startIndex, this.endIndex) ||
      // (the second of two joined after one: `in Dumfries and Galloway`, `diverted to Sarno and Halden`)
      (previous === "and" && followsPlaceAfterPreposition(run.nts, startIndex))
    );
  }

  get alongThe(): boolean {
    return this.previous === "the" && /^along$/i.test(this.run.nts[this.startIndex - 2]?.text ?? "");
  }

  get ownedBefore(): boolean {
    const before = this.run.nts[this.startIndex - 1];
    if (before === undefined || before.kind !== "word") return false;
    if (before.hyphenBefore) return OWNED.has(before.text);
    return (before.text === "held" || before.text === "traded") && /^(?:privately|publicly)$/i.test(this.run.nts[this.startIndex - 2]?.text ?? "");
  }

  /** `, where` follows: a clause set in the name, which is somewhere (`to Victoria Park, where a display was held`). */
  get whereClauseAfter(): boolean {
    return this.after?.text === "," && this.run.nts[this.endIndex + 1]?.text === "where";
  }

  get whereAfter(): boolean {
    const after = this.run.nts[this.endIndex];
    return after?.hyphenBefore === true && WHERE_AFTER_HYPHEN.has(after.text);
  }

  get zoneOfClock(): boolean {
    const { after, last, run, endIndex, text } = this;
    if (after?.text !== "time" || after.start !== last.end + 1) return false;
    const start = run.nts[this.startIndex]!.start;
    return CLOCK_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || /^zones?$/.test(run.nts[endIndex + 1]?.text ?? "");
  }

  get testedFor(): boolean {
    return this.previous === "for" && /^(?:positive|negative)$/i.test(this.run.nts[this.startIndex - 2]?.text ?? "");
  }

  get medicineAfter(): boolean {
    return MEDICINE_NOUNS.has(this.after?.text ?? "");
  }

  get employerBefore(): boolean {
    const { run, startIndex } = this;
    const at = run.nts[startIndex - 1]?.text === "the" ? startIndex - 2 : startIndex - 1;
    if (run.nts[at]?.text !== "at") return false;
    // (`Nurses at Orsel hospitals`: before the plural of a public body's noun the name says where they are)
    if (PUBLIC_BODIES.has(run.nts[this.endIndex]?.text ?? "")) return false;
    // (in lower case, or opening the sentence: `Analysts at Peel Hunt`; the role may say what it heads first:
    // `head of money and markets at Hargreaves Lansdown`)
    const held = (k: number) => {
      const noun = wordAt(run, k);
      return startsLower(noun) && orItsSingular(noun, isRoleNoun);
    };
    // (and where one works or studies: `worked at Tellan`, `a job at Norvex`)
    if (held(at - 1) || WORK_OR_STUDY.has((run.nts[at - 1]?.text ?? "").toLowerCase())) return true;
    for (let k = at - 1; k >= at - FIELD_WORDS && k > run.sentenceStart; k--) {
      const word = run.nts[k]!.text;
      if (word === "of") return k < at - 1 && held(k - 1);
      if (!startsLower(word)) return false;
    }
    return false;
  }

  get surnamedBefore(): boolean {
    return SURNAMING.has(this.previous);
  }

  get ordinalBefore(): boolean {
    return WORD_ORDINAL.test(this.previous) || FIGURE_ORDINAL.test(this.previous);
  }

  get venueBefore(): boolean {
    const { previous, run, startIndex } = this;
    return previous === "at" && !this.employerBefore;
  }

  get kinBefore(): boolean {
    return kinBefore(this.run.nts, this.startIndex);
  }

  get roleSetBefore(): boolean {
    return this.previous === "," && leadingAppositive(this.run.nts, this.startIndex, this.endIndex, this.run.sentenceStart, this.text) !== undefined;
  }

  /** A currency's unit follows it: `the Velmar krone`, the money of the land the name says. */
  get currencyAfter(): boolean {
    const after = this.after;
    return after !== undefined && after.start === this.last.end + 1 && CURRENCY_UNITS.has(after.text);
  }

  /** A year in brackets follows it, as it does a work's title: `The Drowned Coast (2015)`. */
  get yearInBracketsAfter(): boolean {
    const nts = this.run.nts;
    const open = nts[this.endIndex];
    return open?.text === "(" && /^\d{4}$/.test(nts[this.endIndex + 1]?.text ?? "") && nts[this.endIndex + 2]?.text === ")";
  }

  /** A party in brackets follows it, as a results table tags a candidate: `Halvik (Lib Dem) 1,310`. */
  get partyInBracketsAfter(): boolean {
    return partyFollows(this.run.nts, this.endIndex);
  }

  /** A noun for a person follows it: `a Harrowgate man`, where the name says where the man lives. */
  get residentAfter(): boolean {
    return residentAfter(this.last, this.after);
  }

  /** An amount follows it: `Rs 5,000`, `USD 5.5 million`, `Rs.300`. */
  get amountAfter(): boolean {
    const { after, last, run, endIndex } = this;
    if (after === undefined) return false;
    // (`KSh 2bn`: an amount glued to its magnitude)
    if (after.kind === "number" || /^\d+(?:m|bn|tn|trn|k)$/.test(after.text)) return after.start <= last.end + 1;
    const next = run.nts[endIndex + 1];
    return after.text === "." && after.start === last.end && next?.kind === "number" && next.start === after.end;
  }

  /** In the possessive before what only a company has (`Acme's shares`), or before a company's officer with no `'s` (`Acme chief executive Ana Ruiz`). */
  get companyPossession(): boolean {
    const next = this.run.nts[this.endIndex];
    if (next === undefined || next.kind !== "word") return false;
    const word = next.text.toLowerCase();
    const then = this.run.nts[this.endIndex + 1]?.text ?? "";
    const officer = (word === "chief" && /^(?:executive|financial|operating)$/i.test(then)) || (word === "managing" && /^(?:director|partner)$/i.test(then));
    return this.last.possessive ? officer || COMPANY_POSSESSIONS.has(word) : officer;
  }

  /** After a company's figures and `from` or `at`: `earnings from Alphabet`, `profits at Corvel`. */
  get earningsOf(): boolean {
    const { previous, run, startIndex } = this;
    return (previous === "from" || previous === "at") && COMPANY_FIGURES.has(run.nts[startIndex - 2]?.text.toLowerCase() ?? "");
  }

  /** In the possessive before an artist's work, perhaps after one word that says which: `Dickens's last novel`, `Mahler's Ninth Symphony`. */
  get authorOf(): boolean {
    if (!this.last.possessive) return false;
    const { nts } = this.run;
    const isWork = (at: number) => nts[at]?.kind === "word" && WORKS.has(nts[at]!.text.toLowerCase());
    return isWork(this.endIndex) || (nts[this.endIndex]?.kind === "word" && isWork(this.endIndex + 1));
  }

  /** Shares in it are traded: `Shares in Meta fell`, `Meta shares rose`. */
  get sharesTraded(): boolean {
    return sharesTradedIn(this.text, this.run.nts[this.startIndex]!.start, this.last.end);
  }

  /** A share's code in brackets follows it: `Severn Trent (SVT.L)`, `Acme (NYSE: ACM)`. */
  get tickerAfter(): boolean {
    return this.after?.text === "(" && opensWithTicker(this.text.slice(this.after.start, this.after.start + 24));
  }

  /** The acronym in brackets after the name spells its initials: `Bharat Rashtra Samithi (BRS)`. */
  get spelledOut(): boolean {
    const acronym = this.run.nts[this.endIndex + 1];
    return (
      this.after?.text === "(" &&
      acronym !== undefined &&
      this.run.nts[this.endIndex + 2]?.text === ")" &&
      isAcronym(acronym.text) &&
      spellsInitials(acronym.text, this.words)
    );
  }

  /**
   * The seat someone holds: `the Labour MP for Normanton`, or `lost his Sarno West seat` after a determiner or an owner
   * (a party's seat, `a safe Labour seat`, is read as the party's before this is asked; `constituency` is a class noun).
   */
  get seat(): boolean {
    const { after, last } = this;
    if (after !== undefined && after.start === last.end + 1 && after.text === "seat" && (this.determiner || this.possessiveBefore || POSSESSIVE_DETERMINERS.has(this.previous.toLowerCase()))) return true;
    return this.previous === "for" && SEAT_HOLDERS.has(this.run.nts[this.startIndex - 2]?.text ?? "");
  }

  /** A noun for a person or people follows at once (`Black voters`); read only for the few names it tells about. */
  get peopleNounAfter(): boolean {
    const { after, last } = this;
    return after !== undefined && after.start === last.end + 1 && isPeopleNoun(after.text);
  }

  get fieldOfRole(): boolean {
    const { run, startIndex, endIndex } = this;
    return namesFieldOfRole(run.nts, run.runs, startIndex, endIndex, run.sentenceStart);
  }

  get modifiesWordAfter(): boolean {
    const { after, last } = this;
    return after !== undefined && after.start === last.end + 1 && /^\p{Ll}+$/u.test(after.text) && !isStopword(after.text) && !isSpeechVerb(after.text);
  }

  /** After `in` and a word for writing: `a paper in The Lancet`, `wrote in Quillette`, where the name is a publication's. */
  get roadNumber(): boolean {
    return this.endIndex - this.startIndex === 1 && ROAD_NUMBER.test(this.last.text) && this.run.nts.some((t) => ROAD_WORDS.has(t.text.toLowerCase()));
  }

  get publishedIn(): boolean {
    return this.inAfterOneOf(WRITINGS, 3);
  }

  /** After `in` and a word for acting: `starred in Second Opinion`, `his role as a surgeon in Second Opinion`, where the name is a work's. */
  get performedIn(): boolean {
    return this.inAfterOneOf(PERFORMANCES, 5);
  }

  /** `in` stands right before the name, and one of `words` at most `reach` words before it, with no other `in` between. */
  private inAfterOneOf(words: ReadonlySet<string>, reach: number): boolean {
    const { previous, run, startIndex } = this;
    if (previous !== "in") return false;
    for (let k = startIndex - 2; k >= Math.max(run.sentenceStart, startIndex - 2 - reach); k--) {
      const word = run.nts[k]!.text;
      if (words.has(word)) return true;
      if (word === "in") return false;
    }
    return false;
  }

  get creditedTo(): boolean {
    const { previous, run, startIndex } = this;
    const before = run.nts[startIndex - 2]?.text.toLowerCase() ?? "";
    return (previous === "to" && before === "according") || (previous === "by" && POLLS.has(before));
  }

  get affiliationOf(): boolean {
    return affiliationOf(this.run.nts, this.startIndex);
  }

  /** `Mark Fell, of the Prison Officers' Association,`: `of` after the name, perhaps after a comma, says where someone works or comes from. */
  get affiliatedAfter(): boolean {
    const { nts } = this.run;
    return nts[nts[this.endIndex]?.text === "," ? this.endIndex + 1 : this.endIndex]?.text === "of";
  }

  get partnerOf(): boolean {
    return partnerOf(this.run.nts, this.startIndex);
  }

  /** `who founded Veltrix`, `who heads Harrowmere`: right after a relative clause's verb of leading a body. */
  get ledByWho(): boolean {
    return ledByWho(this.run.nts, this.startIndex);
  }

  /**
   * Where what the name owns begins, as a token index: after its possessive, after its verb and `its` (`Tarvel sent its
   * troops`) or after `, whose` (`Velmar, whose foreign minister`); -1 where it owns nothing so.
   */
  private get ownedFrom(): number {
    if (this.last.possessive) return this.endIndex;
    const whose = this.after?.text === "," && this.run.nts[this.endIndex + 1]?.text === "whose";
    return this.actsOnIts || whose ? this.endIndex + 2 : -1;
  }

  /** `Karvia's culture minister`, `the people of Karvia`: what only a state has is its, perhaps after words that say which. */
  get stateOwned(): "office" | "possession" | undefined {
    const { nts } = this.run;
    let owned: string | undefined;
    const from = this.ownedFrom;
    if (from >= 0) {
      // (`Velmar's national space agency`: what it has for the whole nation)
      if (nts[from]?.text === "national") return "possession";
      let k = from;
      while (k < from + 3 && nts[k]?.kind === "word" && /^\p{Ll}+$/u.test(nts[k]!.text) && !STATE_POSSESSIONS.has(nts[k]!.text)) k++;
      owned = nts[k]?.text;
    } else if (this.previous === "of") {
      // (perhaps after words that say which: `the defence ministry of Dersk`)
      let k = this.startIndex - 3;
      while (k > this.startIndex - 5 && nts[k]?.kind === "word" && /^\p{Ll}+$/u.test(nts[k]!.text) && nts[k]!.text !== "the") k--;
      if (/^the$/i.test(nts[k]?.text ?? "")) owned = nts[this.startIndex - 2]?.text;
    }
    if (owned === undefined || !STATE_POSSESSIONS.has(owned)) return undefined;
    return STATE_OFFICES.has(owned) ? "office" : "possession";
  }

  /** `Velmar police`, `the Tarvel foreign ministry`: it modifies what only a state or a town has. */
  get stateModifier(): boolean {
    return namesStateInstitution(this.run.nts, this.endIndex);
  }

  /**
   * `CalMac, which runs ferries,`: `, which` and a verb of what a business does (`runs` a business, not `runs through` a
   * town, as a river does), or of where it has its seat.
   */
  get businessAfter(): boolean {
    if (this.relative !== "which") return false;
    const { nts } = this.run;
    const verb = nts[this.endIndex + 2]?.text ?? "";
    const next = nts[this.endIndex + 3]?.text ?? "";
    // (`Norvex, which is based in Shenzhen,`: where a body has its seat)
    return (BUSINESS_VERBS.has(verb) && !WAYS.has(next)) || ((verb === "is" || verb === "was") && SEATED.test(next));
  }

  /** `Ofsted, which found that`, `Orvekstat, which said`: `, which` and a verb of speech, or a judgement's before `that`. */
  get reportsAfter(): boolean {
    if (this.relative !== "which") return false;
    const { nts } = this.run;
    const verb = nts[this.endIndex + 2]?.text ?? "";
    return isSpeechVerb(verb) || (JUDGEMENT_VERBS.has(verb) && nts[this.endIndex + 3]?.text === "that");
  }

  /** `a Snapdragon chip from Qualcomm`, `a vaccine from Pfizer`: after `from` and a made product's noun, the maker. */
  get madeBy(): boolean {
    const { nts } = this.run;
    return this.previous === "from" && PRODUCTS.has(nts[this.startIndex - 2]?.text ?? "");
  }

  /**
   * `Halvik launched its third model`: a verb right after the name, past or of the present's third person, then `its`,
   * which tell a body's or a thing's doing, where a person's would be `his` or `her`; not a preposition's object, which
   * is no subject (`the central bank of Kelmo raised its rate`).
   */
  get actsOnIts(): boolean {
    const verb = this.after?.text ?? "";
    return !this.prepositionBefore && this.run.nts[this.endIndex + 1]?.text === "its" && /^\p{Ll}+$/u.test(verb) && (isSimplePast(verb) || /[^s]s$/.test(verb));
  }

  /** `Zamalek of Egypt`: before `of` and a place, which says where it is from. */
  get fromPlace(): boolean {
    return this.after?.text === "of" && placeOpensAt(this.run.nts, this.endIndex + 1);
  }

  get speaksAsI(): boolean {
    return speaksInFirstPerson(this.text, this.run.nts[this.startIndex]!.start);
  }

  get toldThe(): boolean {
    const previous = this.previous;
    return previous.length === 3 && previous.toLowerCase() === "the" && TOLD.has((this.run.nts[this.startIndex - 2]?.text ?? "").toLowerCase());
  }

  /** The roles in apposition after the name (`Khaled Al-Maeena, editor at large at …`), kept for the person's roles. */
  get appositives(): readonly string[] {
    if (this.appositiveRead === undefined) this.appositiveRead = this.after?.text === "," ? appositiveRoles(this.run.nts, this.endIndex, this.run.sentenceEnd, this.text) : NO_ROLES;
    return this.appositiveRead;
  }

  get classNoun(): EntityType | undefined {
    if (this.classNounRead === undefined) {
      const { run, startIndex, endIndex } = this;
      const before = classNounBefore(run.nts, run.runs, startIndex, endIndex, run.sentenceStart);
      const after = before === undefined ? (classNounAfter(run.nts, startIndex, endIndex, run.sentenceEnd)?.type ?? predicateClassNoun(run.nts, startIndex, endIndex, run.sentenceEnd)) : undefined;
      this.classNounAfterName = after !== undefined;
      this.classNounRead = before ?? after ?? null;
    }
    return this.classNounRead ?? undefined;
  }

  /** The class noun stands in apposition after the name (`Hope Harbour, a children's charity,`): it says what the name is. */
  get classNounInApposition(): boolean {
    return this.classNoun !== undefined && this.classNounAfterName;
  }

  /** A body's noun stands right before the name: `the band Silver Harbour`. */
  get bodyNounBefore(): boolean {
    return CLASS_NOUNS.get(this.previous) === "organization";
  }

  get nounAfter(): NounAfter | undefined {
    if (this.nounAfterRead === undefined) this.nounAfterRead = (this.last.possessive ? undefined : classNounRightAfter(this.run.nts, this.startIndex, this.endIndex)) ?? null;
    return this.nounAfterRead ?? undefined;
  }

  get definite(): boolean {
    return this.previous === "the" || this.previous === "The";
  }

  /** A name before a colon inside its sentence labels a work's subtitle; one that starts the sentence labels a speaker or a section (`Smith: The problem is`). */
  get subtitled(): boolean {
    const { after, run, endIndex } = this;
    const next = run.nts[endIndex + 1];
    return after?.text === ":" && this.startIndex > run.sentenceStart && startsUpper(next?.text ?? "") && !this.text.slice(after.end, next!.start).includes("\n");
  }

  /** Asked only of words classification would otherwise read as adjectives of origin or demonyms, titles or gerunds. */
  get nameWord(): boolean {
    const words = this.words;
    return words.length === 1 && (hasOriginSuffix(words[0]!) || DEMONYMS.has(words[0]!) || isTitlePart(words[0]!) || isCapitalisedGerund(words[0]!)) && this.run.nameWords.has(words[0]!);
  }
}

/**
 * `Okonjo, 62, said`, `Ana Ruiz (34)`: an age in commas or brackets at `at`, right after a name, as news
 * gives a person's. A year (four digits) or a score is no age.
 */
export function ageFollows(nts: readonly NameToken[], at: number): boolean {
  const open = nts[at]?.text;
  const age = nts[at + 1];
  const close = nts[at + 2]?.text;
  if (age === undefined || age.kind !== "number" || !/^[1-9]\d?$|^1[01]\d$/.test(age.text)) return false;
  return (open === "," && (close === "," || close === ".")) || (open === "(" && close === ")");
}

/** A party in brackets opens at token `at`, as a results table tags a candidate with it: `Lusk (Lab)`, `Halvik (Lib Dem)`. */
export function partyFollows(nts: readonly NameToken[], at: number): boolean {
  if (nts[at]?.text !== "(") return false;
  const one = nts[at + 1]?.text ?? "";
  return (PARTY_TAGS.has(one) && nts[at + 2]?.text === ")") || (PARTY_TAGS.has(`${one} ${nts[at + 2]?.text ?? ""}`) && nts[at + 3]?.text === ")");
}

/** Words that hedge a distance: `about 40km`, `some 200 miles`. */
const HEDGES: ReadonlySet<string> = new Set(["about", "some", "around", "roughly", "nearly", "almost", "approximately", "just", "only"]);
/** A unit of distance after its figure: `200 km`, `30 miles`. */
const DISTANCE_UNIT = /^(?:km|kilometres?|kilometers?|miles?)$/;

/** `Corvel, 200 km up the coast`, `Tarvel, about 40km from the border`: a distance after a name's comma says where it lies. */
function distanceFollows(nts: readonly NameToken[], at: number): boolean {
  const k = HEDGES.has(nts[at]?.text ?? "") ? at + 1 : at;
  const figure = nts[k];
  if (figure === undefined) return false;
  return figure.kind === "number" ? DISTANCE_UNIT.test(nts[k + 1]?.text ?? "") : /^\d[\d.,]*km$/.test(figure.text);
}

/**
 * `Stanford law professors Joseph Bankman and …`, `Yale history professor Ann Ode`: a field's word and a role noun,
 * singular or plural, after a name and before a person's, say where the person works.
 */
function fieldRoleBeforeName(nts: readonly NameToken[], at: number): boolean {
  const field = nts[at];
  const role = nts[at + 1];
  const name = nts[at + 2];
  return (
    field !== undefined && role !== undefined && name !== undefined &&
    /^\p{Ll}+$/u.test(field.text) && !isStopword(field.text) && !ROLE_NOUNS.has(field.text) && orItsSingular(role.text, (w) => ROLE_NOUNS.has(w)) && startsUpper(name.text) && isFirstName(name.text)
  );
}

/** How many words a role's field may run to after its `of`: `head of money and markets`. */
const FIELD_WORDS = 4;

/** The word passes `test`, or does in the singular when it is a plural in `s`: `analysts`, `sons`. */
function orItsSingular(word: string, test: (word: string) => boolean): boolean {
  return test(word) || (word.endsWith("s") && test(word.slice(0, -1)));
}

/** Nouns for people together, and plurals the singular's `s` does not make. */
const PEOPLE_TOGETHER: ReadonlySet<string> = new Set(["people", "women", "men", "children", "folk", "community", "communities", "family", "families", "household", "households", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods"]);

/** `mayor`, `voters`, `deputies`, `families`: a noun for a person or for people, singular or plural (a plural of four letters or more). */
function isPeopleNoun(word: string): boolean {
  if (isPersonNoun(word) || PEOPLE_TOGETHER.has(word)) return true;
  return word.length >= 4 && isPersonNounOrPlural(word);
}

/**
 * The name ending in `last`, whose next token is `nts[end]`, is in the possessive before a person's given name and
 * surname: `McLaren's Oscar Piastri`, `Mercedes' George Russell` (after a final s the apostrophe stands alone).
 */
export function ownsPersonAfter(nts: readonly NameToken[], last: NameToken, end: number): boolean {
  let at = end;
  const apostrophe = nts[at];
  const bare = !last.possessive && apostrophe !== undefined && isBarePossessive(last, apostrophe);
  if (bare) at++;
  const given = nts[at];
  const surname = nts[at + 1];
  if (!(last.possessive || bare) || given === undefined || surname === undefined || surname.kind !== "word" || !startsUpper(surname.text) || isTitlePart(surname.text)) return false;
  // (or a given name no list holds, before a surname no dictionary holds: `McLaren's Lando Norris`)
  return isFirstName(given.text) || (isUnlistedWord(given.text) && !isEnglishWord(surname.text.toLowerCase()));
}

/** A kinship noun in the singular or the plural: `daughter`, `sons`, `children`. */
function isKinNoun(word: string): boolean {
  return orItsSingular(word, (w) => KIN_NOUNS.has(w)) || word === "children" || word === "grandchildren";
}

/** Words of birth order that a possessive pronoun makes a child: `their youngest`, `her eldest`. */
const BIRTH_ORDER: ReadonlySet<string> = new Set(["youngest", "eldest", "oldest"]);

/** `Their youngest, Noor,`: a possessive pronoun and a word of birth order end at `k`, standing for a child. */
function childByBirthOrder(nts: readonly NameToken[], k: number): boolean {
  return BIRTH_ORDER.has(nts[k]?.text ?? "") && POSSESSIVE_DETERMINERS.has((nts[k - 1]?.text ?? "").toLowerCase());
}

/**
 * `Her daughter, Adaeze Okafor,`, `two sons, Tunde and Kayode`, `three children, Ada, Ben and Cy`: the name at
 * `start` follows a kinship noun and its comma, first or later in a list of names; or the noun right before it in
 * lower case (`her father Jordan`, `to mother Kasarna and father Dumai`).
 */
export function kinBefore(nts: readonly NameToken[], start: number): boolean {
  let i = start - 1;
  const noun = nts[i];
  if (noun?.kind === "word" && startsLower(noun.text) && isKinNoun(noun.text)) return true;
  for (let listed = 0; listed < 6; listed++) {
    const t = nts[i];
    if (t === undefined || (t.text !== "," && t.text !== "and")) return false;
    if (t.text === "," && (isKinNoun(nts[i - 1]?.text ?? "") || childByBirthOrder(nts, i - 1))) return true;
    // the list's name before
    const j = beforeListedName(nts, i - 1);
    if (j === i - 1) return false;
    i = j;
  }
  return false;
}

/** Where a list's name ends at `end`, the index before its up to three capitalised words; `end` itself when it ends no name. */
function beforeListedName(nts: readonly NameToken[], end: number): number {
  let j = end;
  while (j >= 0 && end - j < 3 && nts[j]!.kind === "word" && startsUpper(nts[j]!.text)) j--;
  return j;
}

/** `Velmar police`, `the Tarvel foreign ministry`: the name that ends before `end` modifies what only a state or a town has. */
export function namesStateInstitution(nts: readonly NameToken[], end: number): boolean {
  const next = nts[end];
  if (next === undefined || next.kind !== "word" || !/^\p{Ll}+$/u.test(next.text)) return false;
  if (STATE_INSTITUTIONS.has(next.text)) return true;
  const noun = nts[end + 1];
  if (noun === undefined || noun.kind !== "word" || noun.start !== next.end + 1) return false;
  return STATE_INSTITUTIONS.has(noun.text) || TWO_WORD_INSTITUTIONS.has(`${next.text} ${noun.text}`);
}

/** `Harrowgate man`: a noun for a person right after the name's last token. */
export function residentAfter(last: NameToken, after: NameToken | undefined): boolean {
  return after !== undefined && after.start === last.end + 1 && RESIDENTS.has(after.text) && !last.possessive;
}

/** The last words of streets' names, after which an address names its district or town. */
const STREETS: ReadonlySet<string> = new Set(["Road", "Street", "Lane", "Avenue", "Drive", "Crescent", "Terrace", "Grove", "Gardens", "Boulevard", "Close", "Way", "Place", "Mews", "Square", "Row", "Walk", "Rd", "St", "Ave"]);

/** The last words of buildings' names, after which news names their town: `St Mary's Church, Sarno`. */
const ADDRESSED_BUILDINGS: ReadonlySet<string> = new Set(["Church", "Cathedral", "Chapel", "Abbey", "Hall", "Hotel", "Hospital", "College", "School", "Theatre", "Museum", "Library"]);

/** Words that say when or which way one goes, between the verb and `to`: `travel on Monday to`, `flew back to`. */
const WHEN_OR_WAY: ReadonlySet<string> = new Set(["on", "in", "last", "next", "this", "early", "late", "later", "then", "back", "home", "overnight", "first", "directly", "again", "north", "south", "east", "west", "week", "month", "year", "weekend", "today", "tomorrow", "yesterday", "tonight"]);

/** Words of reaching or bringing before `home to`: `trying to get home to Dersk`, `on her way home to Tarvel` (not `is home to`). */
const HOMECOMINGS: ReadonlySet<string> = new Set(["get", "gets", "got", "getting", "gotten", "come", "comes", "came", "coming", "bring", "brings", "brought", "bringing", "way"]);

/** `get home to Dersk`: `home` at `at` after a word of reaching it, whose `to` names where home is. */
function homeTo(nts: readonly NameToken[], at: number): boolean {
  return nts[at]?.text === "home" && HOMECOMINGS.has(nts[at - 1]?.text ?? "");
}

/** `Officers were called to Ferris Street`: a passive `called` before `to` sends someone to a place (`called to Ana` hails her). */
function calledOutTo(nts: readonly NameToken[], at: number): boolean {
  return nts[at]?.text === "called" && BE_FORMS.has(nts[at - 1]?.text ?? "");
}

/**
 * The word at `at`, or the one before up to three words there that say when or which way, or before whom the verb sends
 * (a pronoun, or one or two words ending in a plural: `deported him to`, `deport asylum seekers to`), is one of `verbs`
 * (of going, of nearness).
 */
function goesTo(nts: readonly NameToken[], at: number, verbs: ReadonlySet<string>): boolean {
  // (in any case: a sentence may open with the word, `Trains from Tarvel`)
  if (verbs.has(nts[at]?.text.toLowerCase() ?? "")) return true;
  if (sentBefore(nts, at, verbs)) return true;
  let k = at;
  while (k > at - 3 && (WHEN_OR_WAY.has(nts[k]?.text ?? "") || isCalendarName(nts[k]?.text ?? ""))) k--;
  return k < at && verbs.has(nts[k]?.text ?? "");
}

/** Pronouns of whom a verb sends somewhere: `deported him to`, `flew them to`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "us", "me"]);

/** `deported him`, `deport migrants`, `deport asylum seekers`: one of `verbs` before whom it sends, which ends at `at`. */
function sentBefore(nts: readonly NameToken[], at: number, verbs: ReadonlySet<string>): boolean {
  const object = nts[at]?.text ?? "";
  if (OBJECT_PRONOUNS.has(object)) return verbs.has(nts[at - 1]?.text ?? "");
  if (!/^\p{Ll}+s$/u.test(object) || isStopword(object)) return false;
  if (verbs.has(nts[at - 1]?.text ?? "")) return true;
  return !isStopword(nts[at - 1]?.text ?? "") && verbs.has(nts[at - 2]?.text ?? "");
}

/** Role nouns of those who speak or work for a body, which the name after `from` is: `an official from Norvex`. */
const FOR_A_BODY: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson", "official", "representative", "executive", "analyst"]);

/** A noun phrase of at most four lower-case words, opened by an article, ends at `k` and follows a name's age in commas: `Ben Ode, 29, a software developer`. */
function describesAgedName(nts: readonly NameToken[], k: number): boolean {
  let at = k;
  while (at > k - 4 && startsLower(nts[at]?.text ?? "") && !ARTICLE.has(nts[at]!.text)) at--;
  return at < k && ARTICLE.has(nts[at]?.text ?? "") && ageFollows(nts, at - 3) && startsUpper(nts[at - 4]?.text ?? "");
}

/** People named by their age end at `k`: `17-year-old` (one token), `five-year-olds` (split into words), `young and old`. */
function agedAt(nts: readonly NameToken[], k: number): boolean {
  const text = nts[k]?.text ?? "";
  return isAgeAdjective(text.replace(/s$/u, "")) || text === "old" || text === "olds";
}

/**
 * `Claire Ashworth, 46, of Morley`, `Kieran Doyle, of Harehills`: a town after a person's name or age, where
 * news says where they live;
 * `a Democrat from Whittier`: a party's member from a town, as news places lawmakers; `a man from
 * Chapeltown`; and `Roundhay Road, Harehills`: the district an address names after its street.
 */
function hometown(nts: readonly NameToken[], start: number): boolean {
  const preposition = nts[start - 1]?.text;
  const word = nts[start - 2]?.text ?? "";
  if (preposition === "from" && GROUP_WORDS.has(word) && ARTICLE.has(nts[start - 3]?.text ?? "")) return true;
  // `a 24-year-old man from Chapeltown`, `a 17-year-old from Velmar`, `a retired teacher from Ashby` (not one who
  // speaks or works for a body: `a spokesman from Norvex`)
  if (preposition === "from" && (RESIDENTS.has(word) || agedAt(nts, start - 2) || (isRoleNoun(word) && !FOR_A_BODY.has(word)))) return true;
  // (`Ben Ode, 29, a software developer from Orsel`: what follows a person's age describes the person, whatever its noun)
  if (preposition === "from" && describesAgedName(nts, start - 2)) return true;
  // `on Roundhay Road, Harehills,`: the district after a street's name and a comma
  // (and the town after a building's: `at St Mary's Church, Sarno, on Saturday`)
  if (preposition === "," && (STREETS.has(word) || ADDRESSED_BUILDINGS.has(word)) && startsUpper(nts[start - 3]?.text ?? "")) return true;
  // `Ben Ode, 51, and Kai Ode, 27, both of Halvik,`: where the people just named live
  if (preposition === "of" && (word === "both" || word === "all") && nts[start - 3]?.text === ",") return true;
  if (afterFullName(nts, start) && deadOrCouple(nts, start - 4)) return true;
  if ((preposition !== "of" && preposition !== "from") || word !== ",") return false;
  const before = nts[start - 3];
  if (before?.kind === "number") return /^\d{1,3}$/.test(before.text) && nts[start - 4]?.text === ",";
  // `Kieran Doyle, of Harehills, appeared`: where someone named just before lives
  return before !== undefined && startsUpper(before.text) && !before.possessive && (nts[start - 4] === undefined || startsUpper(nts[start - 4]!.text) || nts[start - 4]!.text === ".");
}

/**
 * `from Manali to Chandigarh`: a name after `from`, before `to` and a place the gazetteer knows, is where a route starts;
 * one after `to`, after `from` and a place it knows, where the route ends. After a word for a way of travelling
 * (`Tickets from Sarno to Halvik`, `flew from Tarvel to Velmar`) both ends are places whatever the gazetteer knows.
 */
function routeTo(nts: readonly NameToken[], start: number, end: number): boolean {
  const starts = nts[start - 1]?.text === "from" && nts[end]?.text === "to";
  const ends = nts[start - 1]?.text === "to";
  if (!starts && !ends) return nts[start - 1]?.text === "from" ? routeFromAfterEnd(nts, start) : routeBetween(nts, start, end);
  if (starts && travelWordAt(nts, start - 2)) return true;
  for (let n = 1; n <= 3; n++) {
    if (starts && isKnownPlaceSpan(nts, end + 1, end + 1 + n)) return true;
    if (ends && nts[start - 2 - n]?.text === "from" && (isKnownPlaceSpan(nts, start - 1 - n, start - 1) || travelWordAt(nts, start - 3 - n))) return true;
  }
  return false;
}

/** `flies to Kelmo from Halvik`: a name after `from` that follows a way of travelling, `to` and the route's end, which may come first, starts the route. */
function routeFromAfterEnd(nts: readonly NameToken[], start: number): boolean {
  for (let n = 1; n <= 3; n++) if (nts[start - 2 - n]?.text === "to") return travelWordAt(nts, start - 3 - n);
  return false;
}

/**
 * `Rail services between Corvel and Halvik`, `flights between Sarno and Tarvel`, `the coast between Sarno and Dersk`: both
 * names after a word for travelling or a place's noun and `between` are places. So are those after a railway's name
 * (`the West Coast Main Line between Preston and Glasgow`): a line alone may be a shipping firm's, not one named so.
 */
function routeBetween(nts: readonly NameToken[], start: number, end: number): boolean {
  const spans = (k: number) =>
    travelWordAt(nts, k) || SPANS.has(nts[k]?.text ?? "") || PLIES.has(nts[k]?.text ?? "") || CLASS_NOUNS.get(nts[k]?.text ?? "") === "place" || nts[k]?.text === "Line";
  if (nts[start - 1]?.text === "between") return nts[end]?.text === "and" && spans(start - 2);
  if (nts[start - 1]?.text !== "and") return false;
  for (let n = 1; n <= 3; n++) if (nts[start - 2 - n]?.text === "between") return spans(start - 3 - n);
  return false;
}

/** What lies between two places and no bodies: `the border between Kelmo and Sarno`, `the distance between`. */
const SPANS: ReadonlySet<string> = new Set(["border", "borders", "frontier", "distance"]);

/** Verbs of a service plying its route, whose ends are places: `trains would run between Orsel and Kelvar`, `a ferry operates between`. */
const PLIES: ReadonlySet<string> = new Set(["run", "runs", "ran", "running", "operate", "operates", "operated", "operating", "ply", "plies", "plied", "plying", "shuttle", "shuttles", "shuttled", "shuttling"]);

/** Words for a way of travelling between two places, or for travelling so (not `moved`, which clubs and firms do too). */
const TRAVEL_WORDS: ReadonlySet<string> = new Set(
  "ticket tickets fare fares train trains flight flights ferry ferries sailing sailings voyage voyages bus buses coach coaches route routes journey journeys trip trips drive ride crossing crossings stage leg travel travels traveled travelled travelling traveling fly flies flew flown drove sailed walked cycled bridge tunnel road roads path paths footpath track trail railway corridor walk rides rode".split(" "),
);

/** Words for what runs on a way of travelling (`rail services`, `bus links`), which alone are a firm's or a body's too. */
const SERVICE_WORDS: ReadonlySet<string> = new Set(["service", "services", "link", "links", "line", "lines", "connection", "connections"]);

/** Ways of travelling that name the service after them: `rail services`, `ferry links`, `air connections`, `a railway line`. */
const TRAVEL_MODES: ReadonlySet<string> = new Set(["rail", "railway", "road", "train", "bus", "coach", "ferry", "air", "tram", "boat", "shuttle", "branch"]);

/** The word at `k` is a word for travelling, or a service's after a way of travelling (`Rail services`). */
function travelWordAt(nts: readonly NameToken[], k: number): boolean {
  const word = nts[k]?.text.toLowerCase() ?? "";
  return TRAVEL_WORDS.has(word) || (SERVICE_WORDS.has(word) && TRAVEL_MODES.has(nts[k - 1]?.text.toLowerCase() ?? ""));
}

/** Tokens `from` up to `to` are capitalised words that name a place the gazetteer knows: `Lyon`, `New York`. */
function isKnownPlaceSpan(nts: readonly NameToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (nts[k]?.kind !== "word" || !startsUpper(nts[k]!.text)) return false;
  return isGazetteerPlace(nts.slice(from, to).map((t) => t.text).join(" "));
}

/** The lower-case nouns for the areas a country is divided into, written after their names: `Borno state`, `Hubei province`. */
const AREA_NOUNS: ReadonlySet<string> = new Set(["state", "province", "county", "district", "region", "prefecture", "governorate", "municipality", "oblast"]);

/** `from Chibok in Borno state`, `Kuriga in Kaduna State`: a name followed by `in` and an area of a country is a place within it. */
function inAreaAfter(nts: readonly NameToken[], end: number): boolean {
  if (nts[end]?.text !== "in") return false;
  let k = end + 1;
  while (k < end + 4 && startsUpper(nts[k]?.text ?? "") && !nts[k]!.possessive) k++;
  if (k === end + 1) return false;
  return AREA_NOUNS.has(nts[k]?.text ?? "") || (k > end + 2 && AREA_NOUNS.has(nts[k - 1]!.text.toLowerCase()));
}

/** A preposition of place stands at `i`: `in`, `near`, `moved to`, `ran through`. */
function placePrepositionAt(nts: readonly NameToken[], i: number): boolean {
  const word = nts[i]?.text ?? "";
  return LOCATIVES.has(word.toLowerCase()) || (word === "to" && TO_A_PLACE.has(nts[i - 1]?.text ?? "")) || (word === "through" && THROUGH_A_PLACE.has(nts[i - 1]?.text ?? ""));
}

/** The name follows a name of up to three words after a preposition of place and the word at `start - 1` (`in Halvik and`, `in Halvik,`). */
function followsPlaceAfterPreposition(nts: readonly NameToken[], start: number): boolean {
  let k = start - 2;
  while (k >= 0 && k > start - 5 && startsUpper(nts[k]!.text) && !nts[k]!.possessive && !placePrepositionAt(nts, k)) k--;
  return k < start - 2 && placePrepositionAt(nts, k);
}

/** Words that carry a clause on past a town's region set off by commas: `in Tarvel, Gwynedd, on Sunday`, `in Halvik, Dersk, where`. */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set([...LOCATIVES, "on", "at", "of", "from", "and", "last", "this", "next", "where", "when", "after", "before", "during", "until"]);

/**
 * After a town named after a preposition of place and a comma, ending its clause or set off before one going on:
 * the town's region (`a care home in Halvik, Dersk.`, `in Tarvel, Gwynedd, on Sunday`), not the subject of what
 * follows (`In Halvik, Lusk said`, `In Halvik, Lusk, who`).
 */
function regionOfTown(nts: readonly NameToken[], start: number, end: number): boolean {
  if (nts[start - 1]?.text !== "," || !followsPlaceAfterPreposition(nts, start)) return false;
  const after = nts[end];
  if (after === undefined || after.text === "." || after.text === ";") return true;
  return after.text === "," && CLAUSE_GOES_ON.has(nts[end + 1]?.text ?? "");
}

/** The word at `i` as written, or in lower case when it opens the sentence, where it is capitalised for that alone; "" if none. */
function wordAt(run: RunSetting, i: number): string {
  const written = run.nts[i]?.text ?? "";
  return i === run.sentenceStart ? written.toLowerCase() : written;
}

/** What opens a clause after its sentence's start, before the clause's subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([",", ";", "and", "but"]);

const PRONOUNS_AFTER = new Set(["it", "its", "he", "she", "his", "her", "him"]);

/** The first of he/she/his/her/him (personal) or it/its (neuter) after the name, within the sentence. */
function pronounFollows(nts: readonly NameToken[], end: number): string | undefined {
  for (let i = end; i < nts.length && i < end + 12; i++) {
    const written = nts[i]!.text;
    // (`Ashby Moor, where he met`: the pronoun's clause is set in the place, and is no one's the name is)
    if (written === "where") return undefined;
    if (written.length > 3) continue;
    const w = written.toLowerCase();
    if (PRONOUNS_AFTER.has(w)) return w;
  }
  return undefined;
}

/** The word after a hyphen that makes the place before it a seat (`Tennessee-based`), or after `, which is` a body's name (`Norvex, which is based in`). */
const SEATED = /^(?:based|headquartered)$/;

/**
 * A state's or country's name of one or two words at `at`, not a possessive, then a comma, a full stop, a seat's
 * hyphen or nothing: `Indiana,`, `New Mexico.`, `Tennessee-based`.
 */
function stateFollows(nts: readonly NameToken[], at: number): boolean {
  for (const width of [1, 2]) {
    const words = nts.slice(at, at + width);
    if (words.length < width || words.some((t) => t.kind !== "word" || t.possessive)) return false;
    const name = words.map((t) => t.text).join(" ");
    const next = nts[at + width];
    // (`Franklin, Tennessee-based`: a business's seat given as its town and state)
    if ((REGIONS.has(name) || COUNTRIES.has(name)) && (next === undefined || next.text === "," || next.text === "." || (next.hyphenBefore && SEATED.test(next.text)))) return true;
    // (or its state as AP abbreviates it, with the period: `of Halvik, Minn., and`)
    if (width === 1 && (name.endsWith(".") || next?.text === ".") && abbreviatedRegionName(name) !== undefined) return true;
  }
  return false;
}
