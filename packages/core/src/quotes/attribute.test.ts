import { describe, expect, it } from "vitest";
import { seed } from "../../test/seeds.js";
import { analyzeArticle } from "../analyze.js";

const speakersOf = (text: string) =>
  analyzeArticle(text).quotes.map((q) => [q.text.slice(0, 24), q.speakers.join("+") || q.anonymous || null, q.partial]);

describe("quotes in seed 000", () => {
  it("attributes every quote, partial quotes and embedded reports included", () => {
    expect(speakersOf(seed("000"))).toEqual([
      ["We work very closely wit", "person:dan-pfeiffer", false],
      ["accommodations must be m", "this official", false],
      ["With respect to Iran, we", "person:lloyd-austin", false],
      ["The United States will n", "person:josh-earnest", false],
      ["private correspondence", "person:josh-earnest", true],
      ["I can tell you that the ", "person:josh-earnest", false],
      ["We have also discussed o", "person:josh-earnest", false],
      ["outrageous", "person:john-mccain+person:lindsey-graham", true],
      ["same Iranian regime that", "person:john-mccain+person:lindsey-graham", true],
      ["We don’t look at it as a", "person:jen-psaki", false],
      ["Our concerns about Iran’", "person:jen-psaki", false],
      ["cooperation,", "person:john-kerry", true],
      ["de-conflict.", "person:john-kerry", true],
      ["The United States will n", "person:josh-earnest", false],
      ["U.S. demands for coopera", "person:khamenei", true],
      ["During the hard days of ", "person:khamenei", false],
      ["Our ambassador reflected", "person:khamenei", false],
      ["The same U.S. secretary ", "person:khamenei", false],
      ["repeated the same demand", "person:khamenei", true],
    ]);
  });

  it("summarises named and anonymous sourcing", () => {
    expect(analyzeArticle(seed("000")).sourcing).toEqual({ named: 18, anonymous: 1, unattributed: 0, anonymousSources: ["this official"] });
  });

  it("gives the quote's range without its marks", () => {
    const q = analyzeArticle(seed("000")).quotes[0]!;
    expect(q.range).toEqual({ start: { line: 15, character: 135 }, end: { line: 15, character: 225 } });
    expect(q.outer.text.startsWith("“") && q.outer.text.endsWith("”")).toBe(true);
  });
});

describe("quotes in seed 004", () => {
  it("reads straight quotes, `according to the group`, a scare quote's echo and a quote-only paragraph", () => {
    expect(speakersOf(seed("004"))).toEqual([
      ["illicit", "organization:national-resistance-council-of-iran", true],
      ["to provide hitherto undi", "organization:national-resistance-council-of-iran", true],
      ["I don’t trust the Irania", "person:john-boehner", false],
      ["I don’t think we need to", "person:john-boehner", false],
      ["The United States will n", "person:josh-earnest", false],
      ["We won't share intellige", "person:josh-earnest", false],
      ["satanic regimes of the t", "person:ali-khamenei", true],
      ["Despite the glamour of t", "person:ali-khamenei", false],
    ]);
  });
});

describe("a heading's quotation", () => {
  it("gives a quote that is a line of its own, however long, to the one who says its words in the body, but not a long cue-less quote in a sentence", () => {
    const heading = "Storm floods Orsel\n\nRivers burst their banks across Tellan on Monday.\n\n'We've never seen water like it'\nShop owner Mara Velt told us: \"We've never seen water like it. It came up through the floor.\"\n";
    expect(speakersOf(heading).map((q) => q[1])).toEqual(["person:mara-velt", "person:mara-velt"]);
    const inline = "Storm floods Orsel\n\nShop owner Mara Velt told us: \"We've never seen water like it. It came up through the floor.\"\n\nA sign in Kelvo read \"never seen water like it before\" on Monday.\n";
    expect(speakersOf(inline).map((q) => q[1])).toEqual(["person:mara-velt", null]);
  });
});

describe("a relative's verb of report", () => {
  it("gives a quote to the body whose `, which` reports it, not to a place named earlier in the sentence", () => {
    const text = "School rated inadequate\n\nA school in Kelmo has been rated inadequate by Orvekstat, which found that bullying was \"too often ignored\" by staff.\n";
    expect(speakersOf(text)).toEqual([["too often ignored", "organization:orvekstat", true]]);
  });
});

describe("a tag between a subject and its verb", () => {
  it("gives a quote to the subject before a party tag or an age set off by commas", () => {
    const text = "The chief, Ada Pell, 51, said it was \"bad\". Sen. Bo Lindqvist, D-N.Y., called the vote \"a victory\".\n";
    expect(speakersOf(text)).toEqual([
      ["bad", "person:ada-pell", true],
      ["a victory", "person:bo-lindqvist", true],
    ]);
  });
});

describe("people called by a plural noun", () => {
  it("gives a quote to them, not to a name inside the relative clause that tells of them", () => {
    const text = "Report\n\nInspectors who visited Norgate Park Academy in May said leaders had \"lost sight of welfare\". Local teachers said it was \"a disgrace\".\n";
    expect(speakersOf(text)).toEqual([
      ["lost sight of welfare", "inspectors", true],
      ["a disgrace", "local teachers", true],
    ]);
  });

  it("gives a quote to a few people called together by one noun", () => {
    const text = 'Wedding\n\n"We are so happy," the couple said in a statement. "It was a shock," his family said. "Thanks," the pair said. "Yes," the duo said. "No," the trio said.\n';
    expect(speakersOf(text)).toEqual([
      ["We are so happy,", "the couple", false],
      ["It was a shock,", "his family", false],
      ["Thanks,", "the pair", false],
      ["Yes,", "the duo", false],
      ["No,", "the trio", false],
    ]);
  });

  it("gives a quote to a body whose name is such a noun, not to people", () => {
    expect(speakersOf('Derby\n\nHalvik beat Rangers on Saturday. Rangers said the result was "a shock".\n')).toEqual([["a shock", "organization:rangers", true]]);
  });
});

describe("a cue of the quote's own", () => {
  const after = (cue: string) => `Storm\n\nThen Ivo Lusk, a fisherman, said: "It was bad."\n\n${cue}\n`;

  it.each([
    ['The council said: "Roads are shut."', "the council"],
    ['"Roads are shut," the hospital said.', "the hospital"],
    ['Police said: "Roads are shut."', "police"],
    ['Authorities said: "Roads are shut."', "authorities"],
  ])("gives `%s` to the body it calls by a common noun, unnamed, not to the speaker before", (cue, source) => {
    expect(speakersOf(after(cue))[1]![1]).toBe(source);
  });

  it("reads a quote right after one that closes a sentence as a sentence of its own, not a partial quote", () => {
    expect(speakersOf('Talks\n\nThen Ivo Lusk said: "We are ready." "We will not sign yet," Ana Ruiz said. Tom Hale said: “No!” “Maybe later,” he added.\n')).toEqual([
      ["We are ready.", "person:ivo-lusk", false],
      ["We will not sign yet,", "person:ana-ruiz", false],
      ["No!", "person:tom-hale", false],
      ["Maybe later,", "person:tom-hale", false],
    ]);
  });

  it("gives a quote whose cue names someone the article cannot tell to no one, not to the speaker before", () => {
    expect(speakersOf(after('"Roads are shut," said the post by an unknown author on a forum.'))[1]).toEqual(["Roads are shut,", null, false]);
    expect(speakersOf(after('The minister said: "Roads are shut."'))[1]).toEqual(["Roads are shut.", null, false]);
  });
});

describe("according to", () => {
  it("gives words quoted in a speaker's reported speech to the speaker, and words only reported to the source", () => {
    const text =
      "Foreign Minister Wang Yi said China was ready to meet \"at the earliest convenient time\", according to a statement from Beijing's foreign ministry.\n\nThe plan was \"dead on arrival\", according to the Acme Group.\n";
    expect(speakersOf(text)).toEqual([
      ["at the earliest convenie", "person:wang-yi", true],
      ["dead on arrival", "organization:acme-group", true],
    ]);
  });

  it("gives the words to no one who only saw or got hold of the source, and to one who wrote it", () => {
    const text =
      "The bridge was rated \"structurally deficient\", according to records reviewed by The Marlow Courier.\n\nThe plan was \"dead on arrival\", according to documents obtained by Ana Ruiz.\n\nIt was \"a failure\", according to a report by Tom Hale.\n";
    expect(speakersOf(text)).toEqual([
      ["structurally deficient", null, true],
      ["dead on arrival", null, true],
      ["a failure", "person:tom-hale", true],
    ]);
    for (const seen of ["seen", "viewed", "examined"]) expect(speakersOf(`The plan was "dead on arrival", according to emails ${seen} by Ana Ruiz.\n`)).toEqual([["dead on arrival", null, true]]);
  });

  it("gives the words to the person named after a role in a body, a plural's possessive included", () => {
    const text =
      "Crews were working \"as fast as possible\", according to NIE Networks' head of operations, Sharon Crossley.\n\nThe plan is \"dead on arrival,\" said the Teamsters' president, Jo Park.\n";
    expect(speakersOf(text)).toEqual([
      ["as fast as possible", "person:sharon-crossley", true],
      ["dead on arrival,", "person:jo-park", true],
    ]);
  });
});

describe("a role in a body", () => {
  it("gives a quote cued by `the <body> <role>` to the person holding the role, else to the one the sentence before is about", () => {
    const text =
      "Antoine Griezmann scored first. Diego Simeone, the Atlético coach, was unhappy. Later Griezmann left.\n\n\"We gave the game away,\" the Atlético coach said.\n\nMaria Lopez was less happy. \"We were poor,\" the club's captain said.\n";
    expect(speakersOf(text)).toEqual([
      ["We gave the game away,", "person:diego-simeone", false],
      ["We were poor,", "person:maria-lopez", false],
    ]);
    expect(speakersOf("Tom Cruise made a video.\n\n\"It was a test,\" said the post by an unknown author.\n")).toEqual([["It was a test,", null, false]]);
    // (an age may stand before the role)
    expect(speakersOf("Harvest\n\nJean Dufort walked the vines.\n\n\"It is a small harvest,\" said the 62-year-old farmer.\n")).toEqual([["It is a small harvest,", "person:jean-dufort", false]]);
  });

  it("gives a quote cued by `the <role>` to the unnamed person the article brought in by that role, not to the last one named", () => {
    const text =
      "Robbery at a store\n\nChief Ann Lee said officers came fast. \"We were there in minutes,\" Lee said.\n\nA store manager, who asked not to be named, said the clerk was shaken. \"She did everything right,\" the manager said.\n";
    expect(speakersOf(text)).toEqual([
      ["We were there in minutes", "person:ann-lee", false],
      ["She did everything right", "a store manager", false],
    ]);
  });

  it("gives a quote cued by `the government` to no body but one the article calls so, else to the government unnamed, where `the group` is the last one named", () => {
    const text =
      "Aid\n\nThe World Food Programme said the trucks came. The government said it had \"facilitated\" the delivery. The ministry said it was \"a start\". The administration called it \"late\". \"We agree,\" the group said.\n\nThe Velmar Government met. Orvek Ltd agreed. \"We act,\" the government said.\n";
    expect(speakersOf(text)).toEqual([
      ["facilitated", "the government", true],
      ["a start", "the ministry", true],
      ["late", "the administration", true],
      ["We agree,", "organization:world-food-programme", false],
      ["We act,", "organization:velmar-government", false],
    ]);
  });

  it("gives a quote cued by a `he` or `she` no name stands for to the someone unnamed the sentences before bring in", () => {
    const text =
      "Cuts\n\nTom Hale ran the plant. One engineer, who asked not to be named because she was not authorised to speak, said her team had gone. \"We found out at dawn,\" she said.\n\nA mother said the school failed. \"Nobody listened,\" he said.\n\nA guard saw it. Ana Ruiz was there too. \"It was quick,\" she said.\n";
    expect(speakersOf(text)).toEqual([
      ["We found out at dawn,", "one engineer", false],
      // (a mother is no `he`, and no one before her is reached for; a pronoun the article gives a name for is theirs)
      ["Nobody listened,", "he", false],
      ["It was quick,", "person:ana-ruiz", false],
    ]);
    // (someone brought in past a leading phrase, and by `the` and the `of` phrase that places them, is one too)
    expect(speakersOf("Trial\n\nAna Ruiz lost. Outside court, the daughter of one victim said it was over. \"He lied,\" she said.\n")).toEqual([
      ["He lied,", "the daughter of one victim", false],
    ]);
    // (whom a quotation brings in is not)
    expect(speakersOf("Storm\n\n\"It was dark. A friend warned me,\" she said.\n")).toEqual([["It was dark. A friend wa", "she", false]]);
  });
});

describe("quote edge cases", () => {
  it("never throws on unbalanced marks and reports them", () => {
    const model = analyzeArticle("Head line\n\nHe said “nothing at all happened here, she said on Monday.\n\nA stray” mark here in this line of text.");
    expect(model.strayQuoteMarks.map((m) => m.range.start)).toEqual([
      { line: 2, character: 8 },
      { line: 4, character: 7 },
    ]);
  });

  it("gives a quote named a claim after it to the speaker before it, not to whoever judges the claim", () => {
    const text = "Debate\n\nOn Monday, Ivo Lusk accused his rival of planning \"the biggest tax raid in years\", a claim the Tarvel Party said was false. Tom Hale called it \"a fair fight\", the leader Ana Ruiz said. Sara Lind promised \"new homes\" — a claim the Tarvel Party disputed. \"It was fair,\" the charge nurse Ben Ode said.\n";
    expect(speakersOf(text)).toEqual([
      ["the biggest tax raid in ", "person:ivo-lusk", true],
      ["a fair fight", "person:ana-ruiz", true],
      ["new homes", "person:sara-lind", true],
      ["It was fair,", "person:ben-ode", false],
    ]);
  });

  it.each(["claim", "charge", "accusation", "allegation", "assertion", "suggestion", "characterisation", "characterization", "description", "label"])("gives a quote named a %s after it to the speaker before it", (noun) => {
    const text = `Debate\n\nOn Monday, Ivo Lusk promised "new homes", a ${noun} the Tarvel Party said was false.\n`;
    expect(speakersOf(text)).toEqual([["new homes", "person:ivo-lusk", true]]);
  });

  it("reads a claim of a bare noun as no speech, and a claim of a clause as one", () => {
    const text = "Expenses\n\nOn Monday, the report found that Ann Cole had claimed mileage for journeys that \"could not be verified\". Tom Reed claimed officials had \"lied\".\n";
    expect(speakersOf(text)).toEqual([
      ["could not be verified", "the report", true],
      ["lied", "person:tom-reed", true],
    ]);
  });

  it("gives a quote to every person listed before or after the verb, each name set off by a comma, when `and` closes the list, or a role stands after it", () => {
    const text =
      "Plan\n\nIvo Lusk, Ana Ruiz and Tom Hale said the plan was \"bold\". After the vote, Kai Moss, Eva Lind and Ben Ode said it was \"late\". Speaking to Ivo Lusk, Ana Ruiz and Tom Hale said it was \"fine\". Ivo Lusk, Ana Ruiz said, was \"wrong\".\n";
    expect(speakersOf(text)).toEqual([
      ["bold", "person:ivo-lusk+person:ana-ruiz+person:tom-hale", true],
      ["late", "person:kai-moss+person:eva-lind+person:ben-ode", true],
      ["fine", "person:ana-ruiz+person:tom-hale", true],
      ["wrong", "person:ana-ruiz", true],
    ]);
    // (and after it, up to the `and` that closes the list; a role or an unclosed list after the comma adds no one)
    const after =
      "Plan\n\n\"It is bold,\" said Kai Moss, Ivo Lusk, Ana Ruiz and Tom Hale on Monday. \"It is late,\" said Eva Lind, the mayor. \"It is fine,\" said Ben Ode, Ivo Lusk, Ana Ruiz.\n";
    expect(speakersOf(after)).toEqual([
      ["It is bold,", "person:kai-moss+person:ivo-lusk+person:ana-ruiz+person:tom-hale", false],
      ["It is late,", "person:eva-lind", false],
      ["It is fine,", "person:ben-ode", false],
    ]);
    // (two joined by `and` speak together after a role of up to three words before the second, with no preposition)
    const roles =
      "Split\n\nPop star Mara Velt and actor Kai Moss announced their split, saying they will \"always be family\". Ana Ruiz and her former lawyer Tom Hale said it was \"over\". Eva Lind and then a very old friend Ben Ode said it was \"fine\". Kai Moss and a lawyer for Ivo Lusk said it was \"done\".\n";
    const spoken = speakersOf(roles).map(([words, who]) => `${words}: ${who}`);
    expect(spoken).toEqual(["always be family: person:mara-velt+person:kai-moss", "over: person:ana-ruiz+person:tom-hale", "fine: person:ben-ode", "done: person:ivo-lusk"]);
  });

  it("reads a speech verb's form after an article, or its plural after a word that counts, as a noun", () => {
    const text =
      "Claims\n\nA spokesperson said the claims had been settled \"quickly\". A spokeswoman said most claims were \"fair\". An adviser said all claims were \"wrong\". An analyst said some claims were \"unkind\". A manager said many claims were \"late\". Ivo Lusk and Ana Ruiz all said the plan was \"bold\".\n";
    expect(speakersOf(text)).toEqual([
      ["quickly", "a spokesperson", true],
      ["fair", "a spokeswoman", true],
      ["wrong", "an adviser", true],
      ["unkind", "an analyst", true],
      ["late", "a manager", true],
      ["bold", "person:ivo-lusk+person:ana-ruiz", true],
    ]);
  });

  it("gives a cue-less scare quote to the one speaker who says those words in full", () => {
    const text = "Storm hits coast\n\nThe mayor called the damage “historic” on Monday.\n\n“This is historic damage, and we will rebuild,” Mayor Ann Cole said.\n\nRoads were “closed” for hours.";
    expect(speakersOf(text)).toEqual([
      ["historic", "person:ann-cole", true],
      ["This is historic damage,", "person:ann-cole", false],
      ["closed", null, true],
    ]);
  });

  it("leaves a scare quote unattributed when two speakers say its words", () => {
    const text = "Vote split\n\nCOLE CITY (AP) — The council voted on Monday and the plan was “unfair” to many, a survey found.\n\n“It is unfair to renters,” Ann Cole said.\n\n“It is unfair to owners,” Bob Dent said.";
    expect(speakersOf(text)[0]).toEqual(["unfair", null, true]);
  });

  it("gives a quote to the name in an appositive before the verb, and `the mayor` to the mayor", () => {
    const text =
      "Budget passes\n\nRIVERTON — Mayor Helen Park cast the deciding vote on Friday.\n\nHer deputy, Tom Reyes, told reporters it was “a fair deal” for the city.\n\n“Every department shared the pain,” the mayor said.";
    expect(speakersOf(text)).toEqual([
      ["a fair deal", "person:tom-reyes", true],
      ["Every department shared ", "person:helen-park", false],
    ]);
  });

  it("gives a quote before `and said` to the sentence's subject, not to a name in the clause `said` introduces", () => {
    const text = "Budget cuts\n\nThe Northfield Borough Council voted on Tuesday. Opposition leader David Ashworth called the move “short-sighted” and said his party would reverse it if it won control of the council in May.\n";
    expect(speakersOf(text)).toEqual([["short-sighted", "person:david-ashworth", true]]);
  });

  it("gives a scare quote after a verb of judging to the one who judges", () => {
    const text = "Exports slump\n\nFinance minister Ana Ruiz spoke on Friday about the slump in exports this year.\n\nShe blamed the “reckless” policy of the bank. Critics accused her of “playing games”. The bank's “stress tests” were cited.\n";
    expect(speakersOf(text)).toEqual([
      ["reckless", "person:ana-ruiz", true],
      ["playing games", "critics", true],
      ["stress tests", null, true],
    ]);
  });

  it("gives a scare quote after a verb of describing or judging in the present to the one who describes or judges", () => {
    const text = "Profile\n\nHer predecessor, Ivo Lusk, calls her “the best-prepared chief executive” we have had. Tom Hale describes her as “ruthless”. Ana Ruiz blames the “reckless” policy of the bank.\n";
    expect(speakersOf(text)).toEqual([
      ["the best-prepared chief ", "person:ivo-lusk", true],
      ["ruthless", "person:tom-hale", true],
      ["reckless", "person:ana-ruiz", true],
    ]);
  });

  it.each(["calls", "describes", "dubs", "brands", "labels", "terms", "blames", "criticises", "criticizes", "accuses", "condemns", "denounces", "hails", "praises", "dismisses", "slams", "lauds", "decries", "welcomes"])(
    "gives a scare quote after `%s` to its subject",
    (verb) => {
      expect(speakersOf(`Profile\n\nAna Ruiz ${verb} the “bold” plan of the bank.\n`)).toEqual([["bold", "person:ana-ruiz", true]]);
    },
  );

  it("gives a quote after `and said:` to the subject of the verb before `and`, not to the words before `and`", () => {
    const text = "Vote passes\n\nThe group's chairman, Peter Fenton, thanked residents for their support and said: “This fight is not over.”\n";
    expect(speakersOf(text)).toEqual([["This fight is not over.", "person:peter-fenton", false]]);
  });

  it("attributes quotes in single marks, a long one running on into the next paragraph, and leaves apostrophes alone", () => {
    const text =
      "Driver jailed\n\nSentencing him on Tuesday, Judge Mara Quill said: 'This was a reckless act over the farmers' land.\n\n'You have shown no remorse.'\n\nDefending, Owen Pike said his client had 'lost his way' after his father's death.\n";
    expect(speakersOf(text)).toEqual([
      ["This was a reckless act ", "person:mara-quill", false],
      ["You have shown no remors", "person:mara-quill", false],
      ["lost his way", "person:owen-pike", true],
    ]);
  });

  it("reads `termed` before a partial quote and `alleged` or `asserted` after one as their speaker's", () => {
    const text = 'Cuts\n\nOpposition leader Tamsin Rourke termed the move "short-sighted" on Monday. "It will hurt," she alleged. Ivo Marsh asserted, "Nobody was asked."\n';
    expect(speakersOf(text)).toEqual([
      ["short-sighted", "person:tamsin-rourke", true],
      ["It will hurt,", "person:tamsin-rourke", false],
      ["Nobody was asked.", "person:ivo-marsh", false],
    ]);
  });

  it("resolves a pronoun to the last person named outside quotes", () => {
    const text = "Talks resume\n\nState Department spokeswoman Jen Psaki spoke on Monday.\n\n“We are ready,” she said.";
    expect(speakersOf(text)).toEqual([["We are ready,", "person:jen-psaki", false]]);
  });

  it("resolves `he` and `she` to the last person named whom the pronoun can stand for", () => {
    // a woman's given name, a man's title: `he` passes over both to the man named before them
    const text = "Raid\n\nPolice named Sigurd Brekke as the owner. Officers found Ingrid Moe and Mr. Tarek Sallam at the house. “Nobody told us,” he said.";
    expect(speakersOf(text)).toEqual([["Nobody told us,", "person:tarek-sallam", false]]);
    expect(speakersOf(text.replace("Mr. Tarek Sallam", "Ms. Dana Sallam"))).toEqual([["Nobody told us,", "person:sigurd-brekke", false]]);
    // a name the lists give to no one sex, or to both, stands for either pronoun
    expect(speakersOf("Raid\n\nOfficers found Ingrid Moe and Jordan Sallam at the house. “Nobody told us,” he said.")).toEqual([["Nobody told us,", "person:jordan-sallam", false]]);
  });

  it("reads `the Italian` or `the 35-year-old` as the person the last sentence naming one is about", () => {
    const text =
      "Derby ends level\n\nMarco Bellini struck late for the visitors. Coach Tomas Ferrante said his side had lacked intensity. “We were not at our best,” the Italian told reporters.\n\n“It was hard,” the 35-year-old said.";
    expect(speakersOf(text)).toEqual([
      ["We were not at our best,", "person:tomas-ferrante", false],
      ["It was hard,", "person:tomas-ferrante", false],
    ]);
    // the one the sentence before is about, not the last name in it
    expect(speakersOf("Final\n\nDario Vidal beat Petar Ilic on Sunday. “I played well,” the Spaniard said.")).toEqual([["I played well,", "person:dario-vidal", false]]);
    // a town's resident too, where the phrase names nothing else (`the Guardian` is a paper) and is no role (`the Minister` is the one the article names)
    const resident = "Final\n\nDario Vidal won, watched by sports minister Ana Ruiz. “It is for my family,” Vidal said.\n\nPetar Ilic led early. “I had my chances,” the Glaswegian said. “Fine,” the Guardian said.\n\n“No,” the Minister said.";
    expect(speakersOf(resident)).toEqual([
      ["It is for my family,", "person:dario-vidal", false],
      ["I had my chances,", "person:petar-ilic", false],
      ["Fine,", "organization:the-guardian", false],
      ["No,", "person:ana-ruiz", false],
    ]);
    // a demonym or resident's noun may follow a word of its place's name (a role's two words are still the role)
    const twoWords =
      "Final\n\nOn Sunday, Dario Vidal led, watched by foreign minister Ana Ruiz. “I won,” the Northern Irishman said.\n\nOn Monday, Petar Ilic led. “I lost,” the New Zealander said.\n\nOn Monday, Ivo Lusk led. “Yes,” the Foreign Minister said.";
    expect(speakersOf(twoWords)).toEqual([
      ["I won,", "person:dario-vidal", false],
      ["I lost,", "person:petar-ilic", false],
      ["Yes,", "person:ana-ruiz", false],
    ]);
  });

  it("gives a quote that ends its sentence with a period to its own sentence's speaker, not the next one's", () => {
    const text = "Deal agreed\n\nChief Executive Ingrid Solberg spoke first.\n\nTom Reyes of Jefferies said the price was “full but fair.” Solberg said the company had no other plans.\n\n“Why now?” Solberg asked.";
    expect(speakersOf(text)).toEqual([
      ["full but fair.", "person:tom-reyes", true],
      ["Why now?", "person:ingrid-solberg", false],
    ]);
  });

  it("gives a spokesman's or analysts' quote to the institution they speak for, and keeps unnamed officials anonymous", () => {
    const text =
      "Analysts at Morgan Stanley said the price was “full but fair.” A spokeswoman for Goldman Sachs said the bank had “no comment on rumours.” Officials at the Treasury said it was “a matter for the board.”\n\n“We are aware of it,” a Barclays spokesperson said. “Not yet,” said a Treasury official.";
    expect(speakersOf(text)).toEqual([
      ["full but fair.", "organization:morgan-stanley", true],
      ["no comment on rumours.", "organization:goldman-sachs", true],
      ["a matter for the board.", "officials at the Treasury", true],
      ["We are aware of it,", "organization:barclays", false],
      ["Not yet,", "a Treasury official", false],
    ]);
  });

  it("keeps someone placed by a person's name anonymous, and gives a quote to the name an appositive describes or gives", () => {
    const text =
      "Arrest\n\nTom Hale was arrested on Monday. “He is innocent,” the wife of Tom Hale said. “We are shocked,” a source close to Hale told reporters. “No comment,” a spokesman for Hale said.\n\n“It was fine,” Ann Ruiz, a friend of Hale, said. “No,” the lawyer for Hale, Bo Diaz, said.";
    expect(speakersOf(text)).toEqual([
      ["He is innocent,", "the wife of Tom Hale", false],
      ["We are shocked,", "a source close to Hale", false],
      ["No comment,", "person:tom-hale", false],
      ["It was fine,", "person:ann-ruiz", false],
      ["No,", "person:bo-diaz", false],
    ]);
  });

  it("keeps someone of a person's or the writer's, in the possessive or after the name, anonymous, not the person, and gives a quote to the name set off after them", () => {
    const text =
      "Appeal\n\nLee Harmon was killed in 2006. Mr Harmon's family said they were “devastated”. “We want answers,” his sister said. “He is calm,” said Mr Harmon's lawyer, Ann Ruiz. “No comment,” Harmon's spokesman said. “Yes,” a Harmon aide said. “Soon,” Ivo Lusk, the family's solicitor, told reporters.";
    expect(speakersOf(text)).toEqual([
      ["devastated", "Mr Harmon's family", true],
      ["We want answers,", "his sister", false],
      ["He is calm,", "person:ann-ruiz", false],
      ["No comment,", "person:lee-harmon", false],
      ["Yes,", "a Harmon aide", false],
      ["Soon,", "person:ivo-lusk", false],
    ]);
    // (so is someone of the writer's, not the one quoted before)
    expect(speakersOf("Housing\n\nThe plan was published on Monday. Then Ivo Lusk said: \u201cBuild.\u201d\n\nWhen I left office, my successor told me: \u201cCare.\u201d \u201cWait,\u201d our new neighbours said.\n")).toEqual([
      ["Build.", "person:ivo-lusk", false],
      ["Care.", "my successor", false],
      ["Wait,", "our new neighbours", false],
    ]);
  });

  it.each(["office", "department", "ministry", "campaign", "government", "administration"])("keeps a person's %s that speaks anonymous, not the person", (body) => {
    const text = `Talks\n\nThe minister, Ben Ode, spoke on Monday. In a statement, his ${body} said: “We are ready.”\n\n“We will not sign yet,” Mr Ode's ${body} said. “It is fine,” said Ben Ode of the ${body}.`;
    expect(speakersOf(text)).toEqual([
      ["We are ready.", `his ${body}`, false],
      ["We will not sign yet,", `Mr Ode's ${body}`, false],
      ["It is fine,", "person:ben-ode", false],
    ]);
  });

  it("gives a quote an outlet reported to the outlet, a brand's exclamation mark in its name included", () => {
    const text =
      "Split\n\nMaya Vance and her husband have separated after six years.\n\n“They remain close friends,” E! News reported, citing a source. “They ask for privacy,” the Daily News reported.";
    expect(speakersOf(text)).toEqual([
      ["They remain close friend", "organization:e-news", false],
      ["They ask for privacy,", "organization:daily-news", false],
    ]);
  });

  it("keeps someone unnamed anonymous before the words that place them, not the body named in those words", () => {
    const text =
      "Front\n\nThe Vardel Brigade held the village. “We held the line,” said an official with the ministry who asked not to be named.\n\n“It is over now,” said a soldier from the Vardel Brigade. “We need more beds,” a nurse at the hospital said.";
    expect(speakersOf(text)).toEqual([
      ["We held the line,", "an official with the ministry", false],
      ["It is over now,", "a soldier from the Vardel Brigade", false],
      ["We need more beds,", "a nurse at the hospital", false],
    ]);
  });

  it("leaves the `and` that joins its clause, and an adverb that opens it, out of an anonymous source", () => {
    const text = "Phone ban\n\nOn Monday, the mayor backed limits, and a spokesperson said she would \u201clook closely\u201d at the bill.\n";
    expect(speakersOf(text)).toEqual([["look closely", "a spokesperson", true]]);
    expect(speakersOf("Ban\n\nThen the firm's lawyer said: \u201cWe will appeal.\u201d Later the firm's lawyer said: \u201cNo.\u201d\n")).toEqual([
      ["We will appeal.", "the firm's lawyer", false],
      ["No.", "the firm's lawyer", false],
    ]);
  });

  it("gives `the company said` to the business the description calls back, not to the body named last", () => {
    const text = "Quillon grows\n\nQuillon Corp agreed to buy Brannock Inc. on Monday.\n\n“We are delighted,” the company said.\n";
    expect(speakersOf(text)).toEqual([["We are delighted,", "organization:quillon-corp", false]]);
  });

  it("gives a quote to the subject before a `who` clause, not to a body named in it, and keeps a `which` clause's body out", () => {
    const text =
      "Talks stall\n\nA Fatah official, who asked not to be named, said the delegation would “wait for a reply.” Ruth Amsel, head of the Tenants Union, which sued the city, said the ruling was “a relief.”";
    expect(speakersOf(text)).toEqual([
      ["wait for a reply.", "a Fatah official", true],
      ["a relief.", "person:ruth-amsel", true],
    ]);
  });

  it("gives a quote to the body before a `which` clause, not to a person named in it", () => {
    const text =
      "Verdict\n\nOn Monday, Ivo Lusk was jailed. The Tarvel Unity Party, to which Lusk belonged, called the sentence “excessive”. The Borvin Party, which Lusk once led, said it was “fair”.";
    expect(speakersOf(text)).toEqual([
      ["excessive", "organization:tarvel-unity-party", true],
      ["fair", "organization:borvin-party", true],
    ]);
  });

  it("gives a quote to someone called by a noun after `the` whose name the article says it keeps back, or to people called by a plural alone", () => {
    const text =
      "Sale\n\nThe owners, who asked not to be named, said they were “delighted”. The seller, who spoke on condition of anonymity, called it “a disgrace”. The buyers said it was “fair”.";
    expect(speakersOf(text)).toEqual([
      ["delighted", "the owners", true],
      ["a disgrace", "the seller", true],
      ["fair", "the buyers", true],
    ]);
  });

  it("reads a `which` clause holding a list of names to its end, giving the quote to the body before it, named or not", () => {
    const text =
      "Verdict\n\nThe Norvex Trust, which backs Ana Ruiz, Ivo Lusk and Tom Hale, said the act was “rushed”. A lobby group, which represents Halvik, Sarno and Tarvel, called it “unworkable”.";
    expect(speakersOf(text)).toEqual([
      ["rushed", "organization:norvex-trust", true],
      ["unworkable", "a lobby group", true],
    ]);
  });
});

describe("a body its owner names", () => {
  it("gives a quote to the named body, not to the person who owns it, past its acronym in brackets", () => {
    const text =
      "Vote\n\nEdgar Lungu lost the vote. Lungu's Patriotic Front (PF) had complained that it was \"not free and fair\". Hale's spokesman Tom Reyes said it was \"fine\".\n";
    expect(speakersOf(text)).toEqual([
      ["not free and fair", "organization:patriotic-front", true],
      ["fine", "person:tom-reyes", true],
    ]);
  });

  it("gives a quote by a body's officer the article does not name to that officer, unnamed, not to the body", () => {
    const text =
      "Ice\n\nThe Nordic Space Agency flew a probe. The agency's administrator told lawmakers it would \"cut the cost\". Halden's chief executive said the deal was \"a good one\". Halden chief executive Mia Lund joined later. Halden's chief executive said it was \"great\".\n";
    expect(speakersOf(text)).toEqual([
      ["cut the cost", "the agency's administrator", true],
      ["a good one", "Halden's chief executive", true],
      ["great", "person:mia-lund", true],
    ]);
  });

  it("gives a quote after a second verb to the appositive's name, not to the name in the possessive before it", () => {
    const text = "Vote\n\nAnn Cole's spokesman, Tom Reed, said the plan was \"dead\" and called it \"a farce\". Tom Voss' aide, Ruth Hale, said it was \"fine\" and called it \"a win\".\n";
    expect(speakersOf(text)).toEqual([
      ["dead", "person:tom-reed", true],
      ["a farce", "person:tom-reed", true],
      ["fine", "person:ruth-hale", true],
      ["a win", "person:ruth-hale", true],
    ]);
  });

  it("gives it to the appositive's name after a possessive pronoun too, though the pronoun calls back someone", () => {
    const text = "Coup\n\nTom Voss was held, a source close to him said. His deputy, Ruth Hale, declared herself acting leader and urged \"all democrats\" to resist.\n";
    expect(speakersOf(text)).toEqual([["all democrats", "person:ruth-hale", true]]);
  });

  it("gives a quote after `, who wrote that` to the name the `who` stands for", () => {
    const text = "Obituary\n\nAnn Cole, the poet, died on Wednesday. Her death was announced by her son Tom Reed, who wrote that she had \"lived a full life.\" Her editor, Ruth Hale, who also said she was \"unafraid,\" wept.\n";
    expect(speakersOf(text)).toEqual([
      ["lived a full life.", "person:tom-reed", true],
      ["unafraid,", "person:ruth-hale", true],
    ]);
  });

  it("gives a quote before `said` and a firm's role to the name in apposition after the role", () => {
    const text = "Recall\n\n\"Safety is our priority,\" said Acme's head of quality, Dr. Anke Vogel. \"We are on it,\" said the firm's chief, Tom Reed, on Monday.\n";
    expect(speakersOf(text)).toEqual([
      ["Safety is our priority,", "person:anke-vogel", false],
      ["We are on it,", "person:tom-reed", false],
    ]);
  });

  it("reads a cue after the quote past a title's or an initial's period", () => {
    const text = "Trial\n\nMara Lind spoke first. \"The data are strong,\" Dr. Ivo Brandt, the firm's chief scientist, said. \"We are pleased,\" J. Ruth Okafor told reporters.\n";
    expect(speakersOf(text)).toEqual([
      ["The data are strong,", "person:ivo-brandt", false],
      ["We are pleased,", "person:j-ruth-okafor", false],
    ]);
  });

  it("gives a quote after `, who …` or `, whose …` to the person before a role or an age set off by commas, not to a name in the clause, unless the clause's own verb is the cue", () => {
    const text =
      "Trial\n\nDr. Ivo Brandt, director of the Halden Clinic, who was not involved in the study, called the result \"modest but real.\" Mara Velt, 67, whose house on Mill Lane flooded, said it was \"awful\". The Tarvel Trust, whose chair, Ben Ode, said it was \"fair\".\n";
    expect(speakersOf(text)).toEqual([
      ["modest but real.", "person:ivo-brandt", true],
      ["awful", "person:mara-velt", true],
      ["fair", "person:ben-ode", true],
    ]);
  });

  it("reads a `, whose …` clause that holds a year up to the person before it", () => {
    const text = "Appeal\n\nEva Lind, whose son Ben was treated there before he died in 2021, said the staff gave them \"the best days\".\n";
    expect(speakersOf(text)).toEqual([["the best days", "person:eva-lind", true]]);
  });

  it("gives a quote to the subject before an appositive that names who founded or leads it", () => {
    const text = "Skating\n\nThe Skaters' Guild, co-founded by Ana Ruiz, said the system was \"broken\". The Rowing League, once led by Ivo Brandt, called it \"a scandal\".\n";
    expect(speakersOf(text)).toEqual([
      ["broken", "organization:skaters-guild", true],
      ["a scandal", "organization:rowing-league", true],
    ]);
  });

  it("gives a quote before `in <place> and demanded` to the sentence's subject, not to the place", () => {
    const text = "Vote count\n\nRuben Falk said the result marked “the end of an era” in Norland and demanded a seat in the cabinet.\n";
    expect(speakersOf(text)).toEqual([["the end of an era", "person:ruben-falk", true]]);
  });

  it("gives a quote after `, saying` to the unnamed people a sentence opens with, not to a body named after their verb", () => {
    const text = "Ruling\n\nFive justices upheld an earlier Appeal Tribunal ruling, saying there were “substantial grounds” for concern. The secretary general of the union, Ana Ruiz, has called the ruling “dangerous”.\n";
    expect(speakersOf(text)).toEqual([
      ["substantial grounds", "five justices", true],
      ["dangerous", "person:ana-ruiz", true],
    ]);
  });

  it("gives a quote after `, saying` to its clause's subject before the verb, named or not, not to a name after the verb", () => {
    const text =
      "Fines\n\nAna Ruiz was suspended in May, and Norvex Bank fined her, saying she had been “grossly negligent”. Ruiz had blamed a colleague, but a disciplinary tribunal rejected her account, saying it was “not credible”. The bank has written to Ruiz since, adding that she was “a fine banker”.\n";
    expect(speakersOf(text)).toEqual([
      ["grossly negligent", "organization:norvex-bank", true],
      ["not credible", "a disciplinary tribunal", true],
      ["a fine banker", "organization:norvex-bank", true],
    ]);
  });

  it("gives a quote to the subject before an aside that opens with a participle or a companion, and to a name in apposition before its letters", () => {
    const text = "Appeal\n\nJudge Ann Varley, sitting with Ben Osgood, said the case had been “an affront to the court”. Her barrister, Ruth Quell KC, said Varley's ruling was “long overdue”.\n";
    expect(speakersOf(text)).toEqual([
      ["an affront to the court", "person:ann-varley", true],
      ["long overdue", "person:ruth-quell", true],
    ]);
  });

  it("does not give a lead's quote to the agency or place of its dateline", () => {
    const text =
      "Opposition rejects results\n\nNAIROBI (AP) — The main opposition coalition on Wednesday rejected the results, accusing the electoral commission of “manufacturing” victories.\n\nTARVEL (Reuters) - Ann Cole on Monday called the vote “a farce”.\n";
    expect(speakersOf(text)).toEqual([
      ["manufacturing", null, true],
      ["a farce", "person:ann-cole", true],
    ]);
  });

  it("does not reach past a clause of contrast after a quote for its speaker", () => {
    const text =
      "Deal reached\n\nGroups were scathing. Tarvel Aid's director, Mads Holm, called the deal “a plaster on a broken leg”, while the Quillon Institute said the target was “far below what science demands.”\n";
    expect(speakersOf(text)).toEqual([
      ["a plaster on a broken le", "person:mads-holm", true],
      ["far below what science d", "organization:quillon-institute", true],
    ]);
  });

  it("gives a quote after a colon to the person its sentence opens with", () => {
    const text =
      "Deal\n\nAnalysts at Quillon Bank said the price looked “full but fair”. Brill's Karen Vole was more cautious: “You are paying for a promise.”\n";
    expect(speakersOf(text)).toEqual([
      ["full but fair", "organization:quillon-bank", true],
      ["You are paying for a pro", "person:karen-vole", false],
    ]);
  });

  it("reads a past form after `not` in the opening person's aside as no verb of the clause", () => {
    const text = "Trial\n\nDr Eva Lind, a cardiologist not involved in the study, urged caution: “We need longer follow-up.”\n";
    expect(speakersOf(text)).toEqual([["We need longer follow-up", "person:eva-lind", false]]);
  });

  it("reads no subject in the words after a partial quote that open with a preposition", () => {
    const text = "Rates\n\nTom Walsh called Reeve “a fool” in remarks at the Hollis Institute before the vote was announced.\n";
    expect(speakersOf(text)).toEqual([["a fool", "person:tom-walsh", true]]);
  });

  it("reads the clause after a preposition's phrase and a comma as the report, and calls back the officer by a police rank", () => {
    const text =
      "Scam\n\nOn Monday, the accused, Rakel Dunmo, was held, said Deputy Commissioner of Police Vorin Alsek. Members shared “tips” on shares, the officer said. Ana Toller, a trader, lost money.\n";
    expect(speakersOf(text)).toEqual([["tips", "person:vorin-alsek", true]]);
    expect(speakersOf("Crash\n\nThen DCI Tom Hale led the inquiry into the crash. Ana Ruiz, a cyclist, saw it.\n\n“It was very dark,” the officer said.\n")).toEqual([["It was very dark,", "person:tom-hale", false]]);
  });

  it("takes no speaker from the subject of a speech verb in the passive, and gives a quote to a thing that speaks, not to a person before it", () => {
    const text =
      "Scam\n\nOn Monday, Ana Toller was added to a group where members shared “tips” on shares. When Toller tried to withdraw the money, the app demanded a “tax” of $600.\n";
    expect(speakersOf(text)).toEqual([
      ["tips", null, true],
      ["tax", "the app", true],
    ]);
  });

  it("starts an unnamed speaker after `what` (`in what the city's mayor called`)", () => {
    const text = "Theft\n\nThieves took six paintings, police said, in what the city's mayor called “an attack on our memory.”\n";
    expect(speakersOf(text)).toEqual([["an attack on our memory.", "the city's mayor", true]]);
  });

  it("attributes a quote to the subject of a verb that sends or tells words", () => {
    const text =
      'Words\n\n"We are docked," Ivo Lusk radioed. "I am late," Ana Ruiz texted. "It is done," Ed Marr emailed. "Come now," Ola Berg messaged.\n\n' +
      '"Let him go," Sara Kim pleaded. "It was dark," Tom Bell recounted. "It was perfect," Jon Rahm gushed. "It is a scandal," Eva Holt fumed.\n';
    expect(speakersOf(text).map(([, speaker]) => speaker)).toEqual([
      "person:ivo-lusk",
      "person:ana-ruiz",
      "person:ed-marr",
      "person:ola-berg",
      "person:sara-kim",
      "person:tom-bell",
      "person:jon-rahm",
      "person:eva-holt",
    ]);
  });

  it("gives a few words quoted after a verb of thanking or pleading to the verb's subject", () => {
    const text = "Freed\n\nLena Ward returned home. President Tom Ardent thanked Qatar for its “decisive help” and said no ransom was paid. In a video, Ward had appealed to the government to “not forget me”.\n";
    expect(speakersOf(text)).toEqual([
      ["decisive help", "person:tom-ardent", true],
      ["not forget me", "person:lena-ward", true],
    ]);
  });
});

describe("a tag verb after a quote broken off with a comma", () => {
  it("reads `began` or `corrected` right after the quote as the speaker's tag, but not after a full stop or further on", () => {
    const text =
      "Minister questioned\n\n“The inquiry is over and nobody will reopen it.” Ana Ruiz began.\n\n“We will not stop until the minister resigns,” chanted the crowd as Ana Ruiz began.\n\nIvo Lusk rose slowly.\n\n“I am not aware,” he began, “of any laptop being lost.”\n\n“Mislaid,” he corrected.";
    expect(speakersOf(text)).toEqual([
      ["The inquiry is over and ", null, false],
      ["We will not stop until t", null, false],
      ["I am not aware,", "person:ivo-lusk", false],
      ["of any laptop being lost", "person:ivo-lusk", false],
      ["Mislaid,", "person:ivo-lusk", false],
    ]);
  });
});

describe("a quotation after a sentence of reported speech", () => {
  it("gives a quotation that opens its sentence to whoever reported speech in the sentence before, in the same paragraph", () => {
    const text =
      'Final\n\nOn Monday, the teams met. "We will win," said Paolo Greco.\n\nDean Walsh said his side respected Ivo Lusk. "He is a great player."\n\nAna Ruiz said the plan was dead.\n\n"It is over."\n\nKai Moss was told the plan had failed. "It is a disaster."\n\nTom Hale said the fans loved Lusk. Fans wore shirts reading "Lusk is great" all day.';
    expect(speakersOf(text)).toEqual([
      ["We will win,", "person:paolo-greco", false],
      ["He is a great player.", "person:dean-walsh", false],
      ["It is over.", null, false],
      ["It is a disaster.", null, false],
      ["Lusk is great", null, true],
    ]);
  });
});

describe("a judgement reported with `that`", () => {
  it("gives words quoted after `ruled that`, `found that` or `held that` to the judge, not words after such a verb's object", () => {
    const text =
      'Ruling\n\nJudge Ana Ruiz ruled on Tuesday that Ms Cole had "courted publicity". Judge Tom Hale found in 2019 that the firm had acted "recklessly". Judge Kai Moss held last year that the law was "plainly unfair". Ivo Lusk found the keys "under a rock". Ed Nye found in a shed "a rusty lock". Dan Reed ruled the club with "an iron fist". Judge Ann Wood held that it was "moot".';
    expect(speakersOf(text)).toEqual([
      ["courted publicity", "person:ana-ruiz", true],
      ["recklessly", "person:tom-hale", true],
      ["plainly unfair", "person:kai-moss", true],
      ["under a rock", null, true],
      ["a rusty lock", null, true],
      ["an iron fist", null, true],
      ["moot", "person:ann-wood", true],
    ]);
  });
});

describe("a tribute", () => {
  it("gives words quoted after `paid tribute to` to whoever paid it, not words after another verb's object", () => {
    const text = 'Tribute\n\nSarno\'s mayor, Ana Ruiz, paid tribute to "a true son of the town". Ivo Lusk pays tribute to "the finest player of his time". Tom Hale paid the bill for "a lavish party".';
    expect(speakersOf(text)).toEqual([
      ["a true son of the town", "person:ana-ruiz", true],
      ["the finest player of his", "person:ivo-lusk", true],
      ["a lavish party", null, true],
    ]);
  });
});
