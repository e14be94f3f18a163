import { describe, expect, it } from "vitest";
import { sexEvidence } from "./sex.js";

const sexOf = (person: { name: string; roles: string[] }) => sexEvidence(person)?.sex;

describe("sexEvidence", () => {
  it("reads a title or a role word before the given name", () => {
    expect(sexOf({ name: "Ann Hollis", roles: ["Mrs."] })).toBe("female");
    expect(sexOf({ name: "Tom Baker", roles: ["Sir"] })).toBe("male");
    expect(sexOf({ name: "Jo Lee", roles: ["State Department spokeswoman"] })).toBe("female");
    // a role word names the holder only before the role's object: this lawyer is not the King
    expect(sexOf({ name: "Jordan Ode", roles: ["lawyer for the King"] })).toBeUndefined();
    // a title beats the given name: `Sister Andrea`, `Mr. Ashley Cole`
    expect(sexOf({ name: "Ashley Cole", roles: ["Mr."] })).toBe("male");
  });

  it("reads a given name the name lists give to one sex only, with or without diacritics", () => {
    expect(sexOf({ name: "Ingrid Moe", roles: [] })).toBe("female");
    expect(sexOf({ name: "Sigurd Brekke", roles: [] })).toBe("male");
    expect(sexOf({ name: "Zoë Baptiste", roles: [] })).toBe("female");
    // a compound given name goes by its first part: `Jean-Marie` is a man's name, `Marie` a woman's
    expect(sexOf({ name: "Anna-Lena Vogt", roles: [] })).toBe("female");
    expect(sexOf({ name: "Jean-Marie Marchal", roles: [] })).toBeUndefined();
  });

  it("reads a common name that the English lists give to both sexes by the sex compromise's lexicon and faker's locales agree on", () => {
    expect(["Tim Davie", "George Osborne", "Claire Fox", "Jesse Owens", "Jordan Ellis"].map((name) => sexOf({ name, roles: [] }))).toEqual(["male", "male", "female", undefined, undefined]);
  });

  it("reads a name compromise knows only as a word by faker's locales, and not one it knows as either sex's name", () => {
    expect(["Ruby Fenton", "Holly Marsh", "Bill Tane", "Grace Hollis"].map((name) => sexEvidence({ name, roles: [] }))).toEqual([
      { sex: "female", leaning: true },
      { sex: "female", leaning: true },
      { sex: "male", leaning: true },
      undefined,
    ]);
  });

  it("marks a sex read from a given name the lists give to both sexes as a leaning only", () => {
    expect(["Stacy Brandt", "Ingrid Moe"].map((name) => sexEvidence({ name, roles: [] }))).toEqual([
      { sex: "female", leaning: true },
      { sex: "female", leaning: false },
    ]);
    expect(sexEvidence({ name: "Stacy Brandt", roles: ["Mr."] })).toEqual({ sex: "male", leaning: false });
  });

  it("says nothing when nothing tells, or the roles disagree", () => {
    expect(sexOf({ name: "Jordan Ellis", roles: [] })).toBeUndefined();
    expect(sexOf({ name: "Sam Park", roles: [] })).toBeUndefined();
    expect(sexOf({ name: "Priya Raman", roles: ["Mr.", "Mrs."] })).toBeUndefined();
    expect(sexOf({ name: "Reuters", roles: [] })).toBeUndefined();
  });
});
