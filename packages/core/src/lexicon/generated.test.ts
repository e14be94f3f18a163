import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain Node script without type declarations
import { buildCurrencies, buildDictionary, buildFirstNames, buildGazetteer, buildHolidays, buildOrganizations, buildPastTense, buildSurnames, buildVocabulary } from "../../scripts/build-lexicons.mjs";

const committed = (file: string): unknown => JSON.parse(readFileSync(new URL(`generated/${file}`, import.meta.url), "utf8"));

describe("generated lexicons", () => {
  it("match what the data packages produce (run `npm run lexicons` after upgrading them)", () => {
    const vocabulary = buildVocabulary();
    const gazetteer = buildGazetteer(vocabulary);
    expect(committed("gazetteer.json")).toEqual(gazetteer);
    expect(committed("first-names.json")).toEqual(buildFirstNames(vocabulary, gazetteer));
    expect(committed("surnames.json")).toEqual(buildSurnames(vocabulary, gazetteer));
    expect(committed("past-tense.json")).toEqual(buildPastTense());
    expect(committed("organizations.json")).toEqual(buildOrganizations());
    expect(committed("vocabulary.json")).toEqual(vocabulary);
    expect(committed("dictionary.json")).toEqual(buildDictionary(vocabulary));
    expect(committed("currencies.json")).toEqual(buildCurrencies());
    expect(committed("holidays.json")).toEqual(buildHolidays(vocabulary));
    // (building every lexicon from its data package takes seconds; on a busy two-core machine, more than the default five)
  }, 30_000);

  it("keeps a holiday's name only where it means one day", () => {
    const names = new Set((committed("holidays.json") as { holidays: { name: string }[] }).holidays.map((h) => h.name));
    expect(["Christmas Day", "Good Friday", "Boxing Day", "Juneteenth", "Pentecost"].filter((n) => names.has(n))).toEqual(["Christmas Day", "Good Friday", "Boxing Day", "Juneteenth", "Pentecost"]);
    // a different day in different countries (Labour Day is 1 May in most, not in the United States), or a place's name
    expect(["Independence Day", "Labour Day", "Thanksgiving Day", "National Day", "Corpus Christi"].filter((n) => names.has(n))).toEqual([]);
  });

  it("keeps cities of 100,000 to 150,000 people only when their name is no first name or everyday word", () => {
    const cities = new Set((committed("gazetteer.json") as { cities: string[] }).cities);
    expect(["Bremerhaven", "Alkmaar", "Amiens"].filter((c) => cities.has(c))).toEqual(["Bremerhaven", "Alkmaar", "Amiens"]);
    // Tyler, Texas and Surprise, Arizona are that size; Florence and Victoria are bigger and stay in
    expect(["Tyler", "Surprise", "Florence", "Victoria"].filter((c) => cities.has(c))).toEqual(["Florence", "Victoria"]);
  });

  it("keeps regions of 100,000 to 300,000 people as counties, only in English-speaking lands and only when their name is no first name or everyday word", () => {
    const counties = new Set((committed("gazetteer.json") as { counties: string[] }).counties);
    expect(["Cornwall", "Wiltshire", "Shropshire", "Otago"].filter((r) => counties.has(r))).toEqual(["Cornwall", "Wiltshire", "Shropshire", "Otago"]);
    // Ba, Olt and Gao are Fiji's, Romania's and Mali's; Somerset is a given name too
    expect(["Ba", "Olt", "Gao", "Somerset"].filter((r) => counties.has(r))).toEqual([]);
  });

  it("keeps a country's name in another language only when it is no English word or given name", () => {
    const names = new Map((committed("gazetteer.json") as { countries: { name: string; names: string[] }[] }).countries.map((c) => [c.name, c.names]));
    expect(names.get("Iceland")).toEqual(["Iceland", "Lýðveldið Ísland", "Republic of Iceland"]);
    expect(names.get("Dominica")).toEqual(["Commonwealth of Dominica", "Dominica"]);
  });

  it("keeps a country's seat of government of 20,000 people or more, however small", () => {
    const cities = new Set((committed("gazetteer.json") as { cities: string[] }).cities);
    expect(["Putrajaya", "Mbabane", "Tarawa", "Capitol Hill", "Brades"].filter((c) => cities.has(c))).toEqual(["Putrajaya", "Mbabane", "Tarawa"]);
  });
});
