import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "@dossier/core";
import { loadGoldSet, type GoldSet } from "./gold.js";
import { compromiseEntities } from "./peers.js";
import { addCounts, emptyCounts, f1, scoreEntities, type EntityCounts, type PredictedEntity } from "./score-entities.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "../../..");

function dossierEntities(text: string, uri: string): PredictedEntity[] {
  return analyzeArticle(text, { uri }).entities.map((e) => ({
    name: e.name,
    type: e.type,
    forms: [...new Set([e.name, ...e.aliases, ...e.mentions.filter((m) => m.kind !== "description").map((m) => m.text)])],
    roles: e.roles,
  }));
}

interface SetResult {
  readonly set: string;
  readonly articles: number;
  readonly dossier: EntityCounts;
  readonly compromise: EntityCounts;
}

function evaluate(set: GoldSet, verbose: boolean): SetResult {
  let dossier = emptyCounts();
  let peer = emptyCounts();
  for (const [file, gold] of set.articles) {
    const text = readFileSync(join(set.dir, file), "utf8");
    const mine = scoreEntities(gold.entities, dossierEntities(text, file));
    dossier = addCounts(dossier, mine);
    peer = addCounts(peer, scoreEntities(gold.entities, compromiseEntities(text)));
    if (verbose) {
      const s = f1(mine);
      console.log(`  ${set.name}/${file}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}`);
    }
  }
  return { set: set.name, articles: set.articles.size, dossier, compromise: peer };
}

const pct = (n: number) => n.toFixed(3);

function main(): void {
  const verbose = process.argv.includes("--verbose");
  const sets = [
    loadGoldSet("seeds", join(here, "../gold/seeds.json"), join(repo, "seeds")),
    loadGoldSet("written", join(here, "../gold/written.json"), join(here, "../articles")),
    loadGoldSet("gum-news", join(repo, "../shared/corpora/gum-news/gold.json"), join(repo, "../shared/corpora/gum-news")),
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
}

main();
