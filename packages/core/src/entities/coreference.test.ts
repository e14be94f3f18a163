import { describe, expect, it } from "vitest";
import { entityId } from "./coreference.js";

describe("entityId", () => {
  it("slugs ASCII names: lower case, one dash for each run of other characters, plus spelt out", () => {
    expect(entityId("organization", "U.S. Central Command")).toBe("organization:u-s-central-command");
    expect(entityId("group", "P5+1")).toBe("group:p5-plus-1");
    expect(entityId("person", " O'Neill ")).toBe("person:o-neill");
    expect(entityId("other", "+1")).toBe("other:plus-1");
  });

  it("slugs other names without their accents and keeps letters of any script", () => {
    expect(entityId("person", "José Núñez")).toBe("person:jose-nunez");
    expect(entityId("place", "Zürich–Genève")).toBe("place:zurich-geneve");
    expect(entityId("person", "Ali Khamenei (علی خامنه‌ای)")).toBe("person:ali-khamenei-علی-خامنه-ای");
  });
});
