import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each `its` or `it` mention as `entity <= …the words before it [the pronoun]`. */
const pronouns = (text: string) =>
  analyzeArticle(text).entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind === "pronoun" && /^it/i.test(m.text)).map((m) => `${e.name} <= …${text.slice(m.span.start - 12, m.span.start).replace(/\n/g, "/")}[${m.text}]`),
  );

describe("`its` and `it said`", () => {
  it("reads the nearest body or place named before in the sentence, or the sentence before's first name", () => {
    const text =
      "Forecast\n\nQuillon Corp cut its forecast, and Iran would wait, it said. Quillon said Brannock Inc would cut its prices.\n\nTarvel Foods employs 4,000 people. Its largest shareholder sold.\n";
    expect(pronouns(text)).toEqual([
      "Quillon Corp <= …on Corp cut [its]",
      "Iran <= …would wait, [it]",
      "Brannock Inc <= …c would cut [its]",
      "Tarvel Foods <= …000 people. [Its]",
    ]);
  });

  it("passes over a name a hyphen joins to the word after it, which says where or whose the thing is", () => {
    const text = "Ship\n\nThen the Tarvel-flagged ship lost its engine. The Sarno-based firm Corvel Group was sold.\n\nThe Kelmo-owned ferry sank. Its crew were saved.\n";
    expect(pronouns(text)).toEqual([]);
  });

  it("passes over a place a clause is set in for the clause's subject", () => {
    const text =
      "Plants\n\nQuillon Corp opened a plant in Ohio and doubled its output. Ana Ruiz of Tarvel Foods said a trial was under way in Spain and would report its results. Protests in Iran over its economy grew. Kai Moss runs Tellan, a cafe in central Sarno that opened its doors in May.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …and doubled [its]", "Iran <= …n Iran over [its]", "Tellan <= …that opened [its]"]);
  });

  it("passes over a body named where or to whom the words were said for the speaker", () => {
    const text =
      "Breach\n\nQuillon Corp said in a filing with the Securities and Exchange Commission that its network was hit. Tarvel Foods told the court that the Brannock Bank cut its loans.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …ission that [its]", "Brannock Bank <= …ck Bank cut [its]"]);
  });

  it("passes over a place after a preposition and its article, `the` or `a`, for the clause's subject", () => {
    const text = "Galleries\n\nThe Quarvel Museum near the Giza pyramids opened its galleries. A sketch found in a Devon farmhouse has sold at Corvel Group in London, more than four times its estimate.\n";
    expect(pronouns(text)).toEqual(["Quarvel Museum <= …mids opened [its]"]);
  });

  it("passes over a place set after the verb of a subject no name stands for, not a place inside that subject", () => {
    const text =
      "Ship\n\nA cargo ship sank in the Quarvel Strait on Monday, leaving nine of its crew missing. The company, Tarvel Foods, opened a plant in Ohio, doubling its output. The fighting in Orvale has killed many of its people.\n";
    expect(pronouns(text)).toEqual(["Tarvel Foods <= …o, doubling [its]", "Orvale <= …led many of [its]"]);
  });

  it("passes over a place that a body or a place no name stands for, opening the sentence, is set in", () => {
    const text =
      "School\n\nA secondary school in Orvek has been rated inadequate, weeks after its headteacher resigned. The old village near Dersk lost its pub. The fighting in Orvale has killed many of its people.\n";
    expect(pronouns(text)).toEqual(["Orvale <= …led many of [its]"]);
  });

  it.each(["crew", "crews", "passengers", "cargo", "hull", "captain", "pilot", "pilots", "engines", "wagons", "carriages"])("passes over a place for a craft that owns its %s", (part) => {
    const text = `Tanker\n\nThen armed men boarded a tanker off the coast of Kelmo and seized its ${part}. Then men boarded a ship off the coast of Dersk and seized its 22 ${part}.\n\nNorvex Air said its ${part} were checked.\n`;
    expect(pronouns(text)).toEqual(["Norvex Air <= …ex Air said [its]"]);
  });

  it("passes over a name in the possessive after a partitive's `of`, which owns the kind the subject is one of", () => {
    const text =
      "Shops\n\nOne of Bristol's oldest bookshops is to close after its landlord doubled the rent. Several of Norvex Bank's branches cut its hours. Many of Bristol's pubs raised its prices, and some of Bristol's cafes cut its menu. Norvex Bank's chief cut its costs.\n";
    expect(pronouns(text)).toEqual(["Norvex Bank <= …s chief cut [its]"]);
  });

  it("passes over names in an aside set off by commas, and reads `it` after the aside and the body's speech verb", () => {
    const text =
      "Jets\n\nQuillon Cargo, which is based in Ohio, said it had grounded its jets. Tarvel Foods, led by Ana Ruiz, cut its forecast. Brannock Inc, owned by Orvale Capital, said it would sell.\n";
    expect(pronouns(text)).toEqual(["Quillon Cargo <= … Ohio, said [it]", "Quillon Cargo <= …ad grounded [its]", "Tarvel Foods <= …a Ruiz, cut [its]", "Brannock Inc <= …pital, said [it]"]);
  });

  it("reads `it` after a body's speech verb, before what the body will do or has done", () => {
    const text =
      "Review\n\nThe Department of Harbours opened an inquiry. The department said it would report in May. Quillon Corp said that it had no plans to sell, and Tarvel Foods said it was reviewing the offer.\n";
    expect(pronouns(text)).toEqual(["Department of Harbours <= …rtment said [it]", "Quillon Corp <= …p said that [it]", "Tarvel Foods <= … Foods said [it]"]);
  });

  it("reads `it was` after a body's speech verb before the body's stance, not before what is unclear", () => {
    const text = "Quake\n\nThe Quillon Health Agency said it was ready to send supplies. Tarvel Foods said it was unclear whether prices would rise.\n";
    expect(pronouns(text)).toEqual(["Quillon Health Agency <= …Agency said [it]"]);
  });

  it("reads `it` after a body's speech verb and the time it spoke", () => {
    const text = "Review\n\nQuillon Corp said on Monday it had fixed the flaw. Tarvel Foods said yesterday that it would sell. Brannock Inc said in May it is time.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …d on Monday [it]", "Tarvel Foods <= …terday that [it]"]);
  });

  it.each(["blamed", "blames", "welcomed", "welcomes", "criticised", "criticized", "condemned", "praised", "apologised", "apologized"])("reads `It` before a verb of judging, %s, as the body the sentence before opens on", (verb) => {
    expect(pronouns(`Outage\n\nQuillon Corp restored power to most homes. It ${verb} the outage on a storm.\n`)).toEqual(["Quillon Corp <= …most homes. [It]"]);
  });

  it("leaves `it` that is no speaker, a person's name nearer, a pair of names and quotations alone", () => {
    const text =
      "Forecast\n\nQuillon Corp said it is time to act. Tarvel Foods said it was unclear whether sales would rise. Ana Ruiz said it would rain. The Orvale river rose, the water board said. It said the level would fall. Quillon Corp hired Ana Ruiz to cut its costs. Lenders led by Barclays and HSBC extended its credit. “Brannock Inc loves its staff,” he said.\n";
    expect(pronouns(text)).toEqual([]);
  });

  it("gives `its` to a body no name stands for when a clause with it as subject opens after the name", () => {
    const text =
      "Fraud\n\nTarvel Crown Court heard the case. The prosecutor told the court that the charity had closed two of its centres. Quillon Corp said that the cuts would lift its margins.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= … would lift [its]"]);
    expect(pronouns("Rover\n\nAna Ruiz told reporters in Tarvel that the rover had passed its review.\n")).toEqual([]);
    expect(pronouns("Flood\n\nThen in Corvel, where the river burst its banks, people fled. Then Sarno, where a council has cut its budget, shrank.\n")).toEqual([]);
  });

  it("gives `its` to a new subject brought in with `a` after `, and`, not to one who speaks for the name", () => {
    const text =
      "Recall\n\nOn Monday, an outbreak in Ohio has sickened 60 people, officials said, and a grower has recalled its produce. Quillon Corp cut jobs, and a spokesman said its plants would close. Tarvel Foods fell, and a grower cut its prices.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …kesman said [its]"]);
  });

  it("passes over a phrase in apposition after a body's name, not after a person's", () => {
    const text =
      "Units\n\nQuillon Corp, a unit of Brannock Inc, cut its forecast. Tarvel Foods, the firm leading the group, said it would hire. Ana Ruiz, a member of Quillon Corp all her life, left its board.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …ck Inc, cut [its]", "Quillon Corp <= … life, left [its]", "Tarvel Foods <= …group, said [it]"]);
  });

  it("gives a closing phrase that ranks the clause's news to its subject, not the body it bought or the agency credited", () => {
    const text =
      "Deal\n\nTARVEL (Reuters) - Quillon Corp said on Wednesday it would buy Brannock Labs, a startup that designs chips, for $3 billion, its largest deal yet. Brannock Labs sold its first chip in May.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …n Wednesday [it]", "Quillon Corp <= …$3 billion, [its]", "Brannock Labs <= …k Labs sold [its]"]);
    // (a body that opens a clause of contrast is that clause's subject)
    const vote = "Vote\n\nThe Civic Union won 31% of the vote, but the far-right Homeland Front surged to 24.8%, its best result ever.\n";
    expect(pronouns(vote)).toEqual(["Homeland Front <= …d to 24.8%, [its]"]);
  });

  it("passes over a place inside a long relative clause for the body the clause describes", () => {
    const text =
      "Fire\n\nQuillon Power Co. cut power to 31,000 homes on Tuesday. Quillon Power Co., whose equipment was blamed for the 2018 fire that killed 85 people in nearby Tarvel, said its lines were safe.\n";
    expect(pronouns(text)).toEqual(["Quillon Power Co. <= …arvel, said [its]"]);
  });

  it("gives `its` to the body that is the sentence's subject over a place named after a preposition", () => {
    const text = "Chips\n\nQuillon Corp forecast sales above Wall Street estimates, but its shares fell. Tourists in Paris love its cafes.\n";
    expect(pronouns(text)).toEqual(["Quillon Corp <= …imates, but [its]", "Paris <= … Paris love [its]"]);
  });
});

describe("`its` after an aside that says who runs a thing", () => {
  it("is not the body the aside names", () => {
    const text = "Crash\n\nThe bus, operated by Kestrel Travels, was on its way to Leeds when it crashed.\n";
    expect(pronouns(text)).toEqual([]);
  });
});
