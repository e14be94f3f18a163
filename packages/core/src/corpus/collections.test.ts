import { describe, expect, it } from "vitest";
import { entriesOfArticle, positionOf } from "./collections.js";

const list = ["file:///a", "file:///b", "file:///b", "file:///b", "file:///d"].map((uri, i) => ({ uri, i }));

describe("lists kept in URI order", () => {
  it("finds where a URI stands, or would stand", () => {
    expect([positionOf(list, "file:///"), positionOf(list, "file:///b"), positionOf(list, "file:///c"), positionOf(list, "file:///e")]).toEqual([0, 1, 4, 5]);
  });

  it("gives one article's entries, none for an article the list does not hold", () => {
    expect(entriesOfArticle(list, "file:///b")).toEqual({ start: 1, end: 4 });
    expect(entriesOfArticle(list, "file:///a")).toEqual({ start: 0, end: 1 });
    expect(entriesOfArticle(list, "file:///d")).toEqual({ start: 4, end: 5 });
    expect(entriesOfArticle(list, "file:///c")).toEqual({ start: 4, end: 4 });
    expect(entriesOfArticle([], "file:///a")).toEqual({ start: 0, end: 0 });
  });
});
