import { isCheckCode } from "./checks/catalog.js";
import type { CheckSettings } from "./checks/run.js";
import type { Severity } from "./checks/types.js";
import { AliasTable, parseAuthorityConfig, type AuthorityConfig, type ConfigProblem } from "./entities/aliases.js";

/** A workspace's `dossier.json`, read: aliases and types for entities, and how checks report. */
export interface DossierConfig {
  readonly authority: AuthorityConfig;
  readonly checks: CheckSettings;
}

export interface ConfigReadResult {
  readonly config: DossierConfig;
  /** Offset into the file where each problem is, when known (JSON syntax errors). */
  readonly problems: readonly (ConfigProblem & { readonly offset?: number })[];
}

const LEVELS: readonly (Severity | "off")[] = ["error", "warning", "information", "hint", "off"];

/**
 * Reads `dossier.json`: `aliases`, `types`, `preferred` (canonical → preferred spelling), `severity`
 * (check code → level or `off`) and `disabled` (check codes). What is invalid is reported and left out;
 * the rest, and the defaults, still apply.
 */
export function parseDossierConfig(text: string): ConfigReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return {
      config: { authority: {}, checks: {} },
      problems: [{ message: `dossier.json is not valid JSON (${(error as Error).message}); the defaults apply`, path: "", ...(at !== undefined ? { offset: Number(at) } : {}) }],
    };
  }
  const { config: authority, problems } = parseAuthorityConfig(value);
  const out: (ConfigProblem & { offset?: number })[] = [...problems];
  const raw = (value !== null && typeof value === "object" && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const severity: Record<string, Severity | "off"> = {};
  if (raw.severity !== undefined) {
    if (raw.severity === null || typeof raw.severity !== "object" || Array.isArray(raw.severity)) out.push({ message: '"severity" must map check codes to a level', path: "severity" });
    else
      for (const [code, level] of Object.entries(raw.severity as Record<string, unknown>)) {
        if (!isCheckCode(code)) out.push({ message: `"severity.${code}": no check has this code`, path: `severity.${code}` });
        else if (typeof level !== "string" || !LEVELS.includes(level as Severity)) out.push({ message: `"severity.${code}" must be one of ${LEVELS.join(", ")}`, path: `severity.${code}` });
        else severity[code] = level as Severity | "off";
      }
  }
  if (raw.disabled !== undefined) {
    if (!Array.isArray(raw.disabled)) out.push({ message: '"disabled" must be a list of check codes', path: "disabled" });
    else
      for (const code of raw.disabled) {
        if (typeof code === "string" && isCheckCode(code)) severity[code] = "off";
        else out.push({ message: `"disabled": ${JSON.stringify(code)} is not a check code`, path: "disabled" });
      }
  }
  const preferred = new Map<string, string>();
  if (raw.preferred !== undefined) {
    if (raw.preferred === null || typeof raw.preferred !== "object" || Array.isArray(raw.preferred)) out.push({ message: '"preferred" must map canonical names to the preferred spelling', path: "preferred" });
    else for (const [name, spelling] of Object.entries(raw.preferred as Record<string, unknown>)) {
      if (typeof spelling === "string" && spelling.trim().length > 0) preferred.set(name, spelling);
      else out.push({ message: `"preferred.${name}" must be a non-empty string`, path: `preferred.${name}` });
    }
  }
  for (const key of Object.keys(raw)) {
    if (!["aliases", "types", "severity", "disabled", "preferred", "$schema"].includes(key)) out.push({ message: `unknown key "${key}" (known: aliases, types, preferred, severity, disabled)`, path: key });
  }
  return { config: { authority, checks: { severity, preferred } }, problems: out };
}

export function aliasTableOf(config: DossierConfig): AliasTable {
  return new AliasTable(config.authority);
}
