import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus, writesName } from "@dossier/core";
import { loadGoldSet, type GoldSet } from "./gold.js";
import { compromiseDates, compromiseEntities, compromiseQuotes } from "./peers.js";
import { addDateCounts, addQuoteCounts, scoreDates, scoreQuotes, type DateCounts, type QuoteCounts } from "./score-quotes.js";
import { addCounts, emptyCounts, f1, scoreEntities, type EntityCounts, type PredictedEntity } from "./score-entities.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "../../..");

/** Entities as the workspace shows them: an article's entity under its workspace name (000's Khamenei is Ali Khamenei). */
function dossierEntities(corpus: Corpus, uri: string): PredictedEntity[] {
  return corpus.get(uri)!.entities.map((e) => {
    const ws = corpus.workspaceEntity(uri, e.id);
    const written = e.mentions.filter((m) => writesName(m.kind)).map((m) => m.text);
    return {
      name: ws?.name ?? e.name,
      type: e.type,
      forms: [...new Set([e.name, ...e.aliases, ...written])],
      roles: ws?.roles ?? e.roles,
      grouped: [
        ...e.mentions.filter((m) => m.kind === "description").map((m) => m.text),
        ...(ws?.roles ?? e.roles).flatMap((role) => written.map((w) => `${role} ${w}`)),
      ],
    };
  });
}

interface SetResult {
  readonly set: string;
  readonly articles: number;
  readonly dossier: EntityCounts;
  readonly compromise: EntityCounts;
  quotes?: { dossier: QuoteCounts; compromise: QuoteCounts };
  dates?: { dossier: DateCounts; compromise: DateCounts };
}

const zeroQuotes = (): QuoteCounts => ({ gold: 0, found: 0, predicted: 0, speakerRight: 0 });
const zeroDates = (): DateCounts => ({ gold: 0, found: 0, predicted: 0, valueRight: 0 });

/** Quotes and dates, read as the workspace reads them: the set is one corpus, so speakers carry workspace names and undated articles borrow a related article's date. */
function evaluateQuotesAndDates(set: GoldSet, result: SetResult, verbose: boolean): void {
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  for (const file of set.articles.keys()) {
    const text = readFileSync(join(set.dir, file), "utf8");
    texts.set(file, text);
    corpus.set(`file:///${file}`, text);
  }
  let q = { dossier: zeroQuotes(), compromise: zeroQuotes() };
  let d = { dossier: zeroDates(), compromise: zeroDates() };
  let anyQuotes = false;
  let anyDates = false;
  for (const [file, gold] of set.articles) {
    const uri = `file:///${file}`;
    const model = corpus.get(uri)!;
    if (gold.quotes) {
      anyQuotes = true;
      const mine = model.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker === null ? null : (corpus.workspaceEntity(uri, quote.speaker)?.name ?? quote.speakerName) }));
      const score = scoreQuotes(gold.quotes, mine);
      if (verbose && score.speakerRight < score.gold) console.log(`  quotes ${set.name}/${file}: ${score.found}/${score.gold} found, ${score.speakerRight} speakers right`);
      q = { dossier: addQuoteCounts(q.dossier, score), compromise: addQuoteCounts(q.compromise, scoreQuotes(gold.quotes, compromiseQuotes(texts.get(file)!))) };
    }
    if (gold.dates) {
      anyDates = true;
      const mine = corpus.datesOf(uri).map((x) => ({ text: x.text, value: x.value }));
      const score = scoreDates(gold.dates, mine);
      if (verbose && score.valueRight < score.gold) console.log(`  dates ${set.name}/${file}: ${score.found}/${score.gold} found, ${score.valueRight} right`);
      const today = model.structure.published?.value;
      d = { dossier: addDateCounts(d.dossier, score), compromise: addDateCounts(d.compromise, scoreDates(gold.dates, compromiseDates(texts.get(file)!, today))) };
    }
  }
  if (anyQuotes) result.quotes = q;
  if (anyDates) result.dates = d;
}

function evaluate(set: GoldSet, verbose: boolean): SetResult {
  let dossier = emptyCounts();
  let peer = emptyCounts();
  const corpus = new Corpus();
  for (const [file] of set.articles) corpus.set(file, readFileSync(join(set.dir, file), "utf8"));
  for (const [file, gold] of set.articles) {
    const text = readFileSync(join(set.dir, file), "utf8");
    const notes: string[] = [];
    const mine = scoreEntities(gold.entities, dossierEntities(corpus, file), notes, set.annotated);
    dossier = addCounts(dossier, mine);
    peer = addCounts(peer, scoreEntities(gold.entities, compromiseEntities(text), undefined, set.annotated));
    if (verbose) {
      const s = f1(mine);
      console.log(`  ${set.name}/${file}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}`);
      for (const note of notes) console.log(`    ${note}`);
    }
  }
  const result: SetResult = { set: set.name, articles: set.articles.size, dossier, compromise: peer };
  evaluateQuotesAndDates(set, result, verbose);
  return result;
}

const pct = (n: number) => n.toFixed(3);

function main(): void {
  const verbose = process.argv.includes("--verbose");
  const sets = [
    loadGoldSet("seeds", join(here, "../gold/seeds.json"), join(repo, "seeds")),
    loadGoldSet("written", join(here, "../gold/written.json"), join(here, "../articles")),
    // GUM's gold has its named people, organizations and places (and groups, as optional), not its events or objects
    loadGoldSet("gum-news", join(repo, "../shared/corpora/gum-news/gold.json"), join(repo, "../shared/corpora/gum-news"), new Set(["person", "organization", "place", "group"])),
  ].filter((s): s is GoldSet => s !== undefined);
  const rows = sets.map((s) => evaluate(s, verbose));
  console.log("\nEntities (entity-level; a split counts against precision)");
  console.log("set        articles | dossier  P      R      F1     coref  roles | compromise P  R      F1     | ΔF1");
  for (const r of rows) {
    const d = f1(r.dossier);
    const c = f1(r.compromise);
    const coref = r.dossier.corefTotal === 0 ? "  —  " : pct(r.dossier.corefGrouped / r.dossier.corefTotal);
    const roles = r.dossier.rolesTotal === 0 ? "  —  " : pct(r.dossier.rolesFound / r.dossier.rolesTotal);
    console.log(
      `${r.set.padEnd(10)} ${String(r.articles).padStart(8)} |         ${pct(d.precision)}  ${pct(d.recall)}  ${pct(d.f1)}  ${coref}  ${roles} |            ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  | ${(d.f1 - c.f1 >= 0 ? "+" : "") + pct(d.f1 - c.f1)}`,
    );
  }
  const ratio = (a: number, b: number) => (b === 0 ? "  —  " : pct(a / b));
  console.log("\nQuotes (found: gold quotes detected; speakers: right speaker among gold quotes, anonymous = null)");
  console.log("set        | dossier found  speakers | compromise found  speakers");
  for (const r of rows) {
    if (!r.quotes) continue;
    const { dossier: q, compromise: c } = r.quotes;
    console.log(`${r.set.padEnd(10)} |         ${ratio(q.found, q.gold)}  ${ratio(q.speakerRight, q.gold)}    |            ${ratio(c.found, c.gold)}  n/a (no speakers)`);
  }
  console.log("\nDates (found: gold expressions detected; right: calendar value right among gold dates)");
  console.log("set        | dossier found  right | compromise-dates found  right");
  for (const r of rows) {
    if (!r.dates) continue;
    const { dossier: q, compromise: c } = r.dates;
    console.log(`${r.set.padEnd(10)} |         ${ratio(q.found, q.gold)}  ${ratio(q.valueRight, q.gold)} |                  ${ratio(c.found, c.gold)}  ${ratio(c.valueRight, c.gold)}`);
  }
}

main();
