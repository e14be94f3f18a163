import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each description mention as `entity <= …the words before it [the mention]`. */
const descriptions = (text: string) =>
  analyzeArticle(text).entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind === "description").map((m) => `${e.name} <= …${text.slice(m.span.start - 12, m.span.start).replace(/\n/g, "/")}[${m.text}]`),
  );

describe("company descriptions", () => {
  it("leaves a noun that modifies the next one: `the business dealings`, `the group stage`", () => {
    const text =
      "Vote\n\nHalden Corp said profit rose. The vote came after the business dealings of its founder drew scrutiny, and the group stage ended. The company said it would appeal.\n";
    expect(descriptions(text)).toEqual(["Halden Corp <= … ended. The [company]"]);
  });

  it("calls back the business that speaks with an appositive between its name and the verb, not a possessor after it", () => {
    const text =
      "Funding\n\nMoniepoint, a Lagos-based payments company, said it had raised $120 million in a round led by Google's Africa Fund, valuing the firm at $1 billion.\n";
    expect(descriptions(text)).toEqual(["Moniepoint <= …valuing the [firm]"]);
  });

  it("reads a description set off after a body's name, going on to say what it does, as that body", () => {
    const text =
      "Talks\n\nHarlow Foods said it would close two plants. Harlow Foods has 4,000 staff.\n\nBrenna, the union representing 900 workers there, said it would seek talks.\n";
    expect(descriptions(text)).toEqual(["Brenna <= …Brenna, the [union]"]);
  });

  it("leaves a noun set off after a person's name to the person, but reads the body a person belongs to", () => {
    const text =
      "Vote\n\nTarvel Broadcasting said profit rose. Dame Ana Ruiz, the broadcaster who hosts its show, was thrilled. Ivo Lusk, the broadcaster's chief, agreed.\n";
    expect(descriptions(text)).toEqual(["Tarvel Broadcasting <= …o Lusk, the [broadcaster]"]);
  });

  it("calls back the business the story is about, not one named beside the description", () => {
    const text =
      "Profit warning\n\nShares in Harlow Foods fell on Tuesday.\n\nThe company, which supplies supermarkets, cut its forecast. Its largest shareholder, Marlow Capital, which owns 14% of the company, declined to comment.\n\nHarlow Foods employs 4,000 people. Rival Greencore Group fell 3%.\n\nHenry Ostler, who joined from Unilever, said the company was in talks with its lenders.\n";
    expect(descriptions(text)).toEqual([
      "Harlow Foods <= …esday.//The [company]",
      "Harlow Foods <= … 14% of the [company]",
      "Harlow Foods <= …r, said the [company]",
    ]);
  });

  it("calls back the clause's subject by the source set after it, and leaves a class noun heading the headline alone", () => {
    const text = "Drugmaker recalls pills\n\nHalvik Pharma on Friday sued Corvel Bank over a loan, the Norwegian company said.\n";
    expect(descriptions(text)).toEqual(["Halvik Pharma <= …e Norwegian [company]"]);
    expect(analyzeArticle(text).entities.map((e) => e.name)).toEqual(["Halvik Pharma", "Corvel Bank"]);
  });

  it("calls back the business whose shares the sentence before opens on, though another is named more", () => {
    const text =
      "Deal\n\nQuillon Corp agreed to buy Brannock Labs. Brannock Labs makes chips, and Brannock Labs has 180 staff.\n\nShares of Quillon Corp, which is based in Tarvel, rose 3%. The company expects the deal to close in May.\n";
    expect(descriptions(text)).toEqual(["Quillon Corp <= …ose 3%. The [company]"]);
  });

  it("reads a word of where a business is or who runs it between `the` and the noun, not a word of which one it is", () => {
    const text =
      "Cars\n\nTOKYO (Reuters) - Quillon Motor Co said on Tuesday it would cut output by 10% in May.\n\nThe Japanese carmaker said demand had slowed.\n\nBrannock Bank plc lent it money. The state-run lender said so. The parent company fell.\n";
    expect(descriptions(text)).toEqual(["Quillon Motor Co <= …he Japanese [carmaker]", "Brannock Bank <= …e state-run [lender]"]);
  });

  it("calls back a utility, a bank, a broadcaster or a chain by that noun", () => {
    const text =
      "Outage\n\nQuillon Power Co. said on Tuesday it had cut power to 31,000 homes. The utility said crews were at work.\n\nBrannock Bank plc cut its rates. The bank's shares rose. Tarvel Media Group said the broadcaster would appeal.\n";
    expect(descriptions(text)).toEqual([
      "Quillon Power Co. <= … homes. The [utility]",
      "Brannock Bank <= … rates. The [bank]",
      "Tarvel Media Group <= …up said the [broadcaster]",
    ]);
  });

  it("calls back the business a source speaks for, belongs to or the sentence before has for its subject", () => {
    const text =
      "Deal\n\nBrightwell Systems agreed to buy Castlegate Health. Brightwell spokeswoman Ana Ruiz said the company would keep jobs.\n\nCastlegate's founder, Hollis Vantreese, who owns 11% of the company, backs the deal. Castlegate fell 2%. The firm's shares had risen.\n";
    expect(descriptions(text)).toEqual([
      "Brightwell Systems <= …iz said the [company]",
      "Castlegate Health <= … 11% of the [company]",
      "Castlegate Health <= …ell 2%. The [firm]",
    ]);
  });

  it("calls back the business whose shares the sentence speaks of, over the story's business", () => {
    const text =
      "Stocks slide\n\nThe Nasdaq fell after chipmaker Norvex Corp cut its forecast. The Nasdaq had its worst day.\n\nNorvex shares tumbled 14% after the company said demand was weak.\n";
    expect(descriptions(text)).toEqual(["Norvex Corp <= …% after the [company]"]);
  });

  it.each(["stores", "shops", "branches", "staff", "employees", "workers"])("calls back the business whose %s the sentence speaks of, over the story's business", (owned) => {
    const text = `Collapse\n\nRetailer Dellons appointed Orvek & Partners. Orvek said talks had failed. Orvek said it would seek a buyer.\n\nAll 42 Dellons ${owned} will stay while the administrators sell the business.\n`;
    expect(descriptions(text)).toEqual(["Dellons <= …rs sell the [business]"]);
  });

  it("calls back the business that spoke in the sentence before, when none was its subject, over the story's business", () => {
    const text =
      "Deal\n\nBrightwell Systems agreed to buy Castlegate Health. Brightwell said the deal would close in May. Brightwell said no more.\n\nAnalysts at Corvel said the price was high. \"It is steep,\" said Ana Ruiz, an analyst at the bank.\n";
    expect(descriptions(text)).toEqual(["Corvel <= …lyst at the [bank]"]);
  });

  it("lets `the group` stand for a council or party, but not `the company`, and never a ministry", () => {
    const text =
      "Exiles\n\nThe National Council of Resistance held a news conference with the Ministry of Defence. The council's office will report, according to the group. The company was not named.\n";
    expect(descriptions(text)).toEqual(["National Council of Resistance <= …efence. The [council]", "National Council of Resistance <= …ding to the [group]"]);
  });

  it.each(["District", "County", "City", "Town", "Borough", "Parish", "Municipal", "Regional", "Shire", "Metropolitan"])(
    "never lets `the group` stand for a local government's council (`Tarvel %s Council`), though the story names it most",
    (area) => {
      const text = `Homes plan opposed\n\nPlanning officers at Tarvel ${area} Council backed the plan. The council's committee meets on Thursday, and the council will publish its report.\n\nResidents' group Save Kelmo Fields said the site flooded.\n\nAna Ruiz, 61, said the group had raised money for a legal challenge.\n`;
      expect(descriptions(text)).toEqual([`Tarvel ${area} Council <= …e plan. The [council]`, `Tarvel ${area} Council <= …ay, and the [council]`, "Save Kelmo Fields <= …1, said the [group]"]);
    },
  );

  it("never calls back by `the company` a body described after its name as a regulator or a body of the state, nor a newspaper", () => {
    const text =
      "Spills\n\nNorvex Water admitted 300 spills. Its chief executive, Ana Ruiz, apologised.\n\nVelcor, the water regulator, said it would consider whether the company should pay. " +
      "Tarvel, the agency that inspects rivers, said the company had been warned. Ulmo, the watchdog for rivers, said the company lied. Corvel, the office supplier, said the firm was sorry.\n";
    expect(descriptions(text)).toEqual(["Norvex Water <= …whether the [company]", "Norvex Water <= …s, said the [company]", "Norvex Water <= …s, said the [company]", "Corvel <= …r, said the [firm]"]);
    // (nor a newspaper, which reports on the business)
    const breach = "Breach\n\nNorvex Data admitted a breach. The Tarvel Times said hackers had been inside the company's systems.\n";
    expect(descriptions(breach)).toEqual(["Norvex Data <= … inside the [company]"]);
  });

  it("lets `the charity`, `the organization` and `the union` stand for any body but the state's", () => {
    const text =
      "Appeal\n\nThe Harrow Heart Foundation funded the study with the Ministry of Health. The charity estimates that 7,000 people are affected. Officials said the organization had raised $2 million.\n\nThe Marwick Drivers Society called a strike. The union said drivers would walk out.\n";
    expect(descriptions(text)).toEqual(["Harrow Heart Foundation <= …Health. The [charity]", "Harrow Heart Foundation <= …ls said the [organization]", "Marwick Drivers Society <= …strike. The [union]"]);
    // (a college of a field is a profession's body, no school of the state's)
    const strike = "Strike\n\nThe Royal College of Midwifery called a strike. The union said midwives would walk out.\n";
    expect(descriptions(strike)).toEqual(["Royal College of Midwifery <= …strike. The [union]"]);
  });

  it("calls back a body the story named as a charity by no business's noun", () => {
    const text =
      "Drug\n\nThe drug was developed by Sarvo Therapeutics, the company said. Dr Ivo Lusk, of the charity Kelmo Care Trust, urged caution. The company plans to apply for approval this year.\n";
    expect(descriptions(text)).toEqual(["Sarvo Therapeutics <= …aution. The [company]"]);
    // (`the charity` and `the group` still call it back)
    const appeal = "Appeal\n\nFunds came from the charity Kelmo Care Trust on Monday. The charity said more was needed. Officials said the group would ask again.\n";
    expect(descriptions(appeal)).toEqual(["Kelmo Care Trust <= …Monday. The [charity]", "Kelmo Care Trust <= …ls said the [group]"]);
  });

  it("calls back by the object of a verb that addresses another someone other than the clause's subject or source", () => {
    const text =
      "Strike\n\nThe Marwick Drivers Society called a strike on Monday.\n\nTarvel Buses said the strike was unfair and urged the union to think again. Tarvel Buses said it had called on the union to talk. It also asked the union for a meeting.\n";
    expect(descriptions(text)).toEqual(["Marwick Drivers Society <= …d urged the [union]", "Marwick Drivers Society <= …lled on the [union]", "Marwick Drivers Society <= …o asked the [union]"]);
    // (a body congratulated too)
    const launch = "Launch\n\nA rocket built by Orvek Aerospace reached orbit on Thursday.\n\nKelmo Foods chief Ana Ruiz congratulated the company.\n";
    expect(descriptions(launch)).toEqual(["Orvek Aerospace <= …tulated the [company]"]);
  });

  it("calls back a building society by `the lender`, though a society is no business", () => {
    const text = "Prices\n\nHouse prices fell, the Velmar Building Society said on Friday. The average price fell 0.4%, the lender said.\n";
    expect(descriptions(text)).toEqual(["Velmar Building Society <= …l 0.4%, the [lender]"]);
  });

  it("calls back the one body named with the noun, though a business is named more and nearer", () => {
    const text =
      "Walkout\n\nPilots at regional carrier Brisa Air will strike on Friday, the Balan trade union said. The union rejected a pay offer from Brisa Air, and Brisa Air said the airline would cancel flights.\n";
    expect(descriptions(text)).toEqual(["Brisa Air <= …ir said the [airline]", "Balan <= …n said. The [union]"]);
  });

  it("breaks a tie between bodies named as often with the one named with the noun, not the one that was a subject", () => {
    const text =
      "Ruling\n\nThe claim was brought by the Save Orvek Meadows group, whose chair spoke.\n\nThe developer, Halvik Homes, said it would study the ruling.\n\nThe judge ordered the Kelmo City Council to pay the group's costs.\n";
    expect(descriptions(text)).toEqual(["Save Orvek Meadows <= … to pay the [group]"]);
  });

  it("leaves the body named most to `the group`, though another was named with the noun", () => {
    const text =
      "Talks\n\nThe Orvek Front said it would join talks. The Orvek Front has 900 fighters.\n\nThe Orvek Front rejected claims made by the Dersk Brigades group.\n\nLater, officials said the group would attend.\n";
    expect(descriptions(text)).toEqual(["Orvek Front <= …ls said the [group]"]);
  });

  it("leaves compounds, `of` phrases, names and quotations alone", () => {
    const text = 'Acme\n\nAcme Corp said profit rose. The company chairman quit. The group of investors sold. The company Acme owns grew. "The company is fine," he said.\n';
    expect(descriptions(text)).toEqual([]);
  });

  it("reads a word of a trade or a cause between `the` and the noun, and `giant` only after one", () => {
    const text =
      "Protests and profits\n\nThe Kestrel Rights Alliance said on Monday that two protesters were hurt. The rights group asked for an inquiry.\n\nTarvel Petroleum Corp said profit rose. The oil company plans to drill. The giant did not say where, but the energy giant later named a site.\n";
    expect(descriptions(text)).toEqual([
      "Kestrel Rights Alliance <= … The rights [group]",
      "Tarvel Petroleum Corp <= …se. The oil [company]",
      "Tarvel Petroleum Corp <= … the energy [giant]",
    ]);
  });

  it("calls back a business by a noun of its trade (`the carrier` after `Tarvel Airways`), and none of another (no airline by `the bank`, no union by `the airline`)", () => {
    const text =
      "Routes cut\n\nTarvel Airways will drop 14 routes, the carrier said on Wednesday. Shares in Tarvel fell 8%. Analysts at Brannock cut their target. \"It is worse than we feared,\" said Ana Ruiz, an analyst at the bank.\n\nThe Marwick union said it would oppose job losses. Its officer, Gary Pell, said staff at the airline's Quillon base had no warning.\n";
    expect(descriptions(text)).toEqual(["Tarvel Airways <= …routes, the [carrier]", "Tarvel Airways <= …taff at the [airline]", "Brannock <= …lyst at the [bank]"]);
  });

  it("calls back by `the club` only a body named as a sports club, never another business", () => {
    const text =
      "Crush at ground\n\nOn Saturday, Atletico Sarno lost to the Velmar side. Norvex Ltd, the sponsor, said it was shocked. The club said the gate had been inspected.\n\nOn Sunday, Norvex Ltd said it would pay for a memorial. The club said nothing.\n";
    expect(descriptions(text)).toEqual(["Atletico Sarno <= …hocked. The [club]", "Atletico Sarno <= …morial. The [club]"]);
  });

  it.each([
    "Club Sarno", "Sarno FC", "Sarno AFC", "Sarno CF", "Atletico Sarno", "Atlético Sarno", "Deportivo Sarno", "Sporting Sarno", "Olympique Sarno", "Borussia Sarno",
    "Dynamo Sarno", "Dinamo Sarno", "Hapoel Sarno", "Maccabi Sarno", "Lokomotiv Sarno", "Spartak Sarno", "Sarno Rovers", "Sarno Wanderers", "Sarno Albion", "Sarno Rangers", "Sarno Hotspur",
  ])("reads %s as a sports club that `the club` calls back", (name) => {
    const text = `Crush at ground\n\nOn Saturday, ${name} lost. Norvex Ltd, the sponsor, said it was shocked. The club said the gate had been inspected.\n`;
    expect(descriptions(text)).toEqual([`${name} <= …hocked. The [club]`]);
  });

  it("reads a bank's trade from its name's `Markets`, over a business of no known trade", () => {
    const text = "Robot unveiled\n\nVarde Robotics unveiled a robot. Analysts at Quill Markets raised their target. \"It moves them on,\" said Ana Ruiz, an analyst at the bank.\n";
    expect(descriptions(text)).toEqual(["Quill Markets <= …lyst at the [bank]"]);
  });

  it("reads a description set off by commas right after a business's name as that business", () => {
    const text = "Quillon to buy Brannock Labs\n\nQuillon, the Swiss drugmaker, has agreed to buy Brannock Labs for $2bn.\n\nBrannock Labs shares rose.\n";
    expect(descriptions(text)).toEqual(["Quillon <= …, the Swiss [drugmaker]"]);
  });
  it("reads a business's seat of several words, or a town and its state, between `the` and the noun", () => {
    const text = "Growth\n\nHalden Corp said profit rose. The San Jose-based company plans to grow. The Franklin, Tennessee-based firm said more.\n";
    expect(descriptions(text)).toEqual(["Halden Corp <= … Jose-based [company]", "Halden Corp <= …essee-based [firm]"]);
  });

  it("calls back the business that has been a sentence's subject over one named as often only as an object", () => {
    const text = "Breach\n\nCorrin Health said hackers stole data it kept for Brannock Bank.\n\nThe company said it shut its systems.\n";
    expect(descriptions(text)).toEqual(["Corrin Health <= … Bank.//The [company]"]);
  });

  it("calls back the business whose officer speaks, titled before the name, over the story's business", () => {
    const text =
      "Breach\n\nCorrin Health said it was hit. Corrin declined to comment.\n\nA year ago, a cyberattack on Halden Labs, a unit of Brannock Group, disrupted payments. Brannock CEO Ann Lee told a Senate panel that the company had paid.\n";
    expect(descriptions(text)).toEqual(["Brannock Group <= …el that the [company]"]);
  });

  it("calls no body `the company` has stood for in the story `the union`", () => {
    const text =
      "Strike\n\nNurses at two Corrin hospitals walked out on Monday. The Harwell Nurses Association said its members had no contract.\n\nCorrin Health said it had hired replacements. Corrin Health runs both hospitals, and Corrin Health pays well.\n\nIn a statement, the company called the union's demand unaffordable.\n\nThe union said nurses would return on Thursday.\n";
    expect(descriptions(text)).toEqual([
      "Corrin Health <= …tement, the [company]",
      "Harwell Nurses Association <= … called the [union]",
      "Harwell Nurses Association <= …dable.//The [union]",
    ]);
  });

  it.each(["Trust", "Council", "Board", "Company", "Corporation", "Party", "Church"])("calls no body named as a %s, which employs, governs or stands for voters, `the union`", (head) => {
    const text = `Strike\n\nMembers of Kelvar walked out on Monday. The Tarvel Health ${head} said operations were postponed. The union rejected its offer.\n`;
    expect(descriptions(text)).toEqual([]);
  });

  it("calls back the sentence's subject by the subject of a clause set under it, over the story's business", () => {
    const text = "Markets\n\nShares in Dersk Mining rose 5% on Monday.\n\nTellan Group dropped 6% after the retailer warned that sales would be weaker.\n";
    expect(descriptions(text)).toEqual(["Tellan Group <= …% after the [retailer]"]);
  });
});
