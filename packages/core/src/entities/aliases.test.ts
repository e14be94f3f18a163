import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AliasTable, aliasKey } from "./aliases.js";

const reference = (name: string) => name.replace(/^the\s+/i, "").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

describe("aliasKey", () => {
  it("drops a leading article, folds case, apostrophes and spacing", () => {
    expect(["The  Wall Street Journal", "Iran’s", " U.S. ", "Islamic State"].map(aliasKey)).toEqual(["wall street journal", "iran's", "u.s.", "islamic state"]);
  });

  it("gives the same key by its fast path as by the full normalisation", () => {
    const unit = fc.constantFrom("T", "t", "h", "e", " ", "  ", "\t", "\u00a0", "’", "'", "A", "É", "s", "\n", "\u2009");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 16 }), fc.string({ maxLength: 16 })), (name) => {
        expect(aliasKey(name)).toBe(reference(name));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("AliasTable.nearest", () => {
  const table = new AliasTable({ aliases: { "Parchin Military Complex": [] }, types: { "Parchin Military Complex": "place" } });
  const canonical = (name: string) => table.nearest(name)?.canonical;

  it("finds the known name one edit away, wherever the edit falls", () => {
    expect(canonical("XParchin Military Complex")).toBe("Parchin Military Complex");
    expect(canonical("archin Military Complex")).toBe("Parchin Military Complex");
    expect(canonical("Barchin Military Complex")).toBe("Parchin Military Complex");
    expect(canonical("aPrchin Military Complex")).toBe("Parchin Military Complex");
    expect(canonical("Parchin Military Comple")).toBe("Parchin Military Complex");
    expect(canonical("Parchin Military Complexx")).toBe("Parchin Military Complex");
    expect(canonical("Parchin Militray Complex")).toBe("Parchin Military Complex");
  });

  it("finds nothing two edits away", () => {
    expect(canonical("XParchin Military Comple")).toBeUndefined();
    expect(canonical("Barchin Military Complez")).toBeUndefined();
  });
});
