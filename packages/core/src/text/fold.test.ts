import { describe, expect, it } from "vitest";
import { foldDiacritics } from "./fold.js";

describe("foldDiacritics", () => {
  it("drops marks and spells undecomposed letters as English copy does", () => {
    expect(["Ørsted", "Zaríf", "Łódź", "Þór", "Straße", "Nuñez", "Ærø"].map(foldDiacritics)).toEqual(["Orsted", "Zarif", "Lodz", "Thor", "Strasse", "Nunez", "Aero"]);
  });

  it("leaves ASCII, letters of other scripts without marks and astral characters alone", () => {
    expect(foldDiacritics("Orsted")).toBe("Orsted");
    expect(foldDiacritics("Москва")).toBe("Москва");
    expect(foldDiacritics("𝔄bc 😀")).toBe("𝔄bc 😀");
  });
});
