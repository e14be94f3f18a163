/**
 * A deterministic workspace of realistic articles: the seeds' structure (headline, byline, dated stamp,
 * dateline, quotes with attributions, relative dates, boilerplate) with varied names, places and wording.
 */

/** mulberry32: a small seeded PRNG, so every run writes the same articles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Given names with the pronoun news uses for their bearer, so `he said` and `she said` agree with the names. */
const FIRST = [
  ["Maria", "she"], ["John", "he"], ["Ahmed", "he"], ["Li", "she"], ["Elena", "she"], ["David", "he"], ["Fatima", "she"], ["Carlos", "he"], ["Anna", "she"], ["James", "he"],
  ["Priya", "she"], ["Omar", "he"], ["Sophie", "she"], ["Daniel", "he"], ["Yuki", "she"], ["Peter", "he"], ["Laura", "she"], ["Hassan", "he"], ["Grace", "she"], ["Michael", "he"],
] as const;
const LAST = ["Alvarez", "Brennan", "Chowdhury", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang"];
const TITLES = ["Foreign Minister", "Senator", "Defense Secretary", "spokesperson", "Prime Minister", "Gen.", "Dr.", "Ambassador", "Interior Minister", "Sen."];
const ROLES = ["foreign minister", "chief negotiator", "special envoy", "spokesperson", "trade minister"];
const ORGS = ["United Nations", "European Union", "World Health Organization", "State Department", "International Monetary Fund", "Red Cross", "NATO", "World Bank", "Reuters", "Amnesty International"];
const PLACES = ["Geneva", "Brussels", "Kabul", "Tehran", "Nairobi", "Lima", "Jakarta", "Warsaw", "Ankara", "Manila", "Cairo", "Oslo", "Hanoi", "Santiago", "Lagos"];
const COUNTRIES = ["France", "Germany", "Iran", "Kenya", "Peru", "Indonesia", "Poland", "Turkey", "Philippines", "Egypt", "Norway", "Vietnam", "Chile", "Nigeria", "Brazil"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["trade talks", "a ceasefire", "the climate summit", "sanctions relief", "a refugee agreement", "the nuclear negotiations", "election monitoring", "a water-sharing treaty"];
const VERBS = ["said", "told reporters", "added", "stressed"];

export function generateArticle(index: number, seed = 42): string {
  const r = random(seed * 100_003 + index);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const people = Array.from({ length: 5 }, () => {
    const [first, pronoun] = pick(FIRST);
    return { first, pronoun, last: pick(LAST), title: pick(TITLES) };
  });
  const place = pick(PLACES);
  const country = pick(COUNTRIES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const day = 1 + Math.floor(r() * 27);
  const month = pick(MONTHS);
  const year = 2010 + Math.floor(r() * 14);
  const lines: string[] = [];
  lines.push(`${country} and ${org} Push For Progress On ${topic.replace(/(^|\s)\w/g, (c) => c.toUpperCase())}`, "");
  lines.push(`By ${people[0]!.first} ${people[0]!.last} and ${people[1]!.first} ${people[1]!.last}, Reuters`, "");
  lines.push(`${pick(WEEKDAYS)}, ${month} ${day}, ${year}`, "");
  lines.push(`${place.toUpperCase()} (Reuters) — Officials from ${country} and the ${org} met in ${place} on ${pick(WEEKDAYS)} to discuss ${topic}, the latest round in talks that began earlier this year.`, "");
  const paragraphs = 17 + Math.floor(r() * 16);
  for (let p = 0; p < paragraphs; p++) {
    const who = pick(people);
    const kind = r();
    if (kind < 0.35) {
      lines.push(`“We expect ${topic} to move forward, but there is still work to do before ${pick(MONTHS)},” ${who.title} ${who.first} ${who.last} ${pick(VERBS)} on ${pick(WEEKDAYS)}.`);
    } else if (kind < 0.55) {
      lines.push(`${who.last} ${pick(VERBS)} the ${org} would not accept any deal that ignored ${country}’s concerns. “This is not the end of the process,” ${who.pronoun} said.`);
    } else if (kind < 0.7) {
      lines.push(`The talks are seen as necessary to avoid a wider crisis in the region, the sources said, though one official said progress had been slow since mid-${pick(MONTHS)}.`);
    } else if (kind < 0.85) {
      lines.push(`In ${pick(MONTHS)}, ${who.first} ${who.last}, the ${pick(ROLES)} of ${country}, visited ${pick(PLACES)} and met representatives of the ${pick(ORGS)} to prepare the Nov. ${1 + Math.floor(r() * 28)} deadline.`);
    } else {
      lines.push(`Delegations from ${pick(COUNTRIES)} and ${pick(COUNTRIES)} are expected to join the next round, which will open in ${pick(PLACES)} on ${pick(WEEKDAYS)} according to the ${pick(ORGS)}.`);
    }
    lines.push("");
  }
  lines.push(`${people[2]!.first} ${people[2]!.last} contributed to this report.`, "");
  if (r() < 0.3) lines.push("No comments:", "", "Post a Comment");
  return lines.join("\n");
}
