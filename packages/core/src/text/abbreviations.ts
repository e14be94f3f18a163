import data from "../lexicon/abbreviations.json" with { type: "json" };

const ABBREVIATIONS = new Set([...data.titles, ...data.other].map((w) => w.toLowerCase()));
const BEFORE_NUMBERS = new Set(data.beforeNumbers.map((w) => w.toLowerCase()));
const AP_STATE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(data.apStateNames));
const STATE_AND_PROVINCE_NAMES: ReadonlyMap<string, string> = new Map([...AP_STATE_NAMES, ...Object.entries(data.cpProvinceNames)]);
/** Every way wire copy writes a state: AP's abbreviations, the states it spells out, postal codes. */
const US_STATES: ReadonlySet<string> = new Set([...AP_STATE_NAMES.keys(), ...data.usStates]);

/** True when `word` followed by a period is an abbreviation rather than a sentence end; `next` is the token after the period. */
export function isAbbreviation(word: string, next?: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || (BEFORE_NUMBERS.has(lower) && next !== undefined && /^\d/.test(next));
}

const ENDS_OF_NAMES = new Set(data.endsOfNames.map((w) => w.toLowerCase()));

/** An abbreviation that ends a name or a list (`Inc`, `Jr`, `etc`), after which a sentence may end. */
export function endsName(word: string): boolean {
  return ENDS_OF_NAMES.has(word.toLowerCase());
}

/** True when the lists know `word` as an abbreviation of any kind, whatever follows it. */
export function isListedAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || BEFORE_NUMBERS.has(lower);
}

/**
 * The state or province a wire style's abbreviation stands for (AP's `Mass` → Massachusetts, `N.M.` → New Mexico,
 * CP's `Ont` → Ontario), written with or without its last period.
 */
export function abbreviatedRegionName(word: string): string | undefined {
  return STATE_AND_PROVINCE_NAMES.get(word.endsWith(".") ? word.slice(0, -1) : word);
}

/** The letters before the first period of the dotted state abbreviations (`N` of `N.Y.`), where a tokenizer cuts them. */
const DOTTED_STATE_STARTS: ReadonlySet<string> = new Set([...US_STATES].filter((s) => s.includes(".")).map((s) => s.slice(0, s.indexOf("."))));

/** A lawmaker's party tag (`D-Wash`, `R-Texas`, `I-VT`, `D-N` of `D-N.Y.`): an affiliation, not a name. */
export function isPartyTag(word: string): boolean {
  if (word.length < 3 || word.charCodeAt(1) !== 45 /* - */ || !/^[DRI]$/.test(word[0]!)) return false;
  const state = word.endsWith(".") ? word.slice(2, -1) : word.slice(2);
  return US_STATES.has(state) || DOTTED_STATE_STARTS.has(state);
}
