import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seed, seedUri } from "../../test/seeds.js";
import { checkArticle } from "../checks/run.js";
import { Corpus } from "./corpus.js";
import { compareQuotes } from "./quote-links.js";
import { Interner } from "./stored.js";

function seeds(): Corpus {
  const corpus = new Corpus();
  corpus.set(seedUri("000"), seed("000"));
  corpus.set(seedUri("004"), seed("004"));
  return corpus;
}

describe("Corpus on the seeds", () => {
  it("links Khamenei in 000 to the full name and roles from 004", () => {
    const corpus = seeds();
    const ws = corpus.workspaceEntity(seedUri("000"), "person:khamenei")!;
    expect([ws.name, ws.roles, ws.articles.map((a) => a.uri)]).toEqual([
      "Ali Khamenei",
      ["Supreme Leader of Iran", "Ayatollah"],
      [seedUri("000"), seedUri("004")],
    ]);
  });

  it("links the Earnest quote in 004 to its two places in 000", () => {
    const links = seeds().quoteLinks().map((l) => [l.kind, l.excerpt, l.a.quote.id, l.b.quote.id]);
    expect(links).toEqual([
      ["verbatim", true, "q4", "q5"],
      ["verbatim", true, "q14", "q5"],
      ["elided", false, "q14", "q6"],
    ]);
  });

  it("dates the undated 004 from its related article", () => {
    const corpus = seeds();
    expect(corpus.related(seedUri("004")).map((r) => r.uri)).toEqual([seedUri("000")]);
    expect(corpus.referenceOf(seedUri("004"))).toEqual({ date: { year: 2014, month: 11, day: 7 }, source: "related", uri: seedUri("000") });
    expect(corpus.datesOf(seedUri("004")).map((d) => d.value)).toEqual(["2014-10", "2014-11-24", "2014-11-24", "2014-11-07", "2014-11", "2014-11-06", "2014-07"]);
  });

  it("re-analyses only changed documents and forgets deleted ones", () => {
    const corpus = seeds();
    expect(corpus.set(seedUri("000"), seed("000"))).toBe(false);
    expect(corpus.set(seedUri("000"), seed("000") + "\nMore text.")).toBe(true);
    corpus.delete(seedUri("004"));
    expect(corpus.uris()).toEqual([seedUri("000")]);
    expect(corpus.workspaceEntity(seedUri("000"), "person:khamenei")?.name).toBe("Khamenei");
  });
});

describe("checks on the seeds", () => {
  const codes = (name: "000" | "004") => {
    const corpus = seeds();
    return checkArticle(seedUri(name), corpus.get(seedUri(name))!, corpus).map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.code}`);
  };

  it("shows exactly the real problems of 000", () => {
    expect(codes("000")).toEqual([
      "5:36 entity-variant-names",
      "7:1 scrape-image-slug",
      "10:22 date-updated-before-published",
      "12:16 dateline-glued",
      "18:285 sourcing-anonymous",
      "20:90 paragraph-hard-wrap",
      "34:1 paragraph-missing-blank-line",
      "40:2 quote-wording-differs",
      "47:1 paragraph-missing-blank-line",
      "52:1 paragraph-missing-blank-line",
      "55:1 scrape-boilerplate",
      "57:1 scrape-boilerplate",
    ]);
  });

  it("shows exactly the real problems of 004", () => {
    expect(codes("004")).toEqual([
      "1:1 article-no-byline",
      "1:1 article-no-date",
      "1:67 entity-variant-names",
      "3:140 entity-misspelling",
      "9:1 quote-mixed-style",
      "9:118 quote-mixed-style",
      "9:119 quote-wording-differs",
      "13:21 date-copyright-conflict",
    ]);
  });

  it("offers fixes that change only the flagged text", () => {
    const corpus = seeds();
    const problems = checkArticle(seedUri("000"), corpus.get(seedUri("000"))!, corpus);
    const glued = problems.find((p) => p.code === "dateline-glued")!;
    expect(glued.fixes![0]!.edits).toEqual([{ range: { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } }, newText: " " }]);
    const wrap = problems.find((p) => p.code === "paragraph-hard-wrap")!;
    expect(wrap.fixes![0]!.edits).toEqual([{ range: { start: { line: 19, character: 90 }, end: { line: 20, character: 0 } }, newText: " " }]);
    const misspelt = checkArticle(seedUri("004"), corpus.get(seedUri("004"))!, corpus).find((p) => p.code === "entity-misspelling")!;
    expect(misspelt.fixes![0]!.edits[0]!.newText).toBe("P5+1");
  });
});

describe("compareQuotes", () => {
  it("tells verbatim, elided and reworded quotes apart", () => {
    expect(compareQuotes("We will not share intelligence with them.", "We will not share intelligence with them.")?.kind).toBe("verbatim");
    expect(compareQuotes("widely commented on ... and something that on a couple of occasions", "widely commented on — commented upon and something that on a couple of occasions")?.kind).toBe("elided");
    const variant = compareQuotes("We will never share our intelligence with them at all", "We will never share intelligence with them at all");
    expect(variant).toEqual({ kind: "variant", excerpt: false, onlyInFirst: ["our"], onlyInSecond: [] });
    expect(compareQuotes("outrageous", "outrageous")).toBeUndefined();
  });
});

describe("Corpus memory", () => {
  const said = ["Progress is slow", "Nothing was agreed today", "Both sides will return"];
  const dated = (n: number) =>
    `Talks in Geneva ${n}\n\nFriday, November ${n}, 2014\n\nGENEVA (AP) — Foreign Minister Anna Berg met envoy Paul Dorn on Thursday.\n\n“${said[n - 1]},” Berg said.\n\nShe "left" early.`;

  it("keeps summaries, analyses evicted articles again to the same model, and keeps their problems", () => {
    const small = new Corpus({ modelCacheSize: 1 });
    const full = new Corpus();
    for (const c of [small, full]) {
      c.set(seedUri("000"), seed("000"));
      c.set(seedUri("004"), seed("004"));
      for (let n = 1; n <= 3; n++) c.set(`file:///dated-${n}.txt`, dated(n));
    }
    // the dated articles share no quote: their problems are the ones kept from their analysis
    expect(small.problemsOf("file:///dated-1.txt").map((p) => p.code)).toEqual(["article-no-byline", "date-weekday-mismatch", "quote-mixed-style"]);
    for (const uri of full.uris()) {
      expect(small.get(uri)!.entities).toEqual(full.get(uri)!.entities);
      expect(small.problemsOf(uri)).toEqual(checkArticle(uri, full.get(uri)!, full));
    }
    expect(small.summary("file:///dated-2.txt")!.quotes.map((q) => [q.text, q.speakerName])).toEqual([["Nothing was agreed today,", "Anna Berg"], ["left", null]]);
    expect(small.problemsOf(seedUri("000"), { severity: { "scrape-image-slug": "off" } }).some((p) => p.code === "scrape-image-slug")).toBe(false);
  });
});

describe("Interner", () => {
  it("shares equal strings and lists, and starts afresh past its limit", () => {
    const intern = new Interner(2);
    const a = intern.list(["Sen.", "head of U.S. Central Command"]);
    expect(intern.list(["Sen.", "head of U.S. Central Command"])).toBe(a);
    expect(intern.list([])).toBe(intern.list([]));
    intern.list(["third"]);
    expect(intern.list(["Sen.", "head of U.S. Central Command"])).not.toBe(a);
    expect(intern.list(["Sen.", "head of U.S. Central Command"])).toEqual(a);
  });
});

describe("Corpus after an edit", () => {
  /** Everything linking answers, as plain data. */
  function links(corpus: Corpus) {
    const uris = corpus.uris();
    return {
      entities: corpus.entities().map((e) => ({ ...e, articles: e.articles.map((a) => [a.uri, a.entity.id, a.entity.ranges()]), quotes: corpus.quotesOf(e).map((q) => [q.uri, q.quote.id, q.quote.span]) })),
      quoteLinks: corpus.quoteLinks().map((l) => [l.kind, l.excerpt, l.a.uri, l.a.quote.id, l.a.quote.span, l.b.uri, l.b.quote.id, l.b.quote.span, l.onlyInA, l.onlyInB]),
      byArticle: uris.map((uri) => ({
        related: corpus.related(uri),
        problems: corpus.problemsOf(uri).map((p) => [p.code, p.range, p.message]),
        entities: corpus.summary(uri)!.entities.map((e) => corpus.workspaceEntity(uri, e.id)?.id),
        linked: corpus.summary(uri)!.quotes.map((q) => corpus.linksOf(uri, q.id).length),
      })),
    };
  }

  const edits: [string, (text: string) => string][] = [
    ["a word typed in running text", (t) => t.replace(" the ", " the very ")],
    ["a paragraph added at the top", (t) => `Note: an earlier version misspelled a name.\n\n${t}`],
    ["a name changed", (t) => t.replace(/Earnest/g, "Ernest")],
    ["a quote's words changed", (t) => t.replace("coalition", "alliance")],
  ];
  for (const [what, edit] of edits) {
    it(`answers as a fresh workspace does after ${what}`, () => {
      const edited = seeds();
      links(edited);
      edited.set(seedUri("000"), edit(seed("000")));
      const fresh = new Corpus();
      fresh.set(seedUri("000"), edit(seed("000")));
      fresh.set(seedUri("004"), seed("004"));
      expect(links(edited)).toEqual(links(fresh));
    });
  }

  /** Short articles that share people, surnames and quotations in every combination a workspace may hold. */
  const articles = [
    seed("000"),
    seed("004"),
    edits[2]![1](seed("000")),
    'WASHINGTON (AP) — Senator Tom Cotton wrote the letter. "We will not accept a deal that leaves Iran a path to the bomb," Cotton said on Monday.',
    'Cotton said on Tuesday: "We will not accept a deal that leaves Iran a path to the bomb." The White House declined to comment.',
    "Mary Cotton, a historian at Yale University, said the letter had no precedent. Cotton has studied the Senate for decades.",
    'Cotton spoke to reporters. "Nothing was agreed today, and both sides will return next week," said Josh Earnest, the White House spokesman.',
    'Josh Earnest said: "Nothing was agreed today, and both sides will return next week." Earnest took no questions.',
    "Earnest met Hassan Rouhani and Mohammad Javad Zarif in Geneva. Zarif and Rouhani said little.",
  ];
  it("answers as a fresh workspace does after any sequence of articles added, changed and removed", () => {
    const uri = (n: number) => `file:///ws/${n}.txt`;
    const step = fc.record({ doc: fc.nat(5), text: fc.option(fc.nat(articles.length - 1), { freq: 4 }), ask: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const corpus = new Corpus();
        const now = new Map<number, string>();
        for (const { doc, text, ask } of steps) {
          if (text === null) {
            corpus.delete(uri(doc));
            now.delete(doc);
          } else {
            corpus.set(uri(doc), articles[text]!);
            now.set(doc, articles[text]!);
          }
          // linking in between, or not, must not matter
          if (ask) corpus.entities();
        }
        const fresh = new Corpus();
        for (const [doc, text] of now) fresh.set(uri(doc), text);
        expect(links(corpus)).toEqual(links(fresh));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("drops a quote link when the words it rests on become a stock phrase, and restores it when they are rare again", () => {
    const said = (n: number) => `Official ${n} said: "Nothing was agreed today, and both sides will return next week."`;
    const corpus = new Corpus();
    corpus.set("file:///ws/a.txt", said(0));
    corpus.set("file:///ws/b.txt", said(1));
    expect(corpus.quoteLinks()).toHaveLength(1);
    for (let n = 2; n <= 50; n++) corpus.set(`file:///ws/${n}.txt`, said(n));
    expect(corpus.quoteLinks()).toHaveLength(0);
    const fresh = new Corpus();
    for (const u of corpus.uris()) fresh.set(u, corpus.get(u)!.text);
    expect(links(corpus)).toEqual(links(fresh));
    corpus.delete("file:///ws/50.txt");
    expect(corpus.quoteLinks()).toHaveLength((50 * 49) / 2);
  });
});

describe("Corpus links", () => {
  it("are re-pointed, not rebuilt, after a keystroke in running text", () => {
    const corpus = seeds();
    const before = corpus.workspaceEntity(seedUri("004"), "person:ali-khamenei");
    corpus.set(seedUri("000"), seed("000").replace(" the ", " the very "));
    expect(corpus.workspaceEntity(seedUri("004"), "person:ali-khamenei")).toBe(before);
  });
});
