import type { GoldEntity } from "./gold.js";

/** What a system predicted for one article: entities with a type and every surface form it grouped. */
export interface PredictedEntity {
  readonly name: string;
  readonly type: string;
  readonly forms: readonly string[];
  readonly roles?: readonly string[];
  /**
   * Further forms the system groups with the entity but that should not decide which gold entity it is:
   * descriptions (`the President`) and titled forms (`President Obama`, where the system keeps the title as
   * a role). They count for coreference only.
   */
  readonly grouped?: readonly string[];
}

export interface EntityCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Gold forms that landed in the entity matched to their gold entity, and all gold forms (entities with two or more forms). */
  corefGrouped: number;
  corefTotal: number;
  rolesFound: number;
  rolesTotal: number;
}

export const emptyCounts = (): EntityCounts => ({ tp: 0, fp: 0, fn: 0, corefGrouped: 0, corefTotal: 0, rolesFound: 0, rolesTotal: 0 });

const norm = (s: string) => s.replace(/[’']s$/u, "").replace(/^the\s+/i, "").replace(/[’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Entity-level scoring: each gold entity is matched by at most one predicted entity that shares a form
 * with it and has an acceptable type; further predicted entities sharing its forms (splits) count as false
 * positives; predicted entities matching only optional gold entities are not counted either way.
 *
 * `annotated` lists the types a gold set annotates when it leaves some out (GUM's gold has people,
 * organizations and places, not events or objects): a predicted entity of another type that shares no
 * form with any gold entity is one the gold cannot judge, so it is not counted; one that does share a form
 * is a mistyped entity and counts against precision as usual.
 */
export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly PredictedEntity[], notes?: string[], annotated?: ReadonlySet<string>): EntityCounts {
  const counts = emptyCounts();
  const used = new Set<number>();
  const touchesOptional = new Set<number>();
  const touchesGold = new Set<number>();
  const predForms = predicted.map((p) => new Set([p.name, ...p.forms].map(norm)));
  const groupedForms = predicted.map((p, i) => new Set([...predForms[i]!, ...(p.grouped ?? []).map(norm)]));
  for (const g of gold) {
    const forms = new Set([g.name, ...g.forms].map(norm));
    const candidates = predicted
      .map((p, i) => ({ p, i, shared: [...forms].filter((f) => predForms[i]!.has(f)).length }))
      .filter((c) => c.shared > 0);
    for (const c of candidates) touchesGold.add(c.i);
    if (g.optional) {
      for (const c of candidates) touchesOptional.add(c.i);
      continue;
    }
    const typed = candidates.filter((c) => g.accept_types.includes(c.p.type) && !used.has(c.i)).sort((a, b) => b.shared - a.shared);
    const best = typed[0];
    if (best === undefined) {
      counts.fn++;
      notes?.push(`missed ${g.name} (${g.accept_types.join("/")})${candidates.length > 0 ? `: found as ${candidates.map((c) => `${c.p.name} (${c.p.type})`).join(", ")}` : ""}`);
    } else {
      counts.tp++;
      used.add(best.i);
      if (g.roles !== undefined) {
        const predictedRoles = new Set((best.p.roles ?? []).map(norm));
        counts.rolesTotal += g.roles.length;
        counts.rolesFound += g.roles.filter((r) => predictedRoles.has(norm(r))).length;
      }
    }
    if (forms.size >= 2) {
      counts.corefTotal += forms.size;
      if (best !== undefined) {
        const grouped = [...forms].filter((f) => groupedForms[best.i]!.has(f));
        counts.corefGrouped += grouped.length;
        if (grouped.length < forms.size) notes?.push(`${g.name}: forms not grouped: ${[...forms].filter((f) => !groupedForms[best.i]!.has(f)).join(", ")}`);
      }
    }
  }
  predicted.forEach((p, i) => {
    if (used.has(i) || touchesOptional.has(i)) return;
    if (annotated !== undefined && !annotated.has(p.type) && !touchesGold.has(i)) return;
    counts.fp++;
    notes?.push(`spurious ${p.name} (${p.type})`);
  });
  return counts;
}

export function addCounts(a: EntityCounts, b: EntityCounts): EntityCounts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    corefGrouped: a.corefGrouped + b.corefGrouped,
    corefTotal: a.corefTotal + b.corefTotal,
    rolesFound: a.rolesFound + b.rolesFound,
    rolesTotal: a.rolesTotal + b.rolesTotal,
  };
}

export function f1(c: EntityCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
