import { describe, expect, it } from "vitest";
import { entityId } from "./coreference.js";
import { analyzeArticle } from "../analyze.js";

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

describe("names inside names", () => {
  it("keeps a body named after another's `of` apart from it", () => {
    const text = "Protest\n\nThe Students' Society of McGill University said so. McGill University said no. The Alumni Association of Harvard University agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Students' Society of McGill University", ["Students' Society of McGill University"]],
      ["McGill University", ["McGill University"]],
      ["Alumni Association of Harvard University", ["Alumni Association of Harvard University"]],
    ]);
  });
});

describe("Arabic articles in names", () => {
  it("takes a surname written without its article, or with another spelling of it, for the person named in full", () => {
    const text = "Summit\n\nEgyptian President Abdel Fattah al-Sisi opened the summit. Sisi said the plan was realistic. Later El-Sisi met the king.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([["Abdel Fattah al-Sisi", ["Abdel Fattah al-Sisi", "Sisi", "El-Sisi"]]]);
  });
});

describe("short names of bodies", () => {
  it("takes a body's name without its head word, or a lone given name that opens it, for the body named before", () => {
    const text =
      "Walkout\n\nNurses picketed outside Maren Lindqvist Hospital on Monday. Elisa Health, which runs Maren Lindqvist, said no patients would be turned away.\n\nDr. Ruth Okafor, a former chief executive of Elisa, said both sides shared the blame.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Maren Lindqvist Hospital", ["Maren Lindqvist Hospital", "Maren Lindqvist"]],
      ["organization", "Elisa Health", ["Elisa Health", "Elisa"]],
      ["person", "Ruth Okafor", ["Ruth Okafor"]],
    ]);
  });

  it("takes a firm's first word that a preposition alone made a place for the firm named before", () => {
    const text = "Takeover\n\nOn Monday, Kestrel Foods said it would shut a site. Staff at Kestrel's plant in Leeds were told on Tuesday.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Kestrel Foods", ["Kestrel Foods", "it", "Kestrel"]],
      ["place", "Leeds", ["Leeds"]],
    ]);
    // (a headline's word is the firm's the story goes on to name)
    const headline = "Strike at Kelmo car plant\n\nOn Monday, workers at Kelmo Motors walked out. Kelmo said it was disappointed.\n";
    expect(analyzeArticle(headline).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Kelmo Motors", ["Kelmo", "Kelmo Motors", "Kelmo", "it"]],
    ]);
  });

  it("takes a headline's body named without its head word for the body the story spells out", () => {
    const text = "Brandt Foods to buy Elmsworth Dairy\n\nOn Monday, Brandt Foods agreed to buy Elmsworth Dairy Cooperative for $2 billion.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Brandt Foods", ["Brandt Foods", "Brandt Foods"]],
      ["organization", "Elmsworth Dairy Cooperative", ["Elmsworth Dairy", "Elmsworth Dairy Cooperative"]],
    ]);
  });

  it("takes a firm's first word for the firm when it is the head word of a place's name", () => {
    const text = "Takeover\n\nOn Monday, Harbor Foods Inc. said it would buy a rival. Harbor shares fell 2 percent, and Delta Air Lines said Delta would add flights.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Harbor Foods Inc.", ["Harbor Foods Inc.", "it", "Harbor"]],
      ["organization", "Delta Air Lines", ["Delta Air Lines", "Delta"]],
    ]);
  });

  it("takes a building society's first word for the society, where a place's head word after it keeps a body's first word apart", () => {
    const text = "Prices\n\nPrices rose, according to the Orvek Building Society. Orvek said demand was back. The Kelmo Hill Trust met, and Kelmo said no.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Orvek Building Society", ["Orvek Building Society", "Orvek"]],
      ["organization", "Kelmo Hill Trust", ["Kelmo Hill Trust"]],
      ["organization", "Kelmo", ["Kelmo"]],
    ]);
  });

  it("leaves someone a title names apart from the body named for them", () => {
    const text = "Gift\n\nThe Maren Lindqvist Hospital opened a wing. Former Mayor Maren Lindqvist cut the ribbon.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Maren Lindqvist Hospital"],
      ["person", "Maren Lindqvist"],
    ]);
  });
});

describe("birth names", () => {
  it("takes the name someone was born with for the one person named before with its surname, else for the story's first person, no relative", () => {
    const text =
      "Obituary\n\nDex Marlowe, the trumpeter, died on Monday. He was 81.\n\nBorn Dexter Marlowe in Tulsa, he moved to Chicago at 9. His first-born, Ada Marlowe, survives him.\n";
    expect(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.aliases])).toEqual([
      ["Dex Marlowe", ["Dexter Marlowe"]],
      ["Ada Marlowe", []],
    ]);
    const renamed =
      "Obituary\n\nKofi Mensah-Appiah, the novelist, died on Monday. His daughter, Efua Boateng, confirmed his death.\n\nBorn Kwabena Boateng in Kumasi, he took his pen name in 1970.\n";
    expect(analyzeArticle(renamed).entities.filter((e) => e.type === "person").map((e) => [e.name, e.aliases])).toEqual([
      ["Kofi Mensah-Appiah", ["Kwabena Boateng"]],
      ["Efua Boateng", []],
    ]);
  });

  it("leaves a birth name to the person named before by its surname alone, not the story's first person named in full", () => {
    const text = "Obituary\n\nLord Varley, who served as a minister under Ivo Lusk, has died aged 84.\n\nBorn Michael Varley in Sarno in 1940, he left school at 15.\n";
    expect(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.aliases])).toEqual([
      ["Michael Varley", ["Varley"]],
      ["Ivo Lusk", []],
    ]);
  });

  it("takes a name before `was born` that keeps the given name of one person named before for that person's maiden name", () => {
    const text =
      "Obituary\n\nSolveig Arnesen, a geologist, died on Nov. 2. She was 90. Her son, Tor Arnesen, confirmed the death.\n\nSolveig Marit Dahl was born on May 1, 1934, in Tromsø, the daughter of Olav Dahl. She married Leif Arnesen in 1960.\n";
    expect(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.aliases])).toEqual([
      ["Solveig Arnesen", ["Solveig Marit Dahl"]],
      ["Tor Arnesen", []],
      ["Olav Dahl", []],
      ["Leif Arnesen", []],
    ]);
  });
});

describe("types of a name read two ways", () => {
  it("takes a name for someone's where a preposition alone made it a place and its shape elsewhere made it a person's", () => {
    const text =
      "Jury convicts officer in Zorvan Brammer beating\n\nA jury convicted an officer in the beating of Zorvan Brammer. Brammer, a 29-year-old courier, died days later.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([["person", "Zorvan Brammer", ["Brammer"]]]);
  });

  it("takes the type more of its guessed mentions read, not the first guess", () => {
    // (a lone word that speaks is guessed a body's; steel imports from it and its government say a land twice)
    const text = "Trade row\n\nVelmar vows to retaliate as the row grows. Halvik buys steel imports from Velmar. On Monday, Velmar's government said it would respond.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["place", "Velmar"]]);
  });
});

describe("acronyms of bodies named with their country", () => {
  it("takes the acronym of the name without the country it opens with", () => {
    const text = "Officials said the US Federal Trade Commission had stepped up scrutiny. A spokesperson for the FTC declined to comment.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([["organization", "US Federal Trade Commission", ["FTC"]]]);
  });
});

describe("a party's word alone", () => {
  it("takes a party's word, no member's plural nor after an article, for the party named in full", () => {
    const text = "Labour wins\n\nKeir Starmer's Labour Party won. Labour had won 412 seats. A Conservative said the Republican Party lost.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["organization", "Labour Party", ["Labour"]],
      ["person", "Keir Starmer", []],
      ["group", "Conservative", []],
      ["organization", "Republican Party", []],
    ]);
  });
});

describe("a guessed tail of a longer name", () => {
  it("joins a headline's tail guessed a body's to the longer name read as a thing's", () => {
    const text = "Cargo Dragon docks with station\n\nA SpaceX Cargo Dragon capsule docked on Sunday with cargo for the crew.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([["other", "SpaceX Cargo Dragon", ["Cargo Dragon"]]]);
  });

  it("leaves a tail the body shows to be a place apart from the longer name of a body, though the headline's guess came first", () => {
    const text = "Homes planned for Orsel Meadows\n\nKelvar Homes wants to build 400 homes in the village of Orsel Meadows.\n\nResidents' group Save Orsel Meadows said the land flooded.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["place", "Orsel Meadows", []],
      ["organization", "Kelvar Homes", []],
      ["organization", "Save Orsel Meadows", []],
    ]);
  });
});

describe("a name whose `The` a sentence's start took off", () => {
  it("joins the name with its `The`, though its head word reads the shorter one as a place", () => {
    const text = "Book review: The Salt Road by Ivo Lusk\n\nIvo Lusk's third novel, The Salt Road, follows two sisters.\n\nThe Salt Road is published by Kelmo Press.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["other", "The Salt Road", ["Salt Road"]],
      ["person", "Ivo Lusk", []],
      ["organization", "Kelmo Press", []],
    ]);
  });
});

describe("an acronym of a name with small words", () => {
  it("joins the name whether it writes the small words' letters small or capital", () => {
    const text = "The Bank of Eldoria kept rates on hold. The BoE said inflation would fall. The Ministry of Tidewater Affairs agreed. A MOTA spokesman declined to comment.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["organization", "Bank of Eldoria", ["BoE"]],
      ["organization", "Ministry of Tidewater Affairs", ["MOTA"]],
    ]);
  });
});

describe("an acronym of a name that holds one", () => {
  it("writes the acronym inside the name whole among the initials", () => {
    const text = "Herds\n\nThe USDA confirmed the cases. The U.S. Department of Agriculture said testing would go on. The UK Health Security Agency agreed, and a UKHSA spokesman said more tests were due.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["organization", "U.S. Department of Agriculture", ["USDA"]],
      ["organization", "UK Health Security Agency", ["UKHSA"]],
    ]);
  });

  it("knows the CDC by the name it is spelled out with, though its initials leave a word out", () => {
    const text = "Flu\n\nThe Centers for Disease Control and Prevention says the risk is low. Seventy people have tested positive, according to the CDC.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([["organization", "Centers for Disease Control and Prevention", ["CDC"]]]);
  });
});

describe("an acronym in brackets after a person's name", () => {
  it("is the person's other name only where it spells their initials; else it names their party", () => {
    const text = "Count\n\nThen Ivo Lusk (SNP) spoke, and the SNP cheered. Then Tabbeq (LD) came last. Then Ana Ocasio-Ruiz (AOR) won.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["person", "Ivo Lusk", []],
      ["organization", "SNP", []],
      ["person", "Tabbeq", []],
      ["organization", "LD", []],
      ["person", "Ana Ocasio-Ruiz", ["AOR"]],
    ]);
  });
});

describe("an acronym the article defines for a body the table knows by another name", () => {
  it("gives the acronym to the body it follows in brackets, there and after, and leaves the wire's tag to the wire", () => {
    const text = "Fines\n\nSTOCKHOLM (AP) — On Monday, the Nordic Data Protection Authority (AP) said it would act. The AP fined Zorvik Bank.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["place", "Stockholm", ["STOCKHOLM"]],
      ["organization", "Associated Press", ["AP"]],
      ["organization", "Nordic Data Protection Authority", ["Nordic Data Protection Authority", "AP", "AP"]],
      ["organization", "Zorvik Bank", ["Zorvik Bank"]],
    ]);
  });
});

describe("a demonym that is a surname", () => {
  it("gives the speaking surname to the person named with it, not the nation's adjective", () => {
    const text = "Vote\n\nPolitical analyst Bridget Welsh said the vote was close.\n\n\"It is a warning,\" Welsh said. Welsh voters stayed home. The Welsh said no.\n";
    const model = analyzeArticle(text);
    expect(model.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([["person", "Bridget Welsh", ["Bridget Welsh", "Welsh"]]]);
    expect(model.quotes.map((q) => q.speakerName)).toEqual(["Bridget Welsh"]);
  });
});

describe("a town's word that is someone's given name", () => {
  it("gives the word to the person named so in full before it, but not after a preposition of place", () => {
    const text = "Count\n\nSofia Brennan won the vote. \"I wish Sofia well,\" Ivo Lusk said. Sofia thanked him.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["person", "Sofia Brennan", ["Sofia Brennan", "Sofia", "Sofia"]],
      ["person", "Ivo Lusk", ["Ivo Lusk", "him"]],
    ]);
    const town = (p: string) => analyzeArticle(`Count\n\nSofia Brennan won. She lives ${p} Sofia.\n`).entities.find((e) => e.name === "Sofia")?.type;
    expect(["in", "at", "to", "from", "of", "near"].map(town)).toEqual(["place", "place", "place", "place", "place", "place"]);
    // (nor when two people have it, nor before the person is named in full)
    expect(analyzeArticle("Count\n\nSofia Brennan and Sofia Lusk won. Ivo Moss thanked Sofia.\n").entities.map((e) => e.type)).toEqual(["person", "person", "person", "place"]);
    expect(analyzeArticle("Count\n\nSofia is cold. Sofia Brennan won.\n").entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Sofia"],
      ["person", "Sofia Brennan"],
    ]);
  });
});

describe("a couple named with one surname", () => {
  it("keeps a surname after forms of address of both sexes as two people, each calling back its own", () => {
    const text = "Suit\n\nMr Lusk said he had won. Mrs Lusk said she was glad. Mr Lusk agreed, and Mrs Lusk left.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.roles, e.mentions.map((m) => `${m.text}@${m.span.start}`)])).toEqual([
      ["Lusk", ["Mr."], ["Lusk@9", "he@19", "Lusk@62"]],
      ["Lusk", ["Mrs."], ["Lusk@35", "she@45", "Lusk@83"]],
    ]);
  });

  it("keeps a title of the other sex than the one named in full apart from them, for the one relative of that sex named alone", () => {
    // (not a relative of the title's sex named in full, nor one of the other sex, nor someone of its sex no relative)
    const text = "Win\n\nThen Tom Hale, his son Ben and his wife Ana won. Their daughter Ann Velt and spokeswoman Eva came too. Mr Hale said he was happy. Mrs Hale said she was tired. Mrs Hale left.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.roles, e.mentions.map((m) => m.text)])).toEqual([
      ["Tom Hale", ["Mr."], ["Tom Hale", "his", "his", "Hale", "he"]],
      ["Ben", ["son"], ["Ben"]],
      ["Ana", ["wife", "Mrs."], ["Ana", "Hale", "she", "Hale"]],
      ["Ann Velt", ["daughter"], ["Ann Velt"]],
      ["Eva", ["spokeswoman"], ["Eva"]],
    ]);
    // (with no such relative, someone else who has the surname, whom a title of the other sex later does not call back)
    const alone = "Win\n\nThen Tom Hale won. Mrs Hale said she was tired. Mr Hale stayed. Mrs Hale left.\n";
    expect(analyzeArticle(alone).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Tom Hale", ["Tom Hale", "Hale"]],
      ["Hale", ["Hale", "she", "Hale"]],
    ]);
    // (a given name the lists give no sex leaves the title free to call its holder back)
    expect(analyzeArticle("Win\n\nThen Oskel Dersk won. Mrs Dersk said she was tired.\n").entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Oskel Dersk", ["Oskel Dersk", "Dersk", "she"]],
    ]);
  });

  it("gives the surname to the given name before the other's full name, and a title's sex picks which of them it calls back", () => {
    const text = "Suit\n\nOn Monday, Mark and Lena Pruett sued the agency. Mr. Pruett said he was glad. Mrs. Pruett said she was not.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Mark Pruett", ["Mark", "Pruett", "he"]],
      ["Lena Pruett", ["Lena Pruett", "Pruett", "she"]],
    ]);
    // (so does a given name read as a person's on its own)
    expect(analyzeArticle("Suit\n\nOn Monday, John and Mary Okafor sued the agency.\n").entities.map((e) => e.name)).toEqual(["John Okafor", "Mary Okafor"]);
    // (a given name that called back someone named before keeps to that one)
    // (nor does a word that is no given name, nor an everyday word the name lists give no sex)
    expect(analyzeArticle("Suit\n\nOn Monday, Brexit and Tom Hale were named.\n").entities.map((e) => e.name)).toEqual(["Brexit", "Tom Hale"]);
    expect(analyzeArticle("Suit\n\nOn Monday, Shell and Tom Hale were named.\n").entities.map((e) => e.name)).toEqual(["Shell", "Tom Hale"]);
    // (nor a part played or a kind of person, after `as` or `a`; `such as` still lists a couple)
    expect(analyzeArticle("Play\n\nThen Eva Lind as Gertrude and Ben Ode as Claudius were good.\n").entities.map((e) => e.name)).toEqual(["Eva Lind", "Gertrude", "Ben Ode", "Claudius"]);
    expect(analyzeArticle("Play\n\nThen Eva Lind played a brittle Gertrude and Ben Ode a smooth Claudius.\n").entities.map((e) => e.name)).toEqual(["Eva Lind", "Gertrude", "Ben Ode", "Claudius"]);
    expect(analyzeArticle("Suit\n\nThen people such as Mark and Lena Pruett sued.\n").entities.map((e) => e.name)).toEqual(["Mark Pruett", "Lena Pruett"]);
    const named = "Suit\n\nOn Monday, Rose Berg sued. On Tuesday, Rose and Tom Hale met.\n";
    expect(analyzeArticle(named).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Rose Berg", ["Rose Berg", "Rose"]],
      ["Tom Hale", ["Tom Hale"]],
    ]);
  });

  it("reads a town's name that is a given name as one of the couple, unless a preposition makes it a place", () => {
    const couple = analyzeArticle("Suit\n\nOn Monday, Mary and Tom Jackson sued the agency.\n");
    expect(couple.entities.map((e) => [e.type, e.name])).toEqual([["person", "Mary Jackson"], ["person", "Tom Jackson"]]);
    const flights = analyzeArticle("Suit\n\nOn Monday, flights from Mary and Tom Jackson were named.\n");
    expect(flights.entities.map((e) => [e.type, e.name])).toEqual([["place", "Mary"], ["person", "Tom Jackson"]]);
  });
});

describe("a firm's first word and a number", () => {
  it("names a ship or a model of its own, not the firm", () => {
    const article = analyzeArticle("Title\n\nOn Sunday, a spokeswoman for Norvex Italia said so. The group's ship, the Norvex 5, is barred from leaving port.\n");
    expect(article.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["organization", "Norvex Italia", ["Norvex Italia", "group"]],
      ["other", "Norvex 5", ["Norvex 5"]],
    ]);
  });
});

describe("a group's member's word", () => {
  it("joins the group named in the plural as its other name, of one word or more, and no group named otherwise", () => {
    const article = analyzeArticle("Vote\n\nThe Republicans won. A Republican senator, Ivo Lusk, said so. The Social Democrats lost. A Social Democrat, Ana Ruiz, agreed. The Greens gained.\n");
    expect(article.entities.filter((e) => e.type === "group").map((e) => [e.name, e.mentions.map((m) => `${m.text}:${m.kind}`)])).toEqual([
      ["Republicans", ["Republicans:name", "Republican:alias"]],
      ["Social Democrats", ["Social Democrats:name", "Social Democrat:alias"]],
      ["Greens", ["Greens:name"]],
    ]);
  });
});
