import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/** The two reference articles, read as the CLI reads them (UTF-8, BOM dropped). */
export function seed(name: "000" | "004"): string {
  const file = name === "000" ? "000_d4a58aad8eaecd73.txt" : "004_e3265cdc9702e17a.txt";
  return readFileSync(seedsDir + file, "utf8");
}

export const seedUri = (name: "000" | "004") =>
  `file:///seeds/${name === "000" ? "000_d4a58aad8eaecd73.txt" : "004_e3265cdc9702e17a.txt"}`;
