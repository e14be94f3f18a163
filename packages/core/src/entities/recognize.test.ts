import { describe, expect, it } from "vitest";
import { seed } from "../../test/seeds.js";
import { analyzeArticle } from "../analyze.js";
import { AliasTable } from "./aliases.js";

const summary = (text: string) =>
  analyzeArticle(text).entities.map((e) => ({ name: e.name, type: e.type, roles: e.roles, aliases: e.aliases }));
const byName = (text: string, name: string) => analyzeArticle(text).entities.find((e) => e.name === name);
const types = (text: string) => Object.fromEntries(analyzeArticle(text).entities.map((e) => [e.name, e.type]));
const typesAndRoles = (text: string) => Object.fromEntries(analyzeArticle(text).entities.map((e) => [e.name, [e.type, ...e.roles]]));
/** Each entity's name and type, with its mentions as `text:kind`. */
const mentionsOf = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}:${m.kind}`)]);

describe("entities in seed 000", () => {
  const text = seed("000");
  const entities = summary(text);
  const get = (name: string) => entities.find((e) => e.name === name);

  it("finds exactly the article's people with canonical names and roles", () => {
    expect(entities.filter((e) => e.type === "person")).toEqual([
      { name: "Barack Obama", type: "person", roles: ["President"], aliases: ["Obama"] },
      { name: "Dan Pfeiffer", type: "person", roles: ["Senior White House adviser"], aliases: [] },
      { name: "Wolf Blitzer", type: "person", roles: [], aliases: [] },
      { name: "Lloyd Austin", type: "person", roles: ["Gen.", "head of U.S. Central Command"], aliases: [] },
      { name: "Jake Tapper", type: "person", roles: [], aliases: [] },
      { name: "Josh Earnest", type: "person", roles: ["White House spokesman"], aliases: ["Earnest"] },
      { name: "John McCain", type: "person", roles: ["Sen."], aliases: [] },
      { name: "Lindsey Graham", type: "person", roles: ["Sen."], aliases: [] },
      { name: "Jen Psaki", type: "person", roles: ["State Department spokeswoman"], aliases: [] },
      { name: "John Kerry", type: "person", roles: ["Secretary of State"], aliases: ["Kerry"] },
      { name: "Khamenei", type: "person", roles: [], aliases: [] },
      { name: "Mohammad Javad Zarif", type: "person", roles: ["Iranian Foreign Minister", "Dr."], aliases: ["Zarif"] },
      { name: "Wendy Sherman", type: "person", roles: ["Acting Deputy Secretary of State", "lead U.S. negotiator in the nuclear talks"], aliases: [] },
    ]);
  });

  it("merges well-known variants and keeps groups and places typed", () => {
    expect(get("Islamic State")).toEqual({ name: "Islamic State", type: "organization", roles: [], aliases: ["ISIS", "ISIL", "Daesh"] });
    expect(get("United States")?.aliases).toEqual(["U.S."]);
    expect(get("P5+1")).toMatchObject({ type: "organization", aliases: ["P-5-plus-1"] });
    expect(get("Middle East")?.aliases).toEqual(["Mideast"]);
    expect(get("Republican")?.type).toBe("group");
    expect(get("Washington")?.type).toBe("place");
    expect(entities.map((e) => e.name)).not.toContain("Iranian");
    expect(entities.map((e) => e.name)).not.toContain("Thursday");
    expect(entities.map((e) => e.name)).not.toContain("Iran_Facebook_Cartoon_Wide");
  });

  it("resolves `the President` to Obama with exact mention ranges", () => {
    const obama = byName(text, "Barack Obama")!;
    const descriptions = obama.mentions.filter((m) => m.kind === "description");
    expect(descriptions.map((m) => [m.text, m.range.start.line, m.range.start.character])).toEqual([
      ["President", 28, 113],
      ["President", 30, 41],
    ]);
    const full = obama.mentions.find((m) => m.kind === "name")!;
    expect(full.range).toEqual({ start: { line: 11, character: 26 }, end: { line: 11, character: 38 } });
  });
});

describe("entities in seed 004", () => {
  const text = seed("004");

  it("reads the headline's Title Case without inventing entities", () => {
    const model = analyzeArticle(text);
    const inHeadline = model.entities.flatMap((e) => e.mentions.filter((m) => m.range.start.line === 0).map((m) => m.text));
    expect(inHeadline).toEqual(["Obama", "Iran", "ISIS"]);
  });

  it("reads Khamenei's possessive title, the acronym, the misspelt code and descriptions", () => {
    expect(byName(text, "Ali Khamenei")).toMatchObject({ roles: ["Supreme Leader of Iran", "Ayatollah"], aliases: ["Khamenei"] });
    expect(byName(text, "National Resistance Council of Iran")?.aliases).toEqual(["NRCI"]);
    expect(byName(text, "P5+1")?.aliases).toEqual(["nP5+1"]);
    expect(byName(text, "Wall Street Journal")?.mentions.map((m) => [m.text, m.kind])).toEqual([
      ["Wall Street Journal", "name"],
      ["Journal", "description"],
    ]);
    expect(byName(text, "Parchin Military Complex")?.mentions.map((m) => m.text)).toEqual(["Parchin Military Complex", "complex", "complex"]);
  });
});

describe("entity traps", () => {
  it("splits plural joint titles and shares the title", () => {
    const e = summary("Republican Sens. John McCain and Lindsey Graham blasted the plan on Monday.");
    expect(e.filter((x) => x.type === "person").map((x) => [x.name, x.roles])).toEqual([
      ["John McCain", ["Sen."]],
      ["Lindsey Graham", ["Sen."]],
    ]);
  });

  it("keeps a party's name in its leader's role, but not a party's word before a title, and reads a first lady's role", () => {
    const e = summary("On Monday, Labour Party leader Tom Reed met Republican Sen. Jo Hart and first lady Mary Cole. Former first lady Ann Park sent word.");
    expect(e.filter((x) => x.type === "person").map((x) => [x.name, x.roles])).toEqual([
      ["Tom Reed", ["Labour Party leader"]],
      ["Jo Hart", ["Sen."]],
      ["Mary Cole", ["first lady"]],
      ["Ann Park", ["Former first lady"]],
    ]);
  });

  it("keeps an abbreviated title with the word that qualifies it, and parts it from an office or a title written out before it", () => {
    const e = summary("State Sen. Rosa Ibarra spoke. Former Gov. Dale Moss spoke. Prime Minister Dr. Kofi Mensah spoke. Deputy Sheriff Sgt. Amy Holt spoke. Tarvel School District Superintendent Dr. Ana Ruiz spoke. Rev. Dr. Ivo Lusk spoke. Former Vice Adm. Tom Sarno spoke. Police Chief Dr. Eli Roth spoke. Detective Sergeant Mara Velt spoke.");
    expect(e.filter((x) => x.type === "person").map((x) => [x.name, x.roles])).toEqual([
      ["Rosa Ibarra", ["State Sen."]],
      ["Dale Moss", ["Former Gov."]],
      ["Kofi Mensah", ["Prime Minister", "Dr."]],
      ["Amy Holt", ["Deputy Sheriff", "Sgt."]],
      ["Ana Ruiz", ["Tarvel School District Superintendent", "Dr."]],
      ["Ivo Lusk", ["Rev. Dr."]],
      ["Tom Sarno", ["Former Vice Adm."]],
      ["Eli Roth", ["Police Chief", "Dr."]],
      ["Mara Velt", ["Detective Sergeant"]],
    ]);
  });

  it.each(["PC", "WPC", "PCSO", "DC", "DS", "DI", "DCI", "DSI", "DSupt"])("reads `%s` before a given name and a surname as a police rank", (rank) => {
    expect(summary(`Police\n\nThen ${rank} Eva Lind spoke.`).map((x) => [x.type, x.name, x.roles])).toEqual([["person", "Eva Lind", [rank]]]);
  });

  it("reads a police rank's letters as a title before a given name or a surname that is no everyday word, and as a business's letters elsewhere", () => {
    const e = summary("Police\n\nThen PC Eva Lind spoke. DCI Tom Hale spoke. PC Hale spoke. DS Smith spoke. PC World spoke. DC Comics spoke.");
    expect(e.map((x) => [x.type, x.name, x.roles])).toEqual([
      ["person", "Eva Lind", ["PC"]],
      ["person", "Tom Hale", ["DCI", "PC"]],
      ["other", "DS Smith", []],
      ["other", "PC World", []],
      ["other", "DC Comics", []],
    ]);
  });

  it("reads `Under` as a secretary's qualifier only, and as the preposition before anything else", () => {
    const e = summary("Under President Ivo Lusk, taxes rose. Under Ana Ruiz, they fell. Under Secretary Kai Moss agreed.");
    expect(e.filter((x) => x.type === "person").map((x) => [x.name, x.roles])).toEqual([
      ["Ivo Lusk", ["President"]],
      ["Ana Ruiz", []],
      ["Kai Moss", ["Under Secretary"]],
    ]);
  });

  it("reads the names of a headline in sentence case, whose longer words are all names", () => {
    const headline = (line: string) => analyzeArticle(`${line}\n\nThe talks went on until late.`).entities.filter((e) => e.mentions.some((m) => m.range.start.line === 0)).map((e) => e.id);
    expect(headline("Josh Earnest met Hassan Rouhani in Geneva")).toEqual(["person:josh-earnest", "person:hassan-rouhani", "place:geneva"]);
    // Title Case capitalises every word but these: only names the tables know count
    expect(headline("Senators Send Secret Letter to Iran's Leaders")).toEqual(["place:iran"]);
  });

  it("reads a person in a Title Case headline by a first name no everyday word, and a headline that asks a question", () => {
    const headline = (line: string) => analyzeArticle(`${line}\n\nOfficials said on Monday that the talks went on until late.`).entities.filter((e) => e.mentions.some((m) => m.range.start.line === 0)).map((e) => e.id);
    expect(headline("Will Iran Accept the Deal Offered by John Kerry?")).toEqual(["place:iran", "person:john-kerry"]);
    expect(headline("Angela Merkel Meets Voters in Berlin")).toEqual(["person:angela-merkel", "place:berlin"]);
    // `Will`, `Grace`: first names that are everyday words too
    expect(headline("Will Rouhani Accept the Offer?")).toEqual([]);
    expect(headline("Grace Period Ends for Greek Banks")).toEqual([]);
  });

  it("keeps a name's capitalised common word after a sentence's opening `The`", () => {
    const text = "Farm protest\n\nThousands of farmers drove tractors onto highways. The Farmers Defence Force said it would continue. The farmers' leader spoke.";
    expect(summary(text).map((e) => e.name)).toEqual(["Farmers Defence Force"]);
  });

  it("reads an institution's head word before one of its people as the institution", () => {
    const text = "Targets upheld\n\nThe European Commission backed the plan on Monday. The targets stood, Commission spokesman Tim McPhie said.";
    const commission = analyzeArticle(text).entities.find((e) => e.name === "European Commission")!;
    expect(commission.mentions.map((m) => [m.text, m.kind])).toEqual([["European Commission", "name"], ["Commission", "description"]]);
    expect(summary(text).map((e) => e.name)).toEqual(["European Commission", "Tim McPhie"]);
    // (and a legislature's word before any noun it qualifies, in a headline before the name in full)
    const debate = "MPs clash in heated Commons debate\n\nThen MPs clashed in the House of Commons on Monday.\n";
    expect(analyzeArticle(debate).entities.map((e) => [e.name, e.mentions.map((m) => [m.text, m.kind])])).toEqual([["House of Commons", [["Commons", "description"], ["House of Commons", "name"]]]]);
  });

  it("calls back no body by the place after its name's `of`", () => {
    const text = "Rates held\n\nThe Bank of Tarvel kept its rate on Thursday. The Tarvel krone rose 0.4 per cent, and the Tarvel economy grew.";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Bank of Tarvel", "organization", ["Bank of Tarvel", "its"]],
      ["Tarvel", "place", ["Tarvel", "Tarvel"]],
    ]);
    // (a word after `of` that names no place may be the body's short name: `the Scientology-owned ship`)
    const church = "Rally\n\nThe Church of Orvology held a rally on Monday. She sailed on the Orvology-owned ship.";
    expect(analyzeArticle(church).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([["Church of Orvology", ["Church of Orvology", "Orvology"]]]);
  });

  it("reads a word no evidence types that opens a state's body's or a council's name as the land or town the body serves", () => {
    expect(types("Council tax to rise as Tarvel plugs gap\n\nTarvel Borough Council approved a rise on Monday.")).toEqual({ Tarvel: "place", "Tarvel Borough Council": "organization" });
    expect(types("Fact check: did Velmar's bill double?\n\nThe Velmar Statistics Office published the figures on Monday.")).toEqual({ Velmar: "place", "Velmar Statistics Office": "organization" });
  });

  it("calls back no state's body by the land its name opens with, nor a body of some field by the town it serves", () => {
    const text = "Figures\n\nThe Tarvel Statistics Office published the figures on Monday. Tarvel has cut taxes twice.";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Tarvel Statistics Office", ["Tarvel Statistics Office"]],
      ["Tarvel", ["Tarvel"]],
    ]);
    // (nor a body of some field by the town it serves, save before the body's head: `the Kelmo chamber`)
    const trade = "Trade\n\nThen Kelmo flooded. The Kelmo Chamber of Commerce met on Monday. The Sarno Chamber of Commerce and the Sarno chamber agreed.";
    expect(analyzeArticle(trade).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Kelmo", ["Kelmo"]],
      ["Kelmo Chamber of Commerce", ["Kelmo Chamber of Commerce"]],
      ["Sarno Chamber of Commerce", ["Sarno Chamber of Commerce", "Sarno"]],
    ]);
    // (a university is called so: `Harvard` for `Harvard University`)
    const study = "Study\n\nScientists at Harwick University published the study on Monday. Harwick said it would share the data.";
    expect(analyzeArticle(study).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([["Harwick University", ["Harwick University", "Harwick", "it"]]]);
  });

  it("reads a name before a currency's unit as its country", () => {
    const types = (sentence: string) => summary(`Markets\n\n${sentence}`).map((e) => [e.name, e.type]);
    expect(types("The Velmar krone rose 0.3 per cent against the euro.")).toEqual([["Velmar", "place"]]);
    expect(types("The Sarno peso and the Dersk rupee fell.")).toEqual([["Sarno", "place"], ["Dersk", "place"]]);
    // (not an everyday word that ends a currency's name too: South Korea's won)
    expect(types("Velmar won the final on Sunday.")).toEqual([["Velmar", "other"]]);
  });

  it("keeps a ministry's portfolio list in one name, but not a list of other names after it", () => {
    const names = (sentence: string) => summary(`Cabinet news\n\n${sentence}`).map((e) => e.name);
    expect(names("A spokesperson for the Ministry of Trade, Industry and Fisheries said the plan stood.")).toEqual(["Ministry of Trade, Industry and Fisheries"]);
    expect(names("The Ministry of Trade, Airbus and Boeing signed the deal.")).toEqual(["Ministry of Trade", "Airbus", "Boeing"]);
    expect(names("The Bureau of Alcohol, Tobacco, Firearms and Explosives said the plan stood.")).toEqual(["Bureau of Alcohol, Tobacco, Firearms and Explosives"]);
  });

  it("keeps a body's describing words listed before its head in one name, but not a list of places", () => {
    const names = (sentence: string) => summary(`Storm news\n\n${sentence}`).map((e) => e.name);
    expect(names("The Philippine Atmospheric, Geophysical and Astronomical Services Administration warned of floods.")).toEqual([
      "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
    ]);
    expect(names("The Central, Eastern and Western Railway Company said trains ran.")).toEqual(["Central, Eastern and Western Railway Company"]);
    expect(names("Officials in France, Spain and Italy Regional Council spoke.")).toEqual(["France", "Spain", "Italy Regional Council"]);
  });

  it("reads a headline's first word before a name the body writes without it as a descriptor", () => {
    const text = "Chipmaker Nordvale to cut 1,200 jobs\n\nNordvale ASA said on Tuesday it would cut jobs. Shares of Nordvale fell.";
    expect(analyzeArticle(text).entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([["organization:nordvale-asa", ["Nordvale", "Nordvale ASA", "it", "Nordvale"]]]);
    // a name the body writes whole stays whole
    const named = "Hamdullah Mohib named ambassador\n\nHamdullah Mohib was named on Monday. Mohib said he was honoured.";
    expect(analyzeArticle(named).entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([["person:hamdullah-mohib", ["Hamdullah Mohib", "Hamdullah Mohib", "Mohib", "he"]]]);
    // an everyday first word keeps to its own rule: only a name the article knows counts
    const everyday = "Late Haaland double sinks Arsenal\n\nErling Haaland scored twice on Sunday.";
    expect(analyzeArticle(everyday).entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ["person:erling-haaland", ["Haaland", "Erling Haaland"]],
      ["other:arsenal", ["Arsenal"]],
    ]);
  });

  it("reads the body after `a spokesman for` or `an official at` as an organization with no role, and a person's name after it as a person", () => {
    const text =
      "Storm cuts power\n\nThe lines are down, said Jon Breed, a spokesman for Central Maine Power. An official at the Maine Emergency Management Agency, who spoke on condition of anonymity, said two people died. A spokesman for Josh Earnest declined to comment.";
    expect(summary(text)).toEqual([
      { name: "Jon Breed", type: "person", roles: ["spokesman for Central Maine Power"], aliases: [] },
      { name: "Central Maine Power", type: "organization", roles: [], aliases: [] },
      { name: "Maine Emergency Management Agency", type: "organization", roles: [], aliases: [] },
      { name: "Josh Earnest", type: "person", roles: [], aliases: [] },
    ]);
  });

  it("ignores sentence-initial capitals and image slugs", () => {
    const e = summary("Headline Here\n\nDespite the rain, officials met. Obviously nothing changed.\n\nFile_Photo_Wide\n\nState John said nothing.");
    expect(e.map((x) => x.name)).not.toContain("Despite");
    expect(e.map((x) => x.name)).not.toContain("Obviously");
    expect(e.map((x) => x.name)).not.toContain("File_Photo_Wide");
  });

  it("keeps a sentence's first word with a capital inside as a name, but not two words a scraper glued", () => {
    const text = "Markets rise\n\nVelorAI released a model on Monday.\n\nAdvertisementThe firm said no.\n\nDeVance signed the bill. McKinnon is new to the ministry.";
    expect(mentionsOf(text)).toEqual([
      ["VelorAI", "other", ["VelorAI:name"]],
      ["DeVance", "other", ["DeVance:name"]],
    ]);
  });

  it("keeps a sentence's first word that `, who` describes as a person's name, unless a dictionary has it", () => {
    const text = "Cup tie\n\nOkonjo, who missed a penalty in May, said he was ready.\n\nMeanwhile, who pays is unclear. Nobody, who was there, spoke.";
    expect(mentionsOf(text)).toEqual([["Okonjo", "person", ["Okonjo:name", "he:pronoun"]]]);
  });

  it("takes workspace aliases from an authority table", () => {
    const aliases = new AliasTable({ aliases: { "Dossier Group": ["DG", "the Dossier crew"] }, types: { "Dossier Group": "organization" } });
    const model = analyzeArticle("Lead line here\n\nThe report by DG was long. Members of Dossier Group said so on Monday.", { aliases });
    const e = model.entities.find((x) => x.name === "Dossier Group");
    expect(e).toMatchObject({ type: "organization", aliases: ["DG"] });
  });

  it("reads a titled first name as a person despite a place-like surname, and finds her surname and title later", () => {
    const text = "Budget passes\n\nThe council approved the budget, with Mayor Helen Park casting the deciding vote.\n\nPark defended the budget. The mayor said the city would revisit it.";
    const e = analyzeArticle(text).entities.find((x) => x.name === "Helen Park")!;
    expect([e.type, e.roles, e.mentions.map((m) => [m.text, m.kind])]).toEqual([
      "person",
      ["Mayor"],
      [["Helen Park", "name"], ["Park", "partial"], ["mayor", "description"]],
    ]);
  });

  it("reads a body's head word before a noun of a class or a role as that noun's modifier, no call-back", () => {
    const text =
      "Phones\n\nIvo Lusk, an analyst at Halvik Research, spoke. Sales fell, according to the research firm Corvel Data. Ana Ruiz wrote to Sarno Council. The council leader Tom Hale replied, and the council's leader agreed.\n";
    const mentions = analyzeArticle(text).entities.map((e) => [e.name, e.mentions.filter((m) => m.kind === "description").map((m) => m.span.start)]);
    expect(mentions).toEqual([
      ["Ivo Lusk", []],
      ["Halvik Research", []],
      ["Corvel Data", []],
      ["Ana Ruiz", []],
      ["Sarno Council", [text.lastIndexOf("council")]],
      ["Tom Hale", []],
    ]);
    // (a role's plural, in the possessive too)
    const rail = "Crash\n\nThe train was run by Velmar Rail. The rail workers said so, and the rail workers' union agreed.\n";
    expect(analyzeArticle(rail).entities.map((e) => [e.name, e.mentions.map((m) => m.kind)])).toEqual([["Velmar Rail", ["name"]]]);
  });

  it("calls back a titled person by a noun for the title: its word in full, or one for its holders", () => {
    const text =
      "Visit\n\nOn Monday, Sen. Ada Moss spoke in Leeds. The senator was tired. Pope Pius met Ben Hart, and the pontiff blessed him. The lawmaker left. Representative Ed Lane came, and the congressman spoke. Mr Justice Orvek sat, and the judge ruled.\n";
    const mentions = analyzeArticle(text).entities.map((e) => [e.name, e.mentions.filter((m) => m.kind === "description").map((m) => m.text)]);
    expect(mentions).toEqual([
      ["Ada Moss", ["senator", "lawmaker"]],
      ["Leeds", []],
      ["Pius", ["pontiff"]],
      ["Ben Hart", []],
      ["Ed Lane", ["congressman"]],
      ["Orvek", ["judge"]],
    ]);
  });

  it("calls a body back by the head word before its `of`, not by a trade's word that ends it", () => {
    const text = "Ruling\n\nThe Court of Arbitration for Sport cleared Ana Ruiz. \"We are not satisfied,\" the court said.\n";
    const analysis = analyzeArticle(text);
    expect(analysis.entities.map((e) => [e.name, e.mentions.map((m) => m.kind)])).toEqual([
      ["Court of Arbitration for Sport", ["name", "description"]],
      ["Ana Ruiz", ["name"]],
    ]);
    expect(analysis.quotes.map((q) => q.speakers)).toEqual([["organization:court-of-arbitration-for-sport"]]);
  });

  it("types companies and bodies by their suffix, head, dateline or speech, and groups a company's short name", () => {
    const text =
      "Northwind buys Helios\n\nSEATTLE (Reuters) — Northwind Energy Corp. said on Wednesday it would buy a rival. Officials at the Ministry of Power said nothing.\n\nA researcher at the University of the Highlands and Islands, Ann Cole, was surprised. Workers doubt it, but Diageo said it was not involved. Northwind shares rose.";
    const entities = analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.length]);
    expect(entities).toEqual([
      ["Northwind Energy Corp.", "organization", 4],
      ["Helios", "other", 1],
      ["Seattle", "place", 1],
      ["Reuters", "organization", 1],
      ["Ministry of Power", "organization", 1],
      ["University of the Highlands and Islands", "organization", 1],
      ["Ann Cole", "person", 1],
      ["Diageo", "organization", 1],
    ]);
  });

  it("keeps a sentence's first word no dictionary has before a past verb as whoever acted, not a people of a kind, a given name that is a word nor a contraction", () => {
    const text = "Port shut\n\nVantor acquired the terminal last year. Greenpeace called the deal reckless. Islamists stormed a depot. Hope faded after that. Don't let it go. Didn't let it go.";
    expect(types(text)).toEqual({ Vantor: "other", Greenpeace: "other" });
  });

  it("keeps a sentence's first word no dictionary has before a present verb, after an adverb in -ly or before no noun's word, as whoever acts", () => {
    const text = "Review\n\nFortinbras barely appears. Velmarov plays the king. Tarvelin sings. Kelvarin dances beautifully. Zelvan teams and volunteers help. Omicron cases rise. Boatyard adjoins the quay.";
    expect(types(text)).toEqual({ Fortinbras: "other", Velmarov: "other", Tarvelin: "other", Kelvarin: "other" });
  });

  it("keeps a sentence's first word no dictionary has before a plural verb as a side, unless it ends as a plural does", () => {
    const text = "Transfer gossip\n\nVelmar are preparing a bid. Kelmo have signed a striker. Viewings are by appointment.";
    expect(types(text)).toEqual({ Velmar: "organization", Kelmo: "organization" });
  });

  it("reads a word no dictionary has that calls something in quoted words as a body that speaks, and gives it the quote", () => {
    const text = 'Pact\n\nOn Monday, Terravox called the pact "too little, too late." Marvessa described it as a start, and Quillon dubbed the rules weak.';
    const analysis = analyzeArticle(text);
    expect(types(text)).toEqual({ Terravox: "organization", Marvessa: "other", Quillon: "other" });
    expect(analysis.quotes.map((q) => [q.text, q.speakerName])).toEqual([["too little, too late.", "Terravox"]]);
  });

  it("reads a word no dictionary has that withholds comment as a body, as one that speaks is", () => {
    const text =
      "Port shut\n\nOn Monday, the port was shut. Frontex declined to comment on the checks. Veltrix did not immediately respond to a request. Kastrel could not be reached. Nobody declined to comment, and Later refused to say.";
    expect(types(text)).toEqual({ Frontex: "organization", Veltrix: "organization", Kastrel: "organization" });
  });

  it("reads a body's head word that someone owns and that speaks as a body, and a person's name so owned as a person", () => {
    const text = "Deal done\n\nOn Monday, Tom Davies' Bank said no. McLaren's Norris said yes.";
    expect(types(text)).toEqual({ "Tom Davies": "person", Bank: "organization", Norris: "person" });
  });

  it("reads a lone family name that speaks as a person, unless `it` follows, and keeps one that opens a sentence", () => {
    const text = "Storm\n\nSchools closed, and Kowalczyk said sales fell. Bosch said it would help. Nguyen added that nobody was hurt, said Okonjo.\n";
    const entities = analyzeArticle(text).entities.map((e) => [e.name, e.type]);
    expect(entities).toEqual([
      ["Kowalczyk", "person"],
      ["Bosch", "organization"],
      ["Nguyen", "person"],
      ["Okonjo", "organization"],
    ]);
  });

  it("reads a given name that is an everyday word and speaks of `its` things as a company's, not one `it` follows nor another given name", () => {
    const text = "Oil majors report\n\nOn Monday, Shell and BP reported higher profits. Shell said its earnings rose. On Tuesday, Grace said it was a good day. Melissa said its report was wrong.\n";
    expect(types(text)).toEqual({ Shell: "organization", BP: "organization", Grace: "person", Melissa: "person" });
  });

  it("reads a given name that a list of firms holds and speaks of `its` things as a company's", () => {
    expect(types("Carmakers report\n\nOn Monday, Ford said its sales fell 4%.\n")).toEqual({ Ford: "organization" });
  });

  it("reads a town's name that a list of firms holds and speaks or acts as the firm's, and no other town's nor one that is acted on", () => {
    expect(types("Carmakers report\n\nOn Monday, Toyota said its sales fell 4%. Nagoya said its budget was tight. A storm hit Hitachi, and its mayor resigned.\n")).toEqual({ Toyota: "organization", Nagoya: "place", Hitachi: "place" });
    expect(types("Carmakers report\n\nOn Monday, Hitachi cut its forecast. Toyota unveiled a new car. Nagoya raised its taxes.\n")).toEqual({ Hitachi: "organization", Toyota: "organization", Nagoya: "place" });
    expect(types("Carmakers report\n\nOn Monday, sales fell; Hitachi cut jobs, but Toyota hired.\n")).toEqual({ Hitachi: "organization", Toyota: "organization" });
    expect(types("Carmakers report\n\nOn Monday, sales fell and Toyota cut jobs.\n")).toEqual({ Toyota: "organization" });
    // (a subject set off by commas is no verb's yet)
    expect(types("Floods\n\nOn Monday, Hitachi, a coastal city, flooded.\n")).toEqual({ Hitachi: "place" });
  });

  it("keeps two firms a list of companies holds apart around `and`, and reads one whose name is a given name too as a firm among firms", () => {
    const text = "Carmakers report\n\nOn Monday, Ford and General Motors trimmed prices. The Securities and Exchange Commission said nothing.\n";
    expect(types(text)).toEqual({ Ford: "organization", "General Motors": "organization", "Securities and Exchange Commission": "organization" });
    expect(types("Carmakers report\n\nOn Tuesday, Toyota and General Motors cut jobs.\n")).toEqual({ Toyota: "organization", "General Motors": "organization" });
    // (a listed firm of several words after `and` is its own name, after an everyday word too)
    expect(Object.keys(types("Carmakers report\n\nOn Monday, Smith and General Motors signed a deal.\n"))).toEqual(["Smith", "General Motors"]);
    // (beside a place it keeps its given name's guess: only firms make it a firm)
    expect(types("Tax deal\n\nOn Monday, Ford and Detroit agreed a tax deal.\n")).toEqual({ Ford: "person", Detroit: "place" });
  });

  it("reads a name whose aside is followed by a refusal to comment as a speaker's", () => {
    expect(types("Stake sold\n\nOn Monday, Rivexa, which owns a stake in the startup, declined to comment.\n")).toEqual({ Rivexa: "organization" });
  });

  it("reads a name that ends in a maker's trade (`Motor`, `Chemical`) as a firm's, which its first word names again", () => {
    const text = "Carmakers report\n\nOn Monday, Honda Motor cut its forecast. Honda said it expected weaker sales.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([["Honda Motor", "organization", 4]]);
    expect(types("Plant fined\n\nOn Monday, regulators fined Harlow Chemical over a leak.\n")).toEqual({ "Harlow Chemical": "organization" });
  });

  it("reads a region's name whose shares trade as a company's", () => {
    expect(types("Tech fines\n\nOn Monday, the European Commission fined Meta. Shares in Meta fell 2%. Meta said it would appeal.\n")).toEqual({ "European Commission": "organization", Meta: "organization" });
    expect(types("Tech fines\n\nOn Monday, regulators fined Meta (META.O) and floods hit Bolivar, a province.\n")).toEqual({ Meta: "organization", Bolivar: "place" });
    expect(types("Tech fines\n\nOn Monday, Meta shares fell as floods hit Bolivar.\n")).toEqual({ Meta: "organization", Bolivar: "place" });
    expect(types("Tech fines\n\nOn Monday, Meta's shareholders met as floods hit Bolivar.\n")).toEqual({ Meta: "organization", Bolivar: "place" });
  });

  it("reads the first word of a numbered list's item as a sentence's first word, not one after a number inside a line", () => {
    const text = "Knots\n\nThe steps are below.\n\n2) Painter tape goes on next.\n3 Sailor knots hold best.\n\nThen they met Ivo Lusk at 4 Kelmo Street. 3 Rovers fans were hurt.\n";
    expect(types(text)).toEqual({ "Ivo Lusk": "person", "Kelmo Street": "place", Rovers: "organization" });
  });

  it("leaves a count the sentence's first words leave in front of a name out of it", () => {
    const text = "Collapse\n\nRetailer Dellons fell on Monday. All 42 Dellons stores will stay open.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.span.start)])).toEqual([["Dellons", "organization", [19, 50]]]);
  });

  it("reads a sentence's first word as a name that a later sentence's first word shows is one", () => {
    const text = "Carmakers cut prices\n\nTesla cut prices on Tuesday. Tesla shares fell 3%.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.span.start)])).toEqual([["Tesla", "organization", [22, 51]]]);
  });

  it("reads a word shaped like an adjective of origin that speaks with no article as a name", () => {
    expect(types("Carmakers cut prices\n\nOn Monday, Rivian said it would hold prices. A Floridian said nothing. A Sicilian said the storm was over.\n")).toEqual({ Rivian: "organization" });
  });

  it("reads the first of two names joined by `and` before a speech verb as a speaker too", () => {
    expect(types("Recall\n\nOn Monday, Tarvel and Brannock Foods said they had pulled the cucumbers. On Tuesday, Smith and Jones said they would resign.\n")).toEqual({
      Tarvel: "organization",
      "Brannock Foods": "organization",
      Smith: "person",
      Jones: "person",
    });
  });

  it("reads no speaker in a name after `accused` or `urged`, which is whom they accuse or urge", () => {
    expect(types("Row\n\nPrices rose on Monday across the region, traders said.\n\nThe minister accused Dersk of lying, and urged Orvek to act. She accuses Kavro of cheating and urges Dunmar to pay.\n")).toEqual({
      Dersk: "other",
      Orvek: "other",
      Kavro: "other",
      Dunmar: "other",
    });
  });

  it("reads no speaker in a name after `said` and before `was`, which is what was said of, while an act still tells of a body", () => {
    expect(types("Show\n\nThe judge said Trumpet was a wonderful dog. The analyst said Kavro had hired 30 people.\n")).toEqual({
      Trumpet: "other",
      Kavro: "organization",
    });
  });

  it("gives a company's one-word name to its legal form when a division shares the word", () => {
    const text = "Corvane wins order\n\nCorvane Co. won a $2 billion order on Monday, said Ann Cole, head of Corvane Marine. Shares of Corvane rose.";
    expect(mentionsOf(text)).toEqual([
      ["Corvane Co.", "organization", ["Corvane:partial", "Corvane Co.:name", "Corvane:partial"]],
      ["Ann Cole", "person", ["Ann Cole:name"]],
      ["Corvane Marine", "organization", ["Corvane Marine:name"]],
    ]);
  });

  it("gives the company named by its legal form a word that only a role before it made someone's", () => {
    const text = "Chip designer Corvane soars in debut\n\nShares of Corvane Inc jumped 60% on Thursday. Tax adviser Orvek said Corvane had raised $4 billion. Dersk Ltd agreed, Mr Dersk said.";
    expect(mentionsOf(text)).toEqual([
      ["Corvane Inc", "organization", ["Corvane:partial", "Corvane Inc:name", "Corvane:partial"]],
      ["Orvek", "person", ["Orvek:name"]],
      ["Dersk Ltd", "organization", ["Dersk Ltd:name"]],
      ["Dersk", "person", ["Dersk:name"]],
    ]);
    // (nor a surname of a founder's, the firm named for them, nor a word a firm's name opens with no legal form)
    expect(mentionsOf("Results\n\nJensen Ltd fell on Monday. Founder Jensen said sales had slumped.").map(([name, type]) => [name, type])).toEqual([
      ["Jensen Ltd", "organization"],
      ["Jensen", "person"],
    ]);
    expect(mentionsOf("Results\n\nOrvek Foods fell on Monday. Founder Orvek said sales had slumped.").map(([name, type]) => [name, type])).toEqual([
      ["Orvek Foods", "organization"],
      ["Orvek", "person"],
    ]);
  });

  it("gives a company's one-word name to the body it names alone, not to the name of a merger with another body", () => {
    const text =
      "Snack deal\n\nHalverd Foods and Tamsin Group agreed to merge on Tuesday. Tamsin holders will get Halverd shares, and the group will be called Halverd Tamsin. Halverd rose 4%.";
    expect(mentionsOf(text)).toEqual([
      ["Halverd Foods", "organization", ["Halverd Foods:name", "Halverd:partial", "Halverd:partial"]],
      ["Tamsin Group", "organization", ["Tamsin Group:name", "Tamsin:partial", "group:description"]],
      ["Halverd Tamsin", "organization", ["Halverd Tamsin:name"]],
    ]);
  });

  it("reads a merger's name as such when its second word names a body alone, and a passive naming after a body's noun as the body's name", () => {
    const text =
      "Halvik and Norvex agree merger\n\nPackaging companies Halvik Group and Norvex have agreed to merge. Halvik holders will own 55% of the combined company, which will be called Halvik Norvex. Shares in Halvik rose, while Norvex shares gained 11%.";
    expect(mentionsOf(text)).toEqual([
      ["Halvik Group", "organization", ["Halvik:partial", "Halvik Group:name", "Halvik:partial", "Halvik:partial"]],
      ["Norvex", "organization", ["Norvex:name", "Norvex:name", "Norvex:name"]],
      ["Halvik Norvex", "organization", ["Halvik Norvex:name"]],
    ]);
    expect(summary("Banks\n\nThe merged bank, to be named Sarno Tarvel, will open.").map((e) => [e.name, e.type])).toEqual([["Sarno Tarvel", "organization"]]);
    for (const passive of ["which would be called", "which is to be called", "which has since been named", "which had been named"]) {
      expect(summary(`Banks\n\nThe merged bank, ${passive} Sarno Tarvel, will open.`).map((e) => [e.name, e.type]), passive).toEqual([["Sarno Tarvel", "organization"]]);
    }
  });

  it("reads an unknown name after a preposition of place as a place", () => {
    const text = "Storm news\n\nFlooding closed roads in Ardmore and near Kilbride on Monday, while the Kestrel Trust reopened.";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Ardmore", "place"],
      ["Kilbride", "place"],
      ["Kestrel Trust", "organization"],
    ]);
  });

  it("reads a name after a person's name and `of` as where they work, unless the gazetteer knows a place so called or they are dead or a couple", () => {
    const text = "On Monday, Remko Vandel of Dalmont Quick-Step finished third, ahead of Tessa Brandvik of New Haven and Ola Brandvik of Kestrix. The late Ivo Hale of Velmar and Mr and Mrs Ben Lind of Tarvel sent flowers.";
    expect(types(text)).toEqual({
      "Remko Vandel": "person",
      "Dalmont Quick-Step": "organization",
      "Tessa Brandvik": "person",
      "New Haven": "place",
      "Ola Brandvik": "person",
      Kestrix: "organization",
      "Ivo Hale": "person",
      Velmar: "place",
      "Ben Lind": "person",
      Tarvel: "place",
    });
  });

  it("reads a name shaped as a person's but written after an article as a thing's, in a headline without one too", () => {
    const text = "Quiet drama wins Palme d'Ostek\n\nOn Monday, a drama by Anna Berg won the Palme d'Ostek at the festival in Lyon.";
    expect(mentionsOf(text)).toEqual([
      ["Palme d'Ostek", "other", ["Palme d'Ostek:name", "Palme d'Ostek:name"]],
      ["Anna Berg", "person", ["Anna Berg:name"]],
      ["Lyon", "place", ["Lyon:name"]],
    ]);
  });

  it("reads a family name after `surnamed` or `née` as a person's", () => {
    expect(types("On Monday, police detained the manager, surnamed Varnek, a clerk, née Ostrova, and a guard, nee Dalmik.")).toEqual({ Varnek: "person", Ostrova: "person", Dalmik: "person" });
  });

  it("reads a mountain, a pass or a lake by a first word of another language", () => {
    expect(types("On Monday, divers searched Loch Orrin and Lough Tessan, and climbers reached Piz Varnell, Cerro Ostek and Mont Dunmo over Passo Gavrel.")).toEqual({
      "Loch Orrin": "place",
      "Lough Tessan": "place",
      "Piz Varnell": "place",
      "Cerro Ostek": "place",
      "Mont Dunmo": "place",
      "Passo Gavrel": "place",
    });
    expect(types("On Monday, they sailed on Lac Varnell and Lago Ostek below Pic Dunmo and Pico Tessan.")).toEqual({
      "Lac Varnell": "place",
      "Lago Ostek": "place",
      "Pic Dunmo": "place",
      "Pico Tessan": "place",
    });
  });

  it("reads an outlet after `told the` and a place by its first word", () => {
    const text = "Lake rescue\n\nA swimmer told the Evening Courier that boats from Lake Orrin and Fort Calder searched until dark. A family on Bayou Tesson was safe. Then HMP Dersk locked down, as did HMYOI Orvek.";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Evening Courier", "organization"],
      ["Lake Orrin", "place"],
      ["Fort Calder", "place"],
      ["Bayou Tesson", "place"],
      ["HMP Dersk", "place"],
      ["HMYOI Orvek", "place"],
    ]);
  });

  it("reads a town named for its saint as a place, but not a body a noun names so, nor a saint named by a given name", () => {
    const text =
      "Harvest report\n\nOn Monday, Rosa Diaz, a nurse from San Miguel Totolapan, said the schools Santo Spirito and Immacolata had closed. Santa Claus came early. Her family moved to Santo Tomás.";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Rosa Diaz", "person"],
      ["San Miguel Totolapan", "place"],
      ["Santo Spirito", "organization"],
      ["Immacolata", "organization"],
      ["Santa Claus", "person"],
      ["Santo Tomás", "place"],
    ]);
  });

  it("types names by foreign first words, compass words before a place, and never reads `The …` as a person", () => {
    const text = "Festival report\n\nStudents from Instituto Gonzaga joined The Velvet Ghostbusters and readers of Tidewater Magazine at a fair that drew visitors from across South East Asia.";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Instituto Gonzaga", "organization"],
      ["The Velvet Ghostbusters", "other"],
      ["Tidewater Magazine", "organization"],
      ["South East Asia", "place"],
    ]);
  });
});

describe("titles in British style", () => {
  it("reads Mr and Dr without a period as titles, not names", () => {
    const text = "WELLINGTON — Prime Minister John Key met Dr Ana Silva on Monday.\n\nMr Key said the talks went well.\n";
    expect(summary(text).filter((e) => e.type === "person")).toEqual([
      { name: "John Key", type: "person", roles: ["Prime Minister", "Mr."], aliases: ["Key"] },
      { name: "Ana Silva", type: "person", roles: ["Dr."], aliases: [] },
    ]);
    expect(byName("Prof Tomas Orrell, a nutrition scientist, disagreed.\n", "Tomas Orrell")?.roles).toEqual(["Prof.", "nutrition scientist"]);
  });
});

describe("well-known organizations", () => {
  it("types companies and outlets from the organizations lexicon", () => {
    const text = "SAN FRANCISCO — Engineers at Google and Microsoft met reporters from the BBC on Monday.\n\nFacebook declined to comment.\n";
    expect(summary(text).filter((e) => e.type === "organization").map((e) => e.name)).toEqual(["Google", "Microsoft", "BBC", "Facebook"]);
  });

  it("keeps a team's name whole, its city included", () => {
    const text = "LONDON — Manchester City beat Aston Villa on Saturday, and the Boston Red Sox lost.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["London", "place"],
      ["Manchester City", "organization"],
      ["Aston Villa", "organization"],
      ["Boston Red Sox", "organization"],
    ]);
  });

  it("reads a brand written with a small letter first as a name, but not a unit", () => {
    const text = "Budget airline\n\nShares in flyQuill fell 3% on Monday. The former flyQuill manager Ana Ruiz said its 5 kWh batteries and 3,000 mAh cells were fine.\n";
    expect(mentionsOf(text)).toEqual([
      ["flyQuill", "organization", ["flyQuill:name", "flyQuill:name"]],
      ["Ana Ruiz", "person", ["Ana Ruiz:name"]],
    ]);
  });

  it("leaves a surname that a company shares with its person", () => {
    const text = "The actor Harrison Ford arrived on Monday.\n\nFord said he was tired.\n";
    expect(byName(text, "Harrison Ford")).toMatchObject({ type: "person", aliases: ["Ford"] });
  });
});

describe("tribes and nations", () => {
  it("types a tribe or a tribe's nation as a body, which `the tribe` calls back and `the nation` does not", () => {
    const text =
      "Water fight\n\nThe Tarvel Creek Tribe sued the Marwick Nation on Monday. The tribe's lawyers said the nation's water law was the oldest in the nation.\n";
    expect(mentionsOf(text)).toEqual([
      ["Tarvel Creek Tribe", "organization", ["Tarvel Creek Tribe:name", "tribe:description"]],
      ["Marwick Nation", "organization", ["Marwick Nation:name"]],
    ]);
  });
});

describe("demonyms", () => {
  it("reads a demonym of two words as an origin, not a name", () => {
    const text = "WELLINGTON — The New Zealander won the race, said Prime Minister John Key.\n";
    expect(summary(text).map((e) => e.name)).toEqual(["Wellington", "John Key"]);
  });

  it("reads an everyday word or a title's before a demonym as describing someone's origin", () => {
    const text = "Talks\n\nFormer Irish president Nora Quill chairs the group. Veteran Kenyan diplomat Amina Wako spoke for British Airways.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Nora Quill", ["Former Irish president"]],
      ["Amina Wako", ["Veteran Kenyan diplomat"]],
      ["British Airways", []],
    ]);
  });
});

describe("regions", () => {
  it("knows states and provinces without a big city of their own", () => {
    const text = "Storms closed roads across Maine, Alaska and Aceh on Monday, officials reported.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Maine", "place"],
      ["Alaska", "place"],
      ["Aceh", "place"],
    ]);
  });
});

describe("institutions and titles with `of`", () => {
  it("keeps a department word that ends an institution's name, and the title before `of` on a person", () => {
    const text =
      "Researchers at the Massachusetts Institute of Technology led the study.\n\nThe Centre for Science and Environment welcomed it. Minister of Education Stefania Giannini said it was late.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Massachusetts Institute of Technology", "organization", []],
      ["Centre for Science and Environment", "organization", []],
      ["Stefania Giannini", "person", ["Minister of Education"]],
    ]);
  });
});

describe("everyday words", () => {
  it("does not read two everyday capitalised words as an unknown person, but does two unknown name words", () => {
    const text = "Fans of Global Offensive cheered as Hamdullah Mohib watched.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Global Offensive", "other"],
      ["Hamdullah Mohib", "person"],
    ]);
  });
});

describe("armed and political groups named in Arabic, Urdu or Persian", () => {
  it("joins a name through Arabic's article in any of its spellings and through `wal`, and reads a group's prefix as a body's", () => {
    const text =
      "Attack\n\nOn Monday, Hay'at Tahrir al-Sham and Ahl al-Sunna wal-Jamaa met. Jama'at Nasr al-Islam wal Muslimin (JNIM) claimed the attack. Hizb ut-Tahrir denied it, and so did Ansar Allah.\n";
    expect(mentionsOf(text)).toEqual([
      ["Hay'at Tahrir al-Sham", "organization", ["Hay'at Tahrir al-Sham:name"]],
      ["Ahl al-Sunna wal-Jamaa", "organization", ["Ahl al-Sunna wal-Jamaa:name"]],
      ["Jama'at Nasr al-Islam wal Muslimin", "organization", ["Jama'at Nasr al-Islam wal Muslimin:name", "JNIM:acronym"]],
      ["Hizb ut-Tahrir", "organization", ["Hizb ut-Tahrir:name"]],
      ["Ansar Allah", "organization", ["Ansar Allah:name"]],
    ]);
  });

  it("keeps a name hyphen-joined by the Urdu and Persian `e` or `i` whole, and a body's when a group's prefix opens it, but not a capital `E`", () => {
    const text = "Raids\n\nOn Monday, police blamed Lashkar-e-Taiba and Jamaat-ud-Dawa. Tehrik-i-Taliban Pakistan denied it. Witnesses said an E-meter was shown.\n";
    expect(types(text)).toEqual({
      "Lashkar-e-Taiba": "organization",
      "Jamaat-ud-Dawa": "organization",
      "Tehrik-i-Taliban Pakistan": "organization",
    });
  });
});

describe("names without a known first name", () => {
  it("keeps an Arabic surname's lower-case article and reads a role in apposition as a person's", () => {
    const text =
      "Civil defence director General Suleiman al-Amr said the toll would rise.\n\n“It could have been worse,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Suleiman al-Amr", "person", ["Civil defence director General"]],
      ["Khaled Al-Maeena", "person", ["editor at large at the Saudi Gazette"]],
      ["Saudi Gazette", "organization", []],
    ]);
  });

  it("reads a surname of two everyday words whole when it opens a sentence", () => {
    const text = "Ruling\n\n“This is a day we prayed for,” said Daniel Two Rivers, the tribe's chairman.\n\nTwo Rivers said the tribe was ready.\n";
    expect(mentionsOf(text)).toEqual([["Daniel Two Rivers", "person", ["Daniel Two Rivers:name", "Two Rivers:partial"]]]);
  });
});

describe("places and institutions side by side", () => {
  it("reads an everyday word or one no list knows before `House` as a building, or the body in it when it speaks", () => {
    const types = (text: string) => summary(text).map((e) => [e.name, e.type]);
    expect(types("Title\n\nOn Monday, the Sydney Opera House opened.\n")).toEqual([["Sydney Opera House", "place"]]);
    expect(types("Title\n\nOn Monday, Random House said it would publish the book.\n")).toEqual([["Random House", "organization"]]);
    expect(types("Title\n\nOn Monday, the Ohio House passed the bill.\n")).toEqual([["Ohio House", "organization"]]);
    expect(types("Title\n\nOn Monday, Mark House opened the debate.\n")).toEqual([["Mark House", "person"]]);
    expect(types("Title\n\nOn Monday, a nurse was charged over deaths at Kelmo House in Orsel.\n")).toEqual([["Kelmo House", "place"], ["Orsel", "place"]]);
    expect(types("Title\n\nOn Monday, the Nevada House passed the bill.\n")).toEqual([["Nevada House", "organization"]]);
  });

  it("knows Britain's nations, compass words before a city, a country after a second `of`, and `and the` as a new name", () => {
    const text =
      "Tunisia lost to England in East Los Angeles. Researchers at the University of Sheffield of the UK agreed. The Bank of England and the Ministry of Finance said so; the Municipality of Livorno did not.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Tunisia", "place"],
      ["England", "place"],
      ["East Los Angeles", "place"],
      ["University of Sheffield", "organization"],
      ["United Kingdom", "place"],
      ["Bank of England", "organization"],
      ["Ministry of Finance", "organization"],
      ["Municipality of Livorno", "organization"],
    ]);
  });

  it("keeps a country after a second `of` in the name when a field or a body, not a place, ends the first", () => {
    const text =
      "Title\n\nShe studied at the University of Science and Technology of China. The Central Committee of the Communist Party of China met. The Chamber of Commerce of the United States agreed.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["University of Science and Technology of China", "organization"],
      ["Central Committee of the Communist Party of China", "organization"],
      ["Chamber of Commerce of the United States", "organization"],
    ]);
  });

  it("reads a state university's campus, named after a comma or `at`, as part of its name, but not a list of universities", () => {
    const text =
      "Title\n\nOn Monday, Omar Haddad of the University of California, Berkeley, spoke. Jo Lee of California State University, Long Beach, agreed. She left the University of Michigan, Ann Arbor. He left the University of North Carolina, Chapel Hill. He studied at the University of Texas at Austin. Others came from the University of Toronto, Mississauga.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Omar Haddad", "person"],
      ["University of California, Berkeley", "organization"],
      ["Jo Lee", "person"],
      ["California State University, Long Beach", "organization"],
      ["University of Michigan, Ann Arbor", "organization"],
      ["University of North Carolina, Chapel Hill", "organization"],
      ["University of Texas at Austin", "organization"],
      ["University of Toronto", "organization"],
      ["Mississauga", "place"],
    ]);
    // (a list's items stay apart, whatever each is read as)
    // (nor a rival met at a place no gazetteer lists as a town)
    expect(summary("Title\n\nOn Monday, the University of Kansas at Gonzaga ended late.\n").map((e) => e.name)).toEqual(["University of Kansas", "Gonzaga"]);
    for (const list of ["University of Oregon, Reed, and Linfield came", "University of Oregon, Reed and Linfield came"]) {
      expect(summary(`Title\n\nOn Monday, scholars from the ${list}.\n`).map((e) => e.name)).toEqual(["University of Oregon", "Reed", "Linfield"]);
    }
  });

  it("reads a campaign named by what it calls for as a body, `the` and a place's head word and all", () => {
    const text = "Protest\n\nCampaigners from Save Our Fields said no. He backed Save the Children. The Stop the War Coalition marched. Ban Ki-moon and the Free Syrian Army agreed. She chairs the Save Tarvel Fields group at the Main Street library.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Save Our Fields", "organization"],
      ["Save the Children", "organization"],
      ["Stop the War Coalition", "organization"],
      ["Ban Ki-moon", "person"],
      ["Free Syrian Army", "organization"],
      ["Save Tarvel Fields", "organization"],
      ["Main Street", "place"],
    ]);
  });

  it("reads a body named for a cause and the doing it is in as one name, but not a person in a town", () => {
    const text = "Vote\n\nCampaign group Dignity in Dying called the result a momentous day. Ivo Lusk in Reading said it was wrong.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Dignity in Dying", "organization"],
      ["Ivo Lusk", "person"],
      ["Reading", "place"],
    ]);
  });

  it("reads a common noun's initials as no name, unless they are a name's head word", () => {
    const text = "Homes\n\nThe plan includes a GP surgery. Patients saw their GPs. He won the Monaco GP.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([["Monaco GP", "event"]]);
  });

  it("does not take a shouted everyday word for an acronym", () => {
    expect(summary("UNLESS the WARNING is heeded, NATO will act.\n").map((e) => e.name)).toEqual(["North Atlantic Treaty Organization"]);
  });
});

describe("second mentions and what a name's neighbours say", () => {
  it("reads a country's name as the surname of someone named before, except after a preposition of place", () => {
    expect(mentionsOf("Party leader Marta Holland won the vote. Holland, 44, told supporters in Lisbon that she would not make a deal. Prices in Holland fell. Dana Jordan spoke later. Jordan said no.\n")).toEqual([
      ["Marta Holland", "person", ["Marta Holland:name", "Holland:partial", "she:pronoun"]],
      ["Lisbon", "place", ["Lisbon:name"]],
      ["Netherlands", "place", ["Holland:alias"]],
      ["Dana Jordan", "person", ["Dana Jordan:name", "Jordan:partial"]],
    ]);
  });

  it("groups a particle or double surname with the full name, and a city-named surname with its person", () => {
    const text =
      "Marta van der Berg opened the scoring and Ana Sofia Lopez Ruiz added a second. Later van der Berg said the team had earned it, and Lopez Ruiz agreed.\n\nMarta Houston, a nurse, was at the game. Houston said she had never seen such a crowd. She flies back to Houston on Monday.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ["Marta van der Berg", "person", ["van der Berg"]],
      ["Ana Sofia Lopez Ruiz", "person", ["Lopez Ruiz"]],
      ["Marta Houston", "person", ["Houston"]],
      ["Houston", "place", []],
    ]);
  });

  it("reads an institution after a title and `of`, and its capitalised head word later", () => {
    const text =
      "Priya Natarajan, Director of the Coastal Research Institute, spoke to the Council of Elders on Tuesday. Its members said the Council would reply.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ["Priya Natarajan", "person", []],
      ["Coastal Research Institute", "organization", []],
      ["Council of Elders", "organization", ["Council"]],
    ]);
  });

  it("reads an acronym written as a word in brackets after the name it spells, and bodies a gazetteer word or `Confederation` opens", () => {
    expect(mentionsOf("The Associated Society of Tram Engineers (Aste) met the Confederation of Marwick Industry. Aste said no, according to the Centre for Economics and Business Research.\n")).toEqual([
      ["Associated Society of Tram Engineers", "organization", ["Associated Society of Tram Engineers:name", "Aste:alias", "Aste:alias"]],
      ["Confederation of Marwick Industry", "organization", ["Confederation of Marwick Industry:name"]],
      ["Centre for Economics and Business Research", "organization", ["Centre for Economics and Business Research:name"]],
    ]);
  });

  it("types a plan, doctrine or report named for a person as no person", () => {
    expect(types("Ministers backed the Morgan Plan for the coast. The Carter Doctrine still shapes policy, and the Lucas Report was published.\n")).toEqual({
      "Morgan Plan": "other",
      "Carter Doctrine": "other",
      "Lucas Report": "other",
    });
  });

  it("reads an advocate as a role, and where one works as a body", () => {
    const text = "Refunds\n\nOn Monday, consumer advocate Jeroen Smits said refunds were due. Karin Vos, a patient advocate at the Zorgbond, agreed.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Jeroen Smits", "person", ["consumer advocate"]],
      ["Karin Vos", "person", ["patient advocate at the Zorgbond"]],
      ["Zorgbond", "organization", []],
    ]);
  });

  it("types a name that ends in `Air` as an airline, though its first word names someone", () => {
    expect(types("Runway\n\nOn Monday, a Buddha Air jet skidded off the runway, and Zorvik Air cancelled flights.\n")).toEqual({
      "Buddha Air": "organization",
      "Zorvik Air": "organization",
    });
  });

  it("types `Air` before a place's name as an airline's name, at a sentence's start too, not called (nor a station) by the place alone, but keeps the air force's titles", () => {
    expect(typesAndRoles("Rescue\n\nAir Zermatt said it had sent helicopters. On Monday, Air Kelso flew. Air Marshal Harv Smyth agreed. Four died near Zermatt. Radio Sion spoke to doctors in Sion.\n")).toEqual({
      "Air Zermatt": ["organization"],
      "Air Kelso": ["organization"],
      "Harv Smyth": ["person", "Air Marshal"],
      Zermatt: ["place"],
      "Radio Sion": ["organization"],
      Sion: ["place"],
    });
  });

  it("keeps a modifier that opens a body's name in it though the rest is a name the tables know, unless a title follows", () => {
    expect(summary("Walkout\n\nOn Monday, members of the Indian National Congress walked out. Later, Senior White House adviser Dan Pfeiffer agreed.\n").map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Indian National Congress", "organization", []],
      ["White House", "organization", []],
      ["Dan Pfeiffer", "person", ["Senior White House adviser"]],
    ]);
  });

  it("types a law written as a regulation as no person, though a general's title opens it", () => {
    expect(types("Fines\n\nOn Monday, the bloc said the General Data Protection Regulation would apply to Zorvik Bank.\n")).toEqual({
      "General Data Protection Regulation": "other",
      "Zorvik Bank": "organization",
    });
  });

  it("calls back a name whose head word opens it by that word", () => {
    expect(mentionsOf("Staff at the University of Marwick and the Department of Harbours met. The university agreed, and the department did not.\n")).toEqual([
      ["University of Marwick", "organization", ["University of Marwick:name", "university:description"]],
      ["Department of Harbours", "organization", ["Department of Harbours:name", "department:description"]],
    ]);
  });

  it("types a carrier by its cargo or freight head, and reads the lower-case word of what a firm deals in as the thing", () => {
    expect(mentionsOf("Marwick Cargo lost a jet and Orvale Software fixed a flaw. The cargo was lost, the software was buggy and the airline said so. Tarvel Freight Lines agreed.\n")).toEqual([
      ["Marwick Cargo", "organization", ["Marwick Cargo:name", "airline:description"]],
      ["Orvale Software", "organization", ["Orvale Software:name"]],
      ["Tarvel Freight Lines", "organization", ["Tarvel Freight Lines:name"]],
    ]);
  });

  it("types a utility by `Power` after a word no given name is, but keeps a given name's `Power`, called back after a title, a person's", () => {
    expect(typesAndRoles("Storm\n\nVelmar Power says 48,000 homes are without electricity. Kate Power said crews were out. Ambassador Power said aid would come.\n")).toEqual({
      "Velmar Power": ["organization"],
      "Kate Power": ["person", "Ambassador"],
    });
  });

  it("reads a surname that is a body's head word after a title, or any such surname after a form of address, as a person's", () => {
    expect(typesAndRoles("Vote\n\nSenator Church said the bill would fail. Ms Branch agreed, and Mr Day said nothing. The Tarvel Church said it would pray.\n")).toEqual({
      Church: ["person", "Senator"],
      Branch: ["person", "Ms."],
      Day: ["person", "Mr."],
      "Tarvel Church": ["organization"],
    });
  });

  it("types a firm by a head word of its trade after a surname, calling back by the word of a place of work, not of goods", () => {
    expect(mentionsOf("On Monday, Pemberton Dairy and Hollis Cement agreed terms. The dairy said the cement was cheap, and Hollis Cement agreed.\n")).toEqual([
      ["Pemberton Dairy", "organization", ["Pemberton Dairy:name", "dairy:description"]],
      ["Hollis Cement", "organization", ["Hollis Cement:name", "Hollis Cement:name"]],
    ]);
  });

  it("reads an institution named `Head of Place` after a title or an honour's grade, keeping its place", () => {
    const text =
      "Tamsin Adebayo, Governor of the Bank of Lisvania, spoke first. The Chancellor of the University of Marwick disagreed. Adebayo was made an Officer of the Order of Lisvania in 2001 and is a Fellow of the Royal Society.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Tamsin Adebayo", "person", ["Governor of the Bank of Lisvania"]],
      ["Bank of Lisvania", "organization", []],
      ["University of Marwick", "organization", []],
      ["Order of Lisvania", "organization", []],
      ["Royal Society", "organization", []],
    ]);
  });

  it("types a company's product, a place after `in`, and a speaker whose name starts with an acronym", () => {
    const text = "Users of Facebook Messenger in Novo Mesto complained, and Messenger went down again. HQ Analytics said the outage lasted an hour.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.aliases])).toEqual([
      ["Facebook Messenger", "other", ["Messenger"]],
      ["Novo Mesto", "place", []],
      ["HQ Analytics", "organization", []],
    ]);
  });
});

describe("titles, operations and names of other traditions", () => {
  it("peels a place's title off a name when the place is also a given name or holds a particle", () => {
    expect(summary("Alberta Premier Danielle Varga spoke. Rio Grande do Sul Governor Marco Teles agreed. Stephen King said no.\n")).toEqual([
      { name: "Alberta", type: "place", roles: [], aliases: [] },
      { name: "Danielle Varga", type: "person", roles: ["Alberta Premier"], aliases: [] },
      { name: "Rio Grande do Sul", type: "place", roles: [], aliases: [] },
      { name: "Marco Teles", type: "person", roles: ["Rio Grande do Sul Governor"], aliases: [] },
      { name: "Stephen King", type: "person", roles: [], aliases: [] },
    ]);
  });

  it("resolves a title of several words to its one holder, the exact title first", () => {
    const text =
      "Foreign Secretary Amara Okafor met Shadow Foreign Secretary Tom Reyes. Later the Foreign Secretary said talks went well; the Shadow Foreign Secretary disagreed.\n";
    const model = analyzeArticle(text);
    const forms = (name: string) => model.entities.find((e) => e.name === name)!.mentions.map((m) => [m.text, m.kind]);
    expect(forms("Amara Okafor")).toEqual([["Amara Okafor", "name"], ["Foreign Secretary", "description"]]);
    expect(forms("Tom Reyes")).toEqual([["Tom Reyes", "name"], ["Shadow Foreign Secretary", "description"]]);
  });

  it("resolves a lower-case title of several words to its one holder, but not a title that is itself a role", () => {
    const text =
      "Visit\n\nOn Monday, first lady Mary Cole, Prime Minister Tom Hart and Foreign Minister Raul Diaz visited Denver. The first lady told pupils she loved reading, and the prime minister's Denver office said so. Ann Bell, the prime minister of Chile, and the foreign minister Ana Ruiz came too.\n";
    const model = analyzeArticle(text);
    const forms = (name: string) => model.entities.find((e) => e.name === name)!.mentions.map((m) => [m.text, m.kind]);
    expect(forms("Mary Cole")).toEqual([["Mary Cole", "name"], ["first lady", "description"], ["she", "pronoun"]]);
    expect(forms("Tom Hart")).toEqual([["Tom Hart", "name"], ["prime minister", "description"]]);
    expect(forms("Ann Bell")).toEqual([["Ann Bell", "name"]]);
    expect(forms("Raul Diaz")).toEqual([["Raul Diaz", "name"]]);
  });

  it("types operations and battles as events, hyphenated given names as people, and a known name joined by `and`", () => {
    const text = "Lee Jae-Won led Operation Sea Breeze after the Battle of Tora Bora, wrote Anna Berg of The Globe and Mail. Exercise Iron Shield followed.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Lee Jae-Won", "person"],
      ["Operation Sea Breeze", "event"],
      ["Battle of Tora Bora", "event"],
      ["Anna Berg", "person"],
      ["The Globe and Mail", "organization"],
      ["Exercise Iron Shield", "event"],
    ]);
  });

  it("keeps a typing first word at a sentence's start and reads a name before `government` as a leader's", () => {
    const text = "Team Kenya won after other teams withdrew. Taxes rose under the Draghi government.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Team Kenya", "organization"],
      ["Draghi", "person"],
    ]);
  });

  it("reads a team before its manager's role after a closing quote, a place after a verb of travel, and a headline's common word", () => {
    const text =
      "Harriers Win Another Cup Derby\n\n\"We were lucky,\" Harriers manager Ruth Ames said after the derby. Harriers travel to Eastwick next week, and train next to Brindlemere.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Harriers", "organization"],
      ["Ruth Ames", "person"],
      ["Eastwick", "place"],
      ["Brindlemere", "place"],
    ]);
  });

  it("drops a generic word after `the` or a common noun's possessive that no name completes, and at a sentence's start, keeps `the Guardian`, and ends a sentence at `no.`", () => {
    const text =
      "The Guardian reported that the Department said no. Officials declined to comment, and the Government stayed silent. The family lives at No. 4 Elm Street. The county's Police and Crime Commissioner spoke, and a city's Council met.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["The Guardian", "organization"],
      ["Elm Street", "place"],
    ]);
    // (so does one opening a sentence where the article writes it in lower case too, though capitals elsewhere name it)
    expect(summary("Police raid homes\n\nThen the Police arrived. Later police left.\n")).toEqual([]);
    expect(summary("Police raid homes\n\nThen the Police arrived. Later police left. Police said so.\n")).toEqual([]);
    // a parliament's one word names it alone; a bill is named by its head word; so are the chambers
    const parliament = "Budget vote\n\nThe Senate passed the revised Appropriation Bill on Monday. Later the Senate met the House of Delegates and the Legislature.\n";
    expect(summary(parliament).map((e) => [e.name, e.type])).toEqual([
      ["Senate", "organization"],
      ["Appropriation Bill", "event"],
      ["House of Delegates", "organization"],
      ["Legislature", "organization"],
    ]);
  });
});

describe("companies and initials", () => {
  it("reads `Co` as a legal form, `P&G` as the initials of `Procter & Gamble` and `Procter and Gamble` as the same name", () => {
    const text = "Procter and Gamble beats forecasts\n\nProcter & Gamble Co on Wednesday beat estimates. P&G kept its forecast, and AT&T fell.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}/${m.kind}`)])).toEqual([
      ["Procter & Gamble Co", "organization", ["Procter and Gamble/partial", "Procter & Gamble Co/name", "P&G/acronym", "its/pronoun"]],
      ["AT&T", "organization", ["AT&T/name"]],
    ]);
  });

  it("types a name by a plural head word, which in lower case describes nothing", () => {
    const text = "The developer, Berkeley Homes, said the homes would be built by Quarry Foods International.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => `${m.text}/${m.kind}`)])).toEqual([
      ["Berkeley Homes", "organization", ["Berkeley Homes/name"]],
      ["Quarry Foods International", "organization", ["Quarry Foods International/name"]],
    ]);
  });

  it("reads a common noun's initials as no name unless the article spells out a name with them", () => {
    const text = "GDP grew as sales of TVs rose. R&D spending at Amnesty International (AI) fell, AI said, and a Q&A followed.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.aliases])).toEqual([["Amnesty International", "organization", ["AI"]]]);
  });

  it("reads the initials of exams, degrees, screens and lorries as no name", () => {
    expect(summary("Results\n\nShe got nine GCSEs, an IGCSE and an MBA. The GCSE results came out. Its OLED display is bright. Two HGV drivers were hurt.\n")).toEqual([]);
  });

  it("reads such initials as a body's name, every time, once a body's noun introduces them", () => {
    const text = "Rescue\n\nOn Monday, state broadcaster CCTV reported the rescue. CCTV says all were safe. CCTV has pictures, and CCTV showed them, though CCTV cameras failed.";
    expect(mentionsOf(text)).toEqual([["CCTV", "organization", ["CCTV:name", "CCTV:name", "CCTV:name", "CCTV:name"]]]);
  });
});

describe("bodies named by their subject", () => {
  it("types a body named `<head> on <subject>` by the head before `on`, whoever speaks for it", () => {
    const text = "Alia Salem of the Council on American-Islamic Relations said the boy was treated unfairly.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Alia Salem", "person"],
      ["Council on American-Islamic Relations", "organization"],
    ]);
  });
});

describe("football clubs", () => {
  it("types clubs by their suffix, and a town's name before `Town` as its club", () => {
    const text = "Luton Town beat Wolverhampton Wanderers, and Charlton Athletic drew with Blackburn Rovers. Tourists prefer Cape Town.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Luton Town", "organization"],
      ["Wolverhampton Wanderers", "organization"],
      ["Charlton Athletic", "organization"],
      ["Blackburn Rovers", "organization"],
      ["Cape Town", "place"],
    ]);
  });

  it.each(["Harriers", "Striders", "Dynamos"])("types a club by the word `%s` that ends its name", (suffix) => {
    expect(summary(`Club\n\nShe joined Orsel ${suffix} in 2015.\n`).map((e) => [e.name, e.type])).toEqual([[`Orsel ${suffix}`, "organization"]]);
  });

  it("reads a forest as a place, and a town's name before `Forest` that speaks as its club", () => {
    const text = "Appeal\n\nOn Monday, Nottingham Forest said it would appeal. The fire spread from the Sierra National Forest into the Selway Wilderness and the Black Forest, past the Kelso Dunes and the Tarvin Swamp.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Nottingham Forest", "organization"],
      ["Sierra National Forest", "place"],
      ["Selway Wilderness", "place"],
      ["Black Forest", "place"],
      ["Kelso Dunes", "place"],
      ["Tarvin Swamp", "place"],
    ]);
  });
});

describe("charities", () => {
  it("types a charity by the word `Shelter` that ends its name, and calls it back by the word", () => {
    expect(analyzeArticle("Appeal\n\nThe money was meant for Orsel Night Shelter. The shelter was short.\n").entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ["Orsel Night Shelter", "organization", 2],
    ]);
  });
});

describe("months that are first names", () => {
  it("reads a month before a name word as a first name, and a date after a date's preposition", () => {
    const text = "Heat wave\n\nJune Carter said no, and April Ryan agreed with Prime Minister Jan Hale. In June President Obama spoke, and sales fell in April.\n";
    const m = analyzeArticle(text);
    expect(m.entities.map((e) => [e.name, e.roles])).toEqual([
      ["June Carter", []],
      ["April Ryan", []],
      ["Jan Hale", ["Prime Minister"]],
      ["Obama", ["President"]],
    ]);
    expect(m.dates.map((d) => d.text)).toEqual(["June", "April"]);
  });
});

describe("a family's words for its elders", () => {
  it.each(["Mum", "Mom", "Mummy", "Dad", "Daddy", "Grandma", "Grandpa", "Grandad", "Granddad"])("reads `%s` as a person", (word) => {
    expect(types(`Letters\n\nThen I never visited ${word} in the home, and ${word} said so.\n`)).toEqual({ [word]: "person" });
  });
});

describe("days inside names", () => {
  it("reads no date in a name that holds a day's word", () => {
    const m = analyzeArticle("Row\n\nHe told the Sunday Courier on Friday that he would run.\n");
    expect(m.entities.map((e) => [e.type, e.name])).toEqual([["organization", "Sunday Courier"]]);
    expect(m.dates.map((d) => d.text)).toEqual(["Friday"]);
  });
});

describe("short forms of weekdays that are surnames", () => {
  it("reads a weekday's short form right after a first name as a surname, and alone as a date", () => {
    const m = analyzeArticle("Appeal\n\nHis lawyer, Rachel Sun KC, said he would appeal. The hearing is on Sun 14 March. Rachel Sun met Jordan Tuesday.\n");
    expect(m.entities.map((e) => [e.name, e.roles])).toEqual([
      ["Rachel Sun", ["lawyer"]],
      ["Jordan", []],
    ]);
    expect(m.dates.map((d) => d.text)).toEqual(["Sun 14 March", "Tuesday"]);
  });
});

describe("nationals", () => {
  it("reads a word for a nation's people as no name, and its plural as a group", () => {
    const text = "Nadal wins\n\nRafael Nadal beat Novak Djokovic. “I played well,” the Spaniard said, and the Briton and the Scot agreed. Spaniards cheered and Frenchmen wept.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Rafael Nadal", "person"],
      ["Novak Djokovic", "person"],
      ["Spaniards", "group"],
      ["Frenchmen", "group"],
    ]);
  });
});

describe("roles around a name", () => {
  it("reads agent nouns, a possessive before the role, and a role set before the name by commas", () => {
    const text =
      "The league's chief executive, Dana Whitfield, said the vote was close. Tomas Rudd, the lighthouse keeper, disagreed, and Mira Sandoval, a retired physician at the county hospital, said nothing. Ilse Brandt, the club's director general, left early.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Dana Whitfield", ["league's chief executive"]],
      ["Tomas Rudd", ["lighthouse keeper"]],
      ["Mira Sandoval", ["retired physician at the county hospital"]],
      ["Ilse Brandt", ["club's director general"]],
    ]);
    // a long appositive whose role noun comes first, a second one after `and`, and role nouns of work outside offices
    const more = "“It matters,” said Dr Lena Varga, an associate professor of clinical epidemiology and nutrition at the school and the study's senior author. Owen Pryce, a registered dietitian at Westbury Clinic, and Ada Roe, a senior lecturer, agreed.\n";
    expect(summary(more).filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Lena Varga", ["Dr.", "associate professor of clinical epidemiology and nutrition at the school", "study's senior author"]],
      ["Owen Pryce", ["registered dietitian at Westbury Clinic"]],
      ["Ada Roe", ["senior lecturer"]],
    ]);
    // a body's short name in brackets inside the appositive does not end it
    const bracketed = "Crash\n\nNo one was hurt, said Jagannath Niraula, a spokesman for the Civil Aviation Authority of Nepal (CAAN). Ann Lee, a lawyer (retired), spoke.\n";
    expect(summary(bracketed).filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Jagannath Niraula", ["spokesman for the Civil Aviation Authority of Nepal"]],
      ["Ann Lee", []],
    ]);
  });

  it("reads a sport's player named for the game as a role, before the name or after an age", () => {
    const text = "Then footballer Ben Ode met Tom Hale, 50, cricketer, and Eva Lind, a former footballer.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ben Ode", ["footballer"]],
      ["Tom Hale", ["cricketer"]],
      ["Eva Lind", ["former footballer"]],
    ]);
  });

  it("reads one's predecessor or successor in an office as a role, and a body's as none", () => {
    const text = "Then her predecessor, Ivo Lusk, said so. His successor Ana Ruiz agreed. The bank and its successor, Norvex Ltd, merged.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ivo Lusk", ["predecessor"]],
      ["Ana Ruiz", ["successor"]],
      ["Norvex Ltd", []],
    ]);
  });

  it("reads an office's field of everyday words ending in a plural as no name, and a body after the office as one", () => {
    const text =
      "Jail\n\nThe jail was rated poor by the Chief Inspector of Prisons last year, and the Director of Public Prosecutions agreed. Ivo Lusk met the Inspector of Taxes in Velmar and the Chief Executive of Tarvel Holdings.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Ivo Lusk", "person"],
      ["Velmar", "place"],
      ["Tarvel Holdings", "organization"],
    ]);
  });

  it("reads a role set off by commas before a name with the body it serves after `for` and `the`", () => {
    const text =
      "Scuffles\n\nOn Monday, police arrested four people after scuffles, a spokesman for the state police, Daniel Ndukwe, said. Later, according to the visiting team's coach, Ryan Pell, the pitch was poor. According to the home team's manager, Ali Dunn, it was fine.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Daniel Ndukwe", "person", ["spokesman for the state police"]],
      ["Ryan Pell", "person", ["visiting team's coach"]],
      ["Ali Dunn", "person", ["home team's manager"]],
    ]);
    // (the body's acronym in brackets is left out of the role, set off or not)
    const trophy = "Final\n\nThe Velmar Chess Federation (VCF) president, Ivo Lusk, presented the trophy. The Sarno Tennis Association (STA) chairman Ana Ruiz watched.\n";
    expect(summary(trophy).map((e) => [e.name, e.roles])).toEqual([
      ["Velmar Chess Federation", []],
      ["Ivo Lusk", ["Velmar Chess Federation president"]],
      ["Sarno Tennis Association", []],
      ["Ana Ruiz", ["Sarno Tennis Association chairman"]],
    ]);
  });

  it("reads a hyphenated role whole, ends a role at a person's name before `and`, and reads a portfolio as no one's name", () => {
    const text = "Vote count\n\nKLP co-leader Ilse Varga spoke first. Party co-founder Tom Ruiz and vice-chairman Ian Moss agreed. The Minister of Agriculture, Ann Obi, met the Secretary of Homeland Security and the Coordinating Minister of the Economy, Tunde Alabi. They wrote to the United Nations High Commissioner for Refugees.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["KLP", "organization", []],
      ["Ilse Varga", "person", ["KLP co-leader"]],
      ["Tom Ruiz", "person", ["Party co-founder"]],
      ["Ian Moss", "person", ["vice-chairman"]],
      ["Ann Obi", "person", ["Minister of Agriculture"]],
      ["Tunde Alabi", "person", ["Coordinating Minister of the Economy"]],
      ["United Nations", "organization", []],
    ]);
    // (a name no list of given names holds, after a portfolio's everyday words)
    // and after a qualifier of the office in brackets
    const unlisted =
      "Fraud\n\nOn Monday, the gang was large, said Commissioner of Police Tavrek Olundi. Minister of Home Affairs Juvan Peshka agreed. Deputy Commissioner of Police (Cyber) Ruvan Ostek and Superintendent of Police (Rural) Ankit Verem spoke.\n";
    expect(summary(unlisted).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Tavrek Olundi", "person", ["Commissioner of Police"]],
      ["Juvan Peshka", "person", ["Minister of Home Affairs"]],
      ["Ruvan Ostek", "person", ["Deputy Commissioner of Police Cyber"]],
      ["Ankit Verem", "person", ["Superintendent of Police Rural"]],
    ]);
    // (a role's prefix before a role or an office word, anywhere in the sentence)
    const prefixed = "Crew\n\nEarlier, Co-pilot Ana Ruiz said so. Ex-President Ivo Lusk and Vice-Captain Tom Hale agreed, and Sub-Lieutenant Ann Cole and Under-Secretary Kai Moss left.\n";
    expect(summary(prefixed).map((e) => [e.name, e.roles])).toEqual([
      ["Ana Ruiz", ["Co-pilot"]],
      ["Ivo Lusk", ["Ex-President"]],
      ["Tom Hale", ["Vice-Captain"]],
      ["Ann Cole", ["Sub-Lieutenant"]],
      ["Kai Moss", ["Under-Secretary"]],
    ]);
    // (a hyphenated role whose second part is no role by itself)
    const positions = "Match\n\nThe visitors lost scrum-half Nolann Le Garrec to a yellow card. Centre-back Tomas Varga scored.\n";
    expect(summary(positions).map((e) => [e.name, e.roles])).toEqual([
      ["Nolann Le Garrec", ["scrum-half"]],
      ["Tomas Varga", ["Centre-back"]],
    ]);
  });

  it("gives a relative introduced by a clause the relation alone, and leaves the shared surname to the person it is about", () => {
    const text =
      "Ada Mensah dies at 88\n\nAda Mensah, a surgeon, died on Monday. Her death was confirmed by her son, Kofi Mensah. Dr. Mensah trained in London, and her husband, Yaw Mensah, taught there. Mensah founded a clinic.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "person")).toEqual([
      ["Ada Mensah", "person", ["Ada Mensah:name", "Ada Mensah:name", "Her:pronoun", "her:pronoun", "Mensah:partial", "her:pronoun", "Mensah:partial"]],
      ["Kofi Mensah", "person", ["Kofi Mensah:name"]],
      ["Yaw Mensah", "person", ["Yaw Mensah:name"]],
    ]);
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ada Mensah", ["surgeon", "Dr."]],
      ["Kofi Mensah", ["son"]],
      ["London", []],
      ["Yaw Mensah", ["husband"]],
    ]);
  });

  it("gives a bare surname to the relative named before it, not to a namesake named only later", () => {
    const text =
      "Lena Varga-Holt dies at 91\n\nLena Varga-Holt, a surgeon, died on Friday, her son, Dr. Pavel Holt, said.\n\n\"She never stopped teaching,\" Holt said.\n\nShe moved to Vienna with her husband, the architect Emil Holt, who died in 2011.\n";
    const people = analyzeArticle(text).entities.filter((e) => e.type === "person");
    expect(people.map((e) => [e.name, e.mentions.filter((m) => m.kind === "partial").map((m) => m.text)])).toEqual([
      ["Lena Varga-Holt", []],
      ["Pavel Holt", ["Holt"]],
      ["Emil Holt", []],
    ]);
    expect(analyzeArticle(text, { uri: "file:///obituary.txt" }).quotes.map((q) => q.speakerName)).toEqual(["Pavel Holt"]);
  });

  it("gives a bare surname to the living namesake, not to one the article names as late, though named nearer", () => {
    const text =
      "Aide fined\n\nOn Monday, prosecutors said Tom Reed, a former aide to the late mayor John Reed, had lied in court.\n\nReed, who was tried alongside the governor, was fined $3,000.\n";
    const people = analyzeArticle(text).entities.filter((e) => e.type === "person");
    expect(people.map((e) => [e.name, e.mentions.map((m) => `${m.text}:${m.kind}`)])).toEqual([
      ["Tom Reed", ["Tom Reed:name", "Reed:partial"]],
      ["John Reed", ["John Reed:name"]],
    ]);
  });

  it("reads an officer's whole title and a department's chief before a name", () => {
    const text = "Results\n\nChief financial officer Tomás Herrera said costs rose. The chief technology officer Ann Lee agreed, and police chief Sam Hill and campaign manager Lisa Park did not.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Tomás Herrera", ["Chief financial officer"]],
      ["Ann Lee", ["chief technology officer"]],
      ["Sam Hill", ["police chief"]],
      ["Lisa Park", ["campaign manager"]],
    ]);
  });

  it("reads a role set before a name by commas inside a sentence, after its determiner", () => {
    const text =
      "Talks end\n\nPrime Minister Ken Hale met his Mexican counterpart, Rosa Ibarra, on Tuesday. The company said on Monday that its chief executive, Jon Moeller, would stay. Police arrested the man, Tom Doe, at home.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ken Hale", ["Prime Minister"]],
      ["Rosa Ibarra", ["Mexican counterpart"]],
      ["Jon Moeller", ["chief executive"]],
      ["Tom Doe", []],
    ]);
  });

  it("reads a title of rank held of a place as a role, set before a name by commas or after it", () => {
    const text = "Visit\n\nOn Monday, the Archbishop of Canterbury, Ann Bell, met Tom Leary, the Archbishop of Armagh, in Leeds.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Canterbury", []],
      ["Ann Bell", ["Archbishop of Canterbury"]],
      ["Tom Leary", ["Archbishop of Armagh"]],
      ["Armagh", []],
      ["Leeds", []],
    ]);
  });

  it("reads a kin noun set before a name by commas as the name's, save where the given name is only of the other sex", () => {
    const text =
      "Theft\n\nOn Monday, the son of one resident, Dorothy Pickles, saw it. The widow of a pilot, Ann Lowe, spoke, and the husband " +
      "of a patient, Margaret Dunn, wept. The brother of a driver, Stacy Webb, who may be a man, did not.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Dorothy Pickles", ["resident"]],
      ["Ann Lowe", ["widow of a pilot"]],
      ["Margaret Dunn", ["patient"]],
      ["Stacy Webb", ["brother of a driver"]],
    ]);
  });

  it("reads a role set before a name by commas across an age written before the name", () => {
    expect(summary("Crash\n\nOn Monday, the board said the captain, 58-year-old Douglas Ferreira, had disabled a warning.\n").map((e) => [e.name, e.roles])).toEqual([["Douglas Ferreira", ["captain"]]]);
  });

  it("ends a role after a name where its relative clause or a participle with its `by` begins", () => {
    const text =
      "Lena Hart, an epidemiologist at Boston College who was not involved in the research, called it alarming. Omar Field, a lawyer whose firm lost the case, agreed. Ivo Lusk, a lawyer hired by the family, spoke.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Lena Hart", ["epidemiologist at Boston College"]],
      ["Boston College", []],
      ["Omar Field", ["lawyer"]],
      ["Ivo Lusk", ["lawyer"]],
    ]);
  });

  it("keeps a portfolio's last words in the title before the name", () => {
    const text = "Talks resume\n\nMinister for Foreign Affairs Simon Coveney spoke on Monday. The Secretary for Home Affairs Priti Patel agreed, and President Grace Mugabe came.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Simon Coveney", ["Minister for Foreign Affairs"]],
      ["Priti Patel", ["Secretary for Home Affairs"]],
      ["Grace Mugabe", ["President"]],
    ]);
  });

  it("ends a portfolio opened by `Foreign` or `Home` with the word after it, before a comma too", () => {
    const text =
      "Talks resume\n\nThe Minister for Foreign Affairs, Ilse Varga, spoke. The Secretary for Home Affairs, Tom Ruiz, agreed. Osmania's Minister of State for Foreign Affairs, Khalid bin Omar al-Tamimi, came. The Minister of State for Trade, Ian Holt, came.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ilse Varga", ["Minister for Foreign Affairs"]],
      ["Tom Ruiz", ["Secretary for Home Affairs"]],
      ["Khalid bin Omar al-Tamimi", ["Osmania's Minister of State for Foreign Affairs"]],
      ["Ian Holt", ["Minister of State for Trade"]],
    ]);
  });

  it("gives a title after `for`, `to` or `and` to the name it stands before, not the role before it", () => {
    const text =
      "A spokesman for Attorney General Ken Paxton said the state would appeal. An adviser to Prime Minister Lena Vos agreed, as did Undersecretary for Education Maria Kroon, who left with musician Tiziano Lugli and actor Jason Beghe.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ken Paxton", ["Attorney General"]],
      ["Lena Vos", ["Prime Minister"]],
      ["Maria Kroon", ["Undersecretary for Education"]],
      ["Tiziano Lugli", ["musician"]],
      ["Jason Beghe", ["actor"]],
    ]);
    // (a role before `for` and a lower-case role is someone else's, or an award the name won; a field after `for` is the role's)
    expect(summary("Oscars\n\nThe film won best actress for singer Ana Ruiz and best actor for newcomer Tom Bell. The campaign manager for candidate Ivo Lusk agreed. Envoy for climate Ed Sarno left.\n").map((e) => [e.name, e.roles])).toEqual([
      ["Ana Ruiz", ["singer"]],
      ["Tom Bell", []],
      ["Ivo Lusk", ["candidate"]],
      ["Ed Sarno", ["Envoy for climate"]],
    ]);
    // (an article before a lower-case role opens it: the body before is the other side of a deal)
    expect(summary("Deal\n\nKelmo agreed a fee with Tarvel Athletic for the striker Ivo Lusk.\n").map((e) => [e.name, e.roles])).toEqual([
      ["Kelmo", []],
      ["Tarvel Athletic", []],
      ["Ivo Lusk", ["striker"]],
    ]);
  });

  it("reads `, who` after a name as a person's and `, its` or `, which` as a thing's", () => {
    const text = "Zyla Orrin, who runs the shop, agreed that Quill Paper, its main rival, had grown.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Zyla Orrin", "person"],
      ["Quill Paper", "other"],
    ]);
  });

  it("leaves a place a preposition governs before `, who` a place, unless a given name opens it", () => {
    const text = "Then Ivo Lusk, head gardener at Dersk Hall, who has grown tulips for years, sat next to Tom Hall, who smiled.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Ivo Lusk", "person"],
      ["Dersk Hall", "place"],
      ["Tom Hall", "person"],
    ]);
  });

  it("reads `, which` after a work's maker as the work's, and after a participle and `by` as the name's", () => {
    const text = "Then the lots included a landscape by Ivo Lusk, which sold for £95,000, and a small drawing by Eva Lind, which sold too. A plant run by Tarvel Quill, which employs 900 people, closed. The mill was bought last year by Dersk Orvel, which employs 40 people.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Ivo Lusk", "person"],
      ["Eva Lind", "person"],
      ["Tarvel Quill", "organization"],
      ["Dersk Orvel", "organization"],
    ]);
  });

  it("reads two initials without periods before a surname as a person, not an acronym before a place or a head word", () => {
    const text = "A study by RT Calloway found losses, and TV Azteca and the UK Parliament reported it.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["RT Calloway", "person"],
      ["TV Azteca", "organization"],
      ["UK Parliament", "organization"],
    ]);
  });
});

describe("names written the way European wires write them", () => {
  const text = [
    "Dock workers walked off the job in Bremerhaven on Tuesday.",
    "",
    "“We are not going back,” said Niels van der Berg, the union's chief negotiator. Van der Berg told reporters the vote was clear.",
    "",
    "A spokeswoman, Anna-Lena Müller, said talks with the employers' association VNO-NCW had broken down.",
  ].join("\n");
  const entities = analyzeArticle(text).entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => `${m.text}/${m.kind}`) }));

  it("joins a particle surname capitalised at a sentence start to its full name", () => {
    expect(entities.find((e) => e.name === "Niels van der Berg")).toEqual({ name: "Niels van der Berg", type: "person", mentions: ["Niels van der Berg/name", "Van der Berg/partial"] });
    expect(entities.map((e) => e.name)).not.toContain("Van der Berg");
  });

  it("reads a hyphenated pair of first names as a person's, a hyphenated acronym as a body's and a city of 100,000 as a place", () => {
    expect(entities.find((e) => e.name === "Anna-Lena Müller")?.type).toBe("person");
    expect(entities.find((e) => e.name === "VNO-NCW")?.type).toBe("organization");
    expect(entities.find((e) => e.name === "Bremerhaven")?.type).toBe("place");
  });

  it("joins a Portuguese or Spanish double surname at its `e` or `y`, and no single letters", () => {
    const text =
      "Vote\n\nLISBON (Reuters) - Admiral Tomás Quarema e Vilar came third on Sunday, officials said. Voters who backed Quarema e Vilar may go to Inés Bardaz y Lorente. Plan B e Vitamin C sold out.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "person")).toEqual([
      ["Tomás Quarema e Vilar", "person", ["Tomás Quarema e Vilar:name", "Quarema e Vilar:partial"]],
      ["Inés Bardaz y Lorente", "person", ["Inés Bardaz y Lorente:name"]],
    ]);
  });
});

describe("Korean and Taiwanese given names", () => {
  const entities = (text: string) =>
    analyzeArticle(`Hack\n\n${text}`).entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => m.text) }));

  it("reads two syllables joined by a hyphen as a given name, so a place's head word after it ends a person's name", () => {
    expect(
      entities("Hae-won Park, a lecturer in security at Tayside University, said hospitals were easy targets. Park said she had warned them. Tsai Ing-wen agreed."),
    ).toEqual([
      { name: "Hae-won Park", type: "person", mentions: ["Hae-won Park", "Park", "she"] },
      { name: "Tayside University", type: "organization", mentions: ["Tayside University"] },
      { name: "Tsai Ing-wen", type: "person", mentions: ["Tsai Ing-wen"] },
    ]);
  });

  it("leaves English compounds of that shape alone", () => {
    expect(entities("Re-run Park reopened on Monday. No-go Park stayed shut.").map((e) => [e.name, e.type])).toEqual([
      ["Re-run Park", "place"],
      ["No-go Park", "place"],
    ]);
  });
});

describe("American political copy", () => {
  const text = [
    "The Energy and Natural Resources Committee voted 14-6 on Thursday. Sen. Maria Cantwell, D-Wash., and Sen. Chuck Schumer, D-N.Y., backed it; Rep. Kay Granger, R-Texas, did not.",
    "",
    "The Health and Human Services Department said officials from Iraq and Syria would attend.",
  ].join("\n");
  const entities = analyzeArticle(text).entities.map((e) => `${e.name} (${e.type})`);

  it("reads party tags as a lawmaker's party and state, not names, and keeps a body's `X and Y` portfolio in its name", () => {
    expect(entities).toEqual([
      "Energy and Natural Resources Committee (organization)",
      "Maria Cantwell (person)",
      "Washington (place)",
      "Chuck Schumer (person)",
      "New York (place)",
      "Kay Granger (person)",
      "Texas (place)",
      "Health and Human Services Department (organization)",
      "Iraq (place)",
      "Syria (place)",
    ]);
  });
});

describe("business wire copy", () => {
  const text = [
    "Nordwind Energy ASA said on Tuesday it had agreed to buy U.S.-listed Solaris Grid Inc for $4.2 billion, as it pushes into North American solar power.",
    "",
    "Shares in Solaris (SOLG.O) jumped 24%, while Nordwind's stock (NWE.OL) fell. Solaris Grid has 900 staff.",
    "",
    "Solaris CEO David Okafor said the deal would help the company grow.",
  ].join("\n");
  const model = analyzeArticle(text);
  const entities = model.entities.map((e) => ({ name: e.name, type: e.type, roles: e.roles, mentions: e.mentions.map((m) => m.text) }));

  it("keeps a web address in a company's name, reads a name with a capital inside as no place, and takes no acronym from a legal form", () => {
    const model = analyzeArticle("Cloud deal\n\nVarnix.com Inc said it would invest in OpenLoop. Customers want generative AI, and Google parent Alphabet Inc. agreed.\n");
    const get = (name: string) => model.entities.find((e) => e.name === name);
    expect(get("Varnix.com Inc")?.type).toBe("organization");
    expect(types("Cuts\n\nOn Monday, staff left, according to Layoffs.fyi, a tracker.\n")).toEqual({ "Layoffs.fyi": "organization" });
    expect(get("OpenLoop")?.type).toBe("other");
    expect(get("Alphabet Inc.")?.mentions.map((m) => m.text)).toEqual(["Alphabet Inc."]);
  });

  it("types a name by its legal form and groups the company's shorter names with it", () => {
    expect(entities.find((e) => e.name === "Solaris Grid Inc")).toEqual({ name: "Solaris Grid Inc", type: "organization", roles: [], mentions: ["Solaris Grid Inc", "Solaris", "Solaris Grid", "Solaris", "company"] });
    expect(entities.find((e) => e.name === "Nordwind Energy ASA")).toEqual({ name: "Nordwind Energy ASA", type: "organization", roles: [], mentions: ["Nordwind Energy ASA", "it", "Nordwind"] });
  });

  it("reads no names in share codes or region adjectives, and peels a company's CEO off a person's name", () => {
    expect(entities.map((e) => e.name)).toEqual(["Nordwind Energy ASA", "United States", "Solaris Grid Inc", "David Okafor"]);
    expect(entities.find((e) => e.name === "David Okafor")?.roles).toEqual(["Solaris CEO"]);
  });

  it("reads a body's name opening a sentence as the name the article writes elsewhere, and initials that keep its small words", () => {
    const text =
      "Bank of Tarvel holds rates\n\nQUILLON, Feb 6 (Reuters) - The Bank of Tarvel kept rates on hold on Thursday. Department for Brannock Affairs lawyers said the DfBA would act.\n\nBank of Tarvel officials said the BoT would wait.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "organization")).toEqual([
      ["Bank of Tarvel", "organization", ["Bank of Tarvel:name", "Bank of Tarvel:name", "Bank of Tarvel:name", "BoT:acronym"]],
      ["Reuters", "organization", ["Reuters:name"]],
      ["Department for Brannock Affairs", "organization", ["Department for Brannock Affairs:name", "DfBA:acronym"]],
    ]);
  });

  it("ends a person's name at `of` before their employer or home", () => {
    const names = analyzeArticle("Tom Reyes of Jefferies said the price was fair. Ann Lee of Texas agreed, as did the Bank of England.").entities.map((e) => `${e.name} (${e.type})`);
    expect(names).toEqual(["Tom Reyes (person)", "Jefferies (organization)", "Ann Lee (person)", "Texas (place)", "Bank of England (organization)"]);
  });

  it("keeps a title word and a particle after a body's opening word in the body's name", () => {
    const text = "Lake study\n\nOn Monday, scientists at the Universidad Mayor de San Andrés said Mayor de Blasio had read it.\n";
    expect(analyzeArticle(text).entities.map((e) => `${e.name} (${e.type}) [${e.roles.join("; ")}]`)).toEqual([
      "Universidad Mayor de San Andrés (organization) []",
      "de Blasio (person) [Mayor]",
    ]);
  });

  it("ends a name opening with an unknown word before `of` and a place, and reads one such word as a body", () => {
    const text =
      "Final\n\nOn Monday, Rangers will face Zamalek of Egypt in Cairo, sponsored by Sonatrach Petroleum of Algeria, and officials from the Emirate of Qatar will attend.\n";
    expect(analyzeArticle(text).entities.map((e) => `${e.name} (${e.type})`)).toEqual([
      "Rangers (organization)",
      "Zamalek (organization)",
      "Egypt (place)",
      "Cairo (place)",
      "Sonatrach Petroleum (organization)",
      "Algeria (place)",
      "Emirate of Qatar (place)",
    ]);
  });

  it("keeps `of` and a place inside a name that goes on past the place to a body's head word", () => {
    const text = "Inspection\n\nThen inspectors praised Kelmo Church of England Primary School and Dersk Church of Scotland Academy.\n";
    expect(analyzeArticle(text).entities.map((e) => `${e.name} (${e.type})`)).toEqual([
      "Kelmo Church of England Primary School (organization)",
      "Dersk Church of Scotland Academy (organization)",
    ]);
  });

  it("keeps a given name or a dictionary word before `of` and a place in one name", () => {
    const text = "Final\n\nOn Monday, Philip of Spain met the Republic of Korea.\n";
    expect(analyzeArticle(text).entities.map((e) => `${e.name} (${e.type})`)).toEqual(["Philip of Spain (person)", "South Korea (place)"]);
  });

  it("ends the name at `of` after particles inside it", () => {
    const text = "Talks\n\nOn Monday, Luis de la Fuente of Banco Santander met Siti Nurhaliza Binti Hassan of Bank Negara Malaysia and Hind bint Faisal of Emirates NBD.\n";
    expect(analyzeArticle(text).entities.map((e) => `${e.name} (${e.type})`)).toEqual([
      "Luis de la Fuente (person)",
      "Banco Santander (organization)",
      "Siti Nurhaliza Binti Hassan (person)",
      "Bank Negara Malaysia (organization)",
      "Hind bint Faisal (person)",
      "Emirates NBD (organization)",
    ]);
  });

  it("ends the name at `of` for surnames with a hyphen, an apostrophe or an inner capital", () => {
    const names = analyzeArticle("Kemi Adeola-Hart of Toronto, Sean O'Brien of Dublin and Ian McDonald of Glasgow spoke.").entities.map((e) => `${e.name} (${e.type})`);
    expect(names).toEqual(["Kemi Adeola-Hart (person)", "Toronto (place)", "Sean O'Brien (person)", "Dublin (place)", "Ian McDonald (person)", "Glasgow (place)"]);
  });

  it("ends a titled person's name at `of` too, first name known or not, but keeps a title of a place whole", () => {
    const names = analyzeArticle("Professor Richard Whitcombe of the University of Edinburgh and President Barack Obama of the United States met King Abdullah of Jordan.").entities.map((e) => `${e.name} (${e.type}: ${e.roles.join(", ")})`);
    expect(names).toEqual(["Richard Whitcombe (person: Professor)", "University of Edinburgh (organization: )", "Barack Obama (person: President)", "United States (place: )", "Abdullah of Jordan (person: King)"]);
  });

  it("keeps a saint's or a plural noun's possessive inside a body's name, and no one else's", () => {
    const names = analyzeArticle("She trained at St Thomas' Hospital, St. Mary's Medical Center and Children's Hospital. The Farmers' Union wrote to Iran's Foreign Ministry and the Philippines' Senate.").entities.map((e) => `${e.name} (${e.type})`);
    expect(names).toEqual(["St Thomas' Hospital (organization)", "St. Mary's Medical Center (organization)", "Children's Hospital (organization)", "Farmers' Union (organization)", "Iran (place)", "Foreign Ministry (organization)", "Philippines (place)", "Senate (organization)"]);
    // a plural of people by what they do, which the word list lacks, is such a noun too; a surname is not
    const more = analyzeArticle("He appears at Northbury Magistrates' Court today. The Pensioners' Union and Tom Davies' Bank declined to comment.").entities.map((e) => `${e.name} (${e.type})`);
    expect(more).toEqual(["Northbury Magistrates' Court (organization)", "Pensioners' Union (organization)", "Tom Davies (person)", "Bank (organization)"]);
    // capitalised words that end after the possessive close the name as a head word does
    const closed = analyzeArticle("The Department of Veterans' Affairs said the Nurses' Health Study would go on.").entities.map((e) => `${e.name} (${e.type})`);
    expect(closed).toEqual(["Department of Veterans' Affairs (organization)", "Nurses' Health Study (other)"]);
    // a title's plural, which the word list lacks, is such a noun too
    const titled = analyzeArticle("Title\n\nThe Catholic Bishops' Conference met. The Rabbis' Council agreed.").entities.map((e) => `${e.name} (${e.type})`);
    expect(titled).toEqual(["Catholic Bishops' Conference (organization)", "Rabbis' Council (organization)"]);
    // a party's or a people's plural owns the body after it
    const owners = analyzeArticle("The bill threatens the Republicans' Senate majority. The Germans' Bundestag debate ran late.").entities.map((e) => `${e.name} (${e.type})`);
    expect(owners).toEqual(["Republicans (group)", "Senate (organization)", "Germans (group)", "Bundestag (organization)"]);
    // so does a body's plural head word after the body's other words, where it opens no name
    const bodies = analyzeArticle("Title\n\nTom Hale starred in Corvel Films' Sanctuary. The Films' Guild met. The Velmar Rovers' Kai Moss scored. A new Rovers' Trust was set up.").entities.map((e) => `${e.name} (${e.type})`);
    expect(bodies).toEqual(["Tom Hale (person)", "Corvel Films (organization)", "Sanctuary (other)", "Films' Guild (organization)", "Velmar Rovers (organization)", "Kai Moss (person)", "Rovers' Trust (organization)"]);
  });
});

describe("a legislator's state and party", () => {
  const people = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles]);

  it("reads a town no list knows before a party's member as a place, and gives the pair to the person it names", () => {
    expect(people("Vote\n\nOn Monday, Livonia Democrat Al Fox voted against it.\n")).toEqual([
      ["Livonia", "place", []],
      ["Democrat", "group", []],
      ["Al Fox", "person", ["Livonia Democrat"]],
    ]);
  });

  it("keeps a party's word that is also a place's head in the place's name after a preposition of place, but not after an article", () => {
    expect(people("Rally\n\nThe cars will gather on Kelvo Green, and a Tarvel Green spoke.\n")).toEqual([
      ["Kelvo Green", "place", []],
      ["Tarvel", "place", []],
      ["Green", "group", []],
    ]);
  });

  it("gives a party's member before a full name to the person as a role, but not a plural or a people's word", () => {
    const text = "Vote\n\nOn Monday, Liberal Democrat Ann Lowe spoke. Republicans Tom Reed and Jo Ames objected. Briton Ed Pryce watched.\n";
    expect(people(text).filter((e) => e[1] === "person")).toEqual([
      ["Ann Lowe", "person", ["Liberal Democrat"]],
      ["Tom Reed", "person", []],
      ["Jo Ames", "person", []],
      ["Ed Pryce", "person", []],
    ]);
  });

  it("keeps an English word before a party's member in one name", () => {
    expect(people("Vote\n\nOn Monday, the Progressive Conservative leader spoke.\n").map((e) => e[0])).toEqual(["Progressive Conservative"]);
  });

  it("reads no place in a country's name, a given name or an acronym before a party's member", () => {
    const text = "Vote\n\nOn Monday, the Latvia Greens, the Reagan Democrats and the NRA Republicans listened.\n";
    expect(people(text).filter((e) => e[1] === "place")).toEqual([]);
  });

  it("takes a party's member in an appositive as a role", () => {
    expect(people("Vote\n\nOn Monday, Sen. Dayna Rusk, a Livonia Democrat who wrote the bill, spoke.\n")[0]).toEqual(["Dayna Rusk", "person", ["Sen.", "Livonia Democrat"]]);
  });

  it("reads a state's or a town's name before a party's member as the place and the party's group, and a country's as the party's name", () => {
    const text =
      "Vote\n\nOn Monday, Senator Mark Hale, a Virginia Democrat, said no. Ann Lee, a New York Republican, said yes. Texas Republicans balked, as did the Sweden Democrats.";
    const entities = analyzeArticle(text).entities;
    expect(entities.filter((e) => e.name !== "Sweden Democrats").map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ["Mark Hale", "person", 1],
      ["Virginia", "place", 1],
      ["Democrat", "group", 1],
      ["Ann Lee", "person", 1],
      ["New York", "place", 1],
      ["Republicans", "group", 2],
      ["Texas", "place", 1],
    ]);
    expect(entities.filter((e) => e.name === "Sweden Democrats")).toHaveLength(1);
  });
});

describe("British, parliamentary and deal copy", () => {
  const entities = (text: string) => analyzeArticle(text).entities.map((e) => ({ name: e.name, type: e.type, roles: e.roles }));

  it("reads MP and MEP as titles (the party an affiliation), and a party before a portfolio as the portfolio", () => {
    expect(entities("The plan was backed by Labour MP Jess Phillips and by MEP Nigel Farage. Belgian Labour Minister Pierre-Yves Dermagne objected.")).toEqual([
      { name: "Labour", type: "organization", roles: [] },
      { name: "Jess Phillips", type: "person", roles: ["MP"] },
      { name: "Nigel Farage", type: "person", roles: ["MEP"] },
      { name: "Pierre-Yves Dermagne", type: "person", roles: ["Belgian Labour Minister"] },
    ]);
  });

  it("reads Labor as a party, a body, save before a ministry's title, where it is the portfolio", () => {
    expect(entities("Pay row\n\nOn Monday, Sarah Mitchell accused Labor of breaking a promise. Labor Secretary Marty Walsh met Labor Minister Tony Burke.\n")).toEqual([
      { name: "Sarah Mitchell", type: "person", roles: [] },
      { name: "Labor", type: "organization", roles: [] },
      { name: "Marty Walsh", type: "person", roles: ["Labor Secretary"] },
      { name: "Tony Burke", type: "person", roles: ["Labor Minister"] },
    ]);
  });

  it("reads Madam as a form of address: before an office it names no one, before a surname it is the person's title", () => {
    expect(entities("Speech\n\nThank you, Madam Speaker. I rise today to thank Madam Ruiz, who chaired the committee.\n")).toEqual([
      { name: "Ruiz", type: "person", roles: ["Madam"] },
    ]);
  });

  it("reads Cllr as a councillor's title, two-word parties as groups, and a describing noun opening a sentence as no part of the name", () => {
    expect(entities("Budget cuts\n\nThe vote was close. Opposition leader Cllr Dev Ashworth (Liberal Democrat) objected. Campaigner Sue Pratt, 67, agreed with the Lib Dems.\n")).toEqual([
      { name: "Dev Ashworth", type: "person", roles: ["Opposition leader", "Councillor"] },
      { name: "Liberal Democrat", type: "group", roles: [] },
      { name: "Sue Pratt", type: "person", roles: ["Campaigner"] },
      { name: "Lib Dems", type: "group", roles: [] },
    ]);
  });

  it("reads a first name before a place's head word as a person when the name speaks, and as a place otherwise", () => {
    expect(entities("Park plans\n\nThe fund grew. Later Helen Park said no, and Ann Hall, the club's chair, agreed. They met at Victoria Park.\n")).toEqual([
      { name: "Helen Park", type: "person", roles: [] },
      { name: "Ann Hall", type: "person", roles: ["club's chair"] },
      { name: "Victoria Park", type: "place", roles: [] },
    ]);
  });

  it("keeps a body's subject after `on`, a number between name words, and an industry head word in the name", () => {
    expect(entities("The Senate Committee on Armed Services and the Council on Foreign Relations met. He told Channel 4 News that British chip designer Arkwright Semiconductor would comply.")).toEqual([
      { name: "Senate Committee on Armed Services", type: "organization", roles: [] },
      { name: "Council on Foreign Relations", type: "organization", roles: [] },
      { name: "Channel 4 News", type: "organization", roles: [] },
      { name: "Arkwright Semiconductor", type: "organization", roles: [] },
    ]);
  });

  it("types a firm by the field or the trade its last word names", () => {
    expect(types("The team from Kelmo Archaeology found floors. Staff at Sarno Aviation were paid. Dersk Analytics was sold. Orvek Renewables lost money. The roof was built by Velmar Architects. Tarvel Engineers won a prize. Work went to Halvik Contractors in May. The deal was checked by Corvel Surveyors. Kettles were sold at Kelvar Stores and elsewhere.")).toEqual({
      "Kelmo Archaeology": "organization",
      "Sarno Aviation": "organization",
      "Dersk Analytics": "organization",
      "Orvek Renewables": "organization",
      "Velmar Architects": "organization",
      "Tarvel Engineers": "organization",
      "Halvik Contractors": "organization",
      "Corvel Surveyors": "organization",
      "Kelvar Stores": "organization",
    });
  });

  it("keeps a bracketed part of a law's name whole, `of` inside it, and leaves a bracketed office after a name out", () => {
    expect(entities("The Terminally Ill Adults (End of Life) Bill passed. The Velmar Schools (Funding for Teachers) Act failed. Ana Ruiz (Minister for Health) spoke.")).toEqual([
      { name: "Terminally Ill Adults End of Life Bill", type: "event", roles: [] },
      { name: "Velmar Schools Funding for Teachers Act", type: "event", roles: [] },
      { name: "Ana Ruiz", type: "person", roles: [] },
    ]);
  });

  it("keeps a group's subject after `on` when an everyday word names the group, and not a firm's market", () => {
    expect(entities("The Halvik Coordinating Group on Vaccine Provision met. Shares of Norvex Group on Nasdaq rose.")).toEqual([
      { name: "Halvik Coordinating Group on Vaccine Provision", type: "organization", roles: [] },
      { name: "Norvex Group", type: "organization", roles: [] },
      { name: "Nasdaq", type: "organization", roles: [] },
    ]);
  });

  it("types firms named for people as organizations, and splits a person's name off an institution's", () => {
    expect(entities("Morgan Stanley and Merrill Lynch advised. The director of the Council on American-Islamic Relations Alia Salem said so.")).toEqual([
      { name: "Morgan Stanley", type: "organization", roles: [] },
      { name: "Merrill Lynch", type: "organization", roles: [] },
      { name: "Council on American-Islamic Relations", type: "organization", roles: [] },
      { name: "Alia Salem", type: "person", roles: ["director of the Council on American-Islamic Relations"] },
    ]);
  });

  it("splits a stranger's name off a body's when the article writes the surname alone, and not otherwise", () => {
    const text =
      "Flood relief\n\nOn Monday, a nurse at University of Lagos Teaching Hospital Amneh Jafari heard the news. A coordinator for Oxfam Bangladesh Sumaiya Haque " +
      "said stocks were low. Jafari and Haque agreed.\n";
    expect(entities(text)).toEqual([
      { name: "University of Lagos Teaching Hospital", type: "organization", roles: [] },
      { name: "Amneh Jafari", type: "person", roles: ["nurse at University of Lagos Teaching Hospital"] },
      { name: "Oxfam Bangladesh", type: "organization", roles: [] },
      { name: "Sumaiya Haque", type: "person", roles: ["coordinator for Oxfam Bangladesh"] },
    ]);
    // (with nothing to show where the body's name ends, the run stays whole)
    expect(entities("Flood relief\n\nOn Monday, a coordinator for Oxfam Bangladesh Sumaiya Haque said stocks were low.\n").map((e) => e.name)).toEqual(["Oxfam Bangladesh Sumaiya Haque"]);
  });

  it("reads whose novel, painting or symphony it is as its maker's name, and keeps the work apart from a list of its makers", () => {
    const text = "Concert\n\nOn Monday, the Tessel Philharmonic played Korvath's Ninth Symphony and Brennick's Cello Concerto. Critics preferred Dallowell's early paintings to the Tate's portraits and Kelmore University's portrait collection.";
    expect(types(text)).toEqual({
      "Tessel Philharmonic": "organization",
      Korvath: "person",
      "Ninth Symphony": "other",
      Brennick: "person",
      "Cello Concerto": "other",
      Dallowell: "person",
      Tate: "other",
      "Kelmore University": "organization",
    });
  });

  it("reads clinics, museums, libraries, orchestras and bands as bodies, and cathedrals and zoos as places", () => {
    expect(entities("She worked at the Varden Clinic, the Holm Museum, the Brecon Library, the Aldmoor Orchestra and the Tessel Philharmonic, near Sellick Cathedral and Dunmore Zoo.").map((e) => `${e.name} (${e.type})`)).toEqual([
      "Varden Clinic (organization)",
      "Holm Museum (organization)",
      "Brecon Library (organization)",
      "Aldmoor Orchestra (organization)",
      "Tessel Philharmonic (organization)",
      "Sellick Cathedral (place)",
      "Dunmore Zoo (place)",
    ]);
    // (and bands and ensembles, which a bill lists as it does people)
    expect(types("Bill\n\nThen the Corvel Ceilidh Band, the Halvik String Quartet and the Sarno Brass Ensemble will play.\n")).toEqual({
      "Corvel Ceilidh Band": "organization",
      "Halvik String Quartet": "organization",
      "Sarno Brass Ensemble": "organization",
    });
  });

  it("takes no description from inside a name", () => {
    const convention = analyzeArticle("The Convention on the Rights of the Child applies.").entities[0]!;
    expect(convention.mentions.map((m) => m.text)).toEqual(["Convention on the Rights of the Child"]);
  });
});

describe("crime and court copy", () => {
  it("reads an everyday word opening a sentence as no place when the article writes it in lower case", () => {
    expect(types("Man, 34, charged after crash\n\nA Springfield man was charged on Wednesday.\n")).toEqual({ Springfield: "place" });
  });

  it("takes a role set before a name by commas after a possessive, and keeps an everyday word's possessive inside a title", () => {
    const text = "Police said Derek Hollis was driving.\n\nHollis's attorney, Mark Wykoff, declined to comment. Her lawyer, Jane Ruiz, said she would appeal. Sangamon County State's Attorney Dan Wright said tests were pending.\n";
    expect(summary(text).filter((e) => e.type === "person")).toEqual([
      { name: "Derek Hollis", type: "person", roles: [], aliases: ["Hollis"] },
      { name: "Mark Wykoff", type: "person", roles: ["Hollis's attorney"], aliases: [] },
      { name: "Jane Ruiz", type: "person", roles: ["lawyer"], aliases: [] },
      { name: "Dan Wright", type: "person", roles: ["Sangamon County State's Attorney"], aliases: [] },
    ]);
  });

  it("reads streets by their head words, and a first name before one as a person who speaks", () => {
    expect(types("The crash happened at Clear Lake Avenue and Dirksen Parkway. Residents of Marsh Lane complained. Nathan Lane said he was shocked. Shops on Goldsmiths Row shut.\n")).toEqual({
      "Clear Lake Avenue": "place",
      "Dirksen Parkway": "place",
      "Marsh Lane": "place",
      "Nathan Lane": "person",
      "Goldsmiths Row": "place",
    });
  });

  it("ends an appositive role where the span of time it was held begins", () => {
    const text = "Ana Ruiz, mayor since 2019, said no. Ivo Lusk, a nurse for 19 years, agreed. Tom Hale, chief until May, left. Kai Moss, a lawyer for the family, spoke.\n";
    expect(["Ana Ruiz", "Ivo Lusk", "Tom Hale", "Kai Moss"].map((name) => byName(text, name)?.roles)).toEqual([["mayor"], ["nurse"], ["chief"], ["lawyer for the family"]]);
    expect(["a month", "two weeks", "ten days", "three decades"].map((span) => byName(`Ana Ruiz, a nurse for ${span}, said no.\n`, "Ana Ruiz")?.roles)).toEqual([["nurse"], ["nurse"], ["nurse"], ["nurse"]]);
  });

  it("reads a role written in British spelling with its hyphen", () => {
    expect(byName("The party's national campaign co-ordinator, Pat Lyons, said it would reflect.\n", "Pat Lyons")?.roles).toEqual(["party's national campaign co-ordinator"]);
  });

  it("reads a role after an acronym's possessive", () => {
    expect(byName("Kate Smith, the WHO's director of immunization, said the gaps were large.\n", "Kate Smith")?.roles).toEqual(["WHO's director of immunization"]);
  });
});

describe("sports copy", () => {
  const text = "Late Haaland double sinks Arsenal as City go top\n\nErling Haaland scored twice as Manchester City beat Arsenal on Sunday, and City moved top.\n";
  const model = analyzeArticle(text);

  it("drops an everyday first word before a name the article knows, and groups a club's short name with its full name", () => {
    const mentions = (name: string) => model.entities.find((e) => e.name === name)?.mentions.map((m) => `${m.text}/${m.kind}`);
    expect(model.entities.map((e) => e.name)).toEqual(["Erling Haaland", "Arsenal", "Manchester City"]);
    expect(mentions("Erling Haaland")).toEqual(["Haaland/partial", "Erling Haaland/name"]);
    expect(mentions("Manchester City")).toEqual(["City/partial", "Manchester City/name", "City/partial"]);
  });

  it("groups a plural nickname with the side a state or a region names before it, from the headline on", () => {
    const found = analyzeArticle("Oilers rally past Panthers\n\nOn Monday, the Edmonton Oilers beat the Florida Panthers 5-3.\n").entities;
    expect(found.map((e) => [e.name, e.mentions.map((m) => `${m.text}/${m.kind}`)])).toEqual([
      ["Edmonton Oilers", ["Oilers/partial", "Edmonton Oilers/name"]],
      ["Florida Panthers", ["Panthers/partial", "Florida Panthers/name"]],
    ]);
  });

  it("ends a team's role at the surname before `and`, but keeps two portfolios `and` joins", () => {
    const roles = (text: string, name: string) => analyzeArticle(text).entities.find((e) => e.name === name)?.roles;
    expect(roles("Title\n\nOn Monday, stewards studied a clash between Mendieta and Williams driver Akira Tsunoda.\n", "Akira Tsunoda")).toEqual(["Williams driver"]);
    expect(roles("Title\n\nOn Monday, Culture and Sport minister Ana Ruiz spoke.\n", "Ana Ruiz")).toEqual(["Culture and Sport minister"]);
  });
});

describe("appositive roles", () => {
  it("reads no role in a list of shops after a comma, where a title's opening word or a portfolio stands before no title", () => {
    const found = (text: string) => Object.fromEntries(analyzeArticle(`Title\n\n${text}`).entities.map((e) => [e.name, e.roles]));
    expect(found("The lamps were sold by Halvik Lamps, Dersk Home and Kelmo Stores. Tom Hale, Home Secretary, agreed.")).toEqual({
      "Halvik Lamps": [],
      "Dersk Home": [],
      "Kelmo Stores": [],
      "Tom Hale": ["Home Secretary"],
    });
    expect(found("The kettles were sold by Halvik Lamps, Norvex Health and Kelmo Stores.")).toEqual({ "Halvik Lamps": [], "Norvex Health": [], "Kelmo Stores": [] });
  });
});

describe("names the gazetteers miss", () => {
  it("knows the news's name of a country the gazetteer renamed, and the agencies named for people", () => {
    const text = "Officials in Turkey told Reuters the talks with the UAE would resume.";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type])).toEqual([
      ["Turkey", "place"],
      ["Reuters", "organization"],
      ["United Arab Emirates", "place"],
    ]);
  });

  it("knows Australian states by their abbreviations, which also open bodies' names", () => {
    const text = "Floods\n\nOn Monday, floods hit NSW and Qld, and the NSW Rural Fire Service said help was coming to New South Wales.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["New South Wales", "place", ["NSW", "New South Wales"]],
      ["Queensland", "place", ["Qld"]],
      ["NSW Rural Fire Service", "organization", ["NSW Rural Fire Service"]],
    ]);
  });

  it("reads `Congo` as the Democratic Republic of Congo, as wire style writes it, and the Congo Republic as the other", () => {
    const text = "Talks\n\nOn Monday, Congo and the Congo Republic met in Goma, and the DRC said Congo-Brazzaville agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["DR Congo", "place", ["Congo", "DRC"]],
      ["Republic of the Congo", "place", ["Congo Republic", "Congo-Brazzaville"]],
      ["Goma", "place", ["Goma"]],
    ]);
  });
});

describe("what a name's surroundings say it is not", () => {
  it("reads a name before a colon and a subtitle inside a sentence as a work's title", () => {
    expect(types("The teams met in Vortex Strike: Global Offensive on Sunday.")["Vortex Strike"]).toBe("other");
    // a name that starts its line before a colon labels a speaker
    expect(types("Anna Kessler: The problem is the price.")["Anna Kessler"]).toBe("person");
  });

  it("reads a name glued to @ or # as an account or a hashtag", () => {
    expect(types("The president posted from his @VELLORIA account on Monday.").VELLORIA).toBe("other");
  });

  it("keeps an unknown first word of a sentence when names are listed after it", () => {
    expect(types("Kestrova, Microsoft and Reuters all had stands at the fair.")).toEqual({ Kestrova: "organization", Microsoft: "organization", Reuters: "organization" });
    expect(types("However, Microsoft and Reuters disagreed.")).toEqual({ Microsoft: "organization", Reuters: "organization" });
  });
});

describe("names spelled with and without diacritics", () => {
  it("knows a headline's name the body writes without its diacritics, and groups both spellings", () => {
    const model = analyzeArticle("Ørsted shares plunge after writedown\n\nShares in the wind farm developer Orsted fell on Tuesday. Mohammad Javad Zaríf said Zarif would not comment.\n");
    expect(model.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Ørsted", "organization", ["Ørsted", "Orsted"]],
      ["Mohammad Javad Zaríf", "person", ["Mohammad Javad Zaríf", "Zarif"]],
    ]);
    expect(model.entities[0]!.id).toBe("organization:orsted");
  });
});

describe("court copy", () => {
  it("reads `X v. Y` as one court case, which its first party's name stands for later", () => {
    expect(mentionsOf("Court to hear case\n\nThe justices cited Roe v. Wade and Brown vs. Board of Education on Friday. Roe was decided in 1973.\n")).toEqual([
      ["Roe v. Wade", "other", ["Roe v. Wade:name", "Roe:partial"]],
      ["Brown vs. Board of Education", "other", ["Brown vs. Board of Education:name"]],
    ]);
  });

  it("reads `X v Y` and `X vs. Y` as one case in a sentence about the law or after the Crown's `R`, wherever the case stands", () => {
    const text = "Fraud appeal\n\nThen lawyers cited Donoghue v Stevenson. The Supreme Court set the test in Ivey v Genting Casinos. It replaced R v Ghosh. Then Kelmo vs. Dersk followed.\n";
    expect(types(text)).toEqual({ "Donoghue v Stevenson": "other", "Supreme Court": "organization", "Ivey v Genting Casinos": "other", "R v Ghosh": "other", Kelmo: "other", Dersk: "other" });
  });

  it("reads `X v Y` and `X vs. Y` outside court copy as a fixture's two sides where the article speaks of sport", () => {
    const text = "Football\n\nThen Kelmo v Dersk kicked off at 3pm. Then Orvek vs. Tellan was called off. The fans went home.\n";
    expect(types(text)).toEqual({ Kelmo: "organization", Dersk: "organization", Orvek: "organization", Tellan: "organization" });
  });

  it("gives a party's short name to the company the article names, not to the case it brought", () => {
    expect(mentionsOf("Norvell sues Tarvex\n\nNorvell Inc sued Tarvex Corp on Tuesday. The case, Norvell Inc v. Tarvex Corp, was filed in Austin. Norvell said it would win.\n")).toEqual([
      ["Norvell Inc", "organization", ["Norvell:partial", "Norvell Inc:name", "Norvell:partial", "it:pronoun"]],
      ["Tarvex Corp", "organization", ["Tarvex:partial", "Tarvex Corp:name"]],
      ["Norvell Inc v. Tarvex Corp", "other", ["Norvell Inc v. Tarvex Corp:name"]],
      ["Austin", "place", ["Austin:name"]],
    ]);
  });
});

describe("a company's short name", () => {
  it("is the company's when a place only the gazetteer knows shares it, and the place's after a preposition of place", () => {
    expect(mentionsOf("Shares of Meta Platforms rose. Meta said it would appeal. Floods hit farms in Meta.\n")).toEqual([
      ["Meta Platforms", "organization", ["Meta Platforms:name", "Meta:partial", "it:pronoun"]],
      ["Meta", "place", ["Meta:name"]],
    ]);
  });
});

describe("acronyms", () => {
  it("takes an acronym with a small letter inside from brackets after a name, and reads a name with `for` inside as a body's", () => {
    expect(mentionsOf("Vote\n\nThe far-right Renewal for Varnia (RfV) won. Analysts expect the RfV to govern.\n")).toEqual([
      ["Renewal for Varnia", "organization", ["Renewal for Varnia:name", "RfV:alias", "RfV:alias"]],
    ]);
  });

  it("takes a short form of syllables from brackets after the name whose words they open", () => {
    expect(mentionsOf("Rain\n\nOn Monday, the Varnian Meteorological Agency (VarMet) forecast rain. VarMet said it would last.\n")).toEqual([
      ["Varnian Meteorological Agency", "organization", ["Varnian Meteorological Agency:name", "VarMet:alias", "VarMet:alias", "it:pronoun"]],
    ]);
    // (the first syllable opens the name's first word)
    expect(mentionsOf("Rain\n\nOn Monday, the Varnian Meteorological Agency (MetVar) forecast rain.\n").map(([name]) => name)).toEqual(["Varnian Meteorological Agency", "MetVar"]);
    // (or of words: `Cal Fire`)
    expect(mentionsOf("Fire\n\nThe fire grew, according to the Varnia Department of Forestry and Fire Protection (Var Fire). Var Fire said so.\n")).toEqual([
      ["Varnia Department of Forestry and Fire Protection", "organization", ["Varnia Department of Forestry and Fire Protection:name", "Var Fire:alias", "Var Fire:alias"]],
    ]);
  });

  it("takes an acronym spoken as a word from brackets, each of the name's words giving its initial and perhaps later letters of its own", () => {
    expect(mentionsOf("Strike\n\nThe Tarvel Airline Pilots' Association (Talpa) rejected the offer. Talpa said its members were angry.\n")).toEqual([
      ["Tarvel Airline Pilots' Association", "organization", ["Tarvel Airline Pilots' Association:name", "Talpa:alias", "Talpa:alias", "its:pronoun"]],
    ]);
    // (every word gives its initial: `Pilots` gives none to `Talsa`)
    expect(mentionsOf("Strike\n\nThe Tarvel Airline Pilots' Association (Talsa) rejected the offer. Talsa said its members were angry.\n").map(([name]) => name)).toEqual(["Tarvel Airline Pilots' Association", "Talsa"]);
  });

  it("groups an acronym before the longer name's `of` tail with that name, and not with another body's", () => {
    expect(mentionsOf("The Civic Freedoms Union of Texas sued. A lawyer with the CFU of Texas said so, and the CFU of Ohio agreed.\n")).toEqual([
      ["Civic Freedoms Union of Texas", "organization", ["Civic Freedoms Union of Texas:name", "CFU of Texas:acronym"]],
      ["CFU of Ohio", "organization", ["CFU of Ohio:name"]],
    ]);
  });

  it("reads a time zone after a clock's time, before `zone`, or in its full name, as no place", () => {
    expect(mentionsOf("Cuts\n\nThe memo went out at 6 a.m. Pacific time and the call began at 9.30pm Pacific time. Staff in the Pacific time zone were asleep until midnight Pacific time; it was noon Eastern Standard Time. Tom Hale sailed the Pacific.\n")).toEqual([
      ["Tom Hale", "person", ["Tom Hale:name"]],
      ["Pacific", "place", ["Pacific:name"]],
    ]);
  });

  it("reads what a test found positive or negative for as a substance, not a body", () => {
    expect(summary("Ban\n\nOn Monday, the rider tested positive for EPO, and his teammate negative for THC.\n").map((e) => [e.name, e.type])).toEqual([
      ["EPO", "other"],
      ["THC", "other"],
    ]);
  });

  it("reads letters or a word no table knows before a noun of medicine as what is given or tested for, not a body", () => {
    expect(types("Clinic\n\nOn Monday, girls got the HPV vaccine and MMR vaccines, boys the DTP jab or KRV jabs. Some took a PCR test, others XRT tests. The NRV virus and two LMV infections spread; one QRS infection too. The CDC vaccine advisers met, and KRX said so. The NHS test came later, with the Zika virus and the Kelmo Pharma vaccine.\n")).toEqual({
      HPV: "other",
      MMR: "other",
      DTP: "other",
      KRV: "other",
      PCR: "other",
      XRT: "other",
      NRV: "other",
      LMV: "other",
      QRS: "other",
      "Centers for Disease Control and Prevention": "organization",
      KRX: "organization",
      NHS: "organization",
      Zika: "other",
      "Kelmo Pharma": "organization",
    });
  });
});

describe("Spanish and Portuguese names", () => {
  it("knows an accented first name, and groups a double surname, a middle name and a sentence-opening particle with the full name", () => {
    const text =
      "Leaders meet\n\nBrazilian President Luiz Inácio Lula da Silva and Mexico's president, Andrés Manuel López Obrador, met on Tuesday. Lula said the talks went well. López Obrador, known by his initials AMLO, agreed. Da Silva has pushed for a common currency.\n";
    expect(mentionsOf(text)).toEqual([
      ["Luiz Inácio Lula da Silva", "person", ["Luiz Inácio Lula da Silva:name", "Lula:partial", "Da Silva:partial"]],
      ["Mexico", "place", ["Mexico:name"]],
      ["Andrés Manuel López Obrador", "person", ["Andrés Manuel López Obrador:name", "López Obrador:partial", "his:pronoun", "AMLO:acronym"]],
    ]);
  });
});

describe("Malay and Arabic names", () => {
  it("groups a middle name a speaker goes by, and ends a name with a patronymic's particle at `of`", () => {
    const text =
      "Talks stall\n\nOn Monday, Malaysian minister Tengku Zafrul Aziz said progress had been slow. Zafrul said a statement was likely. Economist Siti Nurhaliza Binti Hassan of Bank Negara Malaysia said exporters were nervous. Hassan said shipments had fallen.\n";
    expect(mentionsOf(text)).toEqual([
      ["Tengku Zafrul Aziz", "person", ["Tengku Zafrul Aziz:name", "Zafrul:partial"]],
      ["Siti Nurhaliza Binti Hassan", "person", ["Siti Nurhaliza Binti Hassan:name", "Hassan:partial"]],
      ["Bank Negara Malaysia", "organization", ["Bank Negara Malaysia:name"]],
    ]);
  });
});

describe("surnames shaped like adjectives of origin", () => {
  it("reads one as a name once the article names someone with it", () => {
    const text = "Albanese defends housing deal\n\nPrime Minister Anthony Albanese met Kim Kardashian in Sydney. Kardashian said the talks went well.\n";
    expect(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Anthony Albanese", ["Albanese", "Anthony Albanese"]],
      ["Kim Kardashian", ["Kim Kardashian", "Kardashian"]],
    ]);
  });
});

describe("designations", () => {
  it("reads a name that ends in its number, or its number and a letter, as one thing, not a body named by its first part", () => {
    expect(types("Cases rose during the COVID-19 pandemic, and the F-35 jet was grounded.\n")).toEqual({ "COVID-19": "other", "F-35": "other" });
    expect(types("Staff on H-1B visas watched the B-52H fly over.\n")).toEqual({ "H-1B": "other", "B-52H": "other" });
  });
});

describe("time zones", () => {
  it("reads a time zone after a time as no name", () => {
    expect(types("Talks ended at 17.30 AEDT in Canberra, and resumed at 9:00 NZDT.\n")).toEqual({ Canberra: "place" });
    expect(types("The fire started at 2:15 PM PDT near Fresno, and crews came at 3 AM EST.\n")).toEqual({ Fresno: "place" });
  });
});

describe("where names are read", () => {
  it("finds no description in page furniture", () => {
    const model = analyzeArticle("Deal talks stall\n\nThe Wall Street Journal reported the deal on Monday.\n\nRead more: What the Journal got wrong\n");
    expect(model.entities.map((e) => [e.name, e.mentions.map((m) => `${m.text}:${m.kind}`)])).toEqual([["Wall Street Journal", ["Wall Street Journal:name"]]]);
  });
});

describe("acronyms an article defines", () => {
  it("reads a closed-class word in capitals as an acronym only when the article spells out a name with its initials", () => {
    expect(mentionsOf("WHO warns of measles\n\nCases rose, the World Health Organization said. A man who works at the WHO agreed.\n")).toEqual([
      ["World Health Organization", "organization", ["WHO:acronym", "World Health Organization:name", "WHO:acronym"]],
    ]);
    expect(mentionsOf("IT workers at Velloran Bank went on strike, the union said.\n")).toEqual([["Velloran Bank", "organization", ["Velloran Bank:name"]]]);
  });

  it("groups later uses of an acronym defined in parentheses with its body, whatever its letters", () => {
    expect(mentionsOf("The Department of Health and Human Services (HHS) said it would pay. Later HHS declined.\n")).toEqual([
      ["Department of Health and Human Services", "organization", ["Department of Health and Human Services:name", "HHS:acronym", "HHS:acronym"]],
    ]);
  });

  it("takes the letters of a time zone in brackets after a name as the name's acronym, and after a time as the zone", () => {
    expect(mentionsOf("Members of the Workers' Party (PT) met on Monday.\n")).toEqual([["Workers' Party", "organization", ["Workers' Party:name", "PT:acronym"]]]);
    expect(types("The vote closes at 8 p.m. PT on Tuesday in Oregon.\n")).toEqual({ Oregon: "place" });
  });

  it("takes the name after `known as` as another name for the one before, whatever its letters", () => {
    expect(mentionsOf("Clinic\n\nDoctors Without Borders, known by its French initials MSF, said it had treated 600 patients.\n")).toEqual([
      ["Doctors Without Borders", "organization", ["Doctors Without Borders:name", "its:pronoun", "MSF:acronym"]],
    ]);
    expect(mentionsOf("Forest loss fell, according to the National Institute for Space Research, known as INPE. INPE said more.\n")).toEqual([
      ["National Institute for Space Research", "organization", ["National Institute for Space Research:name", "INPE:acronym", "INPE:acronym"]],
    ]);
  });

  it("takes a name given after `who is also known as` or `nicknamed` as the person's", () => {
    expect(mentionsOf("Talks\n\nPushpa Kamal Dahal, who is also known as Prachanda, flew in. Prachanda said little, and Ana Ruiz, nicknamed Roca, said less.\n")).toEqual([
      ["Pushpa Kamal Dahal", "person", ["Pushpa Kamal Dahal:name", "Prachanda:alias", "Prachanda:alias"]],
      ["Ana Ruiz", "person", ["Ana Ruiz:name", "Roca:alias"]],
    ]);
  });

  it("takes a name of several words given after `nicknamed` or `known as` as another name of the one before", () => {
    expect(mentionsOf("Bout\n\nAna Ruiz, nicknamed La Roca, won. La Roca said so, and the Boxing Authority, known as the Ring Board, agreed. Ruiz left.\n")).toEqual([
      ["Ana Ruiz", "person", ["Ana Ruiz:name", "La Roca:alias", "La Roca:alias", "Ruiz:partial"]],
      ["Boxing Authority", "organization", ["Boxing Authority:name", "Ring Board:alias"]],
    ]);
  });

  it("reads long Iberian names with their particles as one person's, and `do` as a particle only after a given name", () => {
    expect(types("Talks\n\nLuiz Inacio Lula da Silva met Maria Silva do Carmo and Juan Carlos de la Fuente Ruiz. Why do Americans care?\n")).toEqual({
      "Luiz Inacio Lula da Silva": "person",
      "Maria Silva do Carmo": "person",
      "Juan Carlos de la Fuente Ruiz": "person",
      Americans: "group",
    });
  });

  it("reads `do` as a particle inside a name of two words or more before a word no dictionary lists", () => {
    expect(mentionsOf("Cup\n\nThe striker Eduvaldo Marques do Paranhos, known as Paru, scored. What Senate Republicans do Monday matters.\n")).toEqual([
      ["Eduvaldo Marques do Paranhos", "person", ["Eduvaldo Marques do Paranhos:name", "Paru:alias"]],
      ["Senate Republicans", "organization", ["Senate Republicans:name"]],
    ]);
  });

  it("reads a legislature's word first in a sentence as its name", () => {
    expect(mentionsOf("Senate passes bill\n\nThe Senate on Saturday passed the bill. Parliament voted. Congress agreed.\n")).toEqual([
      ["Senate", "organization", ["Senate:name", "Senate:name"]],
      ["Parliament", "organization", ["Parliament:name"]],
      ["Congress", "organization", ["Congress:name"]],
    ]);
  });

  it("reads `the House` as a chamber, a body, and `House` without `the` as no chamber", () => {
    expect(mentionsOf("Bill passes\n\nThe bill the House passed went to the White House. Rita House wrote it.\n")).toEqual([
      ["House", "organization", ["House:name"]],
      ["White House", "organization", ["White House:name"]],
      ["Rita House", "person", ["Rita House:name"]],
    ]);
  });

  it("reads compound adjectives of origin as no names, and a region's compound as a place", () => {
    expect(types("Talks\n\nThe Anglo-Dutch firm Velmora met Franco-German and Sino-Japanese envoys in the Indo-Pacific region.\n")).toEqual({
      Velmora: "organization",
      "Indo-Pacific": "place",
    });
  });

  it("takes a name given an age in commas or brackets as a person's, first in its sentence or not", () => {
    expect(types("Storm\n\nOn Monday, Tabbeq, 62, said the roof fell. Ulvarro, 45, was hurt, and Ana Quell (34) fled.\n")).toEqual({
      Tabbeq: "person",
      Ulvarro: "person",
      "Ana Quell": "person",
    });
  });

  it.each(["Lab", "Con", "LD", "Ind", "Grn", "Green", "Lib Dem"])("takes a name a results table tags with the party `%s` in brackets as a candidate's, first in its sentence or not", (party) => {
    const people = Object.entries(types(`Result\n\nThe full result: Halvik (${party}) 1,310; Tabbeq (${party}) 604.\n`)).filter(([, type]) => type === "person");
    expect(people).toEqual([["Halvik", "person"], ["Tabbeq", "person"]]);
  });

  it("keeps `and` inside a law's or an event's name of everyday words and acronyms, and reads it as the event's", () => {
    expect(types("On Monday, the Tax Cuts and Jobs Act and the Infrastructure Investment and Jobs Act were cited, as was the CHIPS and Science Act.\n")).toEqual({
      "Tax Cuts and Jobs Act": "event",
      "Infrastructure Investment and Jobs Act": "event",
      "CHIPS and Science Act": "event",
    });
  });

  it("keeps `and` between portfolios after a country's initials, with no head word after them, but not before another name", () => {
    expect(types("A spokesman said HM Revenue and Customs would act and U.S. Customs and Border Protection agreed, as did UK Customs and Orvek.\n")).toEqual({
      "HM Revenue and Customs": "organization",
      "U.S. Customs and Border Protection": "organization",
      "UK Customs": "other",
      Orvek: "other",
    });
  });

  it("keeps `and` inside a body named for its subjects, head word plural or after a place, and not before another name", () => {
    expect(mentionsOf("The U.S. Centers for Disease Control and Prevention (CDC) agreed. The CDC said so.\n")).toEqual([
      ["Centers for Disease Control and Prevention", "organization", ["U.S. Centers for Disease Control and Prevention:alias", "CDC:acronym", "CDC:acronym"]],
    ]);
    expect(types("The U.S. Securities and Exchange Commission fined Velloran Capital, and the Financial Services Authority agreed.\n")).toEqual({
      "U.S. Securities and Exchange Commission": "organization",
      "Velloran Capital": "organization",
      "Financial Services Authority": "organization",
    });
    expect(types("Nobody was hurt, Kelmo Fire and Rescue Service said. Dersk Energy and Norvex Mining Company merged. Austin Parks and Recreation Department agreed.\n")).toEqual({
      "Kelmo Fire and Rescue Service": "organization",
      "Austin Parks and Recreation Department": "organization",
      "Dersk Energy": "organization",
      "Norvex Mining Company": "organization",
    });
    expect(types("Traders at Nomura Securities and Daiwa Securities sold. The City Council and Health Department met.\n")).toEqual({
      "Nomura Securities": "organization",
      "Daiwa Securities": "organization",
      "City Council": "organization",
      "Health Department": "organization",
    });
    expect(types("Researchers at the Velloran Institute of Technology and Colorado State University agreed.\n")).toEqual({
      "Velloran Institute of Technology": "organization",
      "Colorado State University": "organization",
    });    // up to three English words before `and`, however rare, but no name of a place, a person or a firm
    expect(types("The National Earthquake Monitoring and Research Center and the Homicide and Major Enquiry Team met. Iraq and Syria Committee members and Acme and Globex Corporation did not.\n")).toEqual({
      "National Earthquake Monitoring and Research Center": "organization",
      "Homicide and Major Enquiry Team": "organization",
      Iraq: "place",
      "Syria Committee": "organization",
      Acme: "organization",
      "Globex Corporation": "organization",
    });
  });

  it("keeps a portfolio after an institution's `and` unless a title follows it, and starts a second institution at a head word with its own `of`", () => {
    expect(types("The Velloran Institute of Science and Technology agreed. The Ministry of Industry and Trade objected.\n")).toEqual({
      "Velloran Institute of Science and Technology": "organization",
      "Ministry of Industry and Trade": "organization",
    });
    expect(mentionsOf("The Ministry of Finance and Trade Minister Ola Berg spoke. The Ministry of Culture and Ministry of Defence agreed.\n")).toEqual([
      ["Ministry of Finance", "organization", ["Ministry of Finance:name"]],
      ["Ola Berg", "person", ["Ola Berg:name"]],
      ["Ministry of Culture", "organization", ["Ministry of Culture:name"]],
      ["Ministry of Defence", "organization", ["Ministry of Defence:name"]],
    ]);
  });
});

describe("names listed together", () => {
  it("gives an untyped member the type its typed members agree on", () => {
    expect(types("Delegations from France, Germany and Velloria arrived on Monday.")).toEqual({ France: "place", Germany: "place", Velloria: "place" });
  });

  it("needs an `and` or `or`, and typed members that agree", () => {
    expect(types("Delegations from France, Velloria arrived on Monday.").Velloria).toBe("other");
    expect(types("Envoys from France, NATO and Velloria arrived on Monday.").Velloria).toBe("other");
  });
});

describe("a town's state in AP style", () => {
  it("reads the abbreviation after a town and a comma as the state, and the same word elsewhere as itself", () => {
    const text = "Ada Brook died at her home in Falmouth, Mass. She was 88.\n\nShe grew up in Santa Fe, N.M., and in Tupelo, Miss., before she moved.\n\nMiss Brook taught there.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "place")).toEqual([
      ["Falmouth", "place", ["Falmouth:name"]],
      ["Massachusetts", "place", ["Mass:alias"]],
      ["Santa Fe", "place", ["Santa Fe:name"]],
      ["New Mexico", "place", ["N.M.:acronym"]],
      ["Tupelo", "place", ["Tupelo:name"]],
      ["Mississippi", "place", ["Miss:alias"]],
    ]);
  });

  it("reads a Canadian province as CP style abbreviates it, and its dotted initials before a title", () => {
    const text = "Budget\n\nOn Monday, Ada Brook spoke in Vaughan, Ont., and in Red Deer, Alta. The B.C. Premier agreed.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "place")).toEqual([
      ["Vaughan", "place", ["Vaughan:name"]],
      ["Ontario", "place", ["Ont:alias"]],
      ["Red Deer", "place", ["Red Deer:name"]],
      ["Alberta", "place", ["Alta:alias"]],
      ["British Columbia", "place", ["B.C.:acronym"]],
    ]);
  });
});

describe("people who share a surname", () => {
  it("keeps a short form with the person the article first gave it to", () => {
    const text =
      "Ada Brook, a glaciologist, died on Monday.\n\nDr. Brook spent decades on the ice.\n\nShe married Paul Brook, a naval officer, in 1956.\n\nAsked about her work, Dr. Brook laughed. “The ice did not care,” she said.\n";
    const model = analyzeArticle(text);
    expect(model.entities.filter((e) => e.type === "person").map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Ada Brook", ["Ada Brook", "Brook", "She", "her", "Brook", "she"]],
      ["Paul Brook", ["Paul Brook"]],
    ]);
    expect(model.quotes.map((q) => model.entities.find((e) => e.id === q.speaker)?.name)).toEqual(["Ada Brook"]);
  });
});

describe("numbered parts, outlets named for a place, and legal forms", () => {
  it("reads an everyday word before a number as no name, a body's head word over a place prefix, and Plc as a company's form", () => {
    expect(types("The Knicks beat the Celtics in Game 2 on Wednesday. Game 3 is Saturday, and Apollo 11 flew in 1969.\n")).toEqual({ Knicks: "organization", Celtics: "organization", Apollo: "other" });
    expect(types("Barclays Plc leads the offering, the Cape Cod Times reported from Cape Cod.\n")).toEqual({ "Barclays Plc": "organization", "Cape Cod Times": "organization", "Cape Cod": "place" });
  });
});

describe("title words inside names", () => {
  it("keeps one title word after given names as the surname, and knows the surname alone afterwards", () => {
    const text = "Stephen King has a new novel. Former prime minister John Major read it, and Aaron Judge did too. King said it was scary.\n";
    expect(mentionsOf(text)).toEqual([
      ["Stephen King", "person", ["Stephen King:name", "King:partial"]],
      ["John Major", "person", ["John Major:name"]],
      ["Aaron Judge", "person", ["Aaron Judge:name"]],
    ]);
  });

  it("reads the surname before a generational suffix", () => {
    const text = "Martin Luther King Jr. said the dream was alive. \"We shall overcome,\" King said.\n";
    expect(mentionsOf(text)).toEqual([["Martin Luther King Jr.", "person", ["Martin Luther King Jr.:name", "King:partial"]]]);
  });

  it("keeps a portfolio's word that ends a body's name, and still peels titles off people", () => {
    const text = "Duke Energy said the outage was over. Mercy Valley Health opened a clinic. Minister of Education Stefania Giannini said it was late.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Duke Energy", "organization", []],
      ["Mercy Valley Health", "organization", []],
      ["Stefania Giannini", "person", ["Minister of Education"]],
    ]);
  });

  it("reads a barrister's KC after the name, and police and school board titles before it, as roles", () => {
    const text = "Prosecutor Ruth Pemberton KC said he lied. Detective Constable Priya Nair agreed, and Trustee Maria Gonzalez voted against.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Ruth Pemberton", "person", ["Prosecutor"]],
      ["Priya Nair", "person", ["Detective Constable"]],
      ["Maria Gonzalez", "person", ["Trustee"]],
    ]);
  });
});

describe("places people come from", () => {
  it("reads a compass word and a name after `in` as a place, not a given name and a surname", () => {
    expect(types("A nurse at a hospice in West Yorkshire was jailed.\n")).toEqual({ "West Yorkshire": "place" });
  });

  it("reads the town after a person's age, or after a party's member, as a place", () => {
    expect(types("Claire Ashworth, 46, of Morley, admitted theft. Dean Walsh, 31, from Redcar, was fined. Lisa Calderon, a Democrat from Whittier, wrote it.\n")).toEqual({
      "Claire Ashworth": "person",
      Morley: "place",
      "Dean Walsh": "person",
      Redcar: "place",
      "Lisa Calderon": "person",
      Democrat: "group",
      Whittier: "place",
    });
  });

  it("reads the town after `from` in the words that follow a person's age as where they come from, whatever the words' noun", () => {
    expect(types("Crash\n\nThen Ben Ode, 29, a software developer from Orsel, died. A developer from Kelmo bid.\n")).toEqual({ "Ben Ode": "person", Orsel: "place", Kelmo: "other" });
  });

  it("reads the town after `, both of` or `, all of` as where the people just named live", () => {
    expect(types("Then Ben Ode, 51, and Kai Lund, 27, both of Halvik, were jailed. Tom Hale, Eva Lind and Dan Moss, all of Kelmo, were fined. Both of Tarvel's clubs lost.\n")).toEqual({
      "Ben Ode": "person",
      "Kai Lund": "person",
      Halvik: "place",
      "Tom Hale": "person",
      "Eva Lind": "person",
      "Dan Moss": "person",
      Kelmo: "place",
      Tarvel: "other",
    });
  });

  it("reads the town after a person's full name and `, of` as a place, and not after a lower-case word", () => {
    expect(types("Kian Doyle, of Harevale, appeared in court. The charity said Brook, of Tallowby, was a volunteer.\n")).toEqual({
      "Kian Doyle": "person",
      Harevale: "place",
      Brook: "person",
      Tallowby: "other",
    });
  });

  it("reads a noun for where someone lives before their name as no part of it, even before a head word", () => {
    expect(types("Resident Jeanette Park, 71, said she walked. Neighbour Ann Hale agreed. Royal Albert Hall was full.\n")).toEqual({
      "Jeanette Park": "person",
      "Ann Hale": "person",
      "Royal Albert Hall": "place",
    });
  });

  it("reads the seat a member holds as a place, though a title stands before it", () => {
    expect(types("Dana Hale, the Labour MP for Brackwell and Ormsby, said no. He is the senator for Tarrant.\n")).toEqual({
      "Dana Hale": "person",
      Labour: "organization",
      Brackwell: "place",
      Ormsby: "place",
      Tarrant: "place",
    });
  });

  it("reads an unknown name before a noun for a person as where they live, also as a headline's first word", () => {
    expect(types("Kelvedon man jailed for theft\n\nA Thornbury woman and a Lydney teenager were hurt when a van hit them.\n")).toEqual({
      Kelvedon: "place",
      Thornbury: "place",
      Lydney: "place",
    });
    expect(types("Jailed man freed\n\nA man was freed.\n")).toEqual({});
  });
});

describe("names the lexicon alone misses: across `and` and hyphens, by the noun after them, clubs, districts and datelines", () => {
  it("joins the words on both sides of an `and` that the bracketed acronym after them spells", () => {
    const text = "Officials at the Nursing and Midwifery Council (NMC) agreed. The NMC said so. Troops left Iraq and Syria (IS) last year.\n";
    expect(mentionsOf(text)).toEqual([
      ["Nursing and Midwifery Council", "organization", ["Nursing and Midwifery Council:name", "NMC:acronym", "NMC:acronym"]],
      ["Iraq", "place", ["Iraq:name"]],
      ["Syria", "place", ["Syria:name"]],
      ["Islamic State", "organization", ["IS:acronym"]],
    ]);
  });

  it("keeps a romanized given name whole when its second syllable is written in lower case", () => {
    expect(types("Former president Moon Jae-in met opposition leader Lee Jae-myung. Taiwan's President Tsai Ing-wen spoke. Set-up costs were high.\n")).toEqual({
      "Moon Jae-in": "person",
      "Lee Jae-myung": "person",
      Taiwan: "place",
      "Tsai Ing-wen": "person",
    });
  });

  it("types a name by the body's or place's noun it modifies, over a role word before it", () => {
    expect(summary("Pyongyang's official KCNA news agency said the launch worked. The Wagner group denied it. Farmers along the Nidder river agreed. He walked into the Eastfield station.\n").map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Pyongyang", "place", []],
      ["KCNA", "organization", []],
      ["Wagner", "organization", []],
      ["Nidder", "place", []],
      ["Eastfield", "place", []],
    ]);
  });

  it("reads a sentence's first word, a town's name and an everyday plural before a plural's verb or an everyday noun for a person, as that word", () => {
    expect(types("Talks\n\nOn Monday, the talks ended. Rivers do not stop at borders. Wales are unbeaten.\n")).toEqual({ Wales: "place" });
    // (as is an everyday noun for a person, a headline's or a sentence's first word: `Man` is a town too)
    expect(types("Man jailed for fraud\n\nOn Monday, the appeal failed. Man, 45, is charged in Sarno.\n")).toEqual({ Sarno: "place" });
  });

  it.each([
    ["A school was rated inadequate by Orvekstat, which said bullying was rife.", { Orvekstat: "organization" }],
    ["A school was rated inadequate by Orvekstat, which found that bullying was rife.", { Orvekstat: "organization" }],
    // (a judgement's verb reports words only before `that`)
    ["A school was rated inadequate by Orvekstat, which found a way out.", { Orvekstat: "other" }],
  ])("types a name before `, which` and a verb that reports words as a body: %s", (sentence, expected) => {
    expect(types(`Report\n\nOn Monday, the talks ended. ${sentence}\n`)).toEqual(expected);
  });

  it.each([
    ["Drug companies hope to model molecules in Sarno.", { Sarno: "place" }],
    ["Mobile operators hope to cut costs in Sarno.", { Sarno: "place" }],
    // (the town the article names inside a sentence, or one before a verb of the past or of speech, stays a name)
    ["Mobile operators hope to cut costs in Mobile.", { Mobile: "place" }],
    ["Phoenix recorded its hottest day.", { Phoenix: "place" }],
  ])("reads a sentence's first word that is an everyday word and a town's name before a lower-case word as the word: %s", (sentence, expected) => {
    expect(types(`Report\n\nOn Monday, the talks ended. ${sentence}\n`)).toEqual(expected);
  });

  it("types a name after `along the` as a place, whatever verb follows", () => {
    expect(types("Pact\n\nOn Monday, the leaders of six countries along the Varnic agreed to share water.\n")).toEqual({ Varnic: "place" });
  });

  it("types a name before a landform's noun as a place", () => {
    expect(types("Harvest\n\nOn Monday, farmers in the Varnic plain and the Tolvo delta said the Quessa coast was dry.\n")).toEqual({ Varnic: "place", Tolvo: "place", Quessa: "place" });
  });

  it("reads schools and public service districts as bodies, and a dateline's town beside them as a place", () => {
    expect(mentionsOf("RIVERDALE — The Riverdale Unified School District will close Lincoln Elementary and Oakmont High, the district said.\n")).toEqual([
      ["Riverdale", "place", ["RIVERDALE:name"]],
      ["Riverdale Unified School District", "organization", ["Riverdale Unified School District:name", "district:description"]],
      ["Lincoln Elementary", "organization", ["Lincoln Elementary:name"]],
      ["Oakmont High", "organization", ["Oakmont High:name"]],
    ]);
  });

  it("gives a bare name that `its` follows to the business it shares with a person, and one `she` follows to the person", () => {
    expect(mentionsOf("Robot\n\nVarde Robotics unveiled a robot. Chief Executive Ida Varde said it would ship.\n\nVarde said its robot was cheap. Varde said she was proud.\n")).toEqual([
      ["Varde Robotics", "organization", ["Varde Robotics:name", "Varde:partial", "its:pronoun"]],
      ["Ida Varde", "person", ["Ida Varde:name", "Varde:partial", "she:pronoun"]],
    ]);
  });

  it("gives a bare name to the business named before it that it opens, when the person who shares it is named only later", () => {
    const text = "Takeover\n\nOn Monday, Brandt Robotics agreed to buy a rival. The deal will close in May, Brandt said in a statement. Brandt, founded in 1950 by the engineer Nils Brandt, makes arms for car plants. Brandt retired in 1990.\n";
    expect(mentionsOf(text)).toEqual([
      ["Brandt Robotics", "organization", ["Brandt Robotics:name", "Brandt:partial", "Brandt:partial"]],
      ["Nils Brandt", "person", ["Nils Brandt:name", "Brandt:partial"]],
    ]);
  });

  it("reads a headline's town as the dateline's place, not as the short name of a body named for the town", () => {
    expect(mentionsOf("Lusk wins Corbridge race\n\nCORBRIDGE — Ida Lusk won. The Corbridge Chamber of Commerce backed her rival.\n")).toEqual([
      ["Ida Lusk", "person", ["Lusk:partial", "Ida Lusk:name", "her:pronoun"]],
      ["Corbridge", "place", ["Corbridge:name", "CORBRIDGE:name"]],
      ["Corbridge Chamber of Commerce", "organization", ["Corbridge Chamber of Commerce:name"]],
    ]);
  });

  it("reads a dateline whose state's abbreviation ends a sentence, and joins the state to its name written out", () => {
    expect(mentionsOf("Governor signs bill\n\nSACRAMENTO, Calif. (AP) — Gov. Gavin Newsom signed the bill in California on Monday.\n")).toEqual([
      ["Sacramento", "place", ["SACRAMENTO:name"]],
      ["California", "place", ["Calif.:alias", "California:name"]],
      ["Associated Press", "organization", ["AP:acronym"]],
      ["Gavin Newsom", "person", ["Gavin Newsom:name"]],
    ]);
  });

  it("reads football clubs by the words clubs take, and a club by its other word", () => {
    expect(mentionsOf("Real Sociedad beat Atlético Madrid and Borussia Dortmund drew. Sociedad play in the Copa del Rey next.\n")).toEqual([
      ["Real Sociedad", "organization", ["Real Sociedad:name", "Sociedad:partial"]],
      ["Atlético Madrid", "organization", ["Atlético Madrid:name"]],
      ["Borussia Dortmund", "organization", ["Borussia Dortmund:name"]],
      ["Copa del Rey", "event", ["Copa del Rey:name"]],
    ]);
  });

  it("reads a word clubs end with as the side named first, `who` after a club's first word as the club, and `host` before a club as a verb", () => {
    const text =
      "Rovers end long wait\n\nWrexford Rovers beat Saltmere United 2-1. Rovers manager Ida Lund was pleased. Saltmere, who had won three in a row, drop to ninth in League Two. Rovers host Kelby Rovers next, and Kelby Rovers visit Saltmere after. Rovers, who lost, are fifth.\n";
    expect(mentionsOf(text)).toEqual([
      ["Wrexford Rovers", "organization", ["Wrexford Rovers:name", "Rovers:partial"]],
      ["Saltmere United", "organization", ["Saltmere United:name", "Saltmere:partial", "Saltmere:partial"]],
      ["Ida Lund", "person", ["Ida Lund:name"]],
      ["League Two", "organization", ["League Two:name"]],
      ["Kelby Rovers", "organization", ["Kelby Rovers:name", "Kelby Rovers:name"]],
    ]);
  });

  it("keeps a dateline's town apart from someone whose given name it is", () => {
    expect(mentionsOf("Storm hits town\n\nROSALIND, Ky. (AP) — On Monday, a storm tore through the town, officials said.\n\nLater, Rosalind Brooks said she was afraid.\n")).toEqual([
      ["Rosalind", "place", ["ROSALIND:name"]],
      ["Kentucky", "place", ["Ky.:alias"]],
      ["Associated Press", "organization", ["AP:acronym"]],
      ["Rosalind Brooks", "person", ["Rosalind Brooks:name", "she:pronoun"]],
    ]);
  });

  it("reads German clubs by their prefixes, and a club by its town's name, but not the dateline's town", () => {
    expect(mentionsOf("Bayern beat Leverkusen\n\nMUNICH (AP) — Bayern Munich beat Bayer Leverkusen at the Säbener Straße ground. Leverkusen play VfB Stuttgart next.\n")).toEqual([
      ["Bayern Munich", "organization", ["Bayern:partial", "Bayern Munich:name"]],
      ["Bayer Leverkusen", "organization", ["Leverkusen:partial", "Bayer Leverkusen:name", "Leverkusen:partial"]],
      ["Munich", "place", ["MUNICH:name"]],
      ["Associated Press", "organization", ["AP:acronym"]],
      ["Säbener Straße", "place", ["Säbener Straße:name"]],
      ["VfB Stuttgart", "organization", ["VfB Stuttgart:name"]],
    ]);
  });

  it("keeps a town a dateline or `in` names apart from the club named for it, which a bare name still calls back", () => {
    expect(mentionsOf("Crush at stadium\n\nTARVELO, Borvinia (Reuters) - On Saturday, Atletico Tarvelo lost to Deportivo Velmar. Later, Tarvelo appealed. Riots broke out in Tarvelo.\n")).toEqual([
      ["Tarvelo", "place", ["TARVELO:name", "Tarvelo:name"]],
      ["Borvinia", "place", ["Borvinia:name"]],
      ["Reuters", "organization", ["Reuters:name"]],
      ["Atletico Tarvelo", "organization", ["Atletico Tarvelo:name", "Tarvelo:partial"]],
      ["Deportivo Velmar", "organization", ["Deportivo Velmar:name"]],
    ]);
  });

  it("reads a town's word after `in` as the town, and one said to speak as the club named for it", () => {
    expect(mentionsOf("Cup tie\n\nOn Saturday, Atletico Tarvelo beat Deportivo Velmar 2-1 in Tarvelo. Tarvelo said the win was deserved.\n")).toEqual([
      ["Atletico Tarvelo", "organization", ["Atletico Tarvelo:name", "Tarvelo:partial"]],
      ["Deportivo Velmar", "organization", ["Deportivo Velmar:name"]],
      ["Tarvelo", "place", ["Tarvelo:name"]],
    ]);
  });

  it.each(["Parque Central", "Parc Lescure", "Estádio Orvalle"])("reads %s, a ground named after a word for park or stadium, as a place", (name) => {
    expect(types(`Title\n\nOn Monday, 31 people died at the old ${name} in 1998.\n`)).toEqual({ [name]: "place" });
  });

  it.each(["South Pole", "North Pole"])("reads the %s as a place, not a Pole", (name) => {
    expect(types(`Title\n\nOn Tuesday, she skied alone to the ${name}.\n`)).toEqual({ [name]: "place" });
  });

  it("calls a royal body by its own word after `the`, not by an English word it has", () => {
    expect(mentionsOf("Title\n\nOn Monday, nurses gathered at the Royal Kessington Infirmary. At the Kessington, staff said the wards were full.")).toEqual([
      ["Royal Kessington Infirmary", "organization", ["Royal Kessington Infirmary:name", "Kessington:partial"]],
    ]);
    expect(mentionsOf("Title\n\nOn Monday, pupils at the Royal Ballet School gave a show. Later, the Ballet said it would tour.")).toEqual([
      ["Royal Ballet School", "organization", ["Royal Ballet School:name"]],
    ]);
  });

  it("gives a role set before a name by commas to the holder, though the body the holder is of follows the name", () => {
    expect(typesAndRoles("Title\n\nOn Monday, his lawyer, Ana Ruiz of Mishcon de Reya, said her client denied it.")).toEqual({ "Ana Ruiz": ["person", "lawyer"], "Mishcon de Reya": ["organization"] });
    expect(typesAndRoles("Title\n\nOn Monday, her lawyer, Ana Ruiz of the Velmar College of Law, said no.")).toEqual({ "Ana Ruiz": ["person", "lawyer"], "Velmar College of Law": ["organization"] });
    expect(typesAndRoles("Title\n\nOn Monday, her lawyer, Ana Ruiz of the Velmar Bar Association and others, said no.")).toEqual({ "Ana Ruiz": ["person"], "Velmar Bar Association": ["organization"] });
    // (an ampersand inside the body's name, and words before it saying what kind of body it is)
    expect(typesAndRoles("Title\n\nOn Monday, his lawyer, Ana Ruiz of Sarno & Velmar, said her client denied it.")).toEqual({ "Ana Ruiz": ["person", "lawyer"], "Sarno & Velmar": ["organization"] });
    expect(typesAndRoles("Title\n\nOn Monday, his lawyer, Ana Ruiz of the Leeds-based law firm Norvex Partners, said her client denied it.")).toEqual({ "Ana Ruiz": ["person", "lawyer"], Leeds: ["place"], "Norvex Partners": ["organization"] });
    expect(typesAndRoles("Title\n\nOn Monday, his lawyer, Ana Ruiz of the firm, said her client denied it.")).toEqual({ "Ana Ruiz": ["person"] });
  });

  it("reads a name that ends in a newspaper's word as the paper's", () => {
    expect(types("Title\n\nAccording to a report seen by the Sarno Daily, the dam failed.")).toEqual({ "Sarno Daily": "organization" });
  });

  it("reads outlets of other languages that news copy cites as organizations, by name or by their outlet words", () => {
    expect(types("Title\n\nOn Monday, Ivo Lusk told Le Monde and Die Zeit that talks had failed.")).toEqual({ "Ivo Lusk": "person", "Le Monde": "organization", "Die Zeit": "organization" });
    expect(types("Title\n\nOn Monday, Ivo Lusk told Velmar Nyheter and the Sarno Shimbun that talks had failed.")).toEqual({ "Ivo Lusk": "person", "Velmar Nyheter": "organization", "Sarno Shimbun": "organization" });
    expect(types("Title\n\nOn Monday, Ivo Lusk told Die Zeit that talks had failed.")).toEqual({ "Ivo Lusk": "person", "Die Zeit": "organization" });
    expect(types("Title\n\nOn Monday, Ivo Lusk told Corriere di Velmar that talks had failed.")).toEqual({ "Ivo Lusk": "person", "Corriere di Velmar": "organization" });
    expect(types("Title\n\nOn Monday, Ivo Lusk told Gazzetta di Sarno that talks had failed.")).toEqual({ "Ivo Lusk": "person", "Gazzetta di Sarno": "organization" });
    expect(types("Title\n\nOn Monday, Ivo Lusk told La Gazzetta dello Sport that talks had failed.")).toEqual({ "Ivo Lusk": "person", "La Gazzetta dello Sport": "organization" });
  });

  it("reads a name after a vessel's fate and `off` as the coast it lies off", () => {
    expect(types("Title\n\nOn Monday, the trawler sank off Tarvel and a ferry was anchored off Norvex, in the waters off Kells.")).toEqual({ Tarvel: "place", Norvex: "place", Kells: "place" });
    expect(types("Title\n\nOn Monday, the trawler passed off Tarvel.")).toEqual({ Tarvel: "other" });
  });

  it("reads a body of another language's state by the word that opens its name, though a title follows it", () => {
    expect(types("Title\n\nOn Monday, the Dirección General de Velmar warned drivers and the Consejo General del Sarno met.")).toEqual({
      "Dirección General de Velmar": "organization",
      "Consejo General del Sarno": "organization",
    });
    expect(types("Title\n\nOn Monday, the Audiencia Nacional ruled, the Conseil d'Orvel agreed and Agenzia delle Norvex fined him.")).toEqual({
      "Audiencia Nacional": "organization",
      "Conseil d'Orvel": "organization",
      "Agenzia delle Norvex": "organization",
    });
  });

  it("reads a name ending in Estates as a property company's, whose possessive opens its officer's role", () => {
    expect(typesAndRoles("Title\n\nOn Monday, Norvex Estates' managing director, Ivo Lusk, said it would appeal.")).toEqual({
      "Norvex Estates": ["organization"],
      "Ivo Lusk": ["person", "Norvex Estates' managing director"],
    });
    expect(typesAndRoles("Title\n\nNorvex Estates' managing director, Ivo Lusk, said on Monday it would appeal.")).toEqual({
      "Norvex Estates": ["organization"],
      "Ivo Lusk": ["person", "Norvex Estates' managing director"],
    });
  });

  it.each(["Later", "Yesterday", "Then"])("leaves the sentence's opening `%s` out of a role that opens with a body's possessive", (opener) => {
    expect(typesAndRoles(`Title\n\n${opener} Norvex Estates' managing director, Ivo Lusk, said it would appeal.`)).toEqual({
      "Norvex Estates": ["organization"],
      "Ivo Lusk": ["person", "Norvex Estates' managing director"],
    });
  });

  it("gives a name in brackets after another name no title of the first", () => {
    expect(typesAndRoles("Title\n\nFans will see Dr Maggie Cole (Harriet Lane) back, and the detective Sam Reed (Ivo Lusk) too.")).toEqual({
      "Maggie Cole": ["person", "Dr."],
      "Harriet Lane": ["person"],
      "Sam Reed": ["person", "detective"],
      "Ivo Lusk": ["person"],
    });
  });

  it("keeps a firm's name joined by an ampersand whole in its officer's role", () => {
    expect(typesAndRoles("Title\n\nPelgrin & Co's head of drawings, Ivo Lusk, said it was rare.")).toEqual({
      "Pelgrin & Co": ["organization"],
      "Ivo Lusk": ["person", "Pelgrin & Co's head of drawings"],
    });
    expect(typesAndRoles("Title\n\nOn Monday, Tarvel & Sons' chief executive, Ana Ruiz, said it was rare.")).toEqual({
      "Tarvel & Sons": ["organization"],
      "Ana Ruiz": ["person", "Tarvel & Sons' chief executive"],
    });
  });

  it("reads a body named for its aim across `to` and a campaign's verb", () => {
    expect(mentionsOf("Title\n\nOn Monday, the Campaign to Protect Rural Velmar (CPRV) objected and the Committee to Defend Sarno Workers agreed. The CPRV said so.")).toEqual([
      ["Campaign to Protect Rural Velmar", "organization", ["Campaign to Protect Rural Velmar:name", "CPRV:acronym", "CPRV:acronym"]],
      ["Committee to Defend Sarno Workers", "organization", ["Committee to Defend Sarno Workers:name"]],
    ]);
  });

  it("reads a name after an article and a figure's measure as a thing's, as after the article alone, though not after an age", () => {
    expect(types("Title\n\nThe 320-metre Tarvel Ridge viaduct gave way on 8 June. On Monday, a 12-storey Velmar House tower burned.")).toEqual({
      "Tarvel Ridge": "other",
      // (a block called a `House` is a building, a place)
      "Velmar House": "place",
    });
    expect(types("Title\n\nOn Monday, the 34-year-old Tarvel Lusk said no.")).toEqual({ "Tarvel Lusk": "person" });
  });

  it.each(["dark grey", "light blue", "pale green", "black", "white", "gray", "silver", "red", "yellow", "brown", "new", "old", "used", "stolen", "battered", "rented", "hired"])(
    "reads a given name after an indefinite article and `%s` as a thing's, as after the article alone",
    (words) => {
      expect(types(`Title\n\nThen the car, a ${words} Audi, was found by Ana Ruiz.`)).toEqual({ Audi: "other", "Ana Ruiz": "person" });
    },
  );

  it("gives a passer-by the word the article describes them by before their name, as it gives a job", () => {
    expect(typesAndRoles('Title\n\n"It was awful," said dog walker Ana Ruiz, 63. A passer-by, Ivo Lusk, agreed. Pensioner Jo Ames and Velmar fan Al Fox were there, as was commuter Bo Kean. Medic Tom Hale came later. Parent Kai Moss agreed.')).toEqual({
      "Ana Ruiz": ["person", "dog walker"],
      "Ivo Lusk": ["person", "passer-by"],
      "Jo Ames": ["person", "Pensioner"],
      Velmar: ["organization"],
      "Al Fox": ["person", "Velmar fan"],
      "Bo Kean": ["person", "commuter"],
      "Tom Hale": ["person", "Medic"],
      "Kai Moss": ["person", "Parent"],
    });
  });

  it("reads an officer's role after `its` or `her` set after a name by commas as the person's role, and `its` before another noun as a thing's mark", () => {
    expect(typesAndRoles("Title\n\nOn Monday, Ana Ruiz, its chief technology officer, said no. Mark Wykoff, her lawyer, declined. Tarvel Lusk, its founder, bowed. Velmar Browser, its main rival, fell.")).toEqual({
      "Ana Ruiz": ["person", "chief technology officer"],
      "Mark Wykoff": ["person", "lawyer"],
      "Tarvel Lusk": ["person", "founder"],
      "Velmar Browser": ["other"],
    });
  });

  it("reads a capitalised `Which` after a name and its comma as a name, not the relative pronoun that follows a thing", () => {
    expect(typesAndRoles("Title\n\n\"It came late,\" said Rocio Sanz, Which?'s head of safety. Tarvel Works, which makes it, said no.")).toEqual({
      "Rocio Sanz": ["person"],
      "Tarvel Works": ["organization"],
    });
  });

  it("gives musicians the part or voice they perform as a role, before or after their name", () => {
    expect(typesAndRoles("Title\n\nConductor Ivo Lusk led the orchestra. Mezzo-soprano Ana Ruiz sang the title role, and Jo Ames, the baritone, bowed.")).toEqual({
      "Ivo Lusk": ["person", "Conductor"],
      "Ana Ruiz": ["person", "Mezzo-soprano"],
      "Jo Ames": ["person", "baritone"],
    });
  });

  it("reads a theatre, opera house or orchestra named in another language by the word that opens its name", () => {
    expect(types("Title\n\nOn Saturday, it opened at Teatro La Fenice. The Théâtre du Châtelet shut, the Orchestre de Paris played and Teatr Polski said no.")).toEqual({
      "Teatro La Fenice": "organization",
      "Théâtre du Châtelet": "organization",
      "Orchestre de Paris": "organization",
      "Teatr Polski": "organization",
    });
  });

  it("reads a business's sector opening a sentence as the word it is, though the dictionary lacks its clipped form", () => {
    expect(types("Tech firm Norvexa to cut jobs\n\nTech stocks fell on Monday. Biotech firm Velmar said no.")).toEqual({ Norvexa: "organization", Velmar: "organization" });
  });

  it("reads the name after `the resort of` or `the oasis of` as a place's, as after `the town of`", () => {
    expect(types("Title\n\nOn Saturday, skiers near the ski resort of Tarvel died, and travellers reached the oasis of Velmar.")).toEqual({ Tarvel: "place", Velmar: "place" });
  });

  it("reads a name before a reservoir, a harbour, a marina, a bypass, a beach, a volcano or a pier as the place", () => {
    expect(types("Title\n\nOn Monday, the Ardlow and Grafton reservoirs were low, boats left the Tarvel harbour and the Sarno beach, ash fell from the Velmar volcano and crowds filled the Kells pier.")).toEqual({
      Ardlow: "place",
      Grafton: "place",
      Tarvel: "place",
      Sarno: "place",
      Velmar: "place",
      Kells: "place",
    });
    expect(types("Title\n\nOn Monday, a yacht sank at a Halvik marina and the Orvek bypass was shut.")).toEqual({ Halvik: "place", Orvek: "place" });
  });

  it("reads a road's number in a sentence about traffic as a place, and a model's number elsewhere as other", () => {
    expect(
      types(
        "Title\n\nOn Monday, drivers were warned about the M6. Motorists queued on the A34. Traffic was slow on I-95. The M1 northbound was shut. The M5 southbound reopened. A lorry blocked the M40 carriageway. The A1 was shut at junction 4. Diversions are in place via the A38. The B1234 reopened between junctions 2 and 3. Norvex unveiled the A12 phone. Drivers queued for the Kelmo A50 phone.",
      ),
    ).toEqual({ M6: "place", A34: "place", "I-95": "place", M1: "place", M5: "place", M40: "place", A1: "place", A38: "place", B1234: "place", Norvex: "other", A12: "other", "Kelmo A50": "other" });
  });

  it("reads a market's region or town after `shares in` as the place, and a firm's name there as the firm, with `which` after it or not", () => {
    expect(types("Title\n\nOn Monday, shares in Asia fell, shares in London slipped and shares in Frankfurt rose. Shares in Norvex, which makes chips, fell, and shares in Tarvel rose.")).toEqual({
      Asia: "place",
      London: "place",
      Frankfurt: "place",
      Norvex: "organization",
      Tarvel: "organization",
    });
  });

  it("reads an unknown name right after `in` and before `, which` as a place, and one after `in the` as none", () => {
    expect(types("Drugs\n\nThe load was bound for a wholesaler in Dersk, which was not suspected. It sat in the Orvek, which was empty.\n")).toEqual({ Dersk: "place", Orvek: "other" });
  });

  it("reads a gallery named in another language as an organization by the word that opens its name", () => {
    expect(types("Title\n\nOn Monday, the dealer, Galerie Morand of Paris, denied it, and the Galería Lusk in Tarvel said nothing.")).toEqual({ "Galerie Morand": "organization", Paris: "place", "Galería Lusk": "organization", Tarvel: "place" });
  });

  it("reads a headland's `Head` and a `Point` as places' names, and a police district as a body", () => {
    expect(types("Title\n\nOn Saturday, a surfer was bitten at Tarvel Head, beaches to Point Sarno closed, and Inspector Ivo Lusk of the Velmar Coast Police District said so.")).toEqual({
      "Tarvel Head": "place",
      "Point Sarno": "place",
      "Ivo Lusk": "person",
      "Velmar Coast Police District": "organization",
    });
    expect(types("Title\n\nOn Monday, the Department Head and the Tarvel Police Head resigned.")).toEqual({ "Tarvel Police": "organization" });
  });

  it("reads a name a hyphen joins to `based`, `area` or `born` as a place, whatever noun stands before it", () => {
    expect(types("Title\n\nOn Monday, he bought stakes in Tarvel-area nickel smelters.")).toEqual({ Tarvel: "place" });
    expect(types("Title\n\nOn Monday, Velmar-based farmers protested.")).toEqual({ Velmar: "place" });
    expect(types("Title\n\nOn Monday, the Sarno-born singer Ana Ruiz won.")).toEqual({ Sarno: "place", "Ana Ruiz": "person" });
  });

  it.each(["flagged", "registered"])("reads a name a hyphen joins to a ship's `%s` as a place", (word) => {
    expect(types(`Title\n\nOn Monday, the Tarvel-${word} ship sank.`)).toEqual({ Tarvel: "place" });
  });

  it("reads a role noun hyphenated to `General` as the office before a name, not part of it", () => {
    expect(typesAndRoles("Title\n\nOn Monday, Commissioner-General Ivo Lusk said the riot was over.")).toEqual({ "Ivo Lusk": ["person", "Commissioner-General"] });
    expect(typesAndRoles("Title\n\nOn Monday, Ana Ruiz, the Inspector-General, agreed, and the surgeon-general, Tom Reed, did not.")).toEqual({
      "Ana Ruiz": ["person", "Inspector-General"],
      "Tom Reed": ["person", "surgeon-general"],
    });
  });

  it("keeps a plural in `-men` and its possessive inside a body's name", () => {
    expect(types("Title\n\nOn Monday, the Velmar Fishermen's Organisation and the Tarvel Craftsmen's Guild protested.")).toEqual({
      "Velmar Fishermen's Organisation": "organization",
      "Tarvel Craftsmen's Guild": "organization",
    });
  });

  it("reads no plural for people by what they do that opens a headline before a class noun as that noun's name", () => {
    expect(types("Fishermen block harbour as quota talks collapse\n\nOn Monday, boats stayed in Tarvel.")).toEqual({ Tarvel: "place" });
    expect(types("Dockers block harbour as pay talks collapse\n\nOn Monday, boats stayed in Tarvel.")).toEqual({ Tarvel: "place" });
  });

  it("reads a title in capitals after a possessive, set before a name by commas, as the name's role, and a past verb after the name as no role", () => {
    expect(typesAndRoles("Title\n\nOn Monday, Ireland's Agriculture Minister, Ivo Lusk, met Norvex's Chief Executive, Ana Ruiz.")).toEqual({
      Ireland: ["place"],
      "Ivo Lusk": ["person", "Ireland's Agriculture Minister"],
      Norvex: ["organization"],
      "Ana Ruiz": ["person", "Norvex's Chief Executive"],
    });
  });

  it("reads the realm after a monarch's name alone as no name of the monarch, and the name before it as one", () => {
    const text = "Visit\n\nKing Aldric IV of Velmar arrived in Sarno on Thursday. Many waved the flag of Velmar. Aldric smiled.\n";
    expect(mentionsOf(text)).toEqual([
      ["Aldric IV of Velmar", "person", ["Aldric IV of Velmar:name", "Aldric:partial"]],
      ["Sarno", "place", ["Sarno:name"]],
      ["Velmar", "other", ["Velmar:name"]],
    ]);
  });

  it("reads a side's plural nickname alone as the side a match shows it to be, though its town is unknown", () => {
    const text = "Series level\n\nThe Tarvel Foxes beat the Corvel Mariners 7-3 on Tuesday night. He hit one off Mariners starter Kenji Oda, and Foxes right-hander Luis Almonte allowed two runs.\n";
    expect(mentionsOf(text)).toEqual([
      ["Tarvel Foxes", "organization", ["Tarvel Foxes:name", "Foxes:partial"]],
      ["Corvel Mariners", "organization", ["Corvel Mariners:name", "Mariners:partial"]],
      ["Kenji Oda", "person", ["Kenji Oda:name"]],
      ["Luis Almonte", "person", ["Luis Almonte:name"]],
    ]);
    const named = "Series level\n\nThe Tampa Bay Rays beat the Corvel Mariners 7-3 on Tuesday night. Rays right-hander Luis Almonte allowed two runs.\n";
    expect(mentionsOf(named)[0]).toEqual(["Tampa Bay Rays", "organization", ["Tampa Bay Rays:name", "Rays:partial"]]);
  });

  it("reads a town's name alone in the headline as the person the body calls by it, and only then", () => {
    const called = 'Harrow homers twice\n\nMarcus Harrow hit two home runs on Tuesday. "I was trying," Harrow said.\n';
    expect(mentionsOf(called)).toEqual([["Marcus Harrow", "person", ["Harrow:partial", "Marcus Harrow:name", "Harrow:partial"]]]);
    const uncalled = "Harrow floods again\n\nMarcus Harrow, a farmer, said on Tuesday that the water was rising.\n";
    expect(mentionsOf(uncalled)).toEqual([
      ["Harrow", "place", ["Harrow:name"]],
      ["Marcus Harrow", "person", ["Marcus Harrow:name"]],
    ]);
  });

  it("reads a present verb between a subject's name and a role as the sentence's verb when none follows the name", () => {
    const roles = (text: string) => Object.fromEntries(analyzeArticle(`Sport\n\n${text}`).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles("Velmar City sack manager Gary Fenwick after an eighth defeat. Norvex names coach Ana Ruiz. Sarno drop striker Ivo Lusk for the final. Tarvel trade minister Sam Cole said no.")).toEqual({
      "Gary Fenwick": ["manager"],
      "Ana Ruiz": ["coach"],
      "Ivo Lusk": ["striker"],
      "Sam Cole": ["Tarvel trade minister"],
    });
    // (a plural after `after` is no verb of the name's: `defeats`)
    expect(roles("Halvik City sack manager Tom Hale after seven straight defeats. Dersk trade minister Eva Lind on Monday said no.")).toEqual({
      "Tom Hale": ["manager"],
      "Eva Lind": ["Dersk trade minister"],
    });
  });

  it("reads a present verb after a person's name as the verb, not a role's field, whatever its spelling; a star is a role", () => {
    const roles = (text: string) => Object.fromEntries(analyzeArticle(`Wedding\n\n${text}`).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles("Pop star Lena Moray marries actor Jude Calloway in Italy. Velmar United star Ana Ruiz scored. Hollywood superstar Ivo Lusk and co-star Tom Hale agreed.")).toEqual({
      "Lena Moray": ["Pop star"],
      "Jude Calloway": ["actor"],
      "Ana Ruiz": ["Velmar United star"],
      "Ivo Lusk": ["Hollywood superstar"],
      "Tom Hale": ["co-star"],
    });
  });

  it("reads an unknown word whose minister or people the text names as a place", () => {
    expect(types("Bronzes\n\nThe bronzes go back to Karvia in June. Karvia's culture minister, Ada Obioma, welcomed it.")).toEqual({ Karvia: "place", "Ada Obioma": "person" });
    expect(types("Vote\n\nThe people of Tessaly voted. Results came on Monday.")).toEqual({ Tessaly: "place" });
    expect(types("Launch\n\nTessaly's national space agency launched a probe.")).toEqual({ Tessaly: "place" });
    // (up to three words may say which)
    expect(types("Vote\n\nThen Ana Ruiz became Tessaly's first female finance minister.")).toEqual({ "Ana Ruiz": "person", Tessaly: "place" });
    expect(types("Pride\n\nEveryone's national pride grew.")).toEqual({});
    expect(types("War\n\nThen Tessaly sent its troops north.")).toEqual({ Tessaly: "place" });
    expect(types("War\n\nThen talks were led by Tessaly, whose foreign minister spoke.")).toEqual({ Tessaly: "place" });
    expect(types("Vote\n\nThen the defence ministry of Tessaly spoke.")).toEqual({ Tessaly: "place" });
    for (const owned of ["minister", "ministers", "ministry", "government", "parliament", "ambassador", "embassy", "army", "navy", "intelligence", "forces", "troops", "capital", "constitution", "citizens", "people", "population", "inhabitants", "mayor"]) {
      expect(types(`Vote\n\nOn Monday, Tessaly's new ${owned} came up.`), owned).toEqual({ Tessaly: "place" });
    }
  });

  it.each(["coast", "coastline", "border", "borders", "mainland", "countryside"])("reads an unknown word that owns a `%s`, perhaps described, as a place", (owned) => {
    expect(types(`Port\n\nThe port lies on Tessaly's ${owned}, and on Tessaly's rugged ${owned}.`)).toEqual({ Tessaly: "place" });
  });

  it("reads a firm whose shares trade as a body, though it owns what a state has too", () => {
    expect(types("Lobby\n\nVexor's government relations team met. Shares in Vexor fell.")).toEqual({ Vexor: "organization" });
    // (an office only a state has outweighs the body a lone word that speaks would make; a thing a firm may have does not)
    expect(types("Talks\n\nVelmar said it would act. Velmar's foreign minister, Ana Ruiz, agreed. Velmar accused the firm.\n")).toEqual({ Velmar: "place", "Ana Ruiz": "person" });
    expect(types("Lobby\n\nVexor said sales rose. Vexor's government relations chief left.\n")).toEqual({ Vexor: "organization" });
  });

  it("reads a shipping line's last word as a firm's head", () => {
    expect(types("Sanctions\n\nThe assets of Velmar Maritime were frozen on Monday.")).toEqual({ "Velmar Maritime": "organization" });
  });

  it("reads a telephone company's last word as a firm's head, but a town's name alone stays the town", () => {
    expect(types("Auction\n\nOn Monday, rivals Vexa Mobile and Halcom paid more. Tarvel Wireless and Norvex Telecoms bid. Flights to Mobile were cut.")).toEqual({
      "Vexa Mobile": "organization",
      Halcom: "organization",
      "Tarvel Wireless": "organization",
      "Norvex Telecoms": "organization",
      Mobile: "place",
    });
  });

  it("reads a unit's symbol after any figure, or with it, as a measure that names nothing", () => {
    expect(types("Auction\n\nShares in Telnor rose after it paid for 120 MHz in the 3.6 GHz band. A plant made 500 MWh. In 2019 NATO and GB News said no.")).toEqual({
      Telnor: "organization",
      "North Atlantic Treaty Organization": "organization",
      "GB News": "organization",
    });
    expect(types("Phones\n\nThe 64 GB model sold out.")).toEqual({});
    expect(types("Phones\n\nThe 45W charger is sold apart. It has 12GB of RAM, a 5,000mAh battery and a 50MP camera.")).toEqual({});
  });

  it("reads a name after `the exchange` or `the portal` as a body's", () => {
    expect(types("Fraud\n\nIvo Lusk, the founder of the exchange Coinvault, was arrested. Coinvault collapsed in November.")).toEqual({ "Ivo Lusk": "person", Coinvault: "organization" });
    expect(types("Prices\n\nFigures from the property portal Homefinder showed asking prices fell.")).toEqual({ Homefinder: "organization" });
  });

  it("reads a body's partner or rival named with its country as a body, not a person titled so", () => {
    expect(typesAndRoles("Deal talks\n\nEisai and its US partner Velgen said no. Eisai and its German rival Corvex said no. Eisai and its London partner Norvex said no.")).toEqual({
      "United States": ["place"],
      Velgen: ["organization"],
      Corvex: ["organization"],
      London: ["place"],
      Norvex: ["organization"],
    });
  });

  it("reads a disease's eponym in the possessive as the disease, naming no one, wherever the article writes it so", () => {
    expect(types("Drug slows memory loss in early Parkinson's, trial finds\n\nThe drug helped people with Parkinson's disease.")).toEqual({});
    expect(types("Drug approved\n\nAn Alzheimer's drug was approved for Alzheimer's disease. Alzheimer's Research UK welcomed it. Ana Ruiz, who has Tourette's syndrome, said Ruiz's doctor agreed.")).toEqual({
      "Alzheimer's Research UK": "organization",
      "Ana Ruiz": "person",
    });
  });

  it("reads a Dutch or German particle before a name's last word as a person's surname, a people's word before it as where they are from", () => {
    expect(typesAndRoles("Final\n\nIvo Lusk beat Dutchman Tjeerd van Wall on Friday. He lost to Dutchman Pieter van der Bank and Frenchman Luc de la Tour, then to Ilse von Hall. They toured Museum van Loon and Park van Hall.")).toEqual({
      "Ivo Lusk": ["person"],
      "Tjeerd van Wall": ["person", "Dutchman"],
      "Pieter van der Bank": ["person", "Dutchman"],
      "Luc de la Tour": ["person", "Frenchman"],
      "Ilse von Hall": ["person"],
      "Museum van Loon": ["organization"],
      "Park van Hall": ["place"],
    });
  });

  it("reads a seat of government that news speaks for (`the Kremlin said`) as a body, as the White House is, wherever it is named", () => {
    const text = 'Talks\n\n"No," the Kremlin said. Downing Street said the envoy was welcome. The Elysee Palace agreed, and the Élysée said so again. Envoys met at the Kremlin.\n';
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text).join("|")])).toEqual([
      ["organization", "Kremlin", "Kremlin|Kremlin"],
      ["organization", "Downing Street", "Downing Street"],
      ["organization", "Élysée Palace", "Elysee Palace|Élysée"],
    ]);
  });

  it("reads a body's name before `of` and a two-word title as no part of the title", () => {
    expect(typesAndRoles("Vote\n\nThe vote ended 16 years in power for the Social Democrats of Prime Minister Ivo Lusk.\n")).toEqual({
      "Social Democrats": ["group"],
      "Ivo Lusk": ["person", "Prime Minister"],
    });
  });

  it("reads a name before `, which` and a verb of what a business does as a body's, not one before a river's way", () => {
    const read = types(
      "Ferries\n\nCalvanor, which runs ferries to the islands, has cancelled most sailings. The Tarvel, which runs through Halvik, flooded. Norvex Europe, which represents ferry firms, objected. " +
        "We met Sarvo. Sarvo, which is based in Velmar, sold boats. We met Kelmo. Kelmo, which was headquartered in Velmar, sold boats.\n",
    );
    expect([read["Calvanor"], read["Tarvel"], read["Norvex Europe"], read["Sarvo"], read["Kelmo"]]).toEqual(["organization", "other", "organization", "organization", "organization"]);
  });

  it("reads a one-word body a role is held in apart from the name after it", () => {
    expect(typesAndRoles("Budget\n\nChancellor of the Exchequer Ana Ruiz said taxes would rise. The director of the Louvre Ivo Lusk agreed.\n")).toEqual({
      Exchequer: ["organization"],
      "Ana Ruiz": ["person", "Chancellor of the Exchequer"],
      Louvre: ["organization"],
      "Ivo Lusk": ["person", "director of the Louvre"],
    });
  });

  it("reads a given name before a building's word no one bears as a place's name when it speaks, and before a surname's as a person's", () => {
    expect(types("Closures\n\nVictoria Station said trains were cancelled. Grace Hotel said it was full. Helen Park said she was stuck.\n")).toEqual({
      "Victoria Station": "place",
      "Grace Hotel": "place",
      "Helen Park": "person",
    });
    const buildings = ["Palace", "Airport", "Stadium", "Arena", "Square", "Plaza", "Cathedral", "Terminal", "Prison", "Zoo", "Courthouse"];
    expect(buildings.map((b) => types(`Notice\n\nAlbert ${b} said it would close on Monday.\n`)[`Albert ${b}`])).toEqual(buildings.map(() => "place"));
  });

  it("reads a club's prefix alone as the club, never a person, and a league, a stadium and a constabulary by their words", () => {
    expect(mentionsOf("Real Valdora won the Liga Nacional title at the Estadio Orvalle. Real, who had lost twice, were sharper than Kelso Constabulary expected.\n")).toEqual([
      ["Real Valdora", "organization", ["Real Valdora:name", "Real:partial"]],
      ["Liga Nacional", "organization", ["Liga Nacional:name"]],
      ["Estadio Orvalle", "place", ["Estadio Orvalle:name"]],
      ["Kelso Constabulary", "organization", ["Kelso Constabulary:name"]],
    ]);
  });

  it("reads a name before `division` as a body's, and a speaker whose name ends in an everyday word after no first name as a body", () => {
    expect(types("Joe Pike, head of the Marlow Forge division, told Zentra Plus that Dana Rich was leaving.\n")).toEqual({
      "Joe Pike": "person",
      "Marlow Forge": "organization",
      "Zentra Plus": "organization",
      "Dana Rich": "person",
    });
  });

  it("reads the outer planets as places, as Mars and Earth are", () => {
    expect(types("The probe passed Jupiter and Saturn, said Lena Orr.\n")).toEqual({ Jupiter: "place", Saturn: "place", "Lena Orr": "person" });
  });

  it("reads a given name and surname right before the noun of a place or body named for someone as that place's or body's", () => {
    expect(types("Tomas Varga hospital director Lena Orr said Ruth Kell airport was shut. Elon Ferris company Zentra fell. Dana Rich team members left.\n")).toEqual({
      "Tomas Varga": "organization",
      "Lena Orr": "person",
      "Ruth Kell": "place",
      "Elon Ferris": "person",
      Zentra: "organization",
      "Dana Rich": "person",
    });
  });

  it("reads a two-word name that ends in an everyday word no surname is, with no given name, as no person's", () => {
    expect(types("On Monday, Kavo Plus launched. Jaylen Brown scored twice. Dana Stone watched Quillo Works.\n")).toEqual({
      "Kavo Plus": "other",
      "Jaylen Brown": "person",
      "Dana Stone": "person",
      "Quillo Works": "other",
    });
    // (so does a dictionary's plural that no surname list has, where one that is a surname too stays a person's)
    expect(types("On Monday, Kelmo Auctions said it sold the painting. Tarvel Blinds said it would hire. Velo Woods scored twice. Sara Lind met Velo Mills.\n")).toEqual({
      "Kelmo Auctions": "organization",
      "Tarvel Blinds": "organization",
      "Velo Woods": "person",
      "Sara Lind": "person",
      "Velo Mills": "person",
    });
  });

  it("keeps a founder's possessive inside an institution's name, and ends a name at a possessor after `and`", () => {
    const text = "She worked at Addenbrooke's Hospital and at the School of Medicine and Britain's Church, then Orwick's College London.\n";
    expect(types(text)).toEqual({
      "Addenbrooke's Hospital": "organization",
      "School of Medicine": "organization",
      "United Kingdom": "place",
      Church: "organization",
      "Orwick's College London": "organization",
    });
    expect(types("The Centre for Science and Environment's report came out.\n")).toEqual({ "Centre for Science and Environment": "organization" });
    // (before `Research`, only where more of the name follows, and not after a known firm's name)
    const research = "Study\n\nOn Monday, the charity Huntley's Research UK and Microsoft's Research Asia unit said Orwick's Research team had erred.\n";
    expect(types(research)).toEqual({ "Huntley's Research UK": "organization", Microsoft: "organization", "Research Asia": "organization", Orwick: "organization", Research: "organization" });
  });

  it("reads two bodies where the words after `and` end in the first body's own head word", () => {
    const text = "Title\n\nOn Monday, economists at Royal Bank of Marwick and Orwick-Dominion Bank agreed. The Council of Lisvania and Northern Council met. The Department of Health and Human Services did not.\n";
    expect(types(text)).toEqual({
      "Royal Bank of Marwick": "organization",
      "Orwick-Dominion Bank": "organization",
      "Council of Lisvania": "organization",
      "Northern Council": "organization",
      "Department of Health and Human Services": "organization",
    });
  });

  it("reads no person in two words after `its`, and gives the firm its short name though its product shares the word", () => {
    const text = "Nimbus Technologies unveiled a phone. Nimbus said its Nimbus Buds would ship in May, and its Velora Max in June.\n";
    expect(types(text)).toEqual({ "Nimbus Technologies": "organization", "Nimbus Buds": "other", "Velora Max": "other" });
    expect(analyzeArticle(text).entities.find((e) => e.name === "Nimbus Technologies")?.aliases).toEqual(["Nimbus"]);
  });

  it("reads no name in the letters of a phone number", () => {
    expect(types("Anyone with information may call Acme Tips at 1-888-CRIME-SC or 1-800-TIPS-NOW.\n")).toEqual({ "Acme Tips": "other" });
  });

  it("reads a church's titles before a name as roles, and a title of two words alone as no one's name", () => {
    const text =
      "Title\n\nOn Monday, Ecumenical Patriarch Bartholomew I met Maronite Patriarch Bechara Boutros al-Rai and Grand Mufti Shawki Allam. \"The Holy Father is tired,\" said Ana Ruiz, who met the Ecumenical Patriarch at the Holy See.\n";
    expect(typesAndRoles(text)).toEqual({
      "Bartholomew I": ["person", "Ecumenical Patriarch"],
      "Bechara Boutros al-Rai": ["person", "Maronite Patriarch"],
      "Shawki Allam": ["person", "Grand Mufti"],
      "Ana Ruiz": ["person"],
      "Holy See": ["place"],
    });
    // (a known name of everyday words before `and` is no portfolio of the body after it)
    expect(types("Title\n\nOn Monday, the Holy See and Holy Trinity Church agreed.\n")).toEqual({ "Holy See": "place", "Holy Trinity Church": "organization" });
  });

  it("reads a rank of two words written with a hyphen as a title", () => {
    const text = "Title\n\nOn Monday, Colonel-Major Amadou Abdramane read the statement. Major-General Tom Hale agreed.\n";
    expect(typesAndRoles(text)).toEqual({ "Amadou Abdramane": ["person", "Colonel Major"], "Tom Hale": ["person", "Major General"] });
  });

  it("reads a French prefect's title as a role, and IVF as no body", () => {
    const text = "Title\n\nOn Monday, Prefect Josiane Chevalier said six officers were hurt. Lea Marin hopes to start IVF treatment.\n";
    expect(typesAndRoles(text)).toEqual({ "Josiane Chevalier": ["person", "Prefect"], "Lea Marin": ["person"] });
  });

  it("reads the football leagues no head word names as bodies, a number that ends a known name and all", () => {
    const text = "Title\n\nOn Monday, his side finished second in the Bundesliga, ahead of sides from La Liga, Ligue 1, Serie A and the Eredivisie.\n";
    expect(types(text)).toEqual({ Bundesliga: "organization", "La Liga": "organization", "Ligue 1": "organization", "Serie A": "organization", Eredivisie: "organization" });
  });

  it("reads no name in a code that opens with four digits, but does in a name that opens with fewer", () => {
    expect(types("Title\n\nOn Monday, the recall covered lot #22318RB and part 40417XK, shipped by 3M to 1MDB.\n")).toEqual({ "3M": "other", "1MDB": "other" });
  });

  it("keeps an owner's possessive inside a shop's name, with one word before the shop's head, but not a place's", () => {
    const text = "Thieves robbed Kessler's Fine Jewelry and then Joe's Pizza on Main Street, not Britain's Bakery.\n";
    expect(types(text)).toEqual({
      "Kessler's Fine Jewelry": "organization",
      "Joe's Pizza": "organization",
      "Main Street": "place",
      "United Kingdom": "place",
      Bakery: "organization",
    });
  });

  it.each(["Kitchen", "Bistro", "Brasserie", "Butchers", "Barbers", "Garage"])("reads an owner's possessive before %s as a shop's name", (head) => {
    expect(types(`Opening\n\nThen Velt's ${head} opened on Friday.\n`)).toEqual({ [`Velt's ${head}`]: "organization" });
  });

  it("reads no place in an everyday word before a noun for a person, and a person in a given name a role describes", () => {
    expect(types("She was the first Black woman to lead it. A Harrowgate man was jailed. Ada Obi and her husband, Emeka, a retired engineer, moved.\n")).toEqual({
      Black: "group",
      Harrowgate: "place",
      "Ada Obi": "person",
      Emeka: "person",
    });
  });

  it("reads a lone word no dictionary has, a role's appositive describes, as a person with that role, but no clause after a source's comma", () => {
    const text = "Boss quits\n\nKolbright, the chief executive of Duvessa, resigned on Monday.\n";
    expect(types(text)).toEqual({ Kolbright: "person", Duvessa: "organization" });
    expect(byName(text, "Kolbright")?.roles).toEqual(["chief executive of Duvessa"]);
    const source = "Raid\n\nAnna Rathmore spoke. According to Rathmore, a detective for the sheriff's office was given the files.\n";
    expect(byName(source, "Anna Rathmore")?.roles).toEqual([]);
  });

  it("leaves out of a name the stop after its last capital letter, save after a given name", () => {
    expect(mentionsOf('Title\n\nIvo Lusk has been linked with a move to Serie A. "Ivo is happy," Lusk said. They met Ana B.')).toEqual([
      ["Ivo Lusk", "person", ["Ivo Lusk:name", "Ivo:partial", "Lusk:partial"]],
      ["Serie A", "organization", ["Serie A:name"]],
      ["Ana B.", "person", ["Ana B.:name"]],
    ]);
  });

  it("reads a sentence's first word that no dictionary has, before a place's or a body's class noun, as its name", () => {
    expect(types("Rail strike\n\nSchiphol airport advised travellers to allow extra time. Ferrobuild company said it was ready. Overnight bridge closures hit traffic.\n")).toEqual({
      Schiphol: "place",
      Ferrobuild: "organization",
    });
  });

  it("reads no name in a sentence's first word before a class noun that describes the name after it", () => {
    expect(types("Phones\n\nSmartphone maker Norvex unveiled a phone. Velmar police Chief Ana Ruiz said little.\n")).toEqual({ Norvex: "organization", Velmar: "place", "Ana Ruiz": "person" });
  });

  it("types names after a body's noun for a doer, but not a person's name, which such a noun may describe", () => {
    expect(types("Regional operators Arriva and Keolis are not affected. The publisher Simon & Schuster agreed.\n")).toEqual({
      Arriva: "organization",
      Keolis: "organization",
      "Simon & Schuster": "organization",
    });
    expect(types("Broadcaster David Attenborough narrated it. The developer Jane Okafor wrote it.\n")).toEqual({ "David Attenborough": "person", "Jane Okafor": "person" });
  });

  it("types a region's or town's name by the class noun before it, but not by a role held in it", () => {
    expect(types("The group represents companies including Meta, Zelvo and Quorra. The governor of Lombardy and Piedmont spoke.\n")).toEqual({
      Meta: "organization",
      Zelvo: "organization",
      Quorra: "organization",
      Lombardy: "place",
      Piedmont: "place",
    });
  });

  it("reads a two-word name that starts with an everyday word no given name is as no person's, after a bare `say` too", () => {
    expect(types("Critics say Big Zorvex fought Golden Vexa. Rose Ferrand spoke.\n")).toEqual({
      "Big Zorvex": "other",
      "Golden Vexa": "other",
      "Rose Ferrand": "person",
    });
  });

  it("keeps a town's name apart from a body named for the town, and a body named for a bay apart from the town", () => {
    expect(mentionsOf("Residents in Ashvale read the Ashvale Gazette. She died in Carrow, where the Carrow Bay Marine Institute began.\n")).toEqual([
      ["Ashvale", "place", ["Ashvale:name"]],
      ["Ashvale Gazette", "organization", ["Ashvale Gazette:name"]],
      ["Carrow", "place", ["Carrow:name"]],
      ["Carrow Bay Marine Institute", "organization", ["Carrow Bay Marine Institute:name"]],
    ]);
    // (the town's name where no preposition makes it a place: still not the body's short name)
    expect(mentionsOf("Carrow voted on Monday. The Carrow Bay Marine Institute said it would move.\n")).toEqual([
      ["Carrow", "other", ["Carrow:name"]],
      ["Carrow Bay Marine Institute", "organization", ["Carrow Bay Marine Institute:name", "it:pronoun"]],
    ]);
  });

  it("reads a given name alone as a person's, a firm by `Management`, and no role in a source named after a comma", () => {
    expect(summary("She is survived by a son, Peter, of Leeds. Ann Cole, a partner at Brindle Asset Management, said it was over. The move angered Mayor Jon Bale, a city official said.\n").map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Peter", "person", ["son"]],
      ["Leeds", "place", []],
      ["Ann Cole", "person", ["partner at Brindle Asset Management"]],
      ["Brindle Asset Management", "organization", []],
      ["Jon Bale", "person", ["Mayor"]],
    ]);
  });

  it("reads a name that ends in `AI` as a company's, which speaks past a `whose` clause", () => {
    const text = 'Rules\n\nThen Norvex AI, whose Kelda chatbot has 100 million users, said the rules were "unworkable".\n';
    expect(types(text)).toEqual({ "Norvex AI": "organization", Kelda: "other" });
    expect(analyzeArticle(text).quotes[0]!.speaker).toBe("organization:norvex-ai");
  });

  it("reads a legal form written with a slash as part of the company's name", () => {
    expect(mentionsOf("Novo Nordisk A/S rose 1.2%. Novo Nordisk said demand was strong.\n")).toEqual([
      ["Novo Nordisk A/S", "organization", ["Novo Nordisk A/S:name", "Novo Nordisk:partial"]],
    ]);
  });

  it("reads what a role is held in as a body, and gives the appositive's quote to the person", () => {
    const model = analyzeArticle("Fire insurance\n\nCarmen Balber, executive director of Consumer Watchdog, said premiums remain \"out of reach.\"\n");
    expect(model.entities.map((e) => [e.name, e.type])).toEqual([
      ["Carmen Balber", "person"],
      ["Consumer Watchdog", "organization"],
    ]);
    expect(model.quotes.map((q) => q.speaker)).toEqual(["person:carmen-balber"]);
  });

  it("reads every name listed after a preposition of place as a place, and one listed with a name the article types elsewhere as of that type", () => {
    expect(types("People in Dewsbury and Batley will wonder where the money goes.\n")).toEqual({ Dewsbury: "place", Batley: "place" });
    expect(types("Spill near Dellon\n\nThen crews from Dellon and Oskel came.\n")).toEqual({ Dellon: "place", Oskel: "place" });
    expect(types("Spill near Dellon\n\nAna Ruiz said it would help. Then Ruiz, Dellon and Oskel came.\n")).toEqual({ Dellon: "place", "Ana Ruiz": "person", Oskel: "other" });
  });

  it("starts a name at `of` when the bracketed acronym after it spells the words after `of` alone", () => {
    const text = "The opposition, led by Ravindra Solanki of the Lok Vikas Morcha (LVM), won 35 seats. Vikas Morcha said it would appeal. Solanki conceded.\n";
    expect(mentionsOf(text)).toEqual([
      ["Ravindra Solanki", "person", ["Ravindra Solanki:name", "Solanki:partial"]],
      ["Lok Vikas Morcha", "organization", ["Lok Vikas Morcha:name", "LVM:acronym", "Vikas Morcha:partial", "it:pronoun"]],
    ]);
    // (an acronym that spells the whole name keeps it whole)
    expect(types("Members of the Union of Concerned Scientists (UCS) met.\n")).toEqual({ "Union of Concerned Scientists": "organization" });
  });

  it("reads a known place's name before an everyday word as a body there (not before a surname), and a compass word before a region's name as a place", () => {
    expect(types("Osaka Steel jumped 6% while Nagoya Rinko fell. Teresa Quinlan, 61, of Settle, North Kesteven, pleaded guilty.\n")).toEqual({
      "Osaka Steel": "organization",
      "Nagoya Rinko": "person",
      "Teresa Quinlan": "person",
      Settle: "place",
      "North Kesteven": "place",
    });
  });

  it("reads British police ranks written without periods as titles", () => {
    expect(summary("Det Sgt Maria Okafor, who led the inquiry, said the case was closed.\n").map((e) => [e.name, e.type, e.roles])).toEqual([["Maria Okafor", "person", ["Det Sgt"]]]);
  });

  it("reads a currency before an amount as no name, and a name before a share's code as a listed company's", () => {
    const text = "Payout\n\nThe firm paid USD 5 million to Acme, and the state gave Rs 5,000 crore, Rs.300 each and Rp 10 billion. Harlan Mercer (HMR.L) fell, as did Quillan Stone (NYSE: QST) and Tarvel Energy (OSLO: TVL).\n";
    expect(types(text)).toEqual({ Acme: "other", "Harlan Mercer": "organization", "Quillan Stone": "organization", "Tarvel Energy": "organization" });
  });

  it("ends a stranger's name before `of the` and a body: no body's name is two words of no head, office or everyday word", () => {
    const text = "Package criticised\n\nOpposition leader Ravindra Kolhatkar of the Congress criticised it, and so did the Royal Academy of the Arts.\n";
    expect(types(text)).toEqual({ "Ravindra Kolhatkar": "person", Congress: "organization", "Royal Academy of the Arts": "organization" });
  });

  it("reads the district after a street's name and a comma, and the town a man is from, as places; CID as a body", () => {
    const text = "Robbery\n\nA woman was robbed on Quarry Road, Brenthill, on Saturday. A man from Oakhurst was arrested by Carrowby CID.\n";
    expect(types(text)).toEqual({ "Quarry Road": "place", Brenthill: "place", Oakhurst: "place", "Carrowby CID": "organization" });
  });

  it.each(["Close", "Way", "Place", "Mews", "Square", "Row", "Walk"])("reads the town after a street's name ending in %s and a comma, in an address, as a place", (street) => {
    expect(types(`Court\n\nThen Ivo Lusk, 19, of Orchard ${street}, Orvek, denied a charge of criminal damage.\n`).Orvek).toBe("place");
  });

  it.each(["Church", "Cathedral", "Chapel", "Abbey", "Hall", "Hotel", "Hospital", "College", "School", "Theatre", "Museum", "Library"])("reads the town after a building's name ending in %s and a comma as a place", (building) => {
    expect(types(`Service\n\nThey met at Kelmo ${building}, Sarno, on Saturday.\n`).Sarno).toBe("place");
  });

  it("reads the town someone named by their job is from as a place, but a body after one who speaks or works for it", () => {
    expect(types("Cold\n\nA teacher from Halvik said it was cold.\n")).toEqual({ Halvik: "place" });
    for (const noun of ["spokesman", "spokeswoman", "spokesperson", "official", "representative", "executive", "analyst"]) {
      expect([noun, types(`Cold\n\nAn ${noun} from Norvex said it was cold.\n`)]).toEqual([noun, { Norvex: "organization" }]);
    }
  });

  it("reads a cleric's office as a role", () => {
    for (const noun of ["vicar", "rector", "chaplain", "curate", "deacon", "nun"]) {
      const [marsh, ashby] = summary(`Arrests\n\nEllen Marsh, 71, a retired ${noun} from Ashby, said she had no regrets.\n`);
      expect([marsh!.roles, ashby!.type]).toEqual([[`retired ${noun} from Ashby`], "place"]);
    }
  });

  it("reads the town people named by their age or as men, women or people are from as a place", () => {
    expect(types("Chess\n\nA 17-year-old from Velmar has won the title. Two seven-year-olds from Dersk came second. A five-year-old from Kelmo was third.\n")).toEqual({ Velmar: "place", Dersk: "place", Kelmo: "place" });
    // (and the town people, men or women are from)
    const many = "Race\n\nTwo men from Sarno finished. So did three women from Tarvel, boys from Corvel, girls from Orvek, teenagers from Halvik and people from Norvale.\n";
    expect(types(many)).toEqual({ Sarno: "place", Tarvel: "place", Corvel: "place", Orvek: "place", Halvik: "place", Norvale: "place" });
  });

  it("keeps `the House` apart from the White House, and `the Journal` with the newspaper", () => {
    const text = "Bill stalls\n\nThe White House backed the bill on Monday. Speaker Ada Vance said the House would not vote on it, the Marlow Journal reported. The Journal said talks went on.\n";
    expect(mentionsOf(text).filter(([name]) => name !== "Ada Vance")).toEqual([
      ["White House", "organization", ["White House:name"]],
      ["House", "organization", ["House:name"]],
      ["Marlow Journal", "organization", ["Marlow Journal:name", "Journal:description"]],
    ]);
  });

  it("reads `the Velmar parliament` as the state's, no body whose name ends in Velmar when that body is named only after it", () => {
    const text = "Bill passes\n\nThe Velmar parliament passed a law on Saturday. Civil liberties group Open Rights Velmar welcomed the ban.\n";
    expect(mentionsOf(text)).toEqual([
      ["Velmar", "place", ["Velmar:name"]],
      ["Open Rights Velmar", "organization", ["Open Rights Velmar:name"]],
    ]);
  });

  it("reads the people of a state or city the gazetteer knows as a group, by the endings English gives them", () => {
    const text = "Poll\n\nNevadans, Ohioans, Parisians and Londoners voted, as did Peter Sanders.\n";
    expect(types(text)).toEqual({ Nevadans: "group", Ohioans: "group", Parisians: "group", Londoners: "group", "Peter Sanders": "person" });
  });

  it("reads a field's words before a nation's name as its national body, and a regime's word before it as the state in its time", () => {
    const text = "Funding\n\nPolice Scotland and Netball Kenya said Orchard Research UK would pay. Hugo Wales spoke of Imperial Japan.\n";
    expect(types(text)).toEqual({ "Police Scotland": "organization", "Netball Kenya": "organization", "Orchard Research UK": "organization", "Hugo Wales": "person", "Imperial Japan": "place" });
  });

  it("keeps a capitalised everyday compound with the name it opens, but not a doer's compound or a name's word before a hyphen", () => {
    const text = "Inquiry\n\nThe Follow-up Committee on Ferries met the Anti-fraud Unit in Kremlin-backed areas. Oil-rich Norway agreed, said Quill Prize-winner Dana Ebbe.\n";
    expect(types(text)).toEqual({
      "Follow-up Committee on Ferries": "organization",
      "Anti-fraud Unit": "organization",
      Kremlin: "organization",
      Norway: "place",
      "Quill Prize": "event",
      "Dana Ebbe": "person",
    });
    // (a wing in politics after a word of British spelling that also names a place; a place's name before another word stays one)
    expect(types("Vote\n\nCentre-left wins in Velmar. China-made drones flew.\n")).toEqual({ Velmar: "place", China: "place" });
  });

  it("leaves a tenure word that opens the sentence out of the body's name after it, and reads sports and council roles", () => {
    const text = "Row\n\nFormer Harbury boss Olek Varga said skipper Ned Fane and referee Ida Lusk were right. Veteran Quorn chief Pia Marr agreed.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Harbury", "organization", []],
      ["Olek Varga", "person", ["Former Harbury boss"]],
      ["Ned Fane", "person", ["skipper"]],
      ["Ida Lusk", "person", ["referee"]],
      ["Quorn", "organization", []],
      ["Pia Marr", "person", ["Veteran Quorn chief"]],
    ]);
  });

  it("reads a one-word name set off by commas after its role, before a speech verb, as the speaker", () => {
    const text = "Bout\n\nOn Monday, the coach, Sadogatake, said he was hurt. Later, the firm's owner, Gleneagh, said it would sell.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Sadogatake", "person", ["coach"]],
      ["Gleneagh", "organization", []],
    ]);
  });

  it("keeps an office-holder's possessive in the prize named for the office, and reads an emperor's title as a role", () => {
    const text = "Bout\n\nOn Monday, Emperor Naruhito handed Ito the Emperor's Cup. Sato won the King's Cup and the Chancellor's Medal.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Naruhito", ["Emperor"]],
      ["Ito", []],
      ["Emperor's Cup", []],
      ["Sato", []],
      ["King's Cup", []],
      ["Chancellor's Medal", []],
    ]);
  });

  it("reads a lone name that speaks as I in the quotation before it as a person's, and one that says we as a body's", () => {
    const text = 'Bout\n\n"I wanted to show that I deserve this rank," Lindqvor told reporters on Sunday. "We expect sales to rise," Gleneagh said.\n';
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Lindqvor", "person"],
      ["Gleneagh", "organization"],
    ]);
  });

  it("knows the great islands, and reads a place's name and n as its adjective, which names nothing", () => {
    const text = "Rhinos\n\nOn Monday, Sumatra's forests and Borneo's rivers shrank. A Sumatran rhino, Alaskan crab and a Chicagoan chef met Susan Roman. Liman and Kogan were there.\n";
    const found = summary(text);
    expect(found.map((e) => e.name)).toEqual(["Sumatra", "Borneo", "Susan Roman", "Liman", "Kogan"]);
    expect(found.slice(0, 2).map((e) => e.type)).toEqual(["place", "place"]);
  });

  it("lets a class noun outweigh a head word inside a name that does not end it", () => {
    const text = "Climb\n\nOn Monday, he led a team for Seven Summit Treks, the company that organised the climb. The Paris Summit opened. The Arnish Free Church, a Christian denomination, is small.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Seven Summit Treks", "organization"],
      ["Paris Summit", "event"],
      ["Arnish Free Church", "organization"],
      ["Christian", "group"],
    ]);
  });

  it("reads a people's word that is also a given name as someone's after a title", () => {
    expect(summary("Wedding\n\nPrince Christian married Ana Ruiz on Saturday, and Archbishop Catholic did not.\n").map((e) => [e.name, e.type])).toEqual([
      ["Christian", "person"],
      ["Ana Ruiz", "person"],
      ["Catholic", "group"],
    ]);
  });

  it("lets a body's class noun outweigh an event's head word that ends a name, as firms take such words", () => {
    const text = "Final\n\nOn Monday, Zorvik Games, the publisher of the game, said viewers rose. The studio Brenlow Games agreed. The Commonwealth Games opened.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Zorvik Games", "organization"],
      ["Brenlow Games", "organization"],
      ["Commonwealth Games", "event"],
    ]);
  });

  it("reads a given name before an everyday word, after the and ending its phrase, as no person's", () => {
    const text = "Climb\n\nOn Monday, Ola Berg fell near the Hillary Step on the way down. The Will Smith film opened. He was the Tom Baker of his day.\n";
    const found = summary(text);
    expect(found.map((e) => e.name)).toEqual(["Ola Berg", "Hillary Step", "Will Smith", "Tom Baker"]);
    expect(found.map((e) => e.type === "person")).toEqual([true, false, true, true]);
  });

  it("keeps a weekday after the and before a body's head word in the body's name", () => {
    const text = "Papers\n\nOn Monday, the Sunday Times and The Sunday Post reported that the Monday Club met. On Sunday Herald readers wrote in.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Sunday Times", "organization"],
      ["The Sunday Post", "organization"],
      ["Monday Club", "organization"],
      ["Herald", "organization"],
    ]);
  });

  it("keeps a title's opening word that ends a name in the name", () => {
    const text = "Publishers\n\nOn Monday, Princeton University Press said it would cut jobs, and Amazon Prime raised prices. Vice President Ann Cole said no. Norvex Home said it had recalled its heaters.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Princeton University Press", "organization"],
      ["Amazon Prime", "other"],
      ["Ann Cole", "person"],
      ["Norvex Home", "organization"],
    ]);
  });

  it("reads a lone `General` after a town's name as a hospital's short name, not a title", () => {
    const text = "Nurses at Velmar General walk out\n\nNurses at Velmar General Hospital walked out on Tuesday. Patients at Sarno General were moved. A Sudanese General said so. An Army General said no.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Velmar General Hospital", "organization"],
      ["Sarno General", "organization"],
      ["Army", "organization"],
    ]);
  });

  it("reads what a capitalised office is of as where it is held, not its holder", () => {
    const text = "Mayors\n\nOn Monday, the Mayor of Ravensworth resigned, and the Bishop of Durham, Ann Cole, said so.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Ravensworth", "place"],
      ["Durham", "place"],
      ["Ann Cole", "person"],
    ]);
  });

  it("reads a region's people's adjective and the Games' adjective before a role as no name, and a noun in apposition over a place's prefix", () => {
    const text = "Rowing\n\nOn Monday, the paper's Nordic editor and a four-time Olympic champion said that River Action, a campaign group, was right.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([["River Action", "organization"]]);
  });

  it.each(["Racecourse", "Racetrack", "Raceway", "Speedway", "Velodrome"])("reads a name that ends in `%s` as a place, where a race is run", (head) => {
    expect(types(`Racing\n\nThen the horse won by three lengths at Dersk ${head} on Friday.\n`)).toEqual({ [`Dersk ${head}`]: "place" });
  });

  it.each(["Alps", "Range", "Ranges", "Massif"])("reads a name that ends in `%s` as a place, a chain of mountains", (head) => {
    expect(types(`Climbing\n\nThen the pair were lost in the Dersk ${head} on Friday.\n`)).toEqual({ [`Dersk ${head}`]: "place" });
  });

  it.each(["Expeditions", "Tours", "Cruises"])("reads a name that ends in `%s` as a firm's, that takes people on trips", (head) => {
    expect(types(`Trip\n\nThen the trip was run by Velmar ${head}, according to Ana Ruiz.\n`)).toEqual({ [`Velmar ${head}`]: "organization", "Ana Ruiz": "person" });
  });

  it("reads a name that ends in `Studio` as a firm's, that designs", () => {
    expect(types("Library\n\nThen the library was designed by Velmar Studio, according to Ana Ruiz.\n")).toEqual({ "Velmar Studio": "organization", "Ana Ruiz": "person" });
  });

  it.each(["Classic", "Invitational"])("reads a name that ends in `%s` as an event, a tournament", (head) => {
    expect(types(`Golf\n\nThen she won the Orvek ${head} in May.\n`)).toEqual({ [`Orvek ${head}`]: "event" });
  });

  it("reads a race, a regatta, a derby or a rally as an event, but a given name before the word as a person", () => {
    const text = "Races\n\nOn Monday, the Boat Race, the Henley Royal Regatta and the Kentucky Derby drew crowds, Ann Race and Tom Derby said.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Boat Race", "event"],
      ["Henley Royal Regatta", "event"],
      ["Kentucky Derby", "event"],
      ["Ann Race", "person"],
      ["Tom Derby", "person"],
    ]);
    // (a contest won for a team ends before its `for`, where a cause's everyday word goes on with it)
    expect(types("Races\n\nThen Ana Ruiz won the Velmar Cup for Norvex and ran the Race for Life.\n")).toEqual({ "Ana Ruiz": "person", "Velmar Cup": "event", Norvex: "other", "Race for Life": "event" });
  });

  it("reads a reign's numeral after a name and a ruler in apposition as a person's", () => {
    expect(typesAndRoles("Palace hosts guests\n\nOn Monday, guests were received by Ewuare II, the traditional ruler of Edo.")).toEqual({
      "Ewuare II": ["person", "traditional ruler of Edo"],
      Edo: ["place"],
    });
  });

  it("reads Oba as a ruler's title that a later `the Oba` calls back", () => {
    expect(mentionsOf("Palace hosts guests\n\nOn Monday, Oba Ewuare Adesola welcomed the envoys. Later the Oba told guests the visit mattered.")).toEqual([
      ["Ewuare Adesola", "person", ["Ewuare Adesola:name", "Oba:description"]],
    ]);
  });

  it("reads a hotel's, a resort's, a casino's or an inn's name as a place's", () => {
    expect(types("Delegates arrive\n\nOn Monday, delegates stayed at the Gaylord National Resort and the Hotel Adlon, then met at the Red Lion Inn.")).toEqual({
      "Gaylord National Resort": "place",
      "Hotel Adlon": "place",
      "Red Lion Inn": "place",
    });
  });

  it("reads a pub named `Arms` as a place and a playhouse as a body, as a theatre is", () => {
    expect(types("Night out\n\nWe met outside the Corvel Arms, then saw a play at the Tarvel Playhouse. The Small Arms Survey was not there.")).toEqual({
      "Corvel Arms": "place",
      "Tarvel Playhouse": "organization",
      "Small Arms Survey": "organization",
    });
  });

  it("reads a wine grower's and a wine waiter's nouns as roles", () => {
    const text = "Harvest\n\nOn Monday, Jean Dufort, a vigneron, and Ann Cole, a sommelier, met.\n";
    expect(typesAndRoles(text)).toEqual({ "Jean Dufort": ["person", "vigneron"], "Ann Cole": ["person", "sommelier"] });
  });

  it("leaves a first or second person's possessive opening the sentence out of the role before a name", () => {
    expect(typesAndRoles("Chef\n\nAna Ruiz smiled. My uncle Karim lent me his truck. Your cousin Ines Calder wrote.\n")).toEqual({
      "Ana Ruiz": ["person"],
      Karim: ["person", "uncle"],
      "Ines Calder": ["person", "cousin"],
    });
  });

  it("reads the nouns of service and lodging jobs as roles", () => {
    const nouns = ["attendant", "steward", "stewardess", "receptionist", "caretaker", "concierge", "lifeguard", "linesman", "landlord", "landlady", "tenant", "assistant"];
    for (const noun of nouns) expect(typesAndRoles(`Hotel\n\nOur ${noun}, Tomas Ekberg, has worked here for 22 years.\n`)).toEqual({ "Tomas Ekberg": ["person", noun] });
  });

  it("reads the nouns of a school's head and tutor as roles, and a form of address after a capitalised one as a role of its own", () => {
    for (const noun of ["headteacher", "headmaster", "headmistress", "tutor"]) expect(typesAndRoles(`School\n\nHer ${noun}, Tomas Ekberg, was proud.\n`)).toEqual({ "Tomas Ekberg": ["person", noun] });
    expect(typesAndRoles("School\n\nHeadteacher Dr Miriam Cole said she was proud.\n")).toEqual({ "Miriam Cole": ["person", "Headteacher", "Dr."] });
  });

  it("reads a court report's side and comma opening a sentence as the role of the counsel named after them", () => {
    expect(typesAndRoles("Court\n\nDefending, Ruth Akande said her client was sorry. Prosecuting, Owen Blake said the attack was planned. Sitting, Ana Ruiz waited. Defending, the lawyer said Tom Hale was sorry.\n")).toEqual({
      "Ruth Akande": ["person", "defending counsel"],
      "Owen Blake": ["person", "prosecuting counsel"],
      "Ana Ruiz": ["person"],
      "Tom Hale": ["person"],
    });
  });

  it("reads a ballet company's name as a body's, and a critic as a role", () => {
    expect(typesAndRoles("Premiere\n\nOn Monday, the Brenlow Ballet opened a new production. The Daily Courier's critic, Ana Velez, gave it four stars.\n")).toEqual({
      "Brenlow Ballet": ["organization"],
      "Daily Courier": ["organization"],
      "Ana Velez": ["person", "Daily Courier's critic"],
    });
  });

  it("keeps a possessive inside a place's name that a feature's word ends, and reads the place as one", () => {
    const text = "Race\n\nOn Monday, Dalby's Brook claimed two horses. The field turned at Hollis's Corner near Pennick's Island. Mary Hobson's Bay house was untouched.\n";
    expect(types(text)).toEqual({ "Dalby's Brook": "place", "Hollis's Corner": "place", "Pennick's Island": "place", "Mary Hobson": "person", Bay: "place" });
    // (before `of`, the possessor owns a phrase, and a country owns its island: no place is named for them)
    expect(Object.keys(types("View\n\nOn Monday, Wenlock's Point of view won. Britain's Island ferries sailed.\n")).filter((name) => name.includes("'"))).toEqual([]);
  });

  it("reads a title's possessive and one more word after a preposition of where as a town's name", () => {
    const text = "Homes\n\nShe cleared an attic near King's Tarn. He grew up in Bishop's Velby, far away. In Queen's Speech, Ana Ruiz spoke.\n";
    expect(types(text)).toEqual({ "King's Tarn": "place", "Bishop's Velby": "place", Speech: "other", "Ana Ruiz": "person" });
  });

  it("reads a field's or a common's word as such a feature, and a campaign's verb before the possessive as the campaign's name", () => {
    const text = "Homes\n\nOn Monday, the site known as Dalby's Fields was sold. The Save Dalby's Fields group objected. Walkers crossed Pennick's Common, Hollis's Meadow, Tolley's Meadows and Wenlock's Field.\n";
    expect(types(text)).toEqual({
      "Dalby's Fields": "place",
      "Save Dalby's Fields": "organization",
      "Pennick's Common": "place",
      "Hollis's Meadow": "place",
      "Tolley's Meadows": "place",
      "Wenlock's Field": "place",
    });
  });

  it("leaves a verb's -ing form that opens a clause out of the role after it, and reads a trainer as a role", () => {
    const text = "Race\n\nOn Monday, the mare won, giving jockey Ana Foley her first win. It won by a length, handing trainer Tom Brice his tenth. Ivo Lusk lost after beating champion Ed Marr. Sara Kim won by overtaking leader Ola Berg. The club's batting coach Ben Ruiz left.\n";
    expect(typesAndRoles(text)).toEqual({
      "Ana Foley": ["person", "jockey"],
      "Tom Brice": ["person", "trainer"],
      "Ivo Lusk": ["person"],
      "Ed Marr": ["person", "champion"],
      "Sara Kim": ["person"],
      "Ola Berg": ["person", "leader"],
      "Ben Ruiz": ["person", "batting coach"],
    });
  });

  it("reads a span of time's possessive into the role, and no role's head after a preposition that joins it to none", () => {
    const text = "Final\n\nOn Monday, Ivo Lusk lost to last year's champion Ed Marr. He was beaten by this season's winner, Ola Berg. He was handed the trophy by last year's winner, Ben Ruiz. He was helped into the jacket by the captain, Sara Kim. He thanked last season's top coach Tom Bell.\n";
    expect(typesAndRoles(text)).toEqual({
      "Ivo Lusk": ["person"],
      "Ed Marr": ["person", "last year's champion"],
      "Ola Berg": ["person", "this season's winner"],
      "Ben Ruiz": ["person", "last year's winner"],
      "Sara Kim": ["person", "captain"],
      "Tom Bell": ["person", "last season's top coach"],
    });
  });

  it("reads a title's word that opens a country's name or its people's as no title", () => {
    expect(types("Tour\n\nOn Monday, Sri Lankan officials met Ana Ruiz. Sri Lanka Cricket said it would appeal.\n")).toEqual({ "Ana Ruiz": "person", "Sri Lanka Cricket": "organization" });
  });

  it("reads a town's name that is a given name too, before an adjective no surname is, as a body's", () => {
    expect(types("Final\n\nOn Monday, Ana Ruiz won at Augusta National. Orlando Regional said it treated Florence Nightingale.\n")).toEqual({
      "Ana Ruiz": "person",
      "Augusta National": "organization",
      "Orlando Regional": "organization",
      "Florence Nightingale": "person",
    });
  });

  it("reads a possessive and the word after it as one place where the gazetteer knows them so", () => {
    expect(types("Storm\n\nOn Monday, the storm crossed between Cox’s Bazar and Tarvel.\n")).toEqual({ "Cox’s Bazar": "place", Tarvel: "place" });
  });

  it("reads a contest as an event", () => {
    expect(types("Final\n\nOn Monday, Ana Ruiz won the Nordic Song Contest.\n")).toEqual({ "Ana Ruiz": "person", "Nordic Song Contest": "event" });
  });

  it("reads a pass's prefix before a particle only, and a prefix that is a given name as a person's where signs say so", () => {
    expect(types("Stage\n\nOn Monday, the riders climbed the Col de la Tarve and the Col d'Orsel. Col Ivo Lusk said it was hard.\n")).toEqual({
      "Col de la Tarve": "place",
      "Col d'Orsel": "place",
      "Col Ivo Lusk": "person",
    });
    expect(types("Stage\n\nOn Monday, they crossed the Alto de Orsel, the Pas de Morva and Jebel Sarno.\n")).toEqual({
      "Alto de Orsel": "place",
      "Pas de Morva": "place",
      "Jebel Sarno": "place",
    });
    expect(types("Flood\n\nOn Monday, water filled Wadi Tarvel. Wadi Morsi said he had warned of it.\n")).toEqual({ "Wadi Tarvel": "place", "Wadi Morsi": "person" });
  });

  it("calls a mountain, a pass or a prison back by its name after the prefix, but not a lake", () => {
    expect(mentionsOf("Riot\n\nOn Monday, HMP Dersk locked down, and calm returned to Dersk by night.\n")).toEqual([["HMP Dersk", "place", ["HMP Dersk:name", "Dersk:partial"]]]);
    expect(mentionsOf("Stage\n\nOn Monday, the riders climbed the Col du Tarvel and Mount Orsel. Tarvel was steep, and Orsel was wet. Lake Borvin froze, and Borvin said it was cold.\n")).toEqual([
      ["Col du Tarvel", "place", ["Col du Tarvel:name", "Tarvel:partial"]],
      ["Mount Orsel", "place", ["Mount Orsel:name", "Orsel:partial"]],
      ["Lake Borvin", "place", ["Lake Borvin:name"]],
      ["Borvin", "organization", ["Borvin:name"]],
    ]);
  });

  it("reads a name after `to` as where a route ends when it starts from a place the gazetteer knows", () => {
    expect(types("Stage\n\nOn Monday, the stage ran from New York to Tarvel. Ana Ruiz moved from Vortexa to Orsel. Dallas lost to Borvin. Ivo Lusk lost Georgia to Sarno.\n")).toEqual({
      "New York": "place",
      Tarvel: "place",
      "Ana Ruiz": "person",
      Vortexa: "other",
      Orsel: "other",
      Dallas: "place",
      Borvin: "other",
      "Ivo Lusk": "person",
      Georgia: "place",
      Sarno: "other",
    });
  });

  it("reads a former state's people's adjective as no name, and the state as a place", () => {
    expect(types("History\n\nOn Monday, Ana Ruiz said a Yugoslav firm, a Soviet bank and a Czechoslovak plant had built it. Yugoslavia, Czechoslovakia and the Ottoman Empire fell.\n")).toEqual({
      "Ana Ruiz": "person",
      Yugoslavia: "place",
      Czechoslovakia: "place",
      "Ottoman Empire": "place",
    });
  });

  it("reads the bodies an institution joins, after `and`, as its name's, though a given name opens them", () => {
    expect(types("Aid\n\nOn Monday, the Federation of Red Tarvel and Red Orsel Societies said it would help. The Union of Ivo Sarno and Ana Ruiz Agencies met.\n")).toEqual({
      "Federation of Red Tarvel and Red Orsel Societies": "organization",
      "Union of Ivo Sarno and Ana Ruiz Agencies": "organization",
    });
  });

  it("reads an everyday compound ending a run before a lower-case word as describing it, not as a name", () => {
    expect(typesAndRoles("Orbit\n\nOn Monday, a Russian Earth-observation satellite broke up. Mayor Ivo Lung-bin said so.\n")).toEqual({ "Ivo Lung-bin": ["person", "Mayor"] });
  });

  it("reads religious orders and branches of faiths as groups", () => {
    const text = "Faith\n\nOn Monday, the first Jesuit, two Franciscans, a Benedictine, the Carmelites, Trappist monks, the Hasidim, Sufi pilgrims, Ismaili leaders, Ahmadis, a Calvinist and Jains met.\n";
    expect(types(text)).toEqual({
      Jesuit: "group",
      Franciscans: "group",
      Benedictine: "group",
      Carmelites: "group",
      Trappist: "group",
      Hasidim: "group",
      Sufi: "group",
      Ismaili: "group",
      Ahmadis: "group",
      Calvinist: "group",
      Jains: "group",
    });
    expect(types("Faith\n\nOn Monday, Jesuits, Benedictines, Trappists, Sufis, Ismailis, Calvinists, an Ahmadi, a Franciscan and a Carmelite met.\n")).toEqual({
      Jesuits: "group",
      Benedictines: "group",
      Trappists: "group",
      Sufis: "group",
      Ismailis: "group",
      Calvinists: "group",
      Ahmadi: "group",
      Franciscan: "group",
      Carmelite: "group",
    });
    expect(types("Faith\n\nOn Monday, a Calvinist preacher spoke. Jains met later.\n")).toEqual({ Calvinist: "group", Jains: "group" });
  });

  it("reads a faith's or a nation's adjective before a people's word as a group", () => {
    expect(types("Faith\n\nOn Monday, British Muslims, Sunni Muslims, Orthodox Christians and Hasidic Jews met.\n")).toEqual({
      "British Muslims": "group",
      "Sunni Muslims": "group",
      "Orthodox Christians": "group",
      "Hasidic Jews": "group",
    });
  });

  it("reads everyday words ending in a trade's head before a title as the office's field, not a body", () => {
    expect(typesAndRoles("Fire\n\nOn Monday, Emergency Management Commissioner Ivo Lusk said it was bad. Blue Harbour Capital CEO Ana Ruiz agreed. Tarvel Management Commissioner Ed Marr said no.\n")).toEqual({
      "Ivo Lusk": ["person", "Emergency Management Commissioner"],
      "Blue Harbour Capital": ["organization"],
      "Ana Ruiz": ["person", "Blue Harbour Capital CEO"],
      "Tarvel Management": ["organization"],
      "Ed Marr": ["person", "Tarvel Management Commissioner"],
    });
  });

  it("gives a kin word before a name as the role, as it does a parent's", () => {
    expect(typesAndRoles("Funeral\n\nOn Monday, his granddaughter Ana, 24, spoke. Her nephew Ivo Lusk and his uncle Tom Sarno wept.")).toEqual({
      Ana: ["person", "granddaughter"],
      "Ivo Lusk": ["person", "nephew"],
      "Tom Sarno": ["person", "uncle"],
    });
  });

  it("reads a burial ground, a tomb, a hall of the dead and a stronghold as places, though an `and` joins their names", () => {
    expect(types("Funeral\n\nOn Monday, the coffin left Tarvel Cemetery. It passed the Borvin Mausoleum and lay in the National Pantheon. Guns fired from the Sarno Fortress and the Orsel Citadel. Later it reached the Peter and Paul Cathedral.")).toEqual({
      "Tarvel Cemetery": "place",
      "Borvin Mausoleum": "place",
      "National Pantheon": "place",
      "Sarno Fortress": "place",
      "Orsel Citadel": "place",
      "Peter and Paul Cathedral": "place",
    });
  });

  it("reads two fields joined by `and` before a portfolio's office as the office's, naming no body", () => {
    expect(typesAndRoles("Cabinet\n\nOn Monday, Health and Human Services Secretary Ana Ruiz spoke. The Trade and Industry Secretary agreed. The Health and Human Services Department said so.")).toEqual({
      "Ana Ruiz": ["person", "Health and Human Services Secretary"],
      "Health and Human Services Department": ["organization"],
    });
  });

  it("reads an everyday word that opens a sentence as a name when two names no dictionary has are listed after it", () => {
    expect(types("Markets\n\nOn Monday, shares fell. Apple, Norvex and Tarvelo each lost 7%. Meanwhile, Borvin and Sarnox rose. Gold, silver and Orselia slipped. Oil and Velmar fell.")).toEqual({
      Apple: "other",
      Norvex: "other",
      Tarvelo: "other",
      Borvin: "other",
      Sarnox: "other",
      Orselia: "other",
      Velmar: "other",
    });
  });

  it("reads words for the rich and their fortunes as roles", () => {
    expect(typesAndRoles("Yachts\n\nOn Monday, he left. Billionaire Ana Ruiz spoke. Steel tycoon Ivo Lusk agreed. Media magnate Eli Sarno, a film mogul, came. Oligarch Tom Orsel and millionaire Ian Borvin left. Hotel heiress Tina Velmar stayed.")).toEqual({
      "Ana Ruiz": ["person", "Billionaire"],
      "Ivo Lusk": ["person", "Steel tycoon"],
      "Eli Sarno": ["person", "Media magnate", "film mogul"],
      "Tom Orsel": ["person", "Oligarch"],
      "Ian Borvin": ["person", "millionaire"],
      "Tina Velmar": ["person", "Hotel heiress"],
    });
  });

  it("reads a broadcaster's channel named by its number as the broadcaster, the number in its name", () => {
    expect(types("Title\n\nOn Monday, Ana Ruiz told BBC Radio 4's Today programme and Channel 4 that she would run, then rang Radio 5.")).toEqual({
      "Ana Ruiz": "person",
      "BBC Radio 4": "organization",
      Today: "other",
      "Channel 4": "organization",
      "Radio 5": "organization",
    });
  });

  it("reads a number spelt out after a broadcaster's letters as its channel, and another word after a known firm as its product", () => {
    expect(types("Title\n\nOn Monday, the debate aired on BBC One, BBC Two, BBC Three and ITV Four. Ana Ruiz typed it in Microsoft Word and kept it on Google One.")).toEqual({
      "BBC One": "organization",
      "BBC Two": "organization",
      "BBC Three": "organization",
      "ITV Four": "organization",
      "Ana Ruiz": "person",
      "Microsoft Word": "other",
      "Google One": "other",
    });
  });

  it("reads a noun for people a thing was done to, opening a sentence, as no name", () => {
    expect(types("Title\n\nEvacuees were sent on Monday. Detainees said they were beaten. Retirees wrote to Ana Ruiz.")).toEqual({ "Ana Ruiz": "person" });
  });

  it("reads a name a verb of visiting takes as its object as a place, but not one a verb of meeting takes, nor one a name visits", () => {
    expect(types("Title\n\nThe king visited Tarvel on Monday. The minister toured Velmar last year. Ana Ruiz met Dersk in May. Sarno Rovers visit Orvek.")).toEqual({
      Tarvel: "place",
      Velmar: "place",
      "Ana Ruiz": "person",
      Dersk: "other",
      "Sarno Rovers": "organization",
      Orvek: "other",
    });
    expect(types("Title\n\nThe queen will visit Orsel and tour Kelmo. The king visits Halvik on Monday after touring Sarno and visiting Corvel.")).toEqual({
      Orsel: "place",
      Kelmo: "place",
      Halvik: "place",
      Sarno: "place",
      Corvel: "place",
    });
  });

  it.each(["get", "gets", "got", "getting", "gotten", "come", "comes", "came", "coming", "bring", "brings", "brought", "bringing", "way"])(
    "reads a name after `%s home to` as a place, but not after `is home to`",
    (word) => {
      expect(types(`Title\n\nThen she ${word} home to Dersk. Then Kelmo is home to Norvex.`)).toEqual({ Dersk: "place", Kelmo: "other", Norvex: "other" });
    },
  );

  it("reads a name after `to` and a verb of fleeing or carrying or sending people, or a passive `called`, as a place", () => {
    expect(types("Title\n\nOn Monday, residents fled to Tarvel. Others were airlifted to Borvin, evacuated to Sarno or flown to Velmar. Ana Ruiz emigrated to Orsel. Some chose to flee to Lusko, and more were driven to Quillon. Thousands are fleeing to Brannock, and one flees to Ostek.")).toEqual({
      Tarvel: "place",
      Borvin: "place",
      Sarno: "place",
      Velmar: "place",
      "Ana Ruiz": "person",
      Orsel: "place",
      Lusko: "place",
      Quillon: "place",
      Brannock: "place",
      Ostek: "place",
    });
    expect(types("Title\n\nThe plan to send asylum seekers to Orvek failed. People sent to Halvik suffered; they are sending migrants to Dersk, and he sends them to Ulmo. She sent a letter to Kelmo.")).toEqual({
      Orvek: "place",
      Halvik: "place",
      Dersk: "place",
      Ulmo: "place",
      Kelmo: "other",
    });
    expect(types("Title\n\nTroops were deployed to Kelmo and redeployed to Orsel. Crews were dispatched to Tarvel; he was summoned to Velmar. Officers were called to Ferris Street, and Ana Ruiz called to Dersk.")).toEqual({
      Kelmo: "place",
      Orsel: "place",
      Tarvel: "place",
      Velmar: "place",
      "Ferris Street": "place",
      "Ana Ruiz": "person",
      Dersk: "other",
    });
    expect(types("Title\n\nOn Monday, 27 flights were diverted to Norvex and Halvik, and two were rerouted to Corvel. Ana Ruiz spoke to Dersk and Ulmo.")).toEqual({
      Norvex: "place",
      Halvik: "place",
      Corvel: "place",
      "Ana Ruiz": "person",
      Dersk: "other",
      Ulmo: "other",
    });
    // (past whom the verb sends: a pronoun, a plural or a plural's phrase of two words, and not a thing after an article)
    expect(types("Title\n\nThey deported him to Orvek and plan to deport asylum seekers to Tarvel. Others flew patients to Halvik. He returned the money to Dersk. She returned money to Ulmo. He returned his to Kavro. We returned the gifts to Ostek.")).toEqual({
      Orvek: "place",
      Tarvel: "place",
      Halvik: "place",
      Dersk: "other",
      Ulmo: "other",
      Kavro: "other",
      Ostek: "other",
    });
    for (const pronoun of ["her", "them", "us", "me"]) expect(types(`Title\n\nThey flew ${pronoun} to Orvek.`)).toEqual({ Orvek: "place" });
  });

  it("reads a name after `from` and a verb of travelling, commuting or fleeing, a vehicle, a word of trade or of breaking away, as a place, and not after `moved`, `a visit` or `tickets`", () => {
    expect(types("Title\n\nAna Ruiz, a nurse who travels from Ashgrove, said the trains were late. Her brother commutes to Tarvel, and others fled from Borvin. Ivo Lusk moved from Norvex and had a visit from Dersk. Voters backed independence from Orsel, and others may secede from Ulmo, as one region seceded from Kavro after a secession from Dunmar. Steel imports from Sarvel, goods imported from Tarsk, exports to Borvik and wheat exported to Quell rose. Trains from Brenna take four hours, and flights from Mirsk are cheap. Tickets from Tolva sold out.")).toEqual({
      "Ana Ruiz": "person",
      Ashgrove: "place",
      Tarvel: "place",
      Borvin: "place",
      "Ivo Lusk": "person",
      Norvex: "other",
      Dersk: "other",
      Orsel: "place",
      Ulmo: "place",
      Kavro: "place",
      Dunmar: "place",
      Sarvel: "place",
      Tarsk: "place",
      Borvik: "place",
      Quell: "place",
      Brenna: "place",
      Mirsk: "place",
      Tolva: "other",
    });
  });

  it.each(["troops", "soldiers", "forces", "refugees", "migrants", "tourists", "sailors", "seafarers", "fishermen", "pilgrims", "evacuees"])("reads a list after `%s from` as places", (people) => {
    expect(types(`Title\n\nThen ${people} from Sarno, Orsel and Kelvar came.`)).toEqual({ Sarno: "place", Orsel: "place", Kelvar: "place" });
  });

  it("leaves a past spelt as its base out of the role after it", () => {
    const text = "Final\n\nOn Monday, he beat striker Ned Fane and Ola Berg hit keeper Ida Lusk. The beat reporter Tom Hale agreed.\n";
    expect(summary(text).map((e) => [e.name, e.roles])).toEqual([
      ["Ned Fane", ["striker"]],
      ["Ola Berg", []],
      ["Ida Lusk", ["keeper"]],
      ["Tom Hale", ["beat reporter"]],
    ]);
  });

  it("leaves a preposition before a role out of it", () => {
    const text = "Cup tie\n\nOn Monday, Tom Fenwick curled a free kick past goalkeeper Karl Moberg and finished behind champion Ana Ruizova.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Tom Fenwick", "person", []],
      ["Karl Moberg", "person", ["goalkeeper"]],
      ["Ana Ruizova", "person", ["champion"]],
    ]);
  });

  it("reads a currency's letters glued to an amount as no name, but keeps codes of letters and digits", () => {
    const text = "Budget\n\nThe state will borrow N54.99trn, R2.5bn and KSh300m to buy the A320, Ada Obi said.\n";
    expect(types(text)).toEqual({ A320: "other", "Ada Obi": "person" });
    // (and to the whole amount before its magnitude's word, or before the amount glued to its magnitude)
    expect(types("Floods\n\nOn Monday, the state said it would spend N15 billion, and traders lost KSh 2bn, Ada Obi said.\n")).toEqual({ "Ada Obi": "person" });
    // (and an amount's magnitude letter after its currency's sign, where the company 3M alone stays a name)
    expect(types("Budget\n\nOn Monday, the state posted a $6.6B deficit and a £12M surplus, 3M said.\n")).toEqual({ "3M": "organization" });
  });

  it("ends a place's or a person's name before `for`, which a body's name goes on across", () => {
    const text = "Probe\n\nThe probe is run from Leeds for NASA's science office by Ida Lusk for the Quorn Trust, with the Campaign for Clean Rivers.\n";
    expect(types(text)).toEqual({ Leeds: "place", NASA: "organization", "Ida Lusk": "person", "Quorn Trust": "organization", "Campaign for Clean Rivers": "organization" });
  });

  it.each(["in", "at", "to", "near", "into"])("ends a word no dictionary has after `%s` before `for`, but not a word of the language", (preposition) => {
    expect(Object.keys(types(`Diwali\n\nThen crowds pour ${preposition} Tellan for Diwali. She works at Parents for Kelmo.\n`)).sort()).toEqual(["Diwali", "Parents for Kelmo", "Tellan"]);
  });

  it("ends a body's name before `for` a person's full name, but not before a field named for someone", () => {
    const text = "Bids\n\nBayern Munich rejected an offer from Tarvel Rovers for Jonas Weiss and one from Halvik for Ben Walker. Ana Ruiz joined the Center for Ivo Lusk Studies.\n";
    expect(types(text)).toEqual({ "Bayern Munich": "organization", "Tarvel Rovers": "organization", "Jonas Weiss": "person", Halvik: "other", "Ben Walker": "person", "Ana Ruiz": "person", "Center for Ivo Lusk Studies": "organization" });
  });

  it("ends a pollster's name before `for` a newspaper, but not a body's before its cause", () => {
    const text = "Poll\n\nA survey by Norvex Research for the Corvel Gazette put her ahead, the Committee for the Protection of Journalists said.\n";
    expect(types(text)).toEqual({ "Norvex Research": "organization", "Corvel Gazette": "organization", "Committee for the Protection of Journalists": "organization" });
    expect(types("Poll\n\nA poll by Ipsos for the Evening Standard put her ahead.\n")).toEqual({ Ipsos: "organization", "Evening Standard": "other" });
  });

  it("groups a club's last word with its name after a city of two words, and keeps a lab's name whole", () => {
    const text = "Larks edge Hawks\n\nThe New York Larks beat the Hawks. Larks coach Ned Fane thanked the Reef Ecology Lab.\n";
    expect(types("Talks\n\nLima Torres said the talks would go on, and the Lima Hawks agreed.\n")).toEqual({ "Lima Torres": "person", "Lima Hawks": "organization" });
    expect(mentionsOf(text).filter(([name]) => name !== "Hawks")).toEqual([
      ["New York Larks", "organization", ["Larks:partial", "New York Larks:name", "Larks:description"]],
      ["Ned Fane", "person", ["Ned Fane:name"]],
      ["Reef Ecology Lab", "organization", ["Reef Ecology Lab:name"]],
    ]);
  });

  it("knows given names of the world, and reads a name before the acronym of its initials as a body's", () => {
    const text = "Poll\n\nThe Priya Vayu Samaj (PVS) met Chinedu Okafor and Priya Desai. Later Priya spoke for the Lok Vikas Morcha.\n";
    expect(types(text)).toEqual({ "Priya Vayu Samaj": "organization", "Chinedu Okafor": "person", "Priya Desai": "person", "Lok Vikas Morcha": "organization" });
  });

  it("reads CM as a chief minister's title, and a region the gazetteer spells with diacritics by its plain spelling", () => {
    const text = "Relief\n\nMaharashtra CM Ravi Kulkarni met farmers in Telangana. The CM said the package was final.\n";
    expect(mentionsOf(text)).toEqual([
      ["Maharashtra", "place", ["Maharashtra:name"]],
      ["Ravi Kulkarni", "person", ["Ravi Kulkarni:name", "CM:description"]],
      ["Telangana", "place", ["Telangana:name"]],
    ]);
    expect(byName(text, "Ravi Kulkarni")?.roles).toEqual(["Maharashtra CM"]);
  });

  it("keeps the fuller of two roles when one ends with the other", () => {
    const text = "Obituary\n\nIda Lusk, a pioneering marine biologist, has died. The marine biologist Ida Lusk was 91, said Professor Ned Fane, emeritus professor at Marlow.\n";
    expect(byName(text, "Ida Lusk")?.roles).toEqual(["pioneering marine biologist"]);
  });
  it("reads who holds a seat as its incumbent", () => {
    expect(summary("Race\n\nLusk defeated two-term incumbent Ana Ruiz on Tuesday.\n").map((e) => [e.name, e.roles])).toEqual([
      ["Lusk", []],
      ["Ana Ruiz", ["two-term incumbent"]],
    ]);
  });
  it("keeps one of two roles that differ in case alone, the one with fewer capitals", () => {
    expect(byName("Actor Lena Morrow weds\n\nThe actor Lena Morrow married on Saturday.\n", "Lena Morrow")?.roles).toEqual(["actor"]);
    expect(byName("Wedding\n\nThe actor Lena Morrow married. Actor Lena Morrow smiled.\n", "Lena Morrow")?.roles).toEqual(["actor"]);
  });
  it("keeps a party's or a people's word before a full name out of the name", () => {
    const text = "Vote\n\nDemocrat Ivo Brandt voted no. Briton Ula Fenwick and Nigerian Adaeze Okonkwo-Bello voted yes. The British Red Cross watched.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Democrat", "group"],
      ["Ivo Brandt", "person"],
      ["Ula Fenwick", "person"],
      ["Adaeze Okonkwo-Bello", "person"],
      ["British Red Cross", "organization"],
    ]);
  });

  it("reads relatives named after a kinship noun and its comma as people, in a list too", () => {
    const text = "Obituary\n\nHer daughter, Adaeze Quillon-Ware, said she died at home. She leaves two sons, Tunde and Kayode, and three granddaughters, Chelsea, India and Florence.\n";
    expect(types(text)).toEqual({ "Adaeze Quillon-Ware": "person", Tunde: "person", Kayode: "person", Chelsea: "person", India: "person", Florence: "person" });
    expect(byName(text, "Adaeze Quillon-Ware")?.roles).toEqual(["daughter"]);
    expect(types("Obituary\n\nOn Monday, the twins, Mary and Sue, spoke.\n")).toEqual({ Mary: "person", Sue: "person" });
    // (and after a possessive pronoun's word of birth order, which stands for a child)
    expect(types("Family\n\nTheir youngest, Noor, is four. His eldest, Yusuf, left. Her oldest, Amir, stayed.\n")).toEqual({ Noor: "person", Yusuf: "person", Amir: "person" });
  });

  it("reads an institution named in full before `, who` as a body, and a founder's possessive before `Society` as part of its name", () => {
    const text = "Study\n\nIda Lusk, a director at the University of Marlow, who was not involved, said the Brannock's Society would fund more work.\n";
    expect(types(text)).toEqual({ "Ida Lusk": "person", "University of Marlow": "organization", "Brannock's Society": "organization" });
  });

  it("reads `Latina` as a people's word unless a locative puts the town of that name", () => {
    expect(types("Win\n\nIda Lusk is the first Latina to lead the city.\n")).toEqual({ "Ida Lusk": "person", Latina: "group" });
    expect(types("Flood\n\nIt rained hard in Latina overnight.\n")).toEqual({ Latina: "place" });
  });
  it("reads `Black` and `White` before a noun for people as peoples, and as a surname elsewhere", () => {
    expect(types("Win\n\nIda Lusk will be the first Black mayor. The fund helps White farmers and Black families.\n")).toEqual({ "Ida Lusk": "person", Black: "group", White: "group" });
    expect(types("Film\n\nTom Black starred. Later, Black said he loved it.\n")).toEqual({ "Tom Black": "person" });
  });
  it("reads a name after `in` and a word for writing as a publication, and after other words as a place", () => {
    expect(types("Paper\n\nThe pair published a paper in The Quarto. Ida Lusk wrote in Quillette that it was wrong.\n")).toEqual({ "The Quarto": "organization", "Ida Lusk": "person", Quillette: "organization" });
    expect(types("Paper\n\nA study in Marwick found more.\n")).toEqual({ Marwick: "place" });
  });

  it("reads a name after `in` and a word for acting as a work's title, not a place, unless another `in` comes between", () => {
    expect(types("Awards\n\nTobias Renner won for his role as a disgraced surgeon in Second Opinion. Ana Ruiz starred in Silent Verdict. She starred in a film shot in Sarno.\n")).toEqual({
      "Tobias Renner": "person",
      "Second Opinion": "other",
      "Ana Ruiz": "person",
      "Silent Verdict": "other",
      Sarno: "place",
    });
    for (const said of ["is starring in", "stars in", "co-starred in", "was co-starring in", "won two roles in", "made a cameo in"]) {
      expect(types(`Film\n\nIvo Lusk ${said} Quiet Verdict.\n`)).toEqual({ "Ivo Lusk": "person", "Quiet Verdict": "other" });
    }
  });
  it("reads the name after a role noun and `at` as an employer, a body", () => {
    const text = "Shares\n\nAnalysts at Peel Hunt cut their target, and an economist at Quill Birch said the fall was overdone.\n";
    expect(types(text)).toEqual({ "Peel Hunt": "organization", "Quill Birch": "organization" });
    // (the role may say what it heads before `at`, not what no role is of, nor past a comma: `The end of the day at Tarvelby`, `The head of the team, at Kelmby`)
    const heads = "Shares\n\nAna Ruiz, head of money and markets at Hargreaves Lansdown, said so. Ivo Lusk, director of research at Quill Birch, agreed. The end of the day at Tarvelby was wet. The head of the team, at Kelmby on Monday, said so.\n";
    expect(types(heads)).toEqual({ "Ana Ruiz": "person", "Hargreaves Lansdown": "organization", "Ivo Lusk": "person", "Quill Birch": "organization", Tarvelby: "place", Kelmby: "place" });
  });
  it.each(["hospitals", "schools", "colleges", "universities", "prisons", "courts"])("reads the name after a role noun and `at`, before `%s`, as the place of the public bodies", (bodies) => {
    expect(types(`Strike\n\nThen nurses at Orsel ${bodies} voted to strike.\n`)).toEqual({ Orsel: "place" });
  });
  it.each(["Hi", "Hiya", "Howdy"])("leaves a greeting (%s) that opens the sentence out of the name after it", (greeting) => {
    expect(summary(`Chat\n\nThen he wrote: "${greeting} Mara Velt, all fine."\n`).map((e) => [e.name, e.type])).toEqual([["Mara Velt", "person"]]);
  });
  it("leaves a describing word that opens the sentence out of the name after it", () => {
    const text = "Markets\n\nRival Quillon Group fell 3%. Embattled Brannock Corp rose. Fellow Democrat Ivo Brandt agreed.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Quillon Group", "organization"],
      ["Brannock Corp", "organization"],
      ["Democrat", "group"],
      ["Ivo Brandt", "person"],
    ]);
    expect(summary("Quake\n\nNeighbouring Velmar sent doctors. Neighboring Sarno sent tents.\n").map((e) => [e.name, e.type])).toEqual([
      ["Velmar", "place"],
      ["Sarno", "place"],
    ]);
  });
  it("reads a name written in the possessive that owns nothing as a firm's, one with its possessive cut off", () => {
    const text =
      "Prices\n\nTarvell's said sales fell. Quennick's chief executive left Quennick's. It supplies Tesco and Brosnan's.\n\nDana Foyle spoke. The decision was Foyle's. It's Marden's \"Big Sale\" again.\n\nThey lag behind Orsel's. Orsel released one. Then Kelvar sold one. Buyers prefer Kelvar's.\n";
    expect(mentionsOf(text)).toEqual([
      ["Tarvell's", "organization", ["Tarvell's:name"]],
      ["Quennick's", "organization", ["Quennick:partial", "Quennick's:name"]],
      ["Tesco", "organization", ["Tesco:name"]],
      ["Brosnan's", "organization", ["Brosnan's:name"]],
      ["Dana Foyle", "person", ["Dana Foyle:name", "Foyle:partial"]],
      ["Marden", "other", ["Marden:name"]],
      ["Big Sale", "other", ["Big Sale:name"]],
      // (but a name written bare too is the name, whose possessive owns what the sentence leaves out, whichever comes first)
      ["Orsel", "organization", ["Orsel:name", "Orsel:name"]],
      ["Kelvar", "organization", ["Kelvar:name", "Kelvar:name"]],
    ]);
  });
  it("reads an everyday word that only leads a body's name, first in a sentence before a noun, as that word", () => {
    const text = "Mine collapse\n\nThe Federal Mining Safety Authority said it would investigate. Federal inspectors arrived on Friday.\n\nNorthgate Freight Lines said it was shocked. Northgate drivers went home. Federal said it would help.\n";
    expect(mentionsOf(text)).toEqual([
      ["Federal Mining Safety Authority", "organization", ["Federal Mining Safety Authority:name", "it:pronoun", "Federal:partial", "it:pronoun"]],
      ["Northgate Freight Lines", "organization", ["Northgate Freight Lines:name", "Northgate:partial"]],
    ]);
    // nor is a body's everyday last word a short form of it there
    const last = "Strike\n\nRail unions announced a strike. The Rail Delivery Group said so. Network Rail agreed.\n";
    expect(mentionsOf(last)).toEqual([
      ["Rail Delivery Group", "organization", ["Rail Delivery Group:name"]],
      ["Network Rail", "organization", ["Network Rail:name"]],
    ]);
    // nor is a word from inside one, in a dictionary or not
    const inner = "Visits\n\nThe Rural Telehealth Alliance said it would help. Telehealth visits rose on Monday.\n";
    expect(mentionsOf(inner)).toEqual([["Rural Telehealth Alliance", "organization", ["Rural Telehealth Alliance:name", "it:pronoun"]]]);
    // nor an everyday word from inside one before a closed-class word, where a person's given name is them
    const modal = "Aid\n\nFood must be let in, the envoy said. The World Food Programme agreed. Rose Delacourt spoke. Rose will stay.\n";
    expect(mentionsOf(modal)).toEqual([
      ["World Food Programme", "organization", ["World Food Programme:name"]],
      ["Rose Delacourt", "person", ["Rose Delacourt:name", "Rose:partial"]],
    ]);
  });
  it("reads an Arabic surname with its article in lower case as a name on its own, and in capitals first in a sentence", () => {
    const text = "Talks\n\nKhalid bin Omar al-Tamimi, the mediator, said both sides had come.\n\n\"It is positive,\" al-Tamimi told reporters. Al-Tamimi left on Monday.\n";
    expect(mentionsOf(text)).toEqual([["Khalid bin Omar al-Tamimi", "person", ["Khalid bin Omar al-Tamimi:name", "al-Tamimi:partial", "Al-Tamimi:partial"]]]);
    expect(analyzeArticle(text).quotes.map((q) => q.speakerName)).toEqual(["Khalid bin Omar al-Tamimi"]);
  });
  it("takes a role set before a name by commas after a quotation, and before a form of address", () => {
    const text = "Deal\n\n\"We can move faster,\" Quillby's chief executive, Renata Oduya, said. Quillby's founder, Dr. Hollis Vantreese, agreed.\n";
    expect(summary(text).filter((e) => e.type === "person")).toEqual([
      { name: "Renata Oduya", type: "person", roles: ["Quillby's chief executive"], aliases: [] },
      { name: "Hollis Vantreese", type: "person", roles: ["Quillby's founder", "Dr."], aliases: [] },
    ]);
  });

  it("reads a name in the possessive before a managing director or partner as a firm's", () => {
    const text = "Deal\n\nHannah Voss, Norvex Home's managing director, said so. Ivo Marr, Tarvel Bright's managing partner, agreed.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Hannah Voss", "person"],
      ["Norvex Home", "organization"],
      ["Ivo Marr", "person"],
      ["Tarvel Bright", "organization"],
    ]);
  });

  it("takes a role set before a name by commas before a form of address or a rank written out, and parts a rank from an office", () => {
    const text =
      "Deal\n\nThe college's president, Professor Tam Okoro, said so. The army's chief spokesman, Brigadier General Ana Vell, agreed. Defence Minister General Tom Brask and Associate Professor Jo Lune spoke. UN secretary General Ivo Marr came.\n";
    expect(summary(text).filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Tam Okoro", ["college's president", "Professor"]],
      ["Ana Vell", ["army's chief spokesman", "Brigadier General"]],
      ["Tom Brask", ["Defence Minister", "General"]],
      ["Jo Lune", ["Associate Professor"]],
      ["Ivo Marr", ["UN secretary General"]],
    ]);
  });

  it("reads a name of two words that a person's role sets off by commas as a person's, everyday words and all", () => {
    const text = "Campus\n\nThe university's principal, Deep Saini, said so. The group's owner, Acme Holdings, agreed. Its founder, Dellon Park, left.\n";
    expect(summary(text)).toEqual([
      { name: "Deep Saini", type: "person", roles: ["university's principal"], aliases: [] },
      { name: "Acme Holdings", type: "organization", roles: [], aliases: [] },
      { name: "Dellon Park", type: "person", roles: ["founder"], aliases: [] },
    ]);
  });
});

describe("sports wires", () => {
  const entities = (text: string) =>
    analyzeArticle(text).entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => `${m.text}/${m.kind}`) }));

  it("ends a name no list knows before `of` and a country, and reads `US` and `U.S.` in a name as one spelling", () => {
    expect(entities("Results\n\nKsawera Wrzosek of Poland won on Sunday, beating Teodora Lale of New Zealand. The UK Border Force and the U.K. Border Force are one.\n")).toEqual([
      { name: "Ksawera Wrzosek", type: "person", mentions: ["Ksawera Wrzosek/name"] },
      { name: "Poland", type: "place", mentions: ["Poland/name"] },
      { name: "Teodora Lale", type: "person", mentions: ["Teodora Lale/name"] },
      { name: "New Zealand", type: "place", mentions: ["New Zealand/name"] },
      { name: "U.K. Border Force", type: "organization", mentions: ["UK Border Force/name", "U.K. Border Force/name"] },
    ]);
  });

  it("reads a sentence that opens on a nationality or an age as going on about the person the sentence before named first", () => {
    const text =
      "Final\n\nMaryna Zalevska won the title on Saturday, beating Tori Kell in the final. The Belarusian, who lost to Kell last year, broke serve late. She fell to her knees.\n\nKell, 21, was trying again. The 21-year-old said she was proud. The Belarusian government sent its congratulations.\n";
    expect(entities(text).filter((e) => e.type === "person")).toEqual([
      { name: "Maryna Zalevska", type: "person", mentions: ["Maryna Zalevska/name", "Belarusian/description", "She/pronoun", "her/pronoun"] },
      { name: "Tori Kell", type: "person", mentions: ["Tori Kell/name", "Kell/partial", "Kell/partial", "21-year-old/description", "she/pronoun"] },
    ]);
  });

  it("reads an opening age or nationality with a noun for a person after it the same way, but not one with another noun", () => {
    const text =
      "Semi-final\n\nOn Sunday, Emeka Obi scored late. The 19-year-old striker, who joined in January, headed in a cross. Nadia Kross saved twice. The Moroccan goalkeeper was calm. The Moroccan side lost.\n";
    expect(entities(text).filter((e) => e.type === "person")).toEqual([
      { name: "Emeka Obi", type: "person", mentions: ["Emeka Obi/name", "19-year-old striker/description"] },
      { name: "Nadia Kross", type: "person", mentions: ["Nadia Kross/name", "Moroccan goalkeeper/description"] },
    ]);
  });

  it("reads the nationality's possessive that opens a sentence, and one that speaks after a quote, the same way, but no other one mid-sentence", () => {
    const text =
      "Final\n\nJonas Vessel won on Sunday, ahead of Owen Pryce. The Dutchman's fifth win cut the gap. Pryce was second. Vessel had passed the Spaniard, who was third. Pryce blamed a slow stop. \"We lost the race there,\" the Briton said. Vessel was delighted. “We gambled,” the Dutchman said.\n";
    expect(entities(text).filter((e) => e.type === "person")).toEqual([
      { name: "Jonas Vessel", type: "person", mentions: ["Jonas Vessel/name", "Dutchman/description", "Vessel/partial", "Vessel/partial", "Dutchman/description"] },
      { name: "Owen Pryce", type: "person", mentions: ["Owen Pryce/name", "Pryce/partial", "Pryce/partial", "Briton/description"] },
    ]);
  });
});

describe("clergy", () => {
  it("reads a cleric's title before a name as a title, not as part of the name", () => {
    expect(
      analyzeArticle("Church\n\nVicar Anne Holt said so. Reverend Tomas Idowu spoke, and Monsignor Luca Bressan agreed.\n").entities.map((e) => [e.name, e.type, e.roles]),
    ).toEqual([
      ["Anne Holt", "person", ["Vicar"]],
      ["Tomas Idowu", "person", ["Reverend"]],
      ["Luca Bressan", "person", ["Msgr."]],
    ]);
  });
});

describe("a sentence's first word before a verb of speech", () => {
  it("names whoever speaks when no dictionary has the word, and not a kind of people", () => {
    const text =
      "Launch\n\nPARIS (AFP) - The agency said on Monday that the rover would launch in 2028 after years of delay.\n\nVeltrox said it would build the engines. Quorvane told reporters it was ready. Muscovites said they were cold. Organisers said the hall was full.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Paris", "place", ["PARIS"]],
      ["Agence France-Presse", "organization", ["AFP"]],
      ["Veltrox", "organization", ["Veltrox", "it"]],
      ["Quorvane", "organization", ["Quorvane"]],
    ]);
  });

  it("reads the verb after a relative clause, and leaves a word a clause describes without speaking untyped", () => {
    const text =
      "Launch\n\nPARIS (AFP) - The agency said on Monday that the rover would launch in 2028 after years of delay.\n\nVeltrox, which built the rover, said the delay cost it dearly. Quorvane, which treats diabetes, sold well.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Paris", "place", ["PARIS"]],
      ["Agence France-Presse", "organization", ["AFP"]],
      ["Veltrox", "organization", ["Veltrox"]],
    ]);
  });

  it("takes an everyday word opening a sentence for a name where an appositive's class noun says what it is", () => {
    const text = "Shops\n\nTarget, the discount retailer, rose 1.2%. Nature, the journal, agreed. Bread, the staple food, rose too.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type])).toEqual([
      ["Target", "organization"],
      ["Nature", "organization"],
    ]);
  });
});

describe("session 40: places, bodies and roles read from their shape", () => {
  it("drops a participle that opens a sentence before a place the gazetteer knows", () => {
    expect(types("Cases rise in the west\n\nHealth officials in Harlan County said on Monday that nine more cases had been found this week.\n\nNeighbouring New Mexico has reported two cases. Neighboring Oklahoma has none.\n")).toEqual({
      "Harlan County": "place",
      "New Mexico": "place",
      Oklahoma: "place",
    });
  });

  it("keeps a state's name a place beside a body its name opens, and types a county by its head word before `which`", () => {
    expect(mentionsOf("Cases rise in the west\n\nThe Texas Department of Rural Health said 20 people had been treated in Dorrell County, which borders Oklahoma, this winter.\n\nOfficials have not linked the cases to the Texas outbreak.\n")).toEqual([
      ["Texas Department of Rural Health", "organization", ["Texas Department of Rural Health:name"]],
      ["Dorrell County", "place", ["Dorrell County:name"]],
      ["Oklahoma", "place", ["Oklahoma:name"]],
      ["Texas", "place", ["Texas:name"]],
    ]);
  });

  it("calls a body back by its head word or, for a state agency, by `the agency`", () => {
    expect(mentionsOf("Rulings and warnings of the week\n\nThe Centers for Rural Disease Control said on Monday that the risk remains low. The agency recommends two doses, which it says are safe.\n\nThe High Court of Veloria struck down the levy on Thursday. The court said the tax was unlawful.\n")).toEqual([
      ["Centers for Rural Disease Control", "organization", ["Centers for Rural Disease Control:name", "agency:description", "it:pronoun"]],
      ["High Court of Veloria", "organization", ["High Court of Veloria:name", "court:description"]],
    ]);
  });

  it("reads a service named after its noun as a body, and a role's domain and owner without a possessive pronoun", () => {
    expect(summary("Streaming rivals clash over fine\n\nThe complaint came from Swedish streaming service Tunewave five years ago, officials said on Monday.\n\nTunewave, which has 600 million users, welcomed the fine. Its chief executive Dana Kestrel said the bloc's antitrust chief Ilse Marrow had sent a message, as had EU trade chief Pavel Orlik.\n").filter((e) => e.name !== "European Union")).toEqual([
      { name: "Tunewave", type: "organization", roles: [], aliases: [] },
      { name: "Dana Kestrel", type: "person", roles: ["chief executive"], aliases: [] },
      { name: "Ilse Marrow", type: "person", roles: ["antitrust chief"], aliases: [] },
      { name: "Pavel Orlik", type: "person", roles: ["EU trade chief"], aliases: [] },
    ]);
    // (a capitalised pronoun before a verb is its subject, no body the role is of)
    expect(summary('Race\n\n"I congratulate Mayor Lusk," she said.\n').map((e) => [e.name, e.roles])).toEqual([["Lusk", ["Mayor"]]]);
  });

  it("reads a legislature after a preposition of place as the chamber", () => {
    expect(types("Tax bill protests\n\nThousands marched near Parliament in Veloria on Thursday as lawmakers debated the bill.\n\nParliament is expected to vote on it next week.\n")).toEqual({ Parliament: "organization", Veloria: "place" });
  });

  it("reads a telescope named for a person as a thing, called back by the person's surname", () => {
    expect(mentionsOf("Sky news\n\nAstronomers using the Edith Marlow Space Telescope found water vapour on a distant planet, the team said on Monday.\n\n\"Marlow is giving us the sensitivity we need,\" said Ivo Brandt, who led the study.\n")).toEqual([
      ["Edith Marlow Space Telescope", "other", ["Edith Marlow Space Telescope:name", "Marlow:partial"]],
      ["Ivo Brandt", "person", ["Ivo Brandt:name"]],
    ]);
  });

  it("calls a county, a river or a stadium back by its first word, unless the word names someone", () => {
    expect(mentionsOf("Flood warning\n\nHeavy rain hit Marlow County on Tuesday. Marlow had 40 new cases, officials said, and the Tarrin River rose. The Tarrin burst its banks, and Ms. Marlow, a farmer, lost her barn.\n")).toEqual([
      ["Marlow County", "place", ["Marlow County:name", "Marlow:partial"]],
      ["Tarrin River", "place", ["Tarrin River:name", "Tarrin:partial", "its:pronoun"]],
      ["Marlow", "person", ["Marlow:name", "her:pronoun"]],
    ]);
  });

  it("reads a portfolio after `the` that speaks or is `it` as the ministry, not one that modifies a noun", () => {
    expect(mentionsOf("Bond sale planned\n\nYields rose after the Treasury said it would sell more bonds next month. A Treasury official and the Defence budget were not named.\n")).toEqual([
      ["Treasury", "organization", ["Treasury:name", "it:pronoun"]],
    ]);
  });

  it("reads a town's name that is also someone's as theirs once it speaks of itself as he or she, in every mention", () => {
    expect(mentionsOf("Vote delayed\n\nThe vote on the new budget was delayed again on Monday after a long night of talks.\n\nJackson said he would vote against it. Later, Jackson added that the result was close. Officials in Tulsa were not surprised.\n")).toEqual([
      ["Jackson", "person", ["Jackson:name", "he:pronoun", "Jackson:name"]],
      ["Tulsa", "place", ["Tulsa:name"]],
    ]);
  });

  it("reads a word that only leads a body's name, opening a sentence before a noun, as that everyday word", () => {
    expect(mentionsOf("Rights groups criticise the new law\n\nThe new law drew sharp criticism on Monday from activists across the region, who said it would silence dissent.\n\nTorvan Rights Watch said the measure was a disgrace. Rights groups have long opposed it.\n")).toEqual([
      ["Torvan Rights Watch", "organization", ["Torvan Rights Watch:name"]],
    ]);
  });

  it("reads a name before a comma and a state or country as a town there, unless a title makes it someone's", () => {
    expect(mentionsOf("Storm hits the region\n\nA powerful storm knocked out power to more than 200,000 homes across the region on Tuesday, utilities said.\n\nIn Gary, Indiana, three cooling centers opened. Crews worked overnight in Kermit, New Mexico. Senator Mike Doyle, Texas, voted no.\n")).toEqual([
      ["Gary", "place", ["Gary:name"]],
      ["Indiana", "place", ["Indiana:name"]],
      ["Kermit", "place", ["Kermit:name"]],
      ["New Mexico", "place", ["New Mexico:name"]],
      ["Mike Doyle", "person", ["Mike Doyle:name"]],
      ["Texas", "place", ["Texas:name"]],
    ]);
  });

  it("reads a name before a comma and a distance as a place, unless a given name or a title opens it", () => {
    expect(types("Strike\n\nShipping lines will divert cargo to Corvel, 200 km up the coast. Troops reached Tarvel, about 40km from the border. Ana Ruiz, 40 miles from home, waited, as did Senator Orvek, 200 miles away.")).toEqual({
      Corvel: "place",
      Tarvel: "place",
      "Ana Ruiz": "person",
      Orvek: "person",
    });
  });

  it("reads a name after a town named after `in` and a comma, ending the clause, as the town's region, not a subject", () => {
    expect(types("Record\n\nShe died at a care home in Halvik, Dersk. The record was set in Tarvel, Gwynedd, on Sunday. In Kelmo, Ivo Lusk, who ran, won. In Orsel, Eva, a nurse, left.")).toEqual({
      Halvik: "place",
      Dersk: "place",
      Tarvel: "place",
      Gwynedd: "place",
      Kelmo: "place",
      "Ivo Lusk": "person",
      Orsel: "place",
      Eva: "person",
    });
  });

  it("reads a subheading in Title Case as a headline is read, its names those the body writes", () => {
    expect(mentionsOf("Open results\n\nThe final round was played on Sunday in front of a crowd of 9,000 people.\n\nVelt Wins Dersk Open\n\nMara Velt won the Dersk Open by two shots, her first title in two years.")).toEqual([
      ["Mara Velt", "person", ["Velt:partial", "Mara Velt:name", "her:pronoun"]],
      ["Dersk Open", "event", ["Dersk Open:name", "Dersk Open:name"]],
    ]);
  });

  it("reads the one unknown word after a letter's signature as the writer's town", () => {
    expect(types("Letters\n\nThe bus must stay.\n\nAna Ruiz, Orsel\n\nThe route loses money.\n\nDr Kai Moss, Sarno.\n\nThe council is right.\n\nTom Hale, Principal\n\nBen Ode, Norvex Ltd\n\nHalvik Bay, Kelmo")).toEqual({
      "Ana Ruiz": "person",
      Orsel: "place",
      "Kai Moss": "person",
      Sarno: "place",
      "Tom Hale": "person",
      Principal: "other",
      "Ben Ode": "person",
      "Norvex Ltd": "organization",
      "Halvik Bay": "place",
      Kelmo: "other",
    });
  });

  it("reads a name after `of` before a comma and a state as AP abbreviates it as a town there", () => {
    expect(types("Weddings\n\nShe is the daughter of Ingrid and Paul Voss of Halvik, Minn., and a nurse. He grew up in Tarvel, Ore.")).toEqual({
      "Ingrid Voss": "person",
      "Paul Voss": "person",
      Halvik: "place",
      Minnesota: "place",
      Tarvel: "place",
      Oregon: "place",
    });
  });

  it("reads a name before a comma and a state that seats a business as a town there", () => {
    expect(types("Profits\n\nOn Monday, the Gary, Indiana-based steelmaker said profit rose. A Kermit, Texas-headquartered firm fell.")).toEqual({
      Gary: "place",
      Indiana: "place",
      Kermit: "place",
      Texas: "place",
    });
  });
});

describe("words beside names that say what they are", () => {
  it("starts a role after a bare name and `and` at a lower-case word, but keeps `and` between two titles", () => {
    const text = "Lumora grows\n\nLumora was founded by Castellane and former Orbix engineer Felix Oduro. Vice President and chief executive Ada Moss spoke.\n";
    expect(summary(text).filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Felix Oduro", ["former Orbix engineer"]],
      ["Ada Moss", ["Vice President and chief executive"]],
    ]);
  });

  it("reads no temperature as a name, a range before a plural noun of land as a place, and `Guardia` as a body's first word", () => {
    const text = "Heat\n\nTemperatures hit 41C and 105.8F as fire swept the Sierra Almadra mountains, the Guardia Civil said.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Sierra Almadra", "place"],
      ["Guardia Civil", "organization"],
    ]);
    // (and `HM`, His Majesty's, as a crown body's, which would read as a person's initials)
    expect(types("Ferry fire\n\nOn Monday, HM Coastguard said a ferry had sunk near Dover.\n")).toEqual({ "HM Coastguard": "organization", Dover: "place" });
    // (and `Radio`, `Grupo` and `Minera` as a broadcaster's, a group's and a mining company's, whatever the words after look like)
    expect(types("Mine\n\nOn Monday, Minera Huasco and Grupo Lucas said so, Ana Soto told Radio Bio Bio.\n")).toEqual({
      "Minera Huasco": "organization",
      "Grupo Lucas": "organization",
      "Ana Soto": "person",
      "Radio Bio Bio": "organization",
    });
    // (and a wine estate's and a school's French or Spanish opening word)
    expect(types("Harvest\n\nOn Monday, bottles from Domaine Vallet and Bodega Marta Ruiz sold, and Lycée Dumont and École Pierre Lenoir opened.\n")).toEqual({
      "Domaine Vallet": "organization",
      "Bodega Marta Ruiz": "organization",
      "Lycée Dumont": "organization",
      "École Pierre Lenoir": "organization",
    });
    // (and an eatery's Italian, Spanish or French one, before a town's name or a surname)
    expect(types("Dining\n\nChef Lucia Benedetti of Trattoria Sarno cooked, and Brasserie Lusk said it would close. Casa Ruiz opened in March.\n")).toEqual({
      "Lucia Benedetti": "person",
      "Trattoria Sarno": "organization",
      "Brasserie Lusk": "organization",
      "Casa Ruiz": "organization",
    });
    // (and an English one, where a place's preposition stands before it)
    expect(types("Dining\n\nThen head to Café Tellan on Harbour Street. We ate in Cafe Orvek. They met in Restaurant Dersk. Go to Pizzeria Kelmo.\n")).toEqual({
      "Café Tellan": "organization",
      "Harbour Street": "place",
      "Cafe Orvek": "organization",
      "Restaurant Dersk": "organization",
      "Pizzeria Kelmo": "organization",
    });
  });

  it("reads `Administrator`, `Secretary-General` and `Director-General` after a body's initials as the title of the name after", () => {
    const text = "Storm nears\n\nFEMA Administrator Lorna Okafo said teams were ready. UN Secretary-General Anton Verhelst agreed, and Secretary-General Verhelst left.\n";
    expect(summary(text).map((e) => [e.name, e.type, e.roles])).toEqual([
      ["FEMA", "organization", []],
      ["Lorna Okafo", "person", ["FEMA Administrator"]],
      ["United Nations", "organization", []],
      ["Anton Verhelst", "person", ["UN Secretary-General"]],
    ]);
  });

  it("reads a named storm as an event, called back by its name alone", () => {
    const text = "Storm nears\n\nHurricane Marisol came ashore near Port Velden on Monday. Typhoon Kaemi hit Luzon. Marisol is the fourth hurricane of the season.\n";
    expect(mentionsOf(text).filter(([, type]) => type === "event")).toEqual([
      ["Hurricane Marisol", "event", ["Hurricane Marisol:name", "Marisol:partial"]],
      ["Typhoon Kaemi", "event", ["Typhoon Kaemi:name"]],
    ]);
  });

  it.each(["Hurricane", "Typhoon", "Cyclone", "Storm"])("reads each name listed after %ss as a storm of that kind, apart from a person who shares a given name", (kind) => {
    const text = `Storm nears\n\nThen ${kind}s Marit, Ben and Kaemi, Ivo Lusk said, were the worst. Forecaster Ben Ode said Kaemi was the worst.\n`;
    expect(mentionsOf(text)).toEqual([
      [`${kind} Marit`, "event", [`${kind}s Marit:name`]],
      [`${kind} Ben`, "event", ["Ben:name"]],
      [`${kind} Kaemi`, "event", ["Kaemi:name", "Kaemi:partial"]],
      ["Ivo Lusk", "person", ["Ivo Lusk:name"]],
      ["Ben Ode", "person", ["Ben Ode:name"]],
    ]);
  });

  it("reads a plural of people named for what they do, closed up after an everyday word too, opening a sentence before a verb of speech, as no name", () => {
    const text = "Rates rise\n\nForecasters said rain would fall. Regulators said the rules were clear. Shoppers told us. Headteachers warned of cuts. Kestrova said she agreed.\n";
    expect(summary(text).map((e) => e.name)).toEqual(["Kestrova"]);
  });

  it("keeps a place everyone knows a place beside a body whose name it opens", () => {
    const text = "Ice on Mars\n\nRadar on the Mars Express orbiter found ice. It could cover Mars in an ocean. Meta Platforms said Meta would grow.\n";
    expect(mentionsOf(text).filter(([name]) => name !== "Mars Express")).toEqual([
      ["Mars", "place", ["Mars:name", "Mars:name"]],
      ["Meta Platforms", "organization", ["Meta Platforms:name", "Meta:partial"]],
    ]);
  });

  it("keeps a state's or a province's name a place beside a body whose name it opens, in a headline too", () => {
    const text = "Fire nears Alberta town\n\nThe Alberta Wildfire agency said the blaze grew.\n";
    expect(mentionsOf(text)).toEqual([
      ["Alberta", "place", ["Alberta:name"]],
      ["Alberta Wildfire", "organization", ["Alberta Wildfire:name"]],
    ]);
  });

  it("keeps a nation's capital that speaks a place, even with he or she after it, unless it is a surname named in full or given an age", () => {
    expect(types("Talks\n\nMarco Ruiz said Washington looked forward to working with his government.\n")).toEqual({ "Marco Ruiz": "person", Washington: "place" });
    expect(mentionsOf("Talks\n\nKeon Washington arrived. Washington said he would help.\n")).toEqual([["Keon Washington", "person", ["Keon Washington:name", "Washington:partial", "he:pronoun"]]]);
    expect(types("Talks\n\nWashington, 34, said he was tired.\n")).toEqual({ Washington: "person" });
  });

  it("ends a place's name before a common noun's initials, and reads `Registry` as a body's head word", () => {
    const text = "Plant\n\nTata to build Kerala EV plant. UK GDP rose. Sky TV said so. The National Registry said turnout was 58%.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Kerala", "place"],
      ["United Kingdom", "place"],
      ["Sky TV", "organization"],
      ["National Registry", "organization"],
    ]);
  });

  it("reads the plural of a title in initials as people of a kind, not a name", () => {
    expect(summary("Vote\n\nChancellor Rhona Reese told MPs on Monday that the cuts were fair. CEOs agreed.\n").map((e) => e.name)).toEqual(["Rhona Reese"]);
  });

  it("reads a square or avenue named with `Plaza`, `Praça` or `Avenida` as a place, unless an event's or a document's head word ends it", () => {
    const text = "Rally\n\nCrowds filled the Plaza de Olmedo and marched down Avenida Serrana. The Plaza Accord was signed in 1985. The Fort Ardley Marathon was run.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Plaza de Olmedo", "place"],
      ["Avenida Serrana", "place"],
      ["Plaza Accord", "other"],
      ["Fort Ardley Marathon", "event"],
    ]);
  });

  it("reads an avenue named with `Avenue` first as a place, and a body whose head word ends its name as a body", () => {
    expect(types("Shop\n\nSolvang will open a store on Avenue Montaigne in March. Avenue Capital Group said it would sell.\n")).toEqual({
      "Avenue Montaigne": "place",
      "Avenue Capital Group": "organization",
    });
  });

  it("reads an Italian or Portuguese street's opening word as a place's", () => {
    expect(types("Rally\n\nAna Ruiz lives on Viale Sarno. Ivo Lusk lives on Corso Tevani. Tom Hale lives on Rua Velmar.")).toEqual({
      "Ana Ruiz": "person",
      "Viale Sarno": "place",
      "Ivo Lusk": "person",
      "Corso Tevani": "place",
      "Tom Hale": "person",
      "Rua Velmar": "place",
    });
  });

  it("reads a title word after a square's or a street's opening word as the place's name", () => {
    expect(types("Rally\n\nCrowds filled the Plaza Mayor on Sunday and marched down Calle Mayor.")).toEqual({ "Plaza Mayor": "place", "Calle Mayor": "place" });
  });

  it("reads a surname in a shouted headline as the person the article names in full", () => {
    const text = "OKAFOR SLAMS BRIDGE DELAY AT COUNCIL\n\nCouncillor Jane Okafor criticised the delay on Friday, calling it a scandal.\n";
    expect(mentionsOf(text)).toEqual([["Jane Okafor", "person", ["OKAFOR:partial", "Jane Okafor:name"]]]);
  });

  it("reads a given name before a surname that heads places as a person's, unless a preposition of place or a verb of going governs it", () => {
    expect(types("Premiere\n\nJonah Hill starred in the film, which opened on Friday. Critics praised Hill.\n")).toEqual({ "Jonah Hill": "person" });
    expect(types("Brace\n\nAdam Green scored twice for Leeds on Saturday.\n")).toEqual({ "Adam Green": "person", Leeds: "place" });
    expect(types("Libraries\n\nThe council will close libraries in Holt Green and Ashby Lane.\n")).toEqual({ "Holt Green": "place", "Ashby Lane": "place" });
    // (`at` before a list governs it when its first name's words make a place, not when the place is a guess)
    expect(types("Libraries\n\nThe libraries at Dellon Road and Brisa Green will shut. They met at Kelmo and Orvel Hart.\n")).toEqual({ "Dellon Road": "place", "Brisa Green": "place", Kelmo: "place", "Orvel Hart": "person" });
    expect(types("Stabbing\n\nOfficers went to Ferris Street on Sunday.\n")).toEqual({ "Ferris Street": "place" });
    // (a clause set in the name after `, where` makes it somewhere)
    expect(types("Parade\n\nThen the parade wound its way to Victoria Park, where fireworks lit the sky. Adam Green, who led it, cheered.\n")).toEqual({ "Victoria Park": "place", "Adam Green": "person" });
    expect(types("Cuts\n\nThe council will close two libraries, in Ashby Vale and Northgate. Jerry Vale sang on Friday.\n")).toEqual({ "Ashby Vale": "place", Northgate: "place", "Jerry Vale": "person" });
    // (a comma before the `and` of two names joins clauses, not a list)
    expect(types("Final\n\nOn Monday, Holger Ravn won in Paris, and Tevita Larsen edged Ruud Maas in the final set.\n")).toEqual({
      "Holger Ravn": "person",
      Paris: "place",
      "Tevita Larsen": "person",
      "Ruud Maas": "person",
    });
  });

  it("takes a role in apposition after a person's age", () => {
    const text = "Deal\n\nTomas Lindqvist, 52, the head of the unit, said the boat was late. Ann Lee, 33, a nurse, agreed. Maria Holm, 41, said nothing.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.roles])).toEqual([
      ["Tomas Lindqvist", ["head of the unit"]],
      ["Ann Lee", ["nurse"]],
      ["Maria Holm", []],
    ]);
  });

  it("reads the word after a headline's section bar as opening a clause", () => {
    expect(types("Opinion | The town hall is dying\n\nWhen I was elected mayor in 1998, our meetings drew hundreds.\n")).toEqual({});
    expect(types("Politics • The town hall is dying\n\nWhen I was elected mayor in 1998, our meetings drew hundreds.\n")).toEqual({});
  });

  it("reads what a mayor, a governor, a minister or an ambassador is of as a place, unless a body's name follows `the`", () => {
    const text = "Mayor\n\nMr. Whitfield is a former mayor of Dunmore, Pa., and the author of a book. Ann Lee, governor of the Bank of Ashland, met the governor of Kaduna.\n";
    expect(types(text)).toEqual({ Whitfield: "person", Dunmore: "place", Pennsylvania: "place", "Ann Lee": "person", "Bank of Ashland": "organization", Kaduna: "place" });
    // (so is what a minister or an ambassador is of, a country: not a portfolio, which is no name of its own)
    const envoys = "Talks\n\nThe foreign ministers of Velmar and Tarvelia met the ambassador of Corvel. The prime minister of Sarvo and the ambassadors of Kelmo came. Ana Ruiz, the Minister of Finance, agreed.\n";
    expect(types(envoys)).toEqual({ Velmar: "place", Tarvelia: "place", Corvel: "place", Sarvo: "place", Kelmo: "place", "Ana Ruiz": "person" });
  });

  it("reads a month that is a given name after a word for kin as the relative, but not one before a day", () => {
    expect(typesAndRoles("Kai Moss\n\nThen Kai Moss is survived by his wife, June, and his daughter April. His son, August 4 was his day.")).toEqual({
      "Kai Moss": ["person"],
      June: ["person", "wife"],
      April: ["person", "daughter"],
    });
  });

  it.each(["teammate", "team-mate", "colleague", "classmate"])("reads a name's %s before it as the person's role", (noun) => {
    expect(typesAndRoles(`Kai Moss\n\nThen former ${noun} Tom Hale described him as kind.`)).toEqual({ "Kai Moss": ["person"], "Tom Hale": ["person", `former ${noun}`] });
  });

  it.each(["bishop", "Bishop", "archbishop", "archdeacon", "Archdeacon", "patriarch"])("reads what the %s is of as a place, the see named for its town", (office) => {
    expect(types(`Service\n\nThen the ${office} of Orsel spoke at length.\n`)).toEqual({ Orsel: "place" });
  });

  it.each(["Dean", "Provost", "Rector", "Archdeacon"])("reads a role noun in capitals before `of` as a title, not a given name: `Ben Ode, %s of Orsel, said`", (office) => {
    const article = analyzeArticle(`Service\n\nThen Ben Ode, ${office} of Orsel, said it was "a joyful day."\n`);
    expect(article.entities.map((e) => [e.name, e.roles])).toEqual([
      ["Ben Ode", [`${office} of Orsel`]],
      ["Orsel", []],
    ]);
    expect(article.quotes.map((q) => q.speaker)).toEqual(["person:ben-ode"]);
  });

  it("reads a body before a title, a portfolio's everyday words, a titled name before `and`, and Indian honorifics", () => {
    const text =
      "Library opens\n\nLok Sabha Speaker Om Birla and Rajya Sabha Chairman Jagdeep Dhankhar attended. Union Minister for Parliamentary Affairs Kiren Rijiju said it would hold books. Shri Birla agreed. Harbour Authority Chairman Tim Bell said the port would reopen.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Lok Sabha", "organization", []],
      ["Om Birla", "person", ["Lok Sabha Speaker", "Shri"]],
      ["Rajya Sabha", "organization", []],
      ["Jagdeep Dhankhar", "person", ["Rajya Sabha Chairman"]],
      ["Kiren Rijiju", "person", ["Union Minister for Parliamentary Affairs"]],
      ["Harbour Authority", "organization", []],
      ["Tim Bell", "person", ["Harbour Authority Chairman"]],
    ]);
  });

  it("reads a county or a parish before a title as the area, past the title's own words before it", () => {
    const text = "Trial\n\nThe jury heard Assistant Montgomery County Prosecutor Dana Whitfield say he lied. Jefferson Parish President Cynthia Lee Sheng and Deputy Harbour Authority Chairman Tim Bell listened.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Montgomery County", "place", []],
      ["Dana Whitfield", "person", ["Assistant Montgomery County Prosecutor"]],
      ["Jefferson Parish", "place", []],
      ["Cynthia Lee Sheng", "person", ["Jefferson Parish President"]],
      ["Harbour Authority", "organization", []],
      ["Tim Bell", "person", ["Deputy Harbour Authority Chairman"]],
    ]);
  });

  it("reads one word no table knows before a business's office as the business, past an opening adverb, but not a town before its mayor's", () => {
    const text = "Deal\n\nOn Monday, Tarvel CEO Al Roe agreed. Then Brannock Chairman Ed Poe agreed. Kermit Mayor Ann Lee came, as did Texas Governor Tim Bell.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Tarvel", "organization", []],
      ["Al Roe", "person", ["Tarvel CEO"]],
      ["Brannock", "organization", []],
      ["Ed Poe", "person", ["Brannock Chairman"]],
      ["Ann Lee", "person", ["Kermit Mayor"]],
      ["Texas", "place", []],
      ["Tim Bell", "person", ["Texas Governor"]],
    ]);
  });

  it("keeps a portfolio's word that names a department before a title, past an acting officer's word", () => {
    const text = "Jobs\n\nActing Labor Department Secretary Julie Su spoke. Labor Secretary Tom Perez and Justice Department Inspector General Michael Horowitz agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Labor Department", "organization", []],
      ["Julie Su", "person", ["Acting Labor Department Secretary"]],
      ["Tom Perez", "person", ["Labor Secretary"]],
      ["Justice Department", "organization", []],
      ["Michael Horowitz", "person", ["Justice Department Inspector General"]],
    ]);
  });

  it("reads a name after a company's figures and `from` or `at` as a firm's, but not a place's", () => {
    const text = "Markets\n\nInvestors awaited earnings from Alphabet and Amazon. Revenue from Lyon fell. Revenue from Sarno Valley fell, but profits at Norvex rose. Earnings from Lena Moray's tour rose, as did profits at Mr Lusk's bakery. Losses at Halcom widened.\n";
    expect(summary(text).map((e) => [e.name, e.type])).toEqual([
      ["Alphabet", "organization"],
      ["Amazon", "organization"],
      ["Lyon", "place"],
      ["Sarno Valley", "place"],
      ["Norvex", "organization"],
      ["Lena Moray", "person"],
      ["Lusk", "person"],
      ["Halcom", "organization"],
    ]);
  });

  it("reads a known body's initials and a land's name as the body's branch there, which the initials alone do not name", () => {
    const text = "NHS waiting list falls\n\nThe list fell, according to NHS England. BBC Scotland reported the figures.\n";
    expect(mentionsOf(text)).toEqual([
      ["NHS", "organization", ["NHS:name"]],
      ["NHS England", "organization", ["NHS England:name"]],
      ["BBC Scotland", "organization", ["BBC Scotland:name"]],
    ]);
  });

  it("reads the world's regions as places", () => {
    expect(types("Virus\n\nOutbreaks hit Asia, Africa and the Americas.\n")).toEqual({ Asia: "place", Africa: "place", Americas: "place" });
  });

  it("reads a name in the possessive before a person's full name as the side or employer", () => {
    const text = "Race\n\nCharles Leclerc finished ahead of Mercedes' George Russell and McLaren's Oscar Piastri. Donald Trump hired Steve Bannon. Later Trump's Steve Bannon left.\n";
    expect(types(text)).toEqual({ "Charles Leclerc": "person", Mercedes: "organization", "George Russell": "person", McLaren: "organization", "Oscar Piastri": "person", "Donald Trump": "person", "Steve Bannon": "person" });
     // (a given name no list holds, before a surname no dictionary holds)
    expect(types("Race\n\nAna Ruiz finished ahead of Kelvar's Lando Norvik.\n")).toEqual({ "Ana Ruiz": "person", Kelvar: "organization", "Lando Norvik": "person" });
    expect(types("Race\n\nAna Ruiz finished ahead of Kelvar's Lando Baker.\n")).toEqual({ "Ana Ruiz": "person", Kelvar: "other", "Lando Baker": "person" });
    expect(types("Tour\n\nAna Ruiz toured Kelvar's Old Norvik district.\n")).toEqual({ "Ana Ruiz": "person", Kelvar: "other", "Old Norvik": "place" });
  });

  it("reads an everyday word in capitals before a colon, opening a line, as a label", () => {
    const text = "LIVE: Vote count in Ashby\n\nPOLL: Voters split\n\nThe council voted on Monday to close the library, NASA said. Mayor Ann Cole spoke.\n\nNASA: The mission is delayed.\n";
    expect(types(text)).toEqual({ Ashby: "place", NASA: "organization", "Ann Cole": "person" });
  });

  it("reads an everyday word in capitals before an exclamation mark as a cry, and a word no dictionary has there as a name", () => {
    const text = "Match\n\nGOAL! Ben Ode heads in from a corner. SAVE! The keeper tips it over. Fans then chanted KVLT! for hours.\n";
    expect(types(text)).toEqual({ "Ben Ode": "person", KVLT: "organization" });
  });

  it("reads a possessive opening a sentence before a person's name as a name", () => {
    const text = "Phones\n\nIt rained. Apple's Tim Crane spoke on Monday. Mother's Day is in May.\n";
    expect(types(text)).toEqual({ Apple: "organization", "Tim Crane": "person", Day: "other" });
  });

  it("reads ferry and railway operators, and makers of devices, as organizations", () => {
    const text = "Storm\n\nBrittany Ferries cancelled crossings from Plymouth, and Indian Railways cut trains. Shares of Quarrin Micro Devices and Brannock fell.\n";
    expect(types(text)).toEqual({ "Brittany Ferries": "organization", Plymouth: "place", "Indian Railways": "organization", "Quarrin Micro Devices": "organization", Brannock: "organization" });
  });

  it("reads an everyday word and a letter as no name, unless the word heads bodies", () => {
    const text = "Funding\n\nArdent Robotics raised $45 million in Series B funding. It failed, so Plan B went ahead in Group C, Jay Z said.\n";
    expect(types(text)).toEqual({ "Ardent Robotics": "organization", "Group C": "place", "Jay Z": "person" });
  });

  it("reads Fields as the head of a place's name after a preposition, and a surname before a verb", () => {
    const text = "Golf\n\nHe won at Olympia Fields last week. Sally Fields said it was fun.\n";
    expect(types(text)).toEqual({ "Olympia Fields": "place", "Sally Fields": "person" });
  });

  it("ends a stranger's two-word name before of, whatever follows", () => {
    const text = "Talks\n\nKo Wen-je of the Taiwan People's Party called for calm. Remco Vandeberg of Soudal-Quick Step was third.\n";
    expect(types(text)).toEqual({ "Ko Wen-je": "person", "Taiwan People's Party": "organization", "Remco Vandeberg": "person", "Soudal-Quick Step": "organization" });
  });

  it("reads a given name and an everyday word, set beside where they work with `, of`, as a person's", () => {
    const text = "Riot\n\nThen Mark Fell, of the Prison Officers' Association, said staff were tired. Then Sarno Blinds, of the Tarvel Group, said sales fell. Then Jade Hollow of the Tarvel Group spoke.\n";
    expect(types(text)).toEqual({ "Mark Fell": "person", "Prison Officers' Association": "organization", "Sarno Blinds": "organization", "Tarvel Group": "organization", "Jade Hollow": "person" });
  });

  it("keeps a two-word honorific whole, and ends a title phrase at a titled name with particles before and", () => {
    const text = "Talks\n\nArdani Crown Prince Khalid bin Rashid met Foreign Minister Prince Hamad bin Faris and Security Adviser Sheikh Omar bin Zaid on Monday.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Khalid bin Rashid", "person", ["Ardani Crown Prince"]],
      ["Hamad bin Faris", "person", ["Foreign Minister", "Prince"]],
      ["Omar bin Zaid", "person", ["Security Adviser", "Sheikh"]],
    ]);
  });

  it("reads a firm named by unlisted words and a portfolio's word after an office's `of` as the firm, not the office", () => {
    const text = "Solar\n\n“We are proud,” said Ana Ruiz, Chief Executive Officer of Kelmo Energy. Kelmo Energy Ltd. will build it. Tom Reyes, Secretary of Energy, agreed.\n";
    expect(mentionsOf(text)).toEqual([
      ["Ana Ruiz", "person", ["Ana Ruiz:name"]],
      ["Kelmo Energy Ltd.", "organization", ["Kelmo Energy:partial", "Kelmo Energy Ltd.:name"]],
      ["Tom Reyes", "person", ["Tom Reyes:name"]],
    ]);
  });

  it("reads a role in capitals after a comma, before where it is held, as the role of the name before it and no name", () => {
    const text = "Funding\n\n“It works,” said Marcus Feld, Managing Partner at Kestrel Ventures. Ann Cole, Analyst at Kestrel Ventures, agreed. Tom Reed played the voice of Batman in the film.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.roles])).toEqual([
      ["Marcus Feld", ["Managing Partner at Kestrel Ventures"]],
      ["Kestrel Ventures", []],
      ["Ann Cole", ["Analyst at Kestrel Ventures"]],
      ["Tom Reed", []],
      ["Batman", []],
    ]);
    // (a surname that is a role noun, after a comma, is still a name, before a verb or after a given name)
    const surnames = "Funding\n\nKaren Carpenter spoke first. In Ohio, Carpenter said it would help. The fund's head, Jenny Farmer at the bank, agreed.\n";
    expect(mentionsOf(surnames).map(([name, , mentions]) => [name, mentions])).toEqual([
      ["Karen Carpenter", ["Karen Carpenter:name", "Carpenter:partial"]],
      ["Ohio", ["Ohio:name"]],
      ["Jenny Farmer", ["Jenny Farmer:name"]],
    ]);
  });

  it("reads `Crown Princess` as one honorific, as `Crown Prince` is", () => {
    const text = "Wedding\n\nOn Monday, Crown Princess Astrid and Crown Prince Olav arrived.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Astrid", "person", ["Crown Princess"]],
      ["Olav", "person", ["Crown Prince"]],
    ]);
  });

  it("reads an Arab name by its given and father's names as a person, and joins them to the full name they start", () => {
    const text = "Talks\n\nHamad bin Rashid Al Fasi met Omar bin Zaid on Monday. Hamad bin Rashid, 62, said little. Omar bin Zaid Al Harbi left.\n";
    expect(mentionsOf(text)).toEqual([
      ["Hamad bin Rashid Al Fasi", "person", ["Hamad bin Rashid Al Fasi:name", "Hamad bin Rashid:partial"]],
      ["Omar bin Zaid Al Harbi", "person", ["Omar bin Zaid:partial", "Omar bin Zaid Al Harbi:name"]],
    ]);
  });

  it("reads cycling's grand tours as events", () => {
    const text = "Cycling\n\nShe won the Tour de Suisse in June and the Tour of Britain in September.\n";
    expect(types(text)).toEqual({ "Tour de Suisse": "event", "Tour of Britain": "event" });
  });

  it("reads a plural class noun after a list of names as each name's noun", () => {
    const text = "Schools\n\nThe district will close Hawthorne and Cedar Ridge elementary schools, and Quarrin and Orrin universities. The Kennedy brothers spoke.\n";
    expect(types(text)).toEqual({ Hawthorne: "organization", "Cedar Ridge": "organization", Quarrin: "organization", Orrin: "organization", Kennedy: "person" });
    // (a market is a place, where traders work)
    expect(types("Floods\n\nOn Monday, traders at the Varnell and Ostek markets counted losses.\n")).toEqual({ Varnell: "place", Ostek: "place" });
  });

  it("reads a country's other name that ends a longer country's name written before or after as that country", () => {
    const text = "Outbreak\n\nAn outbreak in the Democratic Republic of Congo spread. Cases rose in Congo this year. South Sudan and Sudan talked.\n";
    expect(mentionsOf(text)).toEqual([
      ["DR Congo", "place", ["Democratic Republic of Congo:alias", "Congo:alias"]],
      ["South Sudan", "place", ["South Sudan:name"]],
      ["Sudan", "place", ["Sudan:name"]],
    ]);
    expect(mentionsOf("Outbreak\n\nCases rose in Congo this year.\n")).toEqual([["DR Congo", "place", ["Congo:alias"]]]);
    expect(mentionsOf("Congo reports cases\n\nKINSHASA, Democratic Republic of Congo (AP) — Cases rose.\n")).toEqual([
      ["DR Congo", "place", ["Congo:alias", "Democratic Republic of Congo:alias"]],
      ["Kinshasa", "place", ["KINSHASA:name"]],
      ["Associated Press", "organization", ["AP:acronym"]],
    ]);
  });

  it("gives a plural title written out to each name listed after it", () => {
    const text = "Court\n\nShe was joined by Justices Elena Vask and Ketanji Orr. Senators Ann Lee and Tom Hale agreed. Judges ruled on Monday.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Elena Vask", "person", ["Justice"]],
      ["Ketanji Orr", "person", ["Justice"]],
      ["Ann Lee", "person", ["Senator"]],
      ["Tom Hale", "person", ["Senator"]],
    ]);
    // (and to each of a list set off by commas, which only an `and` closes: a comma alone may end the clause)
    const list = "Court\n\nOn Monday, Justices Ana Vask, Neil Orr, and Bo Kean dissented. Sens. Ed Vale, Al Mott said.\n";
    expect(analyzeArticle(list).entities.map((e) => [e.name, e.roles])).toEqual([
      ["Ana Vask", ["Justice"]],
      ["Neil Orr", ["Justice"]],
      ["Bo Kean", ["Justice"]],
      ["Ed Vale", ["Sen."]],
      ["Al Mott", []],
    ]);
  });

  it("gives a role before a name to that name alone, and ends an appositive at a second one", () => {
    const text =
      "Vote\n\nAnna Soto, 64, a former trade minister and a protégé of the late Ruben Marsh, beat farm minister Ivo Lenz in a runoff. Lenz, the son of former prime minister Otto Lenz, conceded.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.roles])).toEqual([
      ["Anna Soto", ["former trade minister"]],
      ["Ruben Marsh", []],
      ["Ivo Lenz", ["farm minister", "son of former prime minister Otto Lenz"]],
      ["Otto Lenz", ["former prime minister"]],
    ]);
    // (a capitalised title before a given name after a comma is the next person's in a list, not an appositive)
    const list = "Vote\n\nOn Monday, Labour leader Ed Hart, Democratic Leader Chuck Ames and Green Party Leader Ida Nash agreed.\n";
    expect(analyzeArticle(list).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Ed Hart", ["leader"]],
      ["Chuck Ames", ["Leader"]],
      ["Ida Nash", ["Green Party Leader"]],
    ]);
  });

  it("reads a name before a plural verb as a club's or a firm's, and one initial with its period before a surname as a person's", () => {
    const text =
      "Transfer news\n\nThe club said Kelby have agreed a fee. Dunmore, who finished second, are in talks over a winger. Its chairman, K. Oyelaran, said: \"We are pleased.\"\n";
    const model = analyzeArticle(text);
    expect(model.entities.map((e) => [e.name, e.type])).toEqual([
      ["Kelby", "organization"],
      ["Dunmore", "organization"],
      ["K. Oyelaran", "person"],
    ]);
    expect(model.quotes.map((q) => q.speakerName)).toEqual(["K. Oyelaran"]);
  });

  it("reads no body in a preposition's or a participle's object before a plural verb, which is an earlier subject's", () => {
    const text = "Telescope\n\nAstronomers using the Halvorsen Space Telescope have found water. Fans of the Kelby Rovers have waited. The Webb telescope saw it.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["other", "Halvorsen Space Telescope"],
      ["organization", "Kelby Rovers"],
      ["other", "Webb"],
    ]);
  });

  it("reads names joined by an ampersand as a firm's, and a name owned by a person or opened by an article as no one's", () => {
    const text = "Vote\n\nSales fell at Halden & Halden. Mayor Ana Ruiz's La Nueva Fuerza won. The mayor's El Camino Verde lost.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Halden & Halden", "organization", []],
      ["Ana Ruiz", "person", ["Mayor"]],
      ["La Nueva Fuerza", "other", []],
      ["El Camino Verde", "other", []],
    ]);
  });

  it("reads codes as no body or place, a branch as a body, and a given name before a body's word that is a surname as a person who speaks", () => {
    const text = "Crash\n\nFlight KX418 was bound for Lisbon. She sat in 14C. The Marine Accident Investigation Branch came. Leona Church said she had flown.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type])).toEqual([
      ["KX418", "other"],
      ["Lisbon", "place"],
      ["Marine Accident Investigation Branch", "organization"],
      ["Leona Church", "person"],
    ]);
  });

  it("ends a club's name before `for` and a country's role for a player", () => {
    const text = "Transfer\n\nOfficials agreed a fee with Dunmore Athletic for Portugal striker Rui Falcão.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["Dunmore Athletic", "organization", []],
      ["Portugal", "place", []],
      ["Rui Falcão", "person", ["Portugal striker"]],
    ]);
  });

  it("reads a sentence's first word that no dictionary has as a name when an appositive follows it and it speaks", () => {
    const text = "Vote\n\nTakumeito, the junior coalition partner, said it had concerns.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([["Takumeito", "organization", ["Takumeito", "it"]]]);
  });

  it("reads a Kikuyu name with its patronymic particle whole", () => {
    const text = "Obituary\n\nMũthoni wa Kĩrĩma, the Kenyan poet whose verse was read across Africa, died on Wednesday. Her death was announced by her son Kamau wa Mũthoni, who wrote that she had \"lived a full life.\"\n";
    const model = analyzeArticle(text);
    expect(model.entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Mũthoni wa Kĩrĩma", ["Kenyan poet"]],
      ["Kamau wa Mũthoni", ["son"]],
    ]);
    expect(model.quotes.map((q) => q.speakerName)).toEqual(["Kamau wa Mũthoni"]);
  });

  it("reads a legal form's letters before a surname as a person's initials", () => {
    const text = "Court\n\nA bench headed by Chief Justice S.A. Varadan ordered a halt. Shares in Kestrel N.V. fell.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.roles])).toEqual([
      ["S.A. Varadan", "person", ["Chief Justice"]],
      ["Kestrel N.V.", "organization", []],
    ]);
  });

  it("keeps a place's own head word when its name modifies a body's noun", () => {
    const text = "Budget\n\nIt restores hours at the Elm Street library branch. The Harbor Bay school closed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type])).toEqual([
      ["Elm Street", "place"],
      ["Harbor Bay", "place"],
    ]);
  });

  it("reads a name between an owner's possessive and a facility's noun as the facility, and a disease's or cause's possessive inside a body's name", () => {
    const m = analyzeArticle("Mine halted\n\nTwo workers died at Andina's El Morro mine. Ana Ruiz of the Verne's Disease Research Center and the Verne's Association said so.\n");
    expect(m.entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Andina"],
      ["place", "El Morro"],
      ["person", "Ana Ruiz"],
      ["organization", "Verne's Disease Research Center"],
      ["organization", "Verne's Association"],
    ]);
  });

  it("calls a firm by its name without `& Co.`", () => {
    const m = analyzeArticle("Drug results\n\nAmos Varga & Co. said on Monday its drug worked. Amos Varga will ask for approval.\n");
    expect(m.entities.map((e) => [e.type, e.name, e.mentions.map((x) => x.text)])).toEqual([["organization", "Amos Varga & Co.", ["Amos Varga & Co.", "its", "Amos Varga"]]]);
  });

  it("types a union's, a federation's or a party's name by its Romance head word", () => {
    const m = analyzeArticle("Strike\n\nThe Federacion de Trabajadores del Acero called a strike. The Sindicato Unido de Pescadores joined it. Ana Parti said so.\n");
    expect(m.entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Federacion de Trabajadores del Acero"],
      ["organization", "Sindicato Unido de Pescadores"],
      ["person", "Ana Parti"],
    ]);
  });

  it("joins a name to the real name the article gives after it", () => {
    const m = analyzeArticle("Singer back\n\nZola, whose real name is Ana Maria Petrescu, sang on Friday. Zola said she was happy. Rico Vance, whose full name is Federico Vance Ortiz, played.\n");
    expect(m.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["person", "Ana Maria Petrescu", ["Zola"]],
      ["person", "Rico Vance", ["Federico Vance Ortiz"]],
    ]);
    // (after the holder's age, and from a surname calling back a full name given before)
    const later = analyzeArticle("Singer back\n\nThe singer Lila Varo won on Friday. Varo, 34, whose real name is Ana Maria Petrescu, did not attend.\n");
    expect(later.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([["person", "Lila Varo", ["Varo", "Ana Maria Petrescu"]]]);
  });

  it("joins a name to the one a described person is known by or plays under", () => {
    const text =
      "Final won\n\nOn Monday, Lee Sang-hyeok, the 30-year-old mid-laner known as Fakro, won. Fakro said he was happy. Mun Hyeon-jun, who plays as Onrik, agreed. Tom Brenner, the rapper better known by his stage name Kraxo, sang.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["person", "Lee Sang-hyeok", ["Fakro"]],
      ["person", "Mun Hyeon-jun", ["Onrik"]],
      ["person", "Tom Brenner", ["Kraxo"]],
    ]);
  });

  it("joins a body's name to the name it took or had, but not to a body a person once worked for", () => {
    const text =
      "Graft case\n\nVelmora, formerly Brantix, admitted the bribes. The firm Odrevan, now called Novarra, paid fines. Meanwhile Twitter (now Xeta) lost users. Ruiz, formerly Halvex's chief, testified.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["organization", "Velmora", ["Brantix"]],
      ["organization", "Odrevan", ["Novarra"]],
      ["organization", "Twitter", ["Xeta"]],
      ["person", "Ruiz", []],
      ["organization", "Halvex", []],
    ]);
  });

  it("joins an acronym of a hyphened name, and the same acronym written in title case, to the body", () => {
    const m = analyzeArticle("NADB fines skier\n\nThe Nordic Anti-Doping Bureau fined Ana Ruiz on Monday. Nadb said she had broken its rules.\n");
    expect(m.entities.map((e) => [e.type, e.name, e.mentions.map((x) => [x.text, x.kind])])).toEqual([
      ["organization", "Nordic Anti-Doping Bureau", [["NADB", "acronym"], ["Nordic Anti-Doping Bureau", "name"], ["Nadb", "acronym"], ["its", "pronoun"]]],
      ["person", "Ana Ruiz", [["Ana Ruiz", "name"], ["she", "pronoun"]]],
    ]);
  });

  it("does not read a name of several words in the possessive after `went to` or `in` as a place", () => {
    const m = analyzeArticle("Prize\n\nThe prize went to Tamsin Kerrow's film. Talks were held in Ivo Brandt's office. She flew to Northfield.\n");
    expect(m.entities.map((e) => [e.type, e.name])).toEqual([
      ["person", "Tamsin Kerrow"],
      ["person", "Ivo Brandt"],
      ["place", "Northfield"],
    ]);
  });

  it("reads no person in a plural everyday noun that opens a sentence before `, who`", () => {
    const text = "Port strike\n\nThe strike began on Monday. Wholesalers, who have rushed to bring in goods early, urged Mayor Ines Calder to act.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["person", "Ines Calder"]]);
  });

  it("types an everyday word's name as a company where it owns shares or a chief executive, but not a person's name", () => {
    const text = "Prices rise\n\nOrchard on Tuesday unveiled a thinner phone. Costs rose in Norland, where Orchard assembles its phones. Orchard's shares fell 1.5%. Lena Marsh's shares rose. Corvanta Huasco's chief executive quit.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Orchard"],
      ["place", "Norland"],
      ["person", "Lena Marsh"],
      ["organization", "Corvanta Huasco"],
    ]);
  });

  it("types a name as a company where its officer follows it with no possessive, save a place's head word", () => {
    const text = "Launch\n\nThe Norvex rocket lifted off on Thursday. Norvex chief executive Kai Moss said it went well. The Orsel Falls trail reopened, Orsel Falls chief executive Ben Ode said.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Norvex"],
      ["person", "Kai Moss"],
      ["place", "Orsel Falls"],
      ["person", "Ben Ode"],
    ]);
  });

  it("types a name as a company where who owns, runs or lists it stands right before it", () => {
    const text = "Copper\n\nOn Monday, Nord Mining sold ore to state-owned Zorvex, family-run Calbrea and privately held Quintaro. Kremlin-run Russia agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Nord Mining"],
      ["organization", "Zorvex"],
      ["organization", "Calbrea"],
      ["organization", "Quintaro"],
      ["organization", "Kremlin"],
      ["place", "Russia"],
    ]);
  });

  it("reads a name that ends in an industry's word as a company, whatever given name opens it, and the word in lower case as the thing", () => {
    const text =
      "Takeover\n\nOn Monday, the home was taken over by Avery Healthcare, while Hannah Construction, Graham Engineering and " +
      "Carson Developments bid for the site. Energy Secretary Ann Lowe did not comment. The construction will take a year.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["organization", "Avery Healthcare", 1],
      ["organization", "Hannah Construction", 1],
      ["organization", "Graham Engineering", 1],
      ["organization", "Carson Developments", 1],
      ["person", "Ann Lowe", 1],
    ]);
  });

  it("types a name as a company where the place it is based in stands right before it, a town's name too, but not a person's", () => {
    const text =
      "Vaccines\n\nOn Monday, a probe built by Houston-based Vantor Machines tipped over, and Lyon-headquartered Quelvia sold its unit " +
      "to Texas-based Phoenix. London-based Anna Weber, a photographer, saw it.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Houston"],
      ["organization", "Vantor Machines"],
      ["place", "Lyon"],
      ["organization", "Quelvia"],
      ["place", "Texas"],
      ["organization", "Phoenix"],
      ["place", "London"],
      ["person", "Anna Weber"],
    ]);
  });

  it("types a named fire or earthquake as an event", () => {
    const text = "Fires spread\n\nThe Ridgeback Fire had burned 3,000 acres by Tuesday. The Morrow Earthquake struck in 1931.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["event", "Ridgeback Fire"], ["event", "Morrow Earthquake"]]);
  });

  it("types a newspaper named for a chronicle, a courier or an examiner as an organization", () => {
    const text = "Letter\n\nThe Harwick Chronicle reported on Sunday that the Dunmore Examiner had erred.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["organization", "Harwick Chronicle"], ["organization", "Dunmore Examiner"]]);
  });

  it("reads a street as a place after `nearby`, and before a plural verb whose subject stands earlier", () => {
    const text = "Street plan\n\nPlans to ban cars from the High Street have been approved. The council will review parking in nearby Mill Lane.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["place", "High Street"], ["place", "Mill Lane"]]);
  });

  it.each(["off", "along", "down"])("reads a street of a given name and a surname as a place after `%s`", (preposition) => {
    const text = `Street plan\n\nThen the firm wants to build 300 homes ${preposition} Mill Lane.\n`;
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["place", "Mill Lane"]]);
  });

  it("reads a given name before a field and a role noun as the body the person works at, and `Research` as a firm's head", () => {
    const text = "Sentence\n\nHe put the money into his Halvard Research hedge fund. His parents, Carlton law professors Joseph Wren and Ann Ode, sat in the second row.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["organization", "Halvard Research"], ["organization", "Carlton"], ["person", "Joseph Wren"], ["person", "Ann Ode"]]);
  });

  it("reads a people of two words in the plural as a group, and an initial before a given name and a surname as a person", () => {
    const text = "Crash\n\nMost passengers were South Koreans returning home. The party, led by K. Ravindra Pillai, won.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["group", "South Koreans"], ["person", "K. Ravindra Pillai"]]);
  });

  it("reads a continent's or a country's name before a body's acronym as that body's branch", () => {
    const text = "Outbreak\n\nThe agency said on Monday that 10 million doses were needed. Africa NHPA head Jean Kaseya said only 200,000 were available.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["organization", "Africa NHPA"], ["person", "Jean Kaseya"]]);
  });

  it("keeps a place's role before a name apart from the body named before `of`", () => {
    const text = "Coalition\n\nThe most important ally is the Lok Dal (United) of Bihar chief minister Ravi Anand.\n";
    const person = analyzeArticle(text).entities.find((e) => e.type === "person");
    expect([person?.name, person?.roles]).toEqual(["Ravi Anand", ["Bihar chief minister"]]);
  });

  it("reads a word in the possessive before a street's name as the town, not a short name of a body it opens", () => {
    const text = "Street plan\n\nPlans to ban cars from Dunmere's High Street were approved. The Dunmere Traders' Association collected 1,400 signatures.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([["place", "Dunmere", 1], ["place", "High Street", 1], ["organization", "Dunmere Traders' Association", 1]]);
  });

  it("reads a given name and a surname in the possessive before a place's head word as the owner, not a town", () => {
    const text = "Festival\n\nThe festival opened with Eva Lind's Silver Harbour on Thursday. Crowds filled Dunmere's Market Square.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["person", "Eva Lind"], ["place", "Silver Harbour"], ["place", "Dunmere"], ["place", "Market Square"]]);
  });

  it("reads a name right before a craft's noun as the craft, a known body's acronym there as its maker, and another as the craft", () => {
    const text =
      "Launch\n\nThe agency's Ceres Lantern spacecraft left on Monday. The ESA probe followed, as did the QUILT lander. " +
      "The Orbital Survey Office (OSO) said the OSO rover was fine.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["other", "Ceres Lantern", 1],
      ["organization", "ESA", 1],
      ["other", "QUILT", 1],
      ["organization", "Orbital Survey Office", 3],
    ]);
  });

  it("leaves an infinitive out of the role before a name", () => {
    const text = "Vote\n\nLawmakers voted to impeach deputy president Tomas Ferrand on Monday.\n";
    const person = analyzeArticle(text).entities.find((e) => e.type === "person");
    expect([person?.name, person?.roles]).toEqual(["Tomas Ferrand", ["deputy president"]]);
  });

  it("keeps a body headed by a plural `Courts` whole, and reads a name after `the township of` as a place", () => {
    const text = "Visit\n\nThe appeal was heard at the Royal Courts of Justice. He later toured a clinic in the township of Mdantsane.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([["organization", "Royal Courts of Justice"], ["place", "Mdantsane"]]);
  });

  it("peels a local office before a name as its role: a marshal, a coroner, a medical examiner, a clerk", () => {
    const text = "Blaze\n\nState Fire Marshal Olivia Brandt spoke first. County Coroner Jane Doe and Medical Examiner Ruth Gale followed. City Clerk Jo Kent and Field Marshal Sam Okoro left.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["person", "Olivia Brandt", ["State Fire Marshal"]],
      ["person", "Jane Doe", ["County Coroner"]],
      ["person", "Ruth Gale", ["Medical Examiner"]],
      ["person", "Jo Kent", ["City Clerk"]],
      ["person", "Sam Okoro", ["Field Marshal"]],
    ]);
  });

  it("reads everyday adjectives naming a role's field before their noun as no body, and keeps a body's name before its noun", () => {
    const text = "Auction\n\nAna Ruiz, Halvik's chairman of Impressionist and Modern art, spoke. Ivo Lusk, head of Contemporary art, agreed. Tom Reddy is professor of Classical, Medieval and Romantic music. The head of Unite members spoke. The chairman of Universal resigned. The head of Imperial sees gains. The head of Medical said no. The chairman of Central until May left.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["person", "Ana Ruiz", ["Halvik's chairman of Impressionist and Modern art"]],
      ["organization", "Halvik", []],
      ["person", "Ivo Lusk", ["head of Contemporary art"]],
      ["person", "Tom Reddy", []],
      ["organization", "Unite", []],
      ["organization", "Universal", []],
      ["organization", "Imperial", []],
      ["organization", "Medical", []],
      ["organization", "Central", []],
    ]);
  });

  it("leaves an -ing participle that opens the sentence out of the unlisted words a comma closes, not out of everyday words", () => {
    const text = "Fraud\n\nIvo Lusk was jailed. Defending Lusk, Ben Ode said he was naive. Sterling Bank, a lender, agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["person", "Ivo Lusk", ["Ivo Lusk", "Lusk"]],
      ["person", "Ben Ode", ["Ben Ode", "he"]],
      ["organization", "Sterling Bank", ["Sterling Bank"]],
    ]);
  });

  it("leaves a preposition of place that opens the sentence out of the name a comma closes or a list knows", () => {
    const text = "Vote\n\nOutside Parliament, campaigners gathered. Near Tarvel Station, police waited. Throughout Spain schools shut. Near Swindon police waited. Inside Out was a hit.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["organization", "Parliament"],
      ["place", "Tarvel Station"],
      ["place", "Spain"],
      ["place", "Swindon"],
      ["other", "Inside Out"],
    ]);
  });

  it.each([
    "fire brigade", "fire service", "fire department", "ambulance service", "health service",
    "tourism department", "health department", "education department", "transport department", "agriculture department", "immigration department", "tourism board",
  ])("reads one unknown word before a town's or a state's %s as a place", (service) => {
    expect(types(`Rescue\n\nThen divers from the Sarno ${service} helped.\n`)).toEqual({ Sarno: "place" });
  });

  it("reads one unknown word before what only a state or a town has as a place, unless someone the article names has it", () => {
    const text = "Rates\n\nThe Norvik central bank cut rates. The Velmar army crossed the border. Two men were held by Corvel police. The Tarvel foreign ministry summoned the envoy. Ana Vostrel won, and the Vostrel ministry fell. He met the Albanese ministry. The Sarno bank failed. The Sarno government said no.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Norvik"],
      ["place", "Velmar"],
      ["place", "Corvel"],
      ["place", "Tarvel"],
      ["person", "Ana Vostrel"],
      ["organization", "Sarno"],
    ]);
    // (and before a state's envoys)
    expect(types("Envoys\n\nThen they expelled an Orsel diplomat. Then they expelled two Kelmo diplomats. Then they met the Dersk envoy. Then they met the Halvik ambassador.\n")).toEqual({
      Orsel: "place",
      Kelmo: "place",
      Dersk: "place",
      Halvik: "place",
    });
  });

  it("reads one unknown word before a town's council, or opening a sentence before what only a state or a town has, as a place, and an everyday word there as none", () => {
    const text = "Roads\n\nTarvel police said the road was closed. Officials said Halvik council had approved the plan. Dersk council leader Ana Ruiz said so. The Sarno council met. Riot police fired tear gas.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Tarvel"],
      ["place", "Halvik"],
      ["place", "Dersk"],
      ["person", "Ana Ruiz"],
      ["place", "Sarno"],
    ]);
  });

  it("reads a name that ends in Racing as a team's, and the gerund alone as nothing", () => {
    const text = "Race\n\nIvo Lusk, driving for Halvik Racing, won. Racing resumed at Sarno on Monday.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["person", "Ivo Lusk"],
      ["organization", "Halvik Racing"],
      ["place", "Sarno"],
    ]);
  });

  it("reads a sentence's first unknown word before a past spelt as its base as a name, and an Oval as a ground", () => {
    const text = "Cricket\n\nSarno beat Ivo Lusk's side at the Halvik Oval. Rivals hit back.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["other", "Sarno"],
      ["person", "Ivo Lusk"],
      ["place", "Halvik Oval"],
    ]);
  });

  it("reads a given name and a place's head word after an article as no person, though it speaks", () => {
    const text = "Aid\n\nThe Ruby Hall said it would close. The Red Crescent said it sent tents. Ana Hill said she agreed.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Ruby Hall"],
      ["organization", "Red Crescent"],
      ["person", "Ana Hill"],
    ]);
  });

  it("reads unknown words after a lower-case part of a land or its neighbour as the land", () => {
    const text = "Quake\n\nThe quake struck western Velmar. Rebels in south-eastern Tarvel said no, and neighbouring Corvel sent aid. Ana Ruiz of central Halvik Homes spoke.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Velmar"],
      ["place", "Tarvel"],
      ["place", "Corvel"],
      ["person", "Ana Ruiz"],
      ["organization", "Halvik Homes"],
    ]);
    expect(summary("Rain\n\nUp to 100mm could fall in parts of mid-Pelgrin.\n").map((e) => [e.type, e.name])).toEqual([["place", "Pelgrin"]]);
    expect(summary("Match\n\nFans from nearby Halvik were turned away.\n").map((e) => [e.type, e.name])).toEqual([["place", "Halvik"]]);
    // (whatever plural verb follows the pair it closes)
    expect(summary("Truce\n\nSweden and neighbouring Orvek have agreed to pull back.\n").map((e) => [e.type, e.name])).toEqual([["place", "Sweden"], ["place", "Orvek"]]);
  });

  it.each(["1970s", "1890s", "2000s", "medieval", "wartime", "postwar", "prewar", "ancient", "colonial"])("reads an unknown word after a preposition and an age (%s) as a place", (age) => {
    expect(summary(`Film\n\nThe drama follows a family in ${age} Orsel.\n`).map((e) => [e.type, e.name])).toEqual([["place", "Orsel"]]);
  });

  it("reads unknown words after a lower-case compass word or a kind of area as the land", () => {
    const text = "Floods\n\nFloods hit north Velmar, south Tarvel, east Corvel and west Halvik, then downtown Sarno, upstate Norvex, rural Vostrel and coastal Pelgrin.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Velmar"],
      ["place", "Tarvel"],
      ["place", "Corvel"],
      ["place", "Halvik"],
      ["place", "Sarno"],
      ["place", "Norvex"],
      ["place", "Vostrel"],
      ["place", "Pelgrin"],
    ]);
  });

  it("reads a faith's rites as no names, and a Dome as a venue", () => {
    const text = "Visit\n\nThe bishop celebrated Mass at the Halvik Dome and gave Communion. Police found Ana Ruiz of Boston, Mass., and Ivo Rosary.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Halvik Dome"],
      ["person", "Ana Ruiz"],
      ["place", "Boston"],
      ["place", "Massachusetts"],
      ["person", "Ivo Rosary"],
    ]);
  });

  it("reads a name after a made product's noun and `from` as its maker, unless it is a person's", () => {
    const text = "Launch\n\nThe phone uses a chip from Corvexa and runs apps from Tarvix. She got a vaccine from Ana Ruiz. A song from Halvik won.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["organization", "Corvexa"],
      ["organization", "Tarvix"],
      ["person", "Ana Ruiz"],
      ["other", "Halvik"],
    ]);
  });

  it("reads a name no list knows that does something to `its` own as a body's, unless it is a preposition's object", () => {
    const text = "Launch\n\nThen Halvik launched its third model, and Corvexa cuts its prices. The bank of Tarvix raised its rate.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["organization", "Halvik"],
      ["organization", "Corvexa"],
      ["other", "Tarvix"],
    ]);
  });

  it("reads where one goes after words that say when or which way between the verb and `to` as a place", () => {
    const text = "Trip\n\nThe bishop will travel on Monday to Sarno and fly back to Tarvel. He lives next to Corvel. Ana Ruiz returns next month to Velmar. Pilgrims travelled overnight from Orsel.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Sarno"],
      ["place", "Tarvel"],
      ["place", "Corvel"],
      ["person", "Ana Ruiz"],
      ["place", "Velmar"],
      ["place", "Orsel"],
    ]);
  });

  it("reads a press release's wire between slashes in its dateline as the outlet, where it stands", () => {
    const text = "Deal\n\nHALVIK, Texas, Feb. 3, 2026 /PRNewswire/ -- Norvex Inc. today announced a deal.\n";
    expect(mentionsOf(text)).toEqual([
      ["Halvik", "place", ["HALVIK:name"]],
      ["Texas", "place", ["Texas:name"]],
      ["PRNewswire", "organization", ["PRNewswire:name"]],
      ["Norvex Inc.", "organization", ["Norvex Inc.:name"]],
    ]);
  });

  it("leaves a pronoun's contraction out of the name after it", () => {
    const text = "Live\n\nGood afternoon, I'm Ana Ruiz. We’ve asked Ivo Lusk.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["person", "Ana Ruiz"],
      ["person", "Ivo Lusk"],
    ]);
  });

  it("parts a people's word after an article from a given name and a family name that heads places", () => {
    expect(types("Race\n\nShe beat the Canadian Mary Walker and the American Sara Hall. The British Red Cross helped. The Danish Novo Nordisk said sales rose.\n")).toEqual({
      "Mary Walker": "person",
      "Sara Hall": "person",
      "British Red Cross": "organization",
      "Danish Novo Nordisk": "organization",
    });
  });

  it("reads a known body's name after a place's or an unknown word as the body's branch", () => {
    expect(types("Aid\n\nThe Red Cross, the Velmar Red Cross and the Tarvel Red Crescent sent aid. Ivo Cross helped.\n")).toEqual({
      "Red Cross": "organization",
      "Velmar Red Cross": "organization",
      "Tarvel Red Crescent": "organization",
      "Ivo Cross": "person",
    });
  });

  it("gives an appositive a full name follows in a list to that name, and to the name before it otherwise, as a town's state", () => {
    const text = "Show\n\nGuests included the actress Jane Corvel, the editor of Vogue Velmar, Anna Lindqvist, and Ivo Lusk. Ana Ruiz, the editor of Tarvel Post, Tom Sarno and Ivo Hart came. Hosts were Ivo Brandt, the mayor of Corvel, Ula Fenwick. Tom Lusk, the mayor of Sarno, New York, agreed.\n";
    const roles = Object.fromEntries(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles).toEqual({
      "Jane Corvel": ["actress"],
      "Anna Lindqvist": ["editor of Vogue Velmar"],
      "Ivo Lusk": [],
      "Ana Ruiz": ["editor of Tarvel Post"],
      "Tom Sarno": [],
      "Ivo Hart": [],
      "Ivo Brandt": [],
      "Ula Fenwick": ["mayor of Corvel"],
      "Tom Lusk": ["mayor of Sarno"],
    });
    expect(analyzeArticle(text).entities.find((e) => e.name === "New York")?.type).toBe("place");
  });

  it("gives an appositive to the name an item of a list set off by semicolons closes", () => {
    const text = "Obituary\n\nIvo Lusk is survived by his son, Tomas; a brother, Anders Lusk of Corvel; and eight grandchildren.\n";
    const roles = Object.fromEntries(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles).toEqual({ "Ivo Lusk": [], Tomas: ["son"], "Anders Lusk": ["brother"] });
  });

  it("leaves how long a role has been held out of it", () => {
    const text = "Obituary\n\nIvo Lusk is survived by his wife of 62 years, Greta, who lives in Corvel. Her partner of nine months, Ana Ruiz, agreed.\n";
    const roles = Object.fromEntries(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles).toEqual({ "Ivo Lusk": [], Greta: ["wife"], "Ana Ruiz": ["partner"] });
  });

  it("reads a portfolio of everyday words set off before a name as the office's, not as a person", () => {
    const text = "Talks\n\nThe Minister for Climate Change, Ana Ruiz, met the United Nations High Commissioner for Human Rights, Ivo Lusk. Minister for Climate Change Halvik agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.roles])).toEqual([
      ["person", "Ana Ruiz", ["Minister for Climate Change"]],
      ["organization", "United Nations", []],
      ["person", "Ivo Lusk", ["United Nations High Commissioner for Human Rights"]],
      ["person", "Halvik", ["Minister for Climate Change"]],
    ]);
  });

  it("reads a Spanish or Portuguese palace's and a cathedral's opening word as a place's", () => {
    const text = "Visit\n\nThe president spoke at the Palacio de Gobierno, then at the Palácio da Alvorada and the Catedral de Velmar.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["place", "Palacio de Gobierno"],
      ["place", "Palácio da Alvorada"],
      ["place", "Catedral de Velmar"],
    ]);
  });

  it("reads the names, pronouns and dates of an editor's correction, which is no part of the body", () => {
    const text =
      "Mayor skips fundraiser\n\nPublished: March 3, 2025\n\nCorrection: An earlier version of this article said Mayor Denise Okoro attended a fundraiser on Feb. 27. Her spokesman, Liam Cho, said she was in Sarno. It also misspelled the name of the firm's chief. She is Hana Wexler, not Hannah Wexler.\n\nOkoro is seeking a second term. She is Ivo Lusk's sister.\n";
    const model = analyzeArticle(text);
    expect(model.paragraphs.map((p) => p.boilerplate ?? p.role)).toEqual(["headline", "stamp", "correction", "body"]);
    expect(model.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["person", "Denise Okoro", ["Denise Okoro", "Her", "she", "Okoro", "She"]],
      ["person", "Liam Cho", ["Liam Cho"]],
      ["place", "Sarno", ["Sarno"]],
      ["person", "Hana Wexler", ["She", "Hana Wexler"]],
      ["person", "Hannah Wexler", ["Hannah Wexler"]],
      ["person", "Ivo Lusk", ["Ivo Lusk"]],
    ]);
    expect(model.dates.map((d) => [d.text, d.value])).toEqual([
      ["March 3, 2025", "2025-03-03"],
      ["Feb. 27", "2025-02-27"],
    ]);
  });

  it("leaves a negated participle that opens the sentence out of the name after it", () => {
    const text = "Upset\n\nUnseeded Ivo Lusk beat Tom Reddy. Unheralded Ana Ruiz won too.\n";
    expect(summary(text).map((e) => [e.type, e.name])).toEqual([
      ["person", "Ivo Lusk"],
      ["person", "Tom Reddy"],
      ["person", "Ana Ruiz"],
    ]);
  });

  it("reads a fire service's rank of two words as one title, so the unit's word names no body", () => {
    const text = "Blaze\n\nTarvel Fire Battalion Chief Dana Whitlock spoke first. Halvik Fire Division Chief Ivo Lusk agreed. The 5th Battalion withdrew.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["person", "Dana Whitlock", ["Tarvel Fire Battalion Chief"]],
      ["person", "Ivo Lusk", ["Halvik Fire Division Chief"]],
      ["organization", "5th Battalion", []],
    ]);
  });

  it("reads a describing word before `resident` as the person's, not a town; a town in the gazetteer stays one", () => {
    const text = "Fire\n\nLongtime resident Bea Lindqvist watched. Lifelong resident Ann Cole agreed. A Reading man was hurt.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["person", "Bea Lindqvist", ["Longtime resident"]],
      ["person", "Ann Cole", ["Lifelong resident"]],
      ["place", "Reading", []],
    ]);
  });

  it("keeps a place's name hyphenated through a link word whole, and types it a place", () => {
    const text = "Trip\n\nHe paid cash in Neuilly-sur-Seine, then drove to Southend-on-Sea. Jean-de-Dieu Mukiza stayed in Aix-en-Provence.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Neuilly-sur-Seine"],
      ["place", "Southend-on-Sea"],
      ["person", "Jean-de-Dieu Mukiza"],
      ["place", "Aix-en-Provence"],
    ]);
  });

  it("keeps a place's name whole through `au` and an elided link (`d'Or`), and one of two parts, or elided links between", () => {
    const text = "Derailment\n\nOn Monday, the train left the tracks near Saint-Germain-au-Mont-d'Or. Its crew came from Villeneuve-d'Ascq and Pont-l'Abbé-d'Arnoult.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Saint-Germain-au-Mont-d'Or"],
      ["place", "Villeneuve-d'Ascq"],
      ["place", "Pont-l'Abbé-d'Arnoult"],
    ]);
  });

  it("keeps plain words joined by `and` before a head word one name after `the`, and a known name, an acronym or a head word before `and` apart", () => {
    const text =
      "Leopards\n\nOn Monday, rangers at the Pilanesberg Game and Wildlife Reserve counted cubs. The Kremlin and Foreign Ministry said nothing. Nor did the ZNRA and Gun Owners Association, or the Zorvik Museum and Sculpture Park. Grants went to Amara Oduya and Brenmoor Council.";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Pilanesberg Game and Wildlife Reserve"],
      ["organization", "Kremlin"],
      ["organization", "Foreign Ministry"],
      ["organization", "ZNRA"],
      ["organization", "Gun Owners Association"],
      ["organization", "Zorvik Museum"],
      ["place", "Sculpture Park"],
      ["person", "Amara Oduya"],
      ["organization", "Brenmoor Council"],
    ]);
  });

  it("keeps everyday words joined by `and` one name after `the` before a body's noun, and names no dictionary lists apart", () => {
    const text = "Pub quiz\n\nThen they met in the back room of the Crown and Anchor pub, and later at the Salt and Pepper restaurant, as did the Tarvel and Velmar team.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Crown and Anchor"],
      ["organization", "Salt and Pepper"],
      ["organization", "Tarvel"],
      ["organization", "Velmar"],
    ]);
  });

  it("keeps words joined by `and` one name after a `the` inside a run a sentence's first word opens", () => {
    const text = "Strike\n\nMembers of the Transport and General Workers' Union voted. Officials of the England and Wales Cricket Board met.";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Transport and General Workers' Union"],
      ["organization", "England and Wales Cricket Board"],
    ]);
  });

  it("types compass words before `End` or `Side` as a city's quarter", () => {
    expect(types("Stage\n\nOn Monday, the play moved to the West End. Its writer grew up on the Upper East Side.")).toEqual({
      "West End": "place",
      "Upper East Side": "place",
    });
  });

  it("types a named mill, dam, castle or abbey as a place, and not a person whose surname is that word", () => {
    const text = "Fire\n\nThe blaze gutted Ashby Mill near Brenmoor Dam. Barbara Castle visited Westminster Abbey. Kim Mill said so.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Ashby Mill"],
      ["place", "Brenmoor Dam"],
      ["person", "Barbara Castle"],
      ["place", "Westminster Abbey"],
      ["person", "Kim Mill"],
    ]);
  });

  it("reads an unknown name after `the coast of`, `the outskirts of`, `the centre of` or a compass point and `of` as a place", () => {
    const text = "Storm\n\nThe ferry sank off the coast of Qarvia. Homes on the outskirts of Brenwick flooded, 20 km north of Marrowby. A bathhouse was found in the centre of Tarvel and a mosaic in the center of Halvik.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Qarvia"],
      ["place", "Brenwick"],
      ["place", "Marrowby"],
      ["place", "Tarvel"],
      ["place", "Halvik"],
    ]);
  });

  it("reads a title and a given name before a body's head word as the body, and a hyphenated given name before a particle as a person's", () => {
    const text = "Rugby\n\nHe was treated at the Princess Margaret Cancer Centre. Mayor Helen Park watched flanker Pieter-Steph du Toit.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["organization", "Princess Margaret Cancer Centre", []],
      ["person", "Helen Park", ["Mayor"]],
      ["person", "Pieter-Steph du Toit", ["flanker"]],
    ]);
  });

  it("keeps a title word before an everyday plural of doers inside a body's name", () => {
    const text = "Exams\n\nThe National Association of Head Teachers spoke. Senator Sanders agreed.\n";
    expect(summary(text).map((e) => [e.type, e.name, e.roles])).toEqual([
      ["organization", "National Association of Head Teachers", []],
      ["person", "Sanders", ["Senator"]],
    ]);
  });

  it("reads a street written with AP's abbreviations as a place, and a pharmacy as a business", () => {
    const text = "Blotter\n\nOfficers found the door of Greenleaf Pharmacy, 214 Maple St., forced open. A car was towed from Elm Ave. on Monday.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name])).toEqual([
      ["organization", "Greenleaf Pharmacy"],
      ["place", "Maple St."],
      ["place", "Elm Ave."],
    ]);
  });
});

describe("storms by their grade, and regions by their head word", () => {
  it("reads a storm's grade before its kind as part of the event's name, and a panhandle, delta or sound as a place", () => {
    expect(types("Tropical Storm Brenna hit the Kelsey Panhandle early Wednesday. Super Typhoon Marit and Winter Storm Oskar followed, and the Varna Delta and Halley Sound flooded.\n")).toEqual({
      "Tropical Storm Brenna": "event",
      "Kelsey Panhandle": "place",
      "Super Typhoon Marit": "event",
      "Winter Storm Oskar": "event",
      "Varna Delta": "place",
      "Halley Sound": "place",
    });
  });
});

describe("Dutch particles", () => {
  it("reads `'t` after `van` as a particle of the surname, with either apostrophe", () => {
    const text = "Coaches\n\nMarten Dijkhuis took over from Joost van 't Riet in June. Van 't Riet said nothing, and Pieter van ’t Hulst agreed.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["person", "Marten Dijkhuis", ["Marten Dijkhuis"]],
      ["person", "Joost van 't Riet", ["Joost van 't Riet", "Van 't Riet"]],
      ["person", "Pieter van ’t Hulst", ["Pieter van ’t Hulst"]],
    ]);
  });
});

describe("regions, shared plural nouns and regional bodies", () => {
  it("reads a compass point after a people's or a place's word as a region, the first of two names before a plural noun by that noun, and a city before a body's words as one body", () => {
    const text =
      "Heat in the Southwest\n\nThe heat reached the American Southwest and the Pacific Northwest on Monday, as Lena and Corvis counties opened shelters and Milo and Brant hospitals filled. Tacoma Public Utilities said it would help. Mae West stayed home.\n\nReporters from across south Devon were there. South Devon Fire Service said no one was hurt. Midwife Siân Prowse agreed.\n";
    expect(types(text)).toEqual({
      Southwest: "place",
      "American Southwest": "place",
      "Pacific Northwest": "place",
      Lena: "place",
      Corvis: "place",
      Milo: "organization",
      Brant: "organization",
      "Tacoma Public Utilities": "organization",
      "Mae West": "person",
      Devon: "place",
      "South Devon Fire Service": "organization",
      "Siân Prowse": "person",
    });
    expect(byName(text, "Siân Prowse")?.roles).toEqual(["Midwife"]);
  });

  it("reads a place's name of several words with a year in brackets after it as a work's title", () => {
    expect(types("Show\n\nThe centrepiece is The Drowned Coast (2015), lent by the museum at Kelmo Bay. Ana Ruiz (1950) painted Silver Harbour (1988). Visitors came from Tarvel Bay (2011 census: 4,000 people).\n")).toEqual({
      "The Drowned Coast": "other",
      "Kelmo Bay": "place",
      "Tarvel Bay": "place",
      "Ana Ruiz": "person",
      "Silver Harbour": "other",
    });
  });

  it("reads two compass points as a region, though `North` is a given name too", () => {
    expect(types("Prices\n\nPrices fell fastest in the North East and rose in the North West. Oliver North said so.\n")).toEqual({ "North East": "place", "North West": "place", "Oliver North": "person" });
  });

  it("reads an unknown word before a compass point as a ward or a seat, also on a results table's heading line, and a given name before one as someone's", () => {
    const text =
      "Count\n\nHalvik North\nAna Ruiz (Civic Alliance) 1,204\n\nDellon East\nBen Ode (Labour) 1,455\n\nTom Hale, who lost his seat in Halvik North, said he would reflect. Jack North voted.\n";
    expect(types(text)).toEqual({
      "Halvik North": "place",
      "Ana Ruiz": "person",
      "Civic Alliance": "organization",
      "Dellon East": "place",
      "Ben Ode": "person",
      Labour: "organization",
      "Tom Hale": "person",
      "Jack North": "person",
    });
  });

  it("reads one word ending in `-shire` as a county, after an officer's `of` too, but a titled one as someone's surname", () => {
    expect(types("Then the Lord Lieutenant of Kelmoshire, Sir Tom Hale, came. Mr Dalshire said he lives in Kelmoshire.")).toEqual({ Kelmoshire: "place", "Tom Hale": "person", Dalshire: "person" });
  });

  it("reads a body's head word opening a sentence before a country's name as one national body, though written in lower case elsewhere", () => {
    const text = "Delays\n\nPassengers waited as airlines scrambled to rebook, and police were called.\n\nAirlines UK, which represents carriers, said passengers should check. Police Scotland said it had made no arrests. Shops in Britain shut.\n";
    expect(types(text)).toEqual({ "Airlines UK": "organization", "Police Scotland": "organization", "United Kingdom": "place" });
  });
});

describe("two firms joined by `and`", () => {
  it("keeps a firm apart from the next one's initials and head word, and a portfolio's words together with their body", () => {
    const text = "Earnings\n\nThe firm competes with Cascade and TNK Electronics, it said. The Food and Drug Administration and the Nursing and Midwifery Council were told.\n";
    expect(types(text)).toEqual({
      Cascade: "organization",
      "TNK Electronics": "organization",
      "Food and Drug Administration": "organization",
      "Nursing and Midwifery Council": "organization",
    });
  });
});

describe("venues, and kinds counted by an ordinal", () => {
  it("reads what a match is at as a place, save where someone works, a body, and drops an everyday word after an ordinal", () => {
    const text =
      "Cricket\n\nThe visitors won the second Test at Edgefield on Friday, and Ann Holt made her 12th Test hundred. The third Test begins at The Greenway. She will be the city's first Black mayor. Tom Vale works at Hargreaves.\n";
    expect(types(text)).toEqual({ Edgefield: "place", "Ann Holt": "person", "The Greenway": "place", Black: "group", "Tom Vale": "person", Hargreaves: "organization" });
  });
});

describe("a name after `the` that opens with an everyday word", () => {
  it("is no person's, though the word is a given name, unless it modifies a noun after it", () => {
    const text = "Surgery\n\nThe operation was performed at the Royal Marsden in London. She starred in the Will Smith film. Fans call her the Mariah Carey of Lagos.\n";
    const found = types(text);
    expect(Object.keys(found)).toEqual(["Royal Marsden", "London", "Will Smith", "Mariah Carey", "Lagos"]);
    expect(found["Mariah Carey"]).toBe("person");
    expect(found["Royal Marsden"]).not.toBe("person");
    expect(found["Will Smith"]).toBe("person");
  });
});

describe("a founder's possessive before more words of a body's name", () => {
  it("keeps `the X's Y Children's Hospital` whole after `the`, where a person's possessive without it owns the body", () => {
    const text = "Visit\n\nThe King opened a wing at the Elsie's Lantern Children's Hospital for Wessex. The Elsie's Lantern Charity raised £7m. Ivo Brandt said Brandt's Harbour Fund would help.\n";
    expect(types(text)).toEqual({
      "Elsie's Lantern Children's Hospital for Wessex": "organization",
      "Elsie's Lantern Charity": "organization",
      "Ivo Brandt": "person",
      "Harbour Fund": "organization",
    });
  });
});

describe("places the gazetteer names with `and`", () => {
  it("reads a region or a country named with `and` as one place, at a sentence's start and in the possessive too", () => {
    const text = "Vote\n\nIn Jammu and Kashmir, the alliance won. Turnout in Jammu and Kashmir's first election rose, as it did in Bosnia and Herzegovina, Iraq and Syria.\n";
    expect(types(text)).toEqual({ "Jammu and Kashmir": "place", "Bosnia and Herzegovina": "place", Iraq: "place", Syria: "place" });
  });
});

describe("a think tank named after its noun", () => {
  it("reads a name after `think tank`, written in two words, as a body's", () => {
    expect(types("Talks\n\nAda Oyelaran, director of the Lagos-based think tank Green Shift Africa, spoke. The think tank Quellin agreed.\n")).toEqual({
      "Ada Oyelaran": "person",
      Lagos: "place",
      "Green Shift Africa": "organization",
      Quellin: "organization",
    });
  });
});

describe("units, courts and streets numbered by a figure ordinal", () => {
  it("keeps the ordinal in the name and types the unit by its head word, or as a body", () => {
    const text =
      "Ruling\n\nThe 4th U.S. Circuit Court of Appeals ruled, and the 7th Circuit disagreed. The 82nd Airborne Division and the 6th Fleet moved. Officers of the 19th Precinct met on 42nd Street. The 2nd Amendment was cited, as was a second Amendment.\n";
    expect(types(text)).toEqual({
      "4th U.S. Circuit Court of Appeals": "organization",
      "7th Circuit": "organization",
      "82nd Airborne Division": "organization",
      "6th Fleet": "organization",
      "19th Precinct": "organization",
      "42nd Street": "place",
      "2nd Amendment": "other",
    });
  });
});

describe("farms, ranches and mines named for their owners or their land", () => {
  it("reads a name that ends in `Farm`, `Ranch`, `Vineyard`, `Mine`, `Colliery`, `Moor` or `Isle` as a place", () => {
    const text = "Show\n\nThe fair returns to Brantley Farm this June, near the Oakhurst Ranch, the Calder Vineyard, the Tallis Mine and Bexworth Moor.\n";
    expect(types(text)).toEqual({
      "Brantley Farm": "place",
      "Oakhurst Ranch": "place",
      "Calder Vineyard": "place",
      "Tallis Mine": "place",
      "Bexworth Moor": "place",
    });
    expect(types("Band\n\nA brass band from Halvik Colliery played as she crossed the line.\n")).toEqual({ "Halvik Colliery": "place" });
    expect(types("Ferries\n\nThe operator has cancelled Saturday's crossings to Pelgrin Isle.\n")).toEqual({ "Pelgrin Isle": "place" });
  });
});

describe("a name ending in -ing that is no verb", () => {
  it("keeps a town whose stem before -ing has no vowel, and drops a capitalised gerund", () => {
    const text = "Vote\n\nPlans for homes near Tring were rejected. Keeping Tring separate matters, and Fracking was not discussed.\n";
    expect(types(text)).toEqual({ Tring: "place" });
  });
});

describe("ships named after their prefix letters", () => {
  it("reads the prefix and every word after it as one ship's name, whatever a title or a city in it names otherwise", () => {
    const text = "Drill\n\nHMCS Ottawa sailed with HMS Queen Elizabeth and HMS Prince of Wales, while the USS Gerald R. Ford stayed in port. The MV Dali was repaired.\n";
    expect(types(text)).toEqual({
      "HMCS Ottawa": "other",
      "HMS Queen Elizabeth": "other",
      "HMS Prince of Wales": "other",
      "USS Gerald R. Ford": "other",
      "MV Dali": "other",
    });
  });
});

describe("mining firms and inspectorates", () => {
  it("reads a name ending in `Mines`, `Mining` `Inspectorate` or `Chancellery` as a body's, and its first word alone as the firm", () => {
    const text = "Collapse\n\nThe mine is run by Kalundu Copper Mines. Kalundu said rescuers were working. Veld Mining and the Planning Inspectorate declined to comment, as did the Federal Chancellery.\n";
    expect(types(text)).toEqual({
      "Kalundu Copper Mines": "organization",
      "Veld Mining": "organization",
      "Planning Inspectorate": "organization",
      "Federal Chancellery": "organization",
    });
  });
});

describe("a doer's noun opening a sentence before a body's name", () => {
  it("drops `Developer` or `Retailer` before a word no dictionary lists, which it types, and keeps an everyday word or a demonym that opens the name", () => {
    const text = "Plans\n\nDeveloper Greenvale Living had said the estate would include homes. Retailer Pellworth Stores agreed. Teacher Training Agency staff met. Italian Episcopal Conference members met.\n";
    expect(types(text)).toEqual({
      "Greenvale Living": "organization",
      "Pellworth Stores": "organization",
      "Teacher Training Agency": "organization",
      "Italian Episcopal Conference": "organization",
    });
  });
});

describe("houses of worship named for saints", () => {
  it("keeps the saint's abbreviation in the name and reads a basilica, chapel, shrine or mosque as a place", () => {
    const text = "Visit\n\nPilgrims prayed in St. Peter's Basilica on Sunday. Others went to St. Mark's Chapel and the Al-Aqsa Mosque. Volunteers from St. John's Ambulance helped.\n";
    expect(types(text)).toEqual({
      "St. Peter's Basilica": "place",
      "St. Mark's Chapel": "place",
      "Al-Aqsa Mosque": "place",
      // (a first-aid charity: the city's name it holds makes it a body's)
      "St. John's Ambulance": "organization",
    });
  });
});

describe("a participle glued to a name's last word", () => {
  it("splits `-led`, `-based` and `-flagged` off a name whose last word is an everyday word, and keeps a compound that opens a name", () => {
    const text = "Strike\n\nThe United States-led coalition struck. A United Kingdom-based charity helped. The Marshall Islands-flagged Sounion was hit. The Hand-made Goods Company said.\n";
    expect(types(text)).toEqual({
      "United States": "place",
      "United Kingdom": "place",
      "Marshall Islands": "place",
      Sounion: "other",
      "Hand-made Goods Company": "organization",
    });
  });
});

describe("an office-holder's possessive inside a body's name", () => {
  it("keeps `Commissioner's Office`, `Attorney General's Office` and `Mayor's Office of Housing` whole, and ends a name at anyone else's possessive", () => {
    const text = "Breach\n\nThe Information Commissioner's Office said it was assessing the incident. The Attorney General's Office declined. The Mayor's Office of Housing said. Halvorsen's Office said nothing.\n";
    expect(types(text)).toEqual({
      "Information Commissioner's Office": "organization",
      "Attorney General's Office": "organization",
      "Mayor's Office of Housing": "organization",
      Office: "organization",
    });
  });

  it("keeps a coroner's court and service whole", () => {
    const text = "Inquest\n\nAn inquest at Sarno Coroner's Court heard evidence. The Coroner's Service said it would review the case.\n";
    expect(types(text)).toEqual({ "Sarno Coroner's Court": "organization", "Coroner's Service": "organization" });
  });
});

describe("a venue, then `for` and an event", () => {
  it("ends a place named by its head word or a compass point at `for`, reads a Grand Prix as an event, and keeps a body named for its subject whole", () => {
    const text = "Race\n\nFans met at Wembley Stadium for the FA Cup Final. Max Verstappen won the Japanese Grand Prix. The Institute for the Study of War said so.\n";
    expect(types(text)).toEqual({
      "Wembley Stadium": "place",
      "FA Cup Final": "event",
      "Max Verstappen": "person",
      "Japanese Grand Prix": "event",
      "Institute for the Study of War": "organization",
    });
    // (as a seat's name that a compass point ends)
    expect(types("Count\n\nThen Ana Ruiz held Sarno West for the Velmar Party.\n")).toEqual({ "Ana Ruiz": "person", "Sarno West": "place", "Velmar Party": "organization" });
  });
});

describe("more bodies' head words", () => {
  it("reads a name ending in `Tankers`, `Hotels`, `Breweries` or `Curia` as a body's", () => {
    const text = "Shipping\n\nThe ship's manager, Athens-based Delta Tankers, declined to comment. Marlow Hotels and Kestrel Breweries agreed. Reform of the Roman Curia was discussed.\n";
    expect(types(text)).toEqual({
      Athens: "place",
      "Delta Tankers": "organization",
      "Marlow Hotels": "organization",
      "Kestrel Breweries": "organization",
      "Roman Curia": "organization",
    });
  });
});

describe("a dateline's town before a body's noun", () => {
  it("reads `Ghent museum` as the dateline's town, and a name before `museum` alone as the museum's", () => {
    const text = "Thieves raid Ghent museum\n\nGHENT, Belgium (Reuters) - Thieves broke into a gallery early on Tuesday, police said. The Halvorsen museum was spared.\n";
    expect(types(text)).toEqual({ Ghent: "place", Belgium: "place", Reuters: "organization", Halvorsen: "organization" });
  });

  it("reads a word before a body's noun as the town a later `in` places", () => {
    const text = "Halvik primary school rated inadequate\n\nA primary school in Halvik was placed in special measures.\n";
    expect(types(text)).toEqual({ Halvik: "place" });
  });
});

describe("a month's name before a surname's particles", () => {
  it("reads `Jan van Eyck` after `of` as a person, and keeps `In May de Gaulle` a date", () => {
    const text = "Art\n\nThe portrait came from the workshop of Jan van Eyck, police said. In May de Gaulle spoke.\n";
    expect(types(text)).toEqual({ "Jan van Eyck": "person", "de Gaulle": "other" });
  });
});

describe("bodies named by a foreign first word", () => {
  it("reads `Deutsche Bahn`, `Société Générale` and `Crédit Agricole` as organizations", () => {
    const text = "Strike\n\nDeutsche Bahn said trains were cancelled. Société Générale and Crédit Agricole said shares fell.\n";
    expect(types(text)).toEqual({ "Deutsche Bahn": "organization", "Société Générale": "organization", "Crédit Agricole": "organization" });
  });
});

describe("a clause after a name and a comma", () => {
  it("gives no role when a past verb and its object follow a name inside it, and keeps a role with a participle", () => {
    const text = "Race\n\nRidden by Cristian Demuro, the son of Cracksman finished three lengths clear of Westover. Ana Ruiz, a lawyer for Acme based in Paris, said it.\n";
    const roles = Object.fromEntries(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles).toEqual({ "Cristian Demuro": [], "Ana Ruiz": ["lawyer for Acme based in Paris"] });
  });
});

describe("known names paired by a hyphen", () => {
  it("reads a route's ends and a conflict's sides as names of their own, and keeps a place the whole names", () => {
    const text = "Routes\n\nTrains ran on the Hamburg-Frankfurt route during the Israel-Hamas war. Guinea-Bissau and Jean-Claude Rouget were fine.\n";
    expect(types(text)).toEqual({ Hamburg: "place", Frankfurt: "place", Israel: "place", Hamas: "organization", "Guinea-Bissau": "place", "Jean-Claude Rouget": "person" });
  });
});

describe("a list set after its plural noun by a dash or a colon", () => {
  it("types each name of the list by the noun, its first word after the dash included", () => {
    const text = "Vote\n\nOnly four cantons — Schwyz, Glarus, Appenzell Innerrhoden and Uri — voted in favour. He toured three cities: Lyon, Avignon and Lille. The winners — Tom Harl and Ann Pike — spoke.\n";
    expect(types(text)).toEqual({
      Schwyz: "place",
      Glarus: "place",
      "Appenzell Innerrhoden": "place",
      Uri: "place",
      Lyon: "place",
      Avignon: "place",
      Lille: "place",
      "Tom Harl": "person",
      "Ann Pike": "person",
    });
  });
});

describe("places news names in English", () => {
  it("knows a city by its English name and a region no big city counts", () => {
    const text = "Floods\n\nFlights from Dunkirk to Galway resumed. The painting went from Ghent to Seville. Farmers in Normandy and Sicily protested.\n";
    expect(types(text)).toEqual({ Dunkirk: "place", Galway: "place", Ghent: "place", Seville: "place", Normandy: "place", Sicily: "place" });
  });
});

describe("a continent's adjective", () => {
  it("is a people's word like a nation's, not the short name of a body it opens", () => {
    const text = "Farm protest\n\nFarmers marched outside the European Council building. They said European producers and African farmers were angry. Europeans agreed.\n";
    expect(types(text)).toEqual({ "European Council": "organization", Europeans: "group" });
  });

  it("and so is a city's that an empire took, while a name it opens stays a name", () => {
    const text = "Villa found\n\nExperts found a Roman villa in Rutland, a post-Roman find. Roman Abramovich visited. The Romans built it.\n";
    expect(types(text)).toEqual({ Rutland: "place", "Roman Abramovich": "person", Romans: "group" });
  });
});

describe("a public body named by its field and its land", () => {
  it("is a body wherever it stands, and a given name before a land stays a person's", () => {
    const text = "Election\n\nThe party won 80 seats, according to Elections Ontario results. Statistics Canada said prices rose. Transport Canada agreed. Sport England said so. Jordan Canada, 41, said he voted.\n";
    expect(types(text)).toEqual({
      "Elections Ontario": "organization",
      "Statistics Canada": "organization",
      "Transport Canada": "organization",
      "Sport England": "organization",
      "Jordan Canada": "person",
    });
  });

  it("takes a plural in -ies for its field and a country's short form for its land", () => {
    expect(types("Rankings\n\nUniversities UK, which represents vice-chancellors, said so. Charities Scotland agreed.\n")).toEqual({
      "Universities UK": "organization",
      "Charities Scotland": "organization",
    });
  });
});

describe("blocs, cartels, lobbies and road junctions", () => {
  it("types a name by such a noun after it, and a known place keeps its type", () => {
    const text = "Trade\n\nMinisters discussed the Mercosur bloc and the Zentavo cartel. The Copa-Cogeca farm lobby spoke. Police met at the Schuman roundabout. The Israel lobby spoke.\n";
    expect(types(text)).toEqual({ Mercosur: "organization", Zentavo: "organization", "Copa-Cogeca": "organization", Schuman: "place", Israel: "place" });
  });
});

describe("a people's adjective before an everyday word", () => {
  it("names no person, but a given name that is also a people's noun still opens one", () => {
    const text = "Bills\n\nOn Monday, the reservoir, run by Welsh Water, was shut, and a plant run by Scottish Power closed. The castle, run by Dane Cook, reopened.\n";
    expect(types(text)).toEqual({ "Welsh Water": "other", "Scottish Power": "organization", "Dane Cook": "person" });
    // (and a people's noun that counts it makes it a body, where it makes a person of someone's name: `investors including`)
    expect(types("Bills\n\nInvestors including Scottish Enterprise and Ana Ruiz took part.\n")).toEqual({ "Scottish Enterprise": "organization", "Ana Ruiz": "person" });
  });
});

describe("a body named for a cause after a people's noun", () => {
  it("stays a body, where a person's name after the same noun is a person", () => {
    expect(types("Title\n\nThen critics including the Campaign for Better Transport and Ana Ruiz said fares were too high.\n")).toEqual({
      "Campaign for Better Transport": "organization",
      "Ana Ruiz": "person",
    });
  });
});

describe("highways, motorways and canals named before their noun", () => {
  it("are places, however many words the name has", () => {
    const text = "Landslide\n\nOn Monday, a stretch of the Carretera Austral highway was closed, traffic backed up on the Veldmoor motorway and barges queued on the Corvella canal.\n";
    expect(types(text)).toEqual({ "Carretera Austral": "place", Veldmoor: "place", Corvella: "place" });
  });
});

describe("a title won or a fate survived, before a name", () => {
  it("is the person's role, and a town of two letters opening a name is the name's", () => {
    const text = "Chess\n\nFormer world champion Magnus Carlsen praised the game. Nobel laureate Maria Ressa spoke. The boat sank, survivor Wa Ode Nurhayati, 34, said.\n";
    expect(summary(text)).toEqual([
      { name: "Magnus Carlsen", type: "person", roles: ["Former world champion"], aliases: [] },
      { name: "Maria Ressa", type: "person", roles: ["Nobel laureate"], aliases: [] },
      { name: "Wa Ode Nurhayati", type: "person", roles: ["survivor"], aliases: [] },
    ]);
  });
});

describe("a body's first word clipped", () => {
  it("is the body's short name, when one body's first word it clips", () => {
    const text = "Fed holds rates\n\nThe Federal Reserve left its rate unchanged. The Fed kept it at 4.3%. Officers of the Metropolitan Police and the Metro Transit Authority met. A Met spokesman declined to comment.\n";
    expect(summary(text)).toEqual([
      { name: "Federal Reserve", type: "organization", roles: [], aliases: ["Fed"] },
      { name: "Metropolitan Police", type: "organization", roles: [], aliases: ["Met"] },
      { name: "Metro Transit Authority", type: "organization", roles: [], aliases: [] },
    ]);
  });
});

describe("an era's mark beside a year", () => {
  it("names nothing", () => {
    const text = "Villa found\n\nThe villa stood between the 3rd and 4th centuries AD, experts said. It was built in 55 BC or in the 2nd century BCE, buried in AD 79 and abandoned in AD 410.\n";
    expect(types(text)).toEqual({});
    // (dotted too, where `B.C.` after no year is British Columbia's)
    expect(types("Villa found\n\nOn Monday, experts said the villa was built in 753 B.C. and burnt in A.D. 79.\n")).toEqual({});
  });
});

describe("a ministry's list of portfolios", () => {
  it("holds a head word that is an everyday noun (Media, Government)", () => {
    const text = "Villa\n\nThe Department for Digital, Culture, Media and Sport listed it. So did the Ministry of Housing, Communities and Local Government.\n";
    expect(types(text)).toEqual({ "Department for Digital, Culture, Media and Sport": "organization", "Ministry of Housing, Communities and Local Government": "organization" });
  });
});

describe("a name written with `and` that an ampersand initialism spells", () => {
  it("is one body, the initialism its short name", () => {
    const text = "Outage\n\nPacific Gas and Electric cut power. PG&E said lines were down. Shares of Procter and Gamble rose after P&G raised its forecast. Johnson and Johnson said J&J would appeal. Traders in Paris and London booked a P&L gain.\n";
    expect(summary(text)).toEqual([
      { name: "Pacific Gas and Electric", type: "organization", roles: [], aliases: ["PG&E"] },
      { name: "Procter and Gamble", type: "organization", roles: [], aliases: ["P&G"] },
      { name: "Johnson and Johnson", type: "organization", roles: [], aliases: ["J&J"] },
      { name: "Paris", type: "place", roles: [], aliases: [] },
      { name: "London", type: "place", roles: [], aliases: [] },
    ]);
  });

  it("leaves two firms whose words spell more than the initialism two names", () => {
    const text = "Chips slide\n\nThe S&P 500 lost 1.1%. Rivals Corvel Semiconductor and Pelgrin Systems fell 6%.\n";
    expect(types(text)).toEqual({ "S&P 500": "other", "Corvel Semiconductor": "organization", "Pelgrin Systems": "organization" });
  });
});

describe("a name, `and` and the word for a founder's partners", () => {
  it.each(["Partners", "Sons", "Associates", "Co."])("is one firm's name: `Lusk and %s`", (partners) => {
    const text = `House sold\n\nThen estate agent Ivo Lusk, of Lusk and ${partners} in Orsel, said the house sold.\n`;
    expect(types(text)).toEqual({ "Ivo Lusk": "person", [`Lusk and ${partners}`]: "organization", Orsel: "place" });
  });

  it("leaves `Co` before a county's name to the county", () => {
    expect(types("Floods\n\nThen roads in Dublin and Co Wicklow closed.\n")).toEqual({ Dublin: "place", "Co Wicklow": "place" });
  });
});

describe("a name after an article that speaks", () => {
  it("is a body's, though its last word is a surname", () => {
    const text = "Shelters\n\nThe American Red Cross said 900 people slept in shelters. Ivo Cross said he stayed home.\n";
    expect(types(text)).toEqual({ "American Red Cross": "organization", "Ivo Cross": "person" });
  });
});

describe("a name before a programme's noun", () => {
  it("is the programme's, unless its runner speaks for it later", () => {
    const text = "Plans\n\nNASA plans a landing under its Artemis program. Students joined the Erasmus scheme. The Quillo project was late, and Quillo said it would cut jobs.\n";
    expect(types(text)).toEqual({ NASA: "organization", Artemis: "other", Erasmus: "other", Quillo: "organization" });
  });
});

describe("a name after a verb of leaving and before `for`", () => {
  it("ends there when a name that is no cause's words follows the `for`", () => {
    const text = "Moves\n\nJon Rahm left the PGA Tour for LIV Golf. Ivo Lusk quit Quillon for OpenAI. Ada Vole left the Campaign for Nuclear Disarmament. Ned Fane quit Alternative for Germany.\n";
    expect(types(text)).toEqual({
      "Jon Rahm": "person",
      "PGA Tour": "other",
      "LIV Golf": "other",
      "Ivo Lusk": "person",
      Quillon: "other",
      OpenAI: "other",
      "Ada Vole": "person",
      "Campaign for Nuclear Disarmament": "organization",
      "Ned Fane": "person",
      "Alternative for Germany": "organization",
    });
  });

  it("reads `without` inside a name in the languages of Europe's bodies as a cause's word, no person's", () => {
    expect(types("Aid\n\nOn Monday, Médecins Sans Frontières said the pair were safe. Médicos Sin Fronteras, Medici Senza Frontiere and Ärzte Ohne Grenzen agreed.\n")).toEqual({
      "Médecins Sans Frontières": "organization",
      "Médicos Sin Fronteras": "organization",
      "Medici Senza Frontiere": "organization",
      "Ärzte Ohne Grenzen": "organization",
    });
  });
});

describe("a sentence's first two everyday words in a list", () => {
  it("are a name when a person's name is listed after them, not before other words", () => {
    const text = "Cut\n\nTiger Woods, Rory McIlroy and Jon Rahm missed the cut. Golden Retrievers, Labradors and Poodles won. Chief Executive, Ivo Lusk said.\n";
    expect(types(text)).toEqual({
      "Tiger Woods": "person",
      "Rory McIlroy": "person",
      "Jon Rahm": "person",
      Labradors: "other",
      Poodles: "other",
      "Ivo Lusk": "person",
    });
  });
});

describe("epithets, state collections and fortresses", () => {
  it("keeps a given name's epithet after `the` with it, but not a title or a longer name", () => {
    const text = "Rulers\n\nThe palace was built by Catherine the Great in 1770. Ivan the Terrible was feared. Later Catherine moved. She told Chris the Pope was ill.\n";
    expect(mentionsOf(text)).toEqual([
      ["Catherine the Great", "person", ["Catherine the Great:name", "Catherine:partial", "She:pronoun"]],
      ["Ivan the Terrible", "person", ["Ivan the Terrible:name"]],
      ["Chris", "person", ["Chris:name"]],
    ]);
  });

  it("reads a body named for its collections or archives, a people's plural, and a place after `the fortress of`", () => {
    const text = "Loans\n\nThe Dresden State Art Collections lent works to the National Archives. The Danes kept them in the fortress of Koenigstein. The Orvek Collection sent back a throne.\n";
    expect(types(text)).toEqual({
      "Dresden State Art Collections": "organization",
      "National Archives": "organization",
      "Orvek Collection": "organization",
      Danes: "group",
      Koenigstein: "place",
    });
  });
});

describe("a surname that is also a city", () => {
  it("joins a possessive after `of` to the person whose surname it is, and a place after `in` to the place", () => {
    const text = "Trial\n\nThe court sentenced Alejandro Toledo. It will rule on the length of Toledo's detention. He was born in Toledo.\n";
    expect(mentionsOf(text)).toEqual([
      ["Alejandro Toledo", "person", ["Alejandro Toledo:name", "Toledo:partial", "He:pronoun"]],
      ["Toledo", "place", ["Toledo:name"]],
    ]);
  });
});

describe("an event's first word after `the`", () => {
  it("is the one event named before that it opens, and no event when two are", () => {
    const text = "Race\n\nRiders reached the Tour de France on Sunday. Marianne Vos won the Tour in 2020. She rode the Tour of Flanders in April. The Tour ends in Nice.\n";
    expect(mentionsOf(text)).toEqual([
      ["Tour de France", "event", ["Tour de France:name", "Tour:partial"]],
      ["Marianne Vos", "person", ["Marianne Vos:name", "She:pronoun"]],
      ["Tour of Flanders", "event", ["Tour of Flanders:name"]],
      ["Tour", "other", ["Tour:name"]],
      ["Nice", "place", ["Nice:name"]],
    ]);
  });

  it("is the event after `the` and a year, its edition, unless the word names a body", () => {
    const text = "Race\n\nOn Monday, Marianne Vos rode the Tour de France. She won the 2022 Tour too. The FIFA World Cup drew fans, and the 2030 FIFA football World Cup will be larger.\n";
    expect(mentionsOf(text)).toEqual([
      ["Marianne Vos", "person", ["Marianne Vos:name", "She:pronoun"]],
      ["Tour de France", "event", ["Tour de France:name", "Tour:partial"]],
      ["FIFA World Cup", "event", ["FIFA World Cup:name", "World Cup:partial"]],
      ["FIFA", "organization", ["FIFA:name"]],
    ]);
  });
});

describe("an event's first word alone", () => {
  it("is the event where only a guess made it a body, and stays a town where one is", () => {
    const text = "Festival\n\nThe Greenmoor Festival opened on Friday. On the first night of Greenmoor, rain fell. Greenmoor continues until Sunday. The Velmar Marathon started in Velmar, and runners in Velmar cheered.\n";
    expect(mentionsOf(text)).toEqual([
      ["Greenmoor Festival", "event", ["Greenmoor Festival:name", "Greenmoor:partial", "Greenmoor:partial"]],
      ["Velmar Marathon", "event", ["Velmar Marathon:name"]],
      ["Velmar", "place", ["Velmar:name", "Velmar:name"]],
    ]);
  });
});

describe("mountain ranges", () => {
  it("are places, named in the plural", () => {
    const text = "Race\n\nThe riders crossed the Pyrenees on Sunday and reach the Alps on Tuesday.\n";
    expect(types(text)).toEqual({ Pyrenees: "place", Alps: "place" });
  });

  it("and great rivers and peaks are places, where a body named for one is a body", () => {
    const text = "Floods\n\nOn Monday the Danube rose to a record, the Elbe burst its banks and snow fell on Etna. Thames Water said supply was safe.\n";
    expect(types(text)).toEqual({ Danube: "place", Elbe: "place", Etna: "place", "Thames Water": "organization" });
  });
});

describe("a body's short names", () => {
  it("clips the word after the country a body's name opens with", () => {
    const text = "Banks\n\nThe U.S. Federal Reserve held rates. Markets expect the Fed to cut in June.\n";
    expect(mentionsOf(text)).toEqual([["U.S. Federal Reserve", "organization", ["U.S. Federal Reserve:name", "Fed:partial"]]]);
  });

  it("spells an acronym with the legal form's initial", () => {
    const text = "Chips\n\nTaiwan Semiconductor Manufacturing Co. said output was normal. TSMC shares rose.\n";
    expect(mentionsOf(text)).toEqual([["Taiwan Semiconductor Manufacturing Co.", "organization", ["Taiwan Semiconductor Manufacturing Co.:name", "TSMC:acronym"]]]);
  });

  it("heads a body with `Survey`", () => {
    expect(types("Quake\n\nThe U.S. Geological Survey put its magnitude at 7.4.\n")).toEqual({ "U.S. Geological Survey": "organization" });
  });
});

describe("a body named with `of` before a title", () => {
  it("is the body's and the role's, a sentence's opening word left out", () => {
    const text =
      "Rates\n\nBut Bank of France governor Francois Villeroy de Galhau said a cut was near. Also Prime Minister Keir Starmer spoke. He met Central Bank of Nigeria Governor Olayemi Cardoso and European Commission spokesman Eric Mamer.\n";
    expect(summary(text)).toEqual([
      { name: "Bank of France", type: "organization", roles: [], aliases: [] },
      { name: "Francois Villeroy de Galhau", type: "person", roles: ["Bank of France governor"], aliases: [] },
      { name: "Keir Starmer", type: "person", roles: ["Prime Minister"], aliases: [] },
      { name: "Central Bank of Nigeria", type: "organization", roles: [], aliases: [] },
      { name: "Olayemi Cardoso", type: "person", roles: ["Central Bank of Nigeria Governor"], aliases: [] },
      { name: "European Commission", type: "organization", roles: [], aliases: [] },
      { name: "Eric Mamer", type: "person", roles: ["European Commission spokesman"], aliases: [] },
    ]);
  });
});

describe("an armed group's name before its members", () => {
  it("is an organization, whose words a person's would otherwise be", () => {
    const text = "Attack\n\nIn 2014, Boko Haram extremists seized 276 schoolgirls. On Monday, Al-Shabaab militants attacked a base. Kurdish fighters advanced.\n";
    expect(types(text)).toEqual({ "Boko Haram": "organization", "Al-Shabaab": "organization", Kurdish: "group" });
  });
});

describe("an unknown name before a firm's people or its moving stock", () => {
  it("is an organization, where a person's surname before the verb `shares` stays out", () => {
    const text = "Chips\n\nOn Monday, Qualcomm executives met. Last week Halvex employees walked out. In May, Vantiq shareholders agreed. On Friday, Brivolt shares rose and Gorlan stock closed higher. On Tuesday, Kelvaro shares her view.\n";
    expect(types(text)).toEqual({ Qualcomm: "organization", Halvex: "organization", Vantiq: "organization", Brivolt: "organization", Gorlan: "organization", Kelvaro: "other" });
  });

  it("is a place before `international`, a player capped by it, save where `international` qualifies a noun", () => {
    const text = "Signing\n\nThe 24-year-old Tarvel international, who scored 19 goals, signed. City also signed Kelmo international Ben Ode. The Orsel international who joined last year left. The Velmar international trade fair opened. The Dersk international has agreed terms, and the Tellan international scored.\n";
    expect(types(text)).toEqual({ Tarvel: "place", Kelmo: "place", "Ben Ode": "person", Orsel: "place", Velmar: "other", Dersk: "place", Tellan: "place" });
  });

  it("is an organization before a deal that buys or joins it", () => {
    const text = "Deals\n\nNorvex said it expects to close the Kelvar acquisition in March, after the Orsel takeover, the Dersk buyout and the Halvik merger.\n";
    expect(types(text)).toEqual({ Norvex: "organization", Kelvar: "organization", Orsel: "organization", Dersk: "organization", Halvik: "organization" });
  });
});

describe("a name before `in` and an area of a country", () => {
  it("is a place within the area, a person's name staying a person's", () => {
    const text = "Attack\n\nThe girls were taken from Chibok in Borno state. Gunmen attacked Kuriga in Kaduna State. Ann Lowe in Kent County spoke.\n";
    expect(types(text)).toEqual({ Chibok: "place", Borno: "place", Kuriga: "place", Kaduna: "place", "Ann Lowe": "person", "Kent County": "place" });
  });
});

describe("a company's first word in the headline", () => {
  it("is the company the story names in full, though the gazetteer has a region so called", () => {
    const text = "Meta to cut 3,600 jobs\n\nMeta Platforms will cut about 5% of its staff.\n";
    expect(mentionsOf(text)).toEqual([["Meta Platforms", "organization", ["Meta:partial", "Meta Platforms:name", "its:pronoun"]]]);
  });

  it("is a company after `Shares of`", () => {
    expect(types("Markets\n\nShares of Meta rose 1.2%.\n")).toEqual({ Meta: "organization" });
  });
});

describe("`Prime` before a name", () => {
  it("is no title without `Minister`", () => {
    const text = "Cuts\n\nAmazon said it would cut roles in its Prime Video unit. Former prime minister Boris Johnson spoke.\n";
    expect(summary(text)).toEqual([
      { name: "Amazon", type: "organization", roles: [], aliases: [] },
      { name: "Prime Video", type: "organization", roles: [], aliases: [] },
      { name: "Boris Johnson", type: "person", roles: ["Former prime minister"], aliases: [] },
    ]);
  });
});


describe("names written with an apostrophe", () => {
  it("are people's, whether an elided particle (`O'Neal`, `D'Angelo`) or inside a given name (`Da'Vine`)", () => {
    const text = "Awards\n\nDa'Vine Joy Randolph won. “For so long,” Randolph said. D'Angelo Russell scored 20 points. O'Neal said no. The magazine L'Express said so.\n";
    expect(mentionsOf(text)).toEqual([
      ["Da'Vine Joy Randolph", "person", ["Da'Vine Joy Randolph:name", "Randolph:partial"]],
      ["D'Angelo Russell", "person", ["D'Angelo Russell:name"]],
      ["O'Neal", "person", ["O'Neal:name"]],
      ["L'Express", "organization", ["L'Express:name"]],
    ]);
  });
});

describe("a given name or a town's name by what stands before it", () => {
  it("is a town where one arrives, moves or lives, and a person after a kinship noun, which after `to` is the whole role", () => {
    const text = "Zoo\n\nThe cubs were born on 12 May to mother Kasarna and father Dumai. Kasarna arrived at Chester from Dublin Zoo in 2021.\n";
    expect(summary(text)).toEqual([
      { name: "Kasarna", type: "person", roles: ["mother"], aliases: [] },
      { name: "Dumai", type: "person", roles: ["father"], aliases: [] },
      { name: "Chester", type: "place", roles: [], aliases: [] },
      { name: "Dublin Zoo", type: "place", roles: [], aliases: [] },
    ]);
    expect(types("Visit\n\nHe looked at Chester and smiled.\n")).toEqual({ Chester: "person" });
    expect(types("Visit\n\nShe moved to Chester in 2020.\n")).toEqual({ Chester: "place" });
  });
});

describe("a work named for someone", () => {
  it("is the work in quotation marks, and the person outside them", () => {
    const text = "Oscars\n\nChristopher Nolan's “Oppenheimer” won seven awards. Cillian Murphy played J. Robert Oppenheimer, the physicist. Oppenheimer died in 1967. Nolan's “Oppenheimer” made $950 million.\n";
    expect(mentionsOf(text)).toEqual([
      ["Christopher Nolan", "person", ["Christopher Nolan:name", "Nolan:partial"]],
      ["Oppenheimer", "other", ["Oppenheimer:name", "Oppenheimer:name"]],
      ["Cillian Murphy", "person", ["Cillian Murphy:name"]],
      ["J. Robert Oppenheimer", "person", ["J. Robert Oppenheimer:name", "Oppenheimer:partial"]],
    ]);
  });

  it("is one with its title outside quotation marks where no one has the name", () => {
    const text = "Festival\n\nCritics saw Anora first. Sean Baker's “Anora” won the top prize. “Anora” opens on Oct. 18.\n";
    expect(mentionsOf(text)).toEqual([
      ["Anora", "other", ["Anora:name", "Anora:name", "Anora:name"]],
      ["Sean Baker", "person", ["Sean Baker:name"]],
    ]);
  });
});

describe("a candidate's role", () => {
  it("keeps `ruling` before the party or coalition it names", () => {
    const text = "Vote\n\nFaye beat ruling coalition candidate Amadou Ba and ruling party candidate Ama Lee.\n";
    expect(summary(text)).toEqual([
      { name: "Faye", type: "person", roles: [], aliases: [] },
      { name: "Amadou Ba", type: "person", roles: ["ruling coalition candidate"], aliases: [] },
      { name: "Ama Lee", type: "person", roles: ["ruling party candidate"], aliases: [] },
    ]);
  });
});

describe("surnames shaped like gerunds", () => {
  it("reads a capitalised word in -ing alone as the surname of someone the article names with it", () => {
    expect(mentionsOf("Police named Dario Kessling on Monday. The family of Kessling said he was 29.")).toEqual([
      ["Dario Kessling", "person", ["Dario Kessling:name", "Kessling:partial", "he:pronoun"]],
    ]);
    expect(types("Police named Dario Kessling on Monday. Breaking with custom, the family spoke.")).toEqual({ "Dario Kessling": "person" });
  });
});

describe("bodies named for a field and a country", () => {
  it("reads an airline's or a sport's body at a sentence's start as the body, not the country", () => {
    expect(types("Air Canada and WestJet added flights. Cricket Australia said it would appeal. Rugby Canada named a coach.")).toEqual({
      "Air Canada": "organization",
      WestJet: "organization",
      "Cricket Australia": "organization",
      "Rugby Canada": "organization",
    });
  });
});

describe("plural nouns for people before names", () => {
  it("leaves a plural noun for what people do, opening the sentence, out of the names it describes", () => {
    expect(mentionsOf("Organisers Emily Varden and her father, Michael Varden, who founded the fair on his farm, thanked buyers.")).toEqual([
      ["Emily Varden", "person", ["Emily Varden:name", "her:pronoun"]],
      ["Michael Varden", "person", ["Michael Varden:name", "his:pronoun"]],
    ]);
  });
});

describe("names a closed-class word opens", () => {
  it("keeps a capitalised closed-class word after a sentence's article as the name's first word", () => {
    expect(types("The All Saints Club was full. The US Federal Trade Commission objected. A See Tickets spokeswoman said it worked.")).toEqual({
      "All Saints Club": "organization",
      "US Federal Trade Commission": "organization",
      "See Tickets": "organization",
    });
  });

  it("reads a name of several words between an article and an officer's role as a body's", () => {
    expect(types("Fans said a Rolls Royce spokeswoman was wrong, and a Virgin Atlantic spokesman agreed.")).toEqual({ "Rolls Royce": "organization", "Virgin Atlantic": "organization" });
  });
});

describe("head words of passes, squares, modules and drug firms", () => {
  it("types a name by a pass, a square's French first word, a station's module and a drugmaker's last word", () => {
    expect(
      types(
        "The storm came ashore near Rollins Pass. Crowds filled Place Vauban. The capsule docked at the forward port of the Halcyon module. The pills were made by Xantheon Pharmaceutical and Brevis Pharma.",
      ),
    ).toEqual({
      "Rollins Pass": "place",
      "Place Vauban": "place",
      Halcyon: "other",
      "Xantheon Pharmaceutical": "organization",
      "Brevis Pharma": "organization",
    });
  });
});

describe("roles of spaceflight and science", () => {
  it("reads astronauts, cosmonauts and scientists' fields as roles, so a plural verb after a crew list leaves the last name a person", () => {
    expect(summary("Kosmotek and cosmonaut Pavel Orlov are to walk in space, NASA astronaut Jane Hollis said. Forecaster Ruth Onley agreed.")).toEqual([
      { name: "Pavel Orlov", type: "person", roles: ["cosmonaut"], aliases: [] },
      { name: "NASA", type: "organization", roles: [], aliases: [] },
      { name: "Jane Hollis", type: "person", roles: ["NASA astronaut"], aliases: [] },
      { name: "Ruth Onley", type: "person", roles: ["Forecaster"], aliases: [] },
    ]);
  });
});

describe("a firm's arm in a country or a state", () => {
  it("reads a name ending in a state's or a country's name after no given name as a body's, not a person's", () => {
    expect(types("Lumora Texas said crews were waiting. Crews from Lumora India arrived. Rep. Steve Israel said so. Augustus, Elector of Saxony, built it.")).toEqual({
      "Lumora Texas": "organization",
      "Lumora India": "organization",
      "Steve Israel": "person",
      Augustus: "person",
      "Elector of Saxony": "person",
    });
  });
});

describe("compass adjectives alone", () => {
  it("names nothing by a lone compass adjective before a noun, as by a demonym, but keeps regions it opens", () => {
    expect(types("Ana Reyes said five Western hostages and two Eastern diplomats were held in Northern Mali.")).toEqual({
      "Ana Reyes": "person",
      "Northern Mali": "place",
    });
  });

  it("reads a compass adjective after a verb of speaking as modifying its noun, not as a body that speaks", () => {
    expect(types("Ana Reyes urged Western allies to act. “No,” said Northern.")).toEqual({ "Ana Reyes": "person", Northern: "organization" });
  });
});

describe("romanised East Asian names", () => {
  it("reads a given name of two hyphenated syllables before a one-syllable family name as a person's, ending before `of` and a body", () => {
    expect(types("Ming-Chi Kuo of Tanbridge Securities wrote that he expected a rise. Analyst Wei-Lin Chang of Morgan Stanley agreed. Coca-Cola Amatil fell.")).toEqual({
      "Ming-Chi Kuo": "person",
      "Tanbridge Securities": "organization",
      "Wei-Lin Chang": "person",
      "Morgan Stanley": "organization",
      "Coca-Cola Amatil": "other",
    });
  });
});

describe("a railway's operator", () => {
  it("reads a name ending in `Rail` as a body's", () => {
    expect(types("Greta Holm travelled as a guest of Velmar Rail. Corvel Rail said the line was shut.")).toEqual({ "Greta Holm": "person", "Velmar Rail": "organization", "Corvel Rail": "organization" });
  });
});

describe("a seat named before its noun", () => {
  it("reads a name between a determiner or an owner and `seat` as a place, but not a party's or a name after neither", () => {
    expect(types("Piet Dalen lost his Sarno West seat by 41 votes. Labour held the Tarvel North constituency. Ana Ruiz won the Corvel East seat and took Labour's Velmar West seat. Ivo Lusk won a safe Labour seat. Owen Pryce saw Tarvel Dask seat the guests.")).toEqual({
      "Piet Dalen": "person",
      "Sarno West": "place",
      Labour: "organization",
      "Tarvel North": "place",
      "Ana Ruiz": "person",
      "Corvel East": "place",
      "Velmar West": "place",
      "Ivo Lusk": "person",
      "Owen Pryce": "person",
      "Tarvel Dask": "person",
    });
  });

  it("reads a name before `by-election` as the seat's place", () => {
    expect(types("Polls\n\nThe Greens won the Halvik West by-election. Two Sarno by-elections follow.")).toEqual({ Greens: "group", "Halvik West": "place", Sarno: "place" });
  });
});

describe("the ends of a journey", () => {
  it("reads names after a word for travelling, `from` one `to` the other, as places, but not after a move between clubs", () => {
    expect(types("Tickets from Sarno to Halvik cost 89 euros. Ivo Lusk flew from Tarvel to Velmar. Jonas Weiss moved from Corvel to Pelgrin Rovers. The stage from Orvek to Kelmo is flat, the leg from Dellon to Oskel hilly.")).toEqual({
      Sarno: "place",
      Halvik: "place",
      "Ivo Lusk": "person",
      Tarvel: "place",
      Velmar: "place",
      "Jonas Weiss": "person",
      Corvel: "other",
      "Pelgrin Rovers": "organization",
      Orvek: "place",
      Kelmo: "place",
      Dellon: "place",
      Oskel: "place",
    });
  });

  it.each(["Ivo Lusk rides from", "Ivo Lusk rode from", "Ivo Lusk was travelling from", "Ivo Lusk was traveling from", "Ivo Lusk takes the branch line from"])("reads names after `%s` one `to` the other as places", (opening) => {
    expect(types(`${opening} Tarvel to Kelmo.`)).toEqual({ "Ivo Lusk": "person", Tarvel: "place", Kelmo: "place" });
  });

  it("reads names after a word for travelling, `to` one `from` the other, as places, but not after talks", () => {
    expect(types("Tarvel Air flies to Kelmo from Halvik three times a week. Talks to Norvex from Orvek stalled.")).toEqual({
      "Tarvel Air": "organization",
      Kelmo: "place",
      Halvik: "place",
      Norvex: "other",
      Orvek: "other",
    });
  });

  it("reads names after a word of travelling, a way's course or a storm's path and `through` as places, but not after a sale", () => {
    expect(types("The road runs through Orvek. The river passes through Halvik. Storms swept through Dersk. Ivo Lusk drove through Kelmo and Sarno. The phones were sold through Norvex.")).toEqual({
      Orvek: "place",
      Halvik: "place",
      Dersk: "place",
      "Ivo Lusk": "person",
      Kelmo: "place",
      Sarno: "place",
      Norvex: "other",
    });
  });

  it("reads a one-word name before a role held of no body as the holder's home, and before an officer's role as a body", () => {
    expect(
      types(
        "Then Sarno rapper Ivo Lusk sang. Then Kelmo singer Ana Ruiz sang. Then Orvek songwriter Tom Hale sang. Then Dersk musician Kai Moss played. Then Halvik artist Eva Lind painted. Then Tarvel painter Ben Ode painted. Then Velmar poet Mara Velt read. Then Orsel novelist Ivo Sarn read. Then Kelvar comedian Ana Lusk joked. Then Brisa pensioner Tom Ruiz spoke. Then Corvel teenager Kai Hale spoke. Then Dellon mother Eva Moss spoke. Then Tellan father Ben Lind spoke. Then Norvex spokesman Ivo Ode spoke.",
      ),
    ).toEqual({
      Sarno: "place", "Ivo Lusk": "person", Kelmo: "place", "Ana Ruiz": "person", Orvek: "place", "Tom Hale": "person", Dersk: "place", "Kai Moss": "person",
      Halvik: "place", "Eva Lind": "person", Tarvel: "place", "Ben Ode": "person", Velmar: "place", "Mara Velt": "person", Orsel: "place", "Ivo Sarn": "person",
      Kelvar: "place", "Ana Lusk": "person", Brisa: "place", "Tom Ruiz": "person", Corvel: "place", "Kai Hale": "person", Dellon: "place", "Eva Moss": "person",
      Tellan: "place", "Ben Lind": "person", Norvex: "organization", "Ivo Ode": "person",
    });
  });

  it.each(["farmer", "gardener", "fisherman", "beekeeper", "shepherd", "grower", "florist", "crofter", "winemaker"])("reads a one-word name before a trade of the land (%s) as the worker's home", (trade) => {
    expect(types(`Then Kelmo ${trade} Ivo Lusk spoke.`)).toEqual({ Kelmo: "place", "Ivo Lusk": "person" });
  });

  it("reads a one-word name before a role held of no body as the home of whoever speaks, not the speaker", () => {
    expect(types("Then the bulbs go in late, says Kelmo gardener. Then Dersk singer said no.")).toEqual({ Kelmo: "place", Dersk: "place" });
  });

  it("reads a name between `a` and a school's or a hospital's noun as where it is, and one after `the` as its name", () => {
    expect(types("A Kelmo primary school was rated inadequate. Then a Halvik hospital was praised. The Tarvel school said no. The Orvek primary school said no.")).toEqual({
      Kelmo: "place",
      Halvik: "place",
      Tarvel: "organization",
      Orvek: "organization",
    });
  });

  it.each(["charity", "firm", "company", "church"])("reads a name between `a` and a %s as where it is, and one after `the` as its name", (noun) => {
    expect(types(`Then a Kelmo ${noun} was praised. The Tarvel ${noun} said no.`)).toEqual({ Kelmo: "place", Tarvel: "organization" });
  });

  it("reads a name after a word of a journey's end and `for` as a place, but not after a leaving", () => {
    expect(types("The flight was bound for Dersk. A ship headed for Sarno sank. Two more are heading for Orvek. The grain was destined for Halvik. Ivo Lusk left for Norvex.")).toEqual({
      Dersk: "place",
      Sarno: "place",
      Orvek: "place",
      Halvik: "place",
      "Ivo Lusk": "person",
      Norvex: "other",
    });
  });

  it("reads names after a service's way of travelling or a place's noun and `between` as places, but not after talks between bodies", () => {
    expect(types("Talks between Norvex and Corvel broke down. Rail services between Sarno and New Halvik were suspended. A warning covers the coast between Dersk and Orvek.")).toEqual({
      Norvex: "other",
      Corvel: "other",
      Sarno: "place",
      "New Halvik": "place",
      Dersk: "place",
      Orvek: "place",
    });
  });

  it.each(["road", "roads", "path", "paths", "footpath", "track", "trail", "railway", "corridor", "walk", "border", "borders", "frontier", "distance"])(
    "reads names after a way or a span, here `%s`, and `between` as places",
    (noun) => {
      expect(types(`The ${noun} between Tarvel and Kelmo is long.`)).toEqual({ Tarvel: "place", Kelmo: "place" });
    },
  );

  it.each(["run", "runs", "ran", "running", "operate", "operates", "operated", "operating", "ply", "plies", "plied", "plying", "shuttle", "shuttles", "shuttled", "shuttling"])(
    "reads names after a service's verb of plying, here `%s`, and `between` as places",
    (verb) => {
      expect(types(`Then the boats ${verb} between Tarvel and Kelmo daily.`)).toEqual({ Tarvel: "place", Kelmo: "place" });
    },
  );

  it("reads names after a railway's name and `between` as places, even a given name", () => {
    expect(types("Then the Kelvo Main Line between Preston and Tarvel reopened.")).toEqual({ "Kelvo Main Line": "other", Preston: "place", Tarvel: "place" });
  });

  it("reads names after a railway's or a road's line or link, a bridge or a tunnel and `between` as places", () => {
    expect(types("A railway line between Sarno and the airport opened. Road links between Corvel and Halvik were cut.")).toEqual({ Sarno: "place", Corvel: "place", Halvik: "place" });
    expect(types("A bridge between Dersk and Orvek opened. A tunnel between Tarvel and Kelmo is planned.")).toEqual({ Dersk: "place", Orvek: "place", Tarvel: "place", Kelmo: "place" });
    expect(types("All sailings between Dersk and Orvek stopped. A voyage between Tarvel and Kelmo, two crossings between Sarno and Halvik and a sailing between Corvel and Velmar were cancelled. Voyages between Orsel and Ulmo resume.")).toEqual({
      Dersk: "place",
      Orvek: "place",
      Tarvel: "place",
      Kelmo: "place",
      Sarno: "place",
      Halvik: "place",
      Corvel: "place",
      Velmar: "place",
      Orsel: "place",
      Ulmo: "place",
    });
  });

  it("keeps the end of a route a place before the plural verb of the route's subject", () => {
    expect(types("Buses from Tarvel to Pelgrin Isle were cancelled.")).toEqual({ Tarvel: "place", "Pelgrin Isle": "place" });
  });
});

describe("a surname that is also a place's head word", () => {
  it("ends a given name and such a surname before `of` and a body, but not after `the` or another word of the name", () => {
    expect(types("Analyst Chloe Park of Halvik Securities said the quarter was strong. Ben Hall of Corvel Capital agreed. The orchestra played at the Albert Hall of Tarvel and at Royal Albert Hall of Sarno.")).toEqual({
      "Chloe Park": "person",
      "Halvik Securities": "organization",
      "Ben Hall": "person",
      "Corvel Capital": "organization",
      "Albert Hall of Tarvel": "place",
      "Royal Albert Hall of Sarno": "place",
    });
  });
});

describe("an opening word the article also writes in lower case", () => {
  it("keeps it in the name when all it would leave is a head word or one everyday word, but not before a compass word", () => {
    expect(types("The world record fell and two western diplomats left. World Bank officials said so. World Athletics said the mark would stand. Two Western diplomats agreed.")).toEqual({
      "World Bank": "organization",
      "World Athletics": "organization",
    });
  });
});

describe("a role set before a name by commas inside a sentence", () => {
  it("reads it from a possessor's name, not from a clause's verb and object, and past letters after the name", () => {
    expect(summary("A judge on Wednesday approved the extradition of Ivo Brandt's former business partner, Lena Marsh, to Spain. Marsh's lawyer, Edward Pask KC, said she would appeal.")).toEqual([
      { name: "Ivo Brandt", type: "person", roles: [], aliases: [] },
      { name: "Lena Marsh", type: "person", roles: ["Ivo Brandt's former business partner"], aliases: ["Marsh"] },
      { name: "Spain", type: "place", roles: [], aliases: [] },
      { name: "Edward Pask", type: "person", roles: ["Marsh's lawyer"], aliases: [] },
    ]);
  });

  it("reads a trade or a part in a trial before a name or between commas as the person's role", () => {
    expect(typesAndRoles("Trial\n\nPolice said builder Ivo Lusk, 58, was cleared. Her co-defendant, Ana Ruiz, was jailed.\n")).toEqual({
      "Ivo Lusk": ["person", "builder"],
      "Ana Ruiz": ["person", "co-defendant"],
    });
  });

  it("reads a possessor's particles with its name, at the sentence's start too", () => {
    const roles = (text: string) => Object.fromEntries(analyzeArticle(`Title\n\n${text}`).entities.map((e) => [e.name, e.roles]));
    expect(roles("At the dinner, José María de la Vega's granddaughter, Ana Lusk, spoke.")["Ana Lusk"]).toEqual(["José María de la Vega's granddaughter"]);
    expect(roles("Van der Berg's granddaughter, Ana Lusk, spoke.")["Ana Lusk"]).toEqual(["Van der Berg's granddaughter"]);
  });
});

describe("a plural noun of standing opening a sentence", () => {
  it("describes the list of names after it and is no part of the first", () => {
    expect(types("Rivals Kestrel Electronics and Huawei both sell phones. Teammates Ana Ruiz and Lia Moss agreed.")).toEqual({
      "Kestrel Electronics": "organization",
      Huawei: "organization",
      "Ana Ruiz": "person",
      "Lia Moss": "person",
    });
  });
});

describe("a given name that is an everyday word too", () => {
  it("is read as the word before an everyday word no surname is", () => {
    expect(types("Royal Mail said on Tuesday it would cut jobs. Stephen Rich said no. Hope Solo said she would retire.")).toEqual({
      "Royal Mail": "organization",
      "Stephen Rich": "person",
      "Hope Solo": "person",
    });
  });
});

describe("a class noun of firms opening a sentence", () => {
  it("describes the one-word name after it, which it types, and leaves two-word names that open with such a word whole", () => {
    expect(types("Carmaker Toyota said on Monday it would recall cars. Insurers Brevant said they had not been contacted. Chipmaker Nvidia said it would invest. Goldman Sachs advised the buyer. Carrier Global said sales rose.")).toEqual({
      Toyota: "organization",
      Brevant: "organization",
      Nvidia: "organization",
      "Goldman Sachs": "organization",
      "Carrier Global": "organization",
    });
  });

  it("reads a noun for a doer that no dictionary lists, but whose stem one does, as describing the one-word name after it", () => {
    expect(types("Headliners Norvex closed the main stage on Saturday. Headliner Kelvex pulled out on Friday.")).toEqual({
      Norvex: "other",
      Kelvex: "other",
    });
  });
});

describe("a name that holds a known place's", () => {
  it("keeps a sentence's first word that opens the place's name with the next (`New York`), though the next is a given name too", () => {
    expect(types("New York Yankees beat Boston on Sunday.")).toEqual({ "New York Yankees": "organization", Boston: "place" });
  });

  it("is a body's when the place has two words, or a compass word and a place, beside a word of its own", () => {
    expect(types("New York Life said it would cut jobs. Air New Zealand said it would add flights. Southern California Edison said it had cut power. Residents of South San Francisco were told to stay inside.")).toEqual({
      "New York Life": "organization",
      "Air New Zealand": "organization",
      "Southern California Edison": "organization",
      "South San Francisco": "place",
    });
  });
});

describe("a supporters' group named `Friends of` something", () => {
  it("reads the whole name as a body's, opening a sentence or after `the`, whatever head word ends it, and leaves friends of someone alone", () => {
    const text = "Vote\n\nThe council voted. Friends of Walkley Library, which collected 8,000 signatures, said it would appeal. Friends of the Lake District agreed. Friends of the victim wept.\n";
    expect(types(text)).toEqual({ "Friends of Walkley Library": "organization", "Friends of the Lake District": "organization" });
  });
});

describe("a personal pronoun after a name of a place", () => {
  it("does not make the name a person's when the name is a preposition's object, no clause's subject", () => {
    expect(types("The governor declared an emergency for Marin County, and he asked for federal help. Helen Park said she would stay.")).toEqual({
      "Marin County": "place",
      "Helen Park": "person",
    });
  });

  it("does not make the name a person's when the pronoun is past `where`, in a clause set in the place", () => {
    expect(types("Later the King travelled to nearby Ashby Moor, where he met volunteers.")).toEqual({ "Ashby Moor": "place" });
  });
});

describe("a preposition that opens the sentence", () => {
  it("reads as one inside it: a given name that is a town's after `In` is the town", () => {
    expect(types("In Wakefield, a recount was ordered on Friday. Officials said the count would resume.")).toEqual({ Wakefield: "place" });
  });
});

describe("a body named for its region and a name of its own", () => {
  it("goes by that name, though a town is so called, save after a preposition of place", () => {
    expect(mentionsOf("Southern California Edison said on Monday it would cut power. Edison said the lines were old. Crews in Edison, New Jersey, were ready.")).toEqual([
      ["Southern California Edison", "organization", ["Southern California Edison:name", "it:pronoun", "Edison:partial"]],
      ["Edison", "place", ["Edison:name"]],
      ["New Jersey", "place", ["New Jersey:name"]],
    ]);
  });
});

describe("a utility named for two trades joined by `and`", () => {
  it("is one body's name, and its initials with an ampersand are its own", () => {
    expect(mentionsOf("Pacific Gas and Electric said it would pay, and PG&E shares fell. Florida Power and Light restored power.")).toEqual([
      ["Pacific Gas and Electric", "organization", ["Pacific Gas and Electric:name", "it:pronoun", "PG&E:acronym"]],
      ["Florida Power and Light", "organization", ["Florida Power and Light:name"]],
    ]);
  });

  it("is not opened by a trade alone", () => {
    expect(types("Gas and Electric bills rose in Ohio.")).toEqual({ Electric: "other", Ohio: "place" });
  });
});

describe("a place's head word", () => {
  it("makes a launch site a place", () => {
    expect(types("Launch\n\nThe Baikonur Cosmodrome was quiet. The Tarvel Spaceport was closed on Monday.\n")).toEqual({ "Baikonur Cosmodrome": "place", "Tarvel Spaceport": "place" });
  });

  it.each(["Brunt Ice Shelf", "Mariana Trench", "Orsel Fen", "Tarvel Common", "Halvik Point", "Velmar Plain"])("makes a landform %s a place", (name) => {
    expect(types(`Survey\n\nScientists visited the ${name} last week with Ivo Lusk.\n`)).toEqual({ [name]: "place", "Ivo Lusk": "person" });
  });

});

describe("a name and a number", () => {
  it("make one name after `the` or an owner, or before `index`: a body's or someone's name so numbered names a thing", () => {
    expect(types("The S&P 500 rose while S&P said it. London's FTSE 100 fell. The small-cap Russell 2000 index slipped. He flew the Boeing 737 to Paris.")).toEqual({
      "S&P 500": "other",
      "S&P": "organization",
      London: "place",
      "FTSE 100": "other",
      "Russell 2000": "other",
      "Boeing 737": "other",
      Paris: "place",
    });
    // a brand's word that opens in lower case takes its model's number and name too
    expect(types("Launch\n\nThe company unveiled the iPhone 17 Air and the iPad 11 Pro.\n")).toEqual({ "iPhone 17 Air": "other", "iPad 11 Pro": "other" });
    // (a modifier of hyphened words may stand between `the` and the name)
    expect(types("Launch\n\nThe 30-metre Kestrel 1 lifted off before the two-stage Tarvik 9 did.\n")).toEqual({ "Kestrel 1": "other", "Tarvik 9": "other" });
    // (but not a measure's whole part, whose decimals and unit name nothing either)
    expect(types("Recall\n\nThen the Norvex Pure 1.7L kettle and the Kelmo 2.5kg drum were recalled.\n")).toEqual({ "Norvex Pure": "other", Kelmo: "other" });
  });

  it("make one name wherever the article names the numbered whole after `the`, in a headline too, but not a longer number nor a table's count", () => {
    const text = "Norvex Pulse 3 review: a fine phone\n\nThe Norvex Pulse 3 is the phone to buy. Norvex Pulse 3 owners get updates, and Norvex Pulse 3.5 is next.\n\nTom Hale 988\nAna Ruiz 1,204\n\nTom Hale voted.\n";
    expect(mentionsOf(text)).toEqual([
      ["Norvex Pulse 3", "other", ["Norvex Pulse 3:name", "Norvex Pulse 3:name", "Norvex Pulse 3:name"]],
      ["Norvex Pulse", "other", ["Norvex Pulse:name"]],
      ["Tom Hale", "person", ["Tom Hale:name", "Tom Hale:name"]],
      ["Ana Ruiz", "person", ["Ana Ruiz:name"]],
    ]);
  });

  it("make one name of a headline's model whose maker the headline leaves out, once joined to the full name", () => {
    const text = "Norvex Aero 5 review: a fast laptop\n\nBy Ana Ruiz\n\nThe Norvex Aero 5 costs £1,299. In our tests the Aero 5 lasted six hours.\n";
    expect(mentionsOf(text)).toEqual([["Norvex Aero 5", "other", ["Aero 5:partial", "Norvex Aero 5:name", "Aero 5:description"]]]);
  });

  it("make one place after a numbered place's word", () => {
    const text = "Flights\n\nPlanes left Heathrow Terminal 5 and Launch Complex 20, near Pier 39, Building 7 and Camp 22 on Highway 1. The fire began at Reactor 4.\n";
    expect(types(text)).toEqual({
      "Heathrow Terminal 5": "place",
      "Launch Complex 20": "place",
      "Pier 39": "place",
      "Building 7": "place",
      "Camp 22": "place",
      "Highway 1": "place",
      "Reactor 4": "place",
    });
  });

  it("make one name of a work and its number after `No.` or `No`, wherever it stands", () => {
    const text = "Concert\n\nThen she played Piano Concerto No. 2 and a rarely heard Symphony No 5, both by Ivo Lusk.\n";
    expect(types(text)).toEqual({ "Piano Concerto No. 2": "other", "Symphony No 5": "other", "Ivo Lusk": "person" });
  });

  it("stay apart when the number is a year, which dates what follows, or an amount", () => {
    expect(mentionsOf("Senator Ann Lowe ran the Lowe 2012 campaign.")).toEqual([["Ann Lowe", "person", ["Ann Lowe:name", "Lowe:partial"]]]);
    expect(types("Aid\n\nThe EU 750 billion fund grew. A USD 500 fee applied.\n")).toEqual({ "European Union": "organization" });
  });

  it("make one name after a catalogue's letters wherever they stand, with a planet's letter after the number or its hyphen", () => {
    const text = "Planets\n\nAstronomers studied LHS 1140 b, K2-18b and TRAPPIST-1e, then the galaxy NGC 1300. The UN 2030 agenda stood.\n";
    expect(types(text)).toEqual({ "LHS 1140 b": "other", "K2-18b": "other", "TRAPPIST-1e": "other", "NGC 1300": "place", "United Nations": "organization" });
  });
});

describe("a title before a town's name that is someone's", () => {
  it("makes it a person's, and the town after a preposition of place stays a town", () => {
    expect(mentionsOf("The coffin of Princess Adelaide was carried on Saturday. Princess Adelaide was born in Adelaide.")).toEqual([
      ["Adelaide", "person", ["Adelaide:name", "Adelaide:name"]],
      ["Adelaide", "place", ["Adelaide:name"]],
    ]);
  });

  it("makes a town's name no person has a person's after a form of address, wherever it stands", () => {
    expect(mentionsOf("Mr Harrow said he had won. She wrote to Mrs Harrow at once. Both lived in Harrow.")).toEqual([
      ["Harrow", "person", ["Harrow:name", "he:pronoun"]],
      ["Harrow", "person", ["Harrow:name"]],
      ["Harrow", "place", ["Harrow:name"]],
    ]);
  });

  it("reads British clergy's and Irish titles as titles", () => {
    expect(summary("The Very Rev David Hoyle led the service. Taoiseach Micheál Martin attended.")).toEqual([
      { name: "David Hoyle", type: "person", roles: ["Very Rev"], aliases: [] },
      { name: "Micheál Martin", type: "person", roles: ["Taoiseach"], aliases: [] },
    ]);
  });
});

describe("a language's name", () => {
  it("names nothing, not the place a preposition would make it, unless a place or a person has the name", () => {
    expect(types("She answered in Farsi, then in Swahili. They spoke Urdu and Mandarin. He flew to Tonga.")).toEqual({ Tonga: "place" });
  });
});

describe("an article elided and glued to a name's next word", () => {
  it("is part of the name, as the Arabic article is", () => {
    expect(types("Valéry Giscard d'Estaing said it. She won the Palme d’Or. He flew to Côte d'Ivoire. Yasser el-Sayed said.")).toEqual({
      "Valéry Giscard d'Estaing": "person",
      "Palme d’Or": "other",
      "Ivory Coast": "place",
      "Yasser el-Sayed": "person",
    });
  });
});

describe("a state's initials with inner stops", () => {
  it("name the state anywhere, as a dateline in capitals writes them too", () => {
    expect(types("NEWARK, N.J. (AP) — Greg Hall sued in N.J. courts. He moved to N.Y. later.")).toEqual({
      Newark: "place",
      "New Jersey": "place",
      "Associated Press": "organization",
      "Greg Hall": "person",
      "New York": "place",
    });
  });
});

describe("a building named for someone", () => {
  it("is a place, a generational suffix inside its name included", () => {
    expect(types("She spoke outside the Martin Luther King Jr. Federal Building and U.S. Courthouse in Newark.")).toEqual({
      "Martin Luther King Jr. Federal Building": "place",
      "U.S. Courthouse": "place",
      Newark: "place",
    });
  });
});

describe("a given name that a town has too, before a surname's particle", () => {
  it("opens the person's name", () => {
    expect(types("Regina De Dominicis, UNICEF's regional director, said it was fine. Florence Van Dyke agreed.")).toEqual({
      "Regina De Dominicis": "person",
      UNICEF: "organization",
      "Florence Van Dyke": "person",
    });
  });
});

describe("a river's name, and a place joined to one after a preposition of place", () => {
  it("are places", () => {
    expect(types("Flood warnings covered the River Tay at Perth. In Dumfries and Galloway, police closed roads.")).toEqual({
      "River Tay": "place",
      Perth: "place",
      Dumfries: "place",
      Galloway: "place",
    });
  });
});

describe("a thing's name that a town has too", () => {
  it("is the thing where a class noun before `called` types it, in every mention", () => {
    expect(types("The chip, called Meridian, will ship in May. Nuvance said Meridian would be made in Taiwan. The company also sells a drug called Paris.")).toEqual({
      Meridian: "other",
      Nuvance: "organization",
      Taiwan: "place",
      Paris: "other",
    });
  });
});

describe("names after a title, chambers and routes", () => {
  it("keeps a given name no dictionary lists in the name, though it ends as an agent noun does", () => {
    expect(types("Relief\n\nChief Minister Sukhvinder Singh Sukhu announced a payment. Sukhvinder Singh Sukhu visited on Monday.")).toEqual({ "Sukhvinder Singh Sukhu": "person" });
    expect(byName("Relief\n\nChief Minister Sukhvinder Singh Sukhu announced a payment.", "Sukhvinder Singh Sukhu")?.roles).toEqual(["Chief Minister"]);
    expect(types("Relief\n\nInfluencer Mary Jones announced a payment.")).toEqual({ "Mary Jones": "person" });
  });

  it("reads `Councilmember` as a title", () => {
    expect(byName("Vote\n\nThe ordinance was introduced by Councilmember Rashida Okafor on Monday.", "Rashida Okafor")?.roles).toEqual(["Councilmember"]);
  });

  it("keeps a chamber's name whole at a sentence's start, and drops a chamber's head word that opens another name", () => {
    const names = (body: string) => analyzeArticle(`Vote\n\n${body}`).entities.map((e) => `${e.name}:${e.type}`);
    expect(names("The House of Commons voted on the bill.")).toEqual(["House of Commons:organization"]);
    expect(names("The Chamber of Deputies voted on the bill.")).toEqual(["Chamber of Deputies:organization"]);
    expect(names("The House of Councillors voted on the bill.")).toEqual(["House of Councillors:organization"]);
    expect(names("Councillors of the Tarvel Restaurant Association told the council they would sue.")).toEqual(["Tarvel Restaurant Association:organization"]);
    expect(names("Representatives of the Tarvel Restaurant Association told the council they would sue.")).toEqual(["Tarvel Restaurant Association:organization"]);
  });

  it("reads where a route starts as a place, before `to` and a place the gazetteer knows, and a name ending `Travels` as a firm's", () => {
    expect(types("Crash\n\nThe bus, operated by Shiv Ganga Travels, was going from Kelvara to Chandigarh when it crashed.")).toEqual({
      "Shiv Ganga Travels": "organization",
      Kelvara: "place",
      Chandigarh: "place",
    });
  });
});

describe("sports roles, papers named with an article, prizes and unions of states", () => {
  it("reads a player's role before the name, at a sentence's start or after a club, and a given name alone later as the player", () => {
    const text = "Final\n\nSubstitute Andriy Kovalenko scored in the 89th minute. Harlow forward Tomas Brenner hit the post. \"Andriy waited all season,\" the coach said.";
    expect(summary(text).filter((e) => e.type === "person")).toEqual([
      { name: "Andriy Kovalenko", type: "person", roles: ["Substitute"], aliases: ["Andriy"] },
      { name: "Tomas Brenner", type: "person", roles: ["Harlow forward"], aliases: [] },
    ]);
    expect(byName("Final\n\nThe rookie Jalen Brooks came on at halftime.", "Jalen Brooks")?.roles).toEqual(["rookie"]);
  });

  it("reads the arts' nouns for someone as roles, in lower case or opening a sentence", () => {
    const roles = (text: string) => analyzeArticle(text).entities.map((e) => [e.name, e.roles]);
    expect(roles("Art\n\nHer husband, the painter Ousmane Ndiaye, died in 2009. Composer Philip Glass wrote the score.")).toEqual([
      ["Ousmane Ndiaye", ["painter"]],
      ["Philip Glass", ["Composer"]],
    ]);
  });

  it("reads a name that opens with a Romance article as no person's, though a surname after a given name may, whatever its last word", () => {
    expect(types("Obituary\n\nIn a 2015 interview with Le Monde, the novelist Amara Diallo said she wrote to remember.")).toEqual({
      "Le Monde": "organization",
      "Amara Diallo": "person",
    });
    expect(mentionsOf("Vote\n\nMarine Le Pen spoke on Sunday. Le Pen said she would run.")).toEqual([
      ["Marine Le Pen", "person", ["Marine Le Pen:name", "Le Pen:partial", "she:pronoun"]],
    ]);
  });

  it("keeps a prize's field after `in` in its name, but not where or when it was given", () => {
    expect(types("Prize\n\nShe won the Nobel Prize in Physics in 2011. He received the Lasker Award in Clinical Research. Smith won the Prize in Stockholm.")).toEqual({
      "Nobel Prize in Physics": "event",
      "Lasker Award in Clinical Research": "event",
      Prize: "other",
      Stockholm: "place",
    });
    // (a body's head word in the field after `for` does not head the prize: `Research`)
    expect(types("Prize\n\nOn Monday, the Pell Award for Cancer Research went to a chemist.")).toEqual({ "Pell Award for Cancer Research": "event" });
  });

  it("keeps `of` and a compass word inside a body's name, where a given name could start a person's", () => {
    expect(summary("Vote\n\nObservers from the Economic Community of West African States (ECOWAS) said voting was calm.")).toEqual([
      { name: "Economic Community of West African States", type: "organization", roles: [], aliases: ["ECOWAS"] },
    ]);
  });
});

describe("bodies named for a place, peoples of regions, ranks and terminals", () => {
  it("keeps `in` and a place inside a body's name when the acronym after it spells them both", () => {
    expect(summary("Vote\n\nA mission from the Organization for Security and Co-operation in Europe (OSCE) said the vote was calm. The OSCE will report.")).toEqual([
      { name: "Organization for Security and Co-operation in Europe", type: "organization", roles: [], aliases: ["OSCE"] },
    ]);
    expect(summary("Trip\n\nThe Centre for Policy Studies in London (CPS) said so.")).toEqual([
      { name: "Centre for Policy Studies", type: "organization", roles: [], aliases: ["CPS"] },
      { name: "London", type: "place", roles: [], aliases: [] },
    ]);
  });

  it("keeps a portfolio's words joined by `and` in the office before a name, a title word among them", () => {
    expect(typesAndRoles("Cabinet\n\nMinister for Justice and Equality Charlie Flanagan spoke. Minister for Trade and Industry Ann Cole agreed. Secretary of State for Energy and Climate Change Tom Hale left.\n")).toEqual({
      "Charlie Flanagan": ["person", "Minister for Justice and Equality"],
      "Ann Cole": ["person", "Minister for Trade and Industry"],
      "Tom Hale": ["person", "Secretary of State for Energy and Climate Change"],
    });
    // (a name among the office's words, or after `and`, ends the office)
    expect(typesAndRoles("Cabinet\n\nSecretary of State Tom Hale and Energy Minister Ann Cole met. The Minister for Trade and Velmar officials agreed.\n")).toEqual({
      "Tom Hale": ["person", "Secretary of State"],
      "Ann Cole": ["person", "Energy Minister"],
      Velmar: ["organization"],
    });
  });

  it("keeps a title word and `and` inside an institution's name", () => {
    expect(types("Talks\n\nThe Council for Justice and Peace met. The Department of Justice and Equality said so. The Ministry of Justice and Interior Minister Ann Cole met.\n")).toEqual({
      "Council for Justice and Peace": "organization",
      "Department of Justice and Equality": "organization",
      "Ministry of Justice": "organization",
      "Ann Cole": "person",
    });
  });

  it("keeps `in` and a world region inside the name of a body named for its work, but not a town or a country", () => {
    expect(types("Talks\n\nObservers from the Organization for Security and Co-operation in Europe came. The Council for Peace and Justice in Africa met. The Commission for Trade in Latin America and the Commission for Peace in the Americas wrote. The Centre for Science and Environment in Delhi agreed. The Fund for Peace in Velmar paid. Tom Hale worked for Corvel in Europe. The Council for Peace in Africa Week met. Lawyers for Justice in Africa sued the University of Dersk in Europe.\n")).toEqual({
      "Organization for Security and Co-operation in Europe": "organization",
      "Council for Peace and Justice in Africa": "organization",
      "Commission for Trade in Latin America": "organization",
      "Commission for Peace in the Americas": "organization",
      "Centre for Science and Environment": "organization",
      Delhi: "place",
      "Fund for Peace": "organization",
      Velmar: "place",
      "Tom Hale": "person",
      Corvel: "other",
      Europe: "place",
      "Council for Peace": "organization",
      "Africa Week": "event",
      Africa: "place",
      "University of Dersk": "organization",
    });
  });

  it("does not read a place before a title as a state body named for the place", () => {
    expect(mentionsOf("Bridge\n\nThe bridge was not damaged, the Maryland Transportation Authority said.\n\nMaryland Governor Wes Moore told reporters the pilots had warned traffic.")).toEqual([
      ["Maryland Transportation Authority", "organization", ["Maryland Transportation Authority:name"]],
      ["Maryland", "place", ["Maryland:name"]],
      ["Wes Moore", "person", ["Wes Moore:name"]],
    ]);
  });

  it("does not call an agency named for a centre `the company`, and reads the `it` that says it is in contact as the agency", () => {
    const text = "Hack\n\nA ransomware attack has knocked out the systems of Nordic Ferries. Sweden's National Cyber Security Centre said it was in contact with the company.";
    expect(byName(text, "National Cyber Security Centre")?.mentions.map((m) => m.text)).toEqual(["National Cyber Security Centre", "it"]);
  });

  it("reads the plural of a region's adjective as a people", () => {
    expect(types("Moves\n\nHe is the latest of the young South Americans to move to London, like the West Africans before them.")).toEqual({
      "South Americans": "group",
      London: "place",
      "West Africans": "group",
    });
  });

  it("reads a rank of several words after a role noun as a role of its own", () => {
    expect(byName("Crash\n\nThe ship lost power, Coast Guard spokesman Petty Officer Matthew West said. Lance Corporal Ed Fry was hurt.", "Matthew West")?.roles).toEqual(["Coast Guard spokesman", "Petty Officer"]);
    expect(byName("Crash\n\nThe ship lost power. Lance Corporal Ed Fry was hurt.", "Ed Fry")?.roles).toEqual(["Lance Corporal"]);
  });

  it("keeps an institution's name whole before a known body's name that opens with a given name", () => {
    expect(types("Aid\n\nThe International Committee of the Red Cross said the hospital was full.")).toEqual({ "International Committee of the Red Cross": "organization" });
  });

  it("reads months or weekdays joined by a dash as a span of time, not a name", () => {
    expect(types("Results\n\nProfit at Quarvel Foods fell in the October-December period; its shops open Monday–Friday.")).toEqual({ "Quarvel Foods": "organization" });
    // (after a capitalised word too, as opening hours set them: `Open Wed-Sun.`)
    expect(types("Review\n\nQuarvel Foods has a cafe in Kelmo. Open Wed-Sun. Closed Mon-Tue.")).toEqual({ "Quarvel Foods": "organization", Kelmo: "place" });
  });

  it.each(["Band", "Grade", "Tier", "Class", "Category", "Level", "Stage", "Phase", "Type"])("reads `%s` before a letter, a Roman numeral or a number as a step on a scale, not a name", (noun) => {
    expect(types(`Bills\n\nThen Quarvel Foods said a ${noun} D home, a ${noun} II barn and ${noun} 3 rules cost more.`)).toEqual({ "Quarvel Foods": "organization" });
  });

  it("reads a weekday's plural as a recurring day, not a name", () => {
    expect(types("Hours\n\nThe Quarvel Museum will stay open late on Fridays and Saturdays.")).toEqual({ "Quarvel Museum": "organization" });
  });

  it.each(["OBE", "CBE", "MBE", "KBE", "DBE", "GBE"])("reads %s as an honour after a holder's name or alone, not a name or a part of one", (honour) => {
    expect(types(`Honours\n\nEva Lind ${honour} said she was proud. Ben Ode was appointed ${honour} in 1996.`)).toEqual({ "Eva Lind": "person", "Ben Ode": "person" });
  });

  it("reads a month's plural as the month of many years, not a name, though not a short form's or May's", () => {
    expect(types("Weather\n\nNine of the ten warmest Novembers came since 2000, and several Januarys and Augusts were wet, Ivo Lusk said. Mars and Willie Mays were named.")).toEqual({ "Ivo Lusk": "person", Mars: "place", "Willie Mays": "person" });
  });

  it("keeps a name apart from the same name after a first word that sets it apart", () => {
    expect(mentionsOf("Museums\n\nThe Grand Quarvel Museum opened. Its objects came from the old Quarvel Museum. The Tarvel Authority met the U.S. Tarvel Authority.")).toEqual([
      ["Grand Quarvel Museum", "organization", ["Grand Quarvel Museum:name", "Its:pronoun"]],
      ["Quarvel Museum", "organization", ["Quarvel Museum:name"]],
      ["U.S. Tarvel Authority", "organization", ["Tarvel Authority:partial", "U.S. Tarvel Authority:name"]],
    ]);
  });

  it("reads the trades of the courtroom and the street as roles", () => {
    expect(byName("Fraud\n\nThe manager was jailed. In mitigation, his barrister, Susan Clarke KC, said her client was ashamed.", "Susan Clarke")?.roles).toEqual(["barrister"]);
    expect(byName("Crash\n\nThe bus overturned, passenger Sunita Gurung said.", "Sunita Gurung")?.roles).toEqual(["passenger"]);
  });

  it("reads the lower-case field after a role's `of` or `for` as part of the role, but not after a kin noun", () => {
    const roles = (text: string) => Object.fromEntries(analyzeArticle(`Trade\n\n${text}`).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles("Quarvel Stars president of basketball operations Brad Stevens spoke. The head of communications Ana Ruiz agreed. The mother of three Tom Bell left. State minister for disaster management Ivo Lusk agreed.")).toEqual({
      "Brad Stevens": ["Quarvel Stars president of basketball operations"],
      "Ana Ruiz": ["head of communications"],
      "Tom Bell": [],
      "Ivo Lusk": ["State minister for disaster management"],
    });
  });

  it("reads a demonym's hyphen written with spaces as one word, but not a nation's before a place nor a dash after a name", () => {
    const names = (text: string) => analyzeArticle(`Talks\n\n${text}`).entities.map((e) => `${e.name} (${e.type})`);
    expect(names("On Monday, the Council on American - Islamic Relations issued a statement. The Swiss - France route reopened. Omar Haddad - Reuters reporter - was there. The American - backed rebels agreed. An American — Lindqvist Group staff member — spoke to the American -Lindqvist Group and the American- Lindqvist Group.")).toEqual([
      "Council on American-Islamic Relations (organization)",
      "France (place)",
      "Omar Haddad (person)",
      "Reuters (organization)",
      "Lindqvist Group (organization)",
    ]);
  });

  it("reads a body named by its class noun after a role's `of` as the role's field, and the name after it as its holder's", () => {
    expect(typesAndRoles("Trade\n\nOn Monday, the director of the museum Jan Weber agreed. The chairman of the company Simon Tanaka resigned. The museum Ada Moreau founded closed. The head of bank Ivo Lind left.")).toEqual({
      "Jan Weber": ["person", "director of the museum"],
      "Simon Tanaka": ["person", "chairman of the company"],
      "Ivo Lind": ["person", "head of bank"],
      "Ada Moreau": ["organization"],
    });
  });

  it("joins a body's `and` after a capitalised title's own `of`, and reads the name after the body as the title's holder", () => {
    expect(typesAndRoles("Budget\n\nOn Monday, Director of the Bureau of Roads and Bridges Ann Lowe said the plan would pass. Head of the Office of Ports and Harbours Ida Holm declined.")).toEqual({
      "Bureau of Roads and Bridges": ["organization"],
      "Ann Lowe": ["person", "Director of the Bureau of Roads and Bridges"],
      "Office of Ports and Harbours": ["organization"],
      "Ida Holm": ["person", "Head of the Office of Ports and Harbours"],
    });
  });

  it("reads a body's class noun after a role's `at`, `for` or `in`, and its modifiers, as the role's field", () => {
    expect(typesAndRoles("Trade\n\nOn Monday, a curator at the museum Maria Rossi agreed. An analyst for the investment bank Pia Lund resigned. The chairman of investment bank Ivo Lind left. A spokesman for the company Acme Widgets said no.")).toEqual({
      "Maria Rossi": ["person", "curator at the museum"],
      "Pia Lund": ["person", "analyst for the investment bank"],
      "Ivo Lind": ["person", "chairman of investment bank"],
      "Acme Widgets": ["organization"],
    });
  });

  it("reads `Justice` after a body's head and its `of` or `for` as the body's name, after a portfolio's office as the portfolio", () => {
    expect(typesAndRoles("Ruling\n\nOn Monday, a lawyer at the Department of Justice Omar Haddad agreed. The Centre for Justice Lena Ortiz disagreed. The Minister for Justice Helen Byrne spoke. The Secretary of Justice Ana Ruiz left. A spokesman for Justice Ruth Moss declined. A letter from the Secretary to Justice Mia Lund came. The Court at Justice Eva Holm's request ruled. The Department of Justice Inspector General Tom Reyes resigned.")).toEqual({
      "Department of Justice": ["organization"],
      "Omar Haddad": ["person", "lawyer at the Department of Justice"],
      "Centre for Justice": ["organization"],
      "Lena Ortiz": ["person"],
      "Helen Byrne": ["person", "Minister for Justice"],
      "Ana Ruiz": ["person", "Secretary of Justice"],
      "Ruth Moss": ["person", "Justice"],
      "Mia Lund": ["person", "Justice"],
      "Eva Holm": ["person", "Justice"],
      "Tom Reyes": ["person", "Department of Justice Inspector General"],
    });
  });

  it("reads the body a role is held in, after `of the`, apart from its holder's name, and that body's field as no title", () => {
    expect(typesAndRoles("Ruling\n\nOn Monday, Chairman of the Joint Chiefs Ann Marie Lowe spoke. The chief of the Joint Chiefs of Staff Martin Dempsey agreed. The head of the Department of Energy Tom Reyes left. The son of the Prime Minister Eli Roth declined. The Centre for Energy Lena Ortiz objected. The head of the Department of Justice Ida Holm resigned. The son of the Department of Energy Spokesman Ray Odin spoke. The daughter of the Chief Justice Uma Dev wrote.")).toEqual({
      "Joint Chiefs": ["organization"],
      "Ann Marie Lowe": ["person", "Chairman of the Joint Chiefs"],
      "Joint Chiefs of Staff": ["organization"],
      "Martin Dempsey": ["person", "chief of the Joint Chiefs of Staff"],
      "Department of Energy": ["organization"],
      "Tom Reyes": ["person", "head of the Department of Energy"],
      "Eli Roth": ["person", "Prime Minister"],
      "Centre for Energy": ["organization"],
      "Lena Ortiz": ["person"],
      "Department of Justice": ["organization"],
      "Ida Holm": ["person", "head of the Department of Justice"],
      "Ray Odin": ["person", "Department of Energy Spokesman"],
      "Uma Dev": ["person", "Chief Justice"],
    });
  });

  it("types a name whose body's head word follows `of` and a place's name by that head word", () => {
    const types = (text: string) => Object.fromEntries(analyzeArticle(`Deal\n\n${text}`).entities.map((e) => [e.name, e.type]));
    expect(types("On Monday, the Port of Tilbury Authority signed a deal. The City of Lisbon Council met. The Port of Dover said no. Ana Ruiz won the Pell Award in Cancer Research.")).toEqual({
      "Port of Tilbury Authority": "organization",
      "City of Lisbon Council": "organization",
      "Port of Dover": "place",
      "Ana Ruiz": "person",
      "Pell Award in Cancer Research": "event",
    });
  });

  it("reads a team's positions and a court's witness as roles, but not the verb a role noun also is", () => {
    const roles = (text: string) => Object.fromEntries(analyzeArticle(`Trade\n\n${text}`).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles]));
    expect(roles("The Quarvel Stars traded guard Marcus Reed. The deal sends forward Tyrese Coleman away. The club signs striker Leo Park.")).toEqual({
      "Marcus Reed": ["guard"],
      "Tyrese Coleman": ["forward"],
      "Leo Park": ["striker"],
    });
    expect(roles("Troops were sent to guard President Ana Ruiz. Crowds will witness Mayor Jo Lee take the oath. Defense witness Tom Bell testified. Tarvel sports minister Sam Cole spoke.")).toEqual({
      "Ana Ruiz": ["President"],
      "Jo Lee": ["Mayor"],
      "Tom Bell": ["Defense witness"],
      "Sam Cole": ["Tarvel sports minister"],
    });
  });

  it("reads a role noun no verb is spelt as after `to` as the role of the name after it", () => {
    expect(typesAndRoles("Title\n\nThen she got engaged to actor Ivo Lusk and wrote to singer Eva Lind.")).toEqual({ "Ivo Lusk": ["person", "actor"], "Eva Lind": ["person", "singer"] });
  });

  it("joins two towns' names with Catalan `i` into one place", () => {
    expect(types("Fire\n\nTwo farmers died in Torrefeta i Florejacs when flames reached their tractor near Lleida.")).toEqual({
      "Torrefeta i Florejacs": "place",
      Lleida: "place",
    });
  });

  it("reads a nation's adjective after a list of kin as opening the next clause, not as a relative's name", () => {
    expect(analyzeArticle("Strike\n\nDrones hit the city overnight, wounding 31, including three children, Ukrainian officials said Friday.").entities).toEqual([]);
    expect(types("Family\n\nHer two sons, Jordan and India, live abroad.")).toEqual({ Jordan: "person", India: "person" });
  });

  it("reads a memorial and a monument as places", () => {
    expect(types("Visit\n\nHe laid a wreath at the National War Memorial before visiting the Lincoln Memorial and the Washington Monument.")).toEqual({
      "National War Memorial": "place",
      "Lincoln Memorial": "place",
      "Washington Monument": "place",
    });
  });

  it("reads a peer's title of a place as the peer, not the place", () => {
    expect(types("Royals\n\nThe Prince of Wales will represent his father. The Duchess of Edinburgh visited Kenya.")).toEqual({
      "Prince of Wales": "person",
      "Duchess of Edinburgh": "person",
      Kenya: "place",
    });
  });

  it("calls back a peer named by title by the title's noun, not another peer named nearer", () => {
    const text = "Royals\n\nThe Princess of Velmar opened a hospital wing named after the Duke of Orsel. The princess met patients.\n";
    const mentions = analyzeArticle(text).entities.map((e) => [e.name, e.mentions.filter((m) => m.kind === "description").map((m) => m.text)]);
    expect(mentions).toEqual([
      ["Princess of Velmar", ["princess"]],
      ["Duke of Orsel", []],
    ]);
  });

  it("reads a style of address as no one's name and no part of the title after it", () => {
    expect(typesAndRoles('Royals\n\n"Her Royal Highness is well," the statement said. His Majesty arrived in Tarvel. His Holiness Pope Leo spoke, and Your Honour Ana Ruiz sat.')).toEqual({
      Tarvel: ["place"],
      Leo: ["person", "Pope"],
      "Ana Ruiz": ["person"],
    });
    expect(
      typesAndRoles(
        "Royals\n\nOn Monday His Excellency Ivo Lusk met His Eminence Cardinal Tom Hale. Their Majesties waved; Their Royal Highnesses smiled. Her Imperial Majesty, His Serene Highness and Her Britannic Majesty came. His Lordship and Her Ladyship left. Your Worship, Your Honor, Your Excellencies.",
      ),
    ).toEqual({ "Ivo Lusk": ["person"], "Tom Hale": ["person", "Cardinal"] });
  });

  it("reads a terminal, a quay and docks as places", () => {
    expect(types("Port\n\nThe ship was leaving the Seagirt Marine Terminal for Norfolk when it lost power near Albert Docks.")).toEqual({
      "Seagirt Marine Terminal": "place",
      Norfolk: "place",
      "Albert Docks": "place",
    });
  });

  it("reads letters and digits in turns as a code, not a body", () => {
    expect(types("Flu\n\nThe H5N1 virus spread to cattle. Officials also tracked H7N9.")).toEqual({ H5N1: "other", H7N9: "other" });
  });

  it("reads one word with a digit after a role noun as a thing, no one's name", () => {
    expect(types("Sky\n\nThe team will study the star Kelmo-62 and the star Sarvo-4b next year.")).toEqual({ "Kelmo-62": "other", "Sarvo-4b": "other" });
  });

  it("finds a court's head word before `for`, not in the district it serves", () => {
    expect(types("Verdict\n\nThe case was tried in the U.S. District Court for the District of Arizona.")).toEqual({ "U.S. District Court for the District of Arizona": "organization" });
  });

  it("joins two places after `the` into the body whose head word follows them", () => {
    expect(types("Squad\n\nThe England and Wales Cricket Board confirmed the squad. The France and Germany summit ended.")).toEqual({
      "England and Wales Cricket Board": "organization",
      France: "place",
      Germany: "place",
    });
  });

  it("joins two areas before a police force's head word into one force, with no `the`, but not a person's name and a force", () => {
    expect(types("Arrests\n\nOfficers from Devon and Cornwall Police came. Staff at Kent and Essex Constabulary agreed. Ivo Lusk and Surrey Police spoke.")).toEqual({
      "Devon and Cornwall Police": "organization",
      "Kent and Essex Constabulary": "organization",
      "Ivo Lusk": "person",
      "Surrey Police": "organization",
    });
  });

  it("reads a possessive after `than` as owning what the comparison's first half names, not as a name so written", () => {
    expect(mentionsOf("Chips\n\nThen the new chip is faster than Kelvar's. Then it supplies Tesco and Sainsbury's.")).toEqual([
      ["Kelvar", "other", ["Kelvar:name"]],
      ["Tesco", "organization", ["Tesco:name"]],
      ["Sainsbury's", "organization", ["Sainsbury's:name"]],
    ]);
  });

  it("reads a possessive after the second `as` of `as … as`, and after `than` past a name's first words, as owning what the comparison names", () => {
    expect(mentionsOf("Chips\n\nThen the chip is not as fast as Kelvar's, and as well made as Orvek's. Then her car is faster than Tom Hale's.")).toEqual([
      ["Kelvar", "other", ["Kelvar:name"]],
      ["Orvek", "other", ["Orvek:name"]],
      ["Tom Hale", "person", ["Tom Hale:name"]],
    ]);
  });

  it("reads what one is at as a place, before `, which` and in the possessive", () => {
    expect(types("Series\n\nArcher will be fit for the fourth Test at Old Trafford, which starts on July 23. England play India at Lord's on Thursday. Analysts at Moody's on Monday cut the rating.")).toEqual({
      "Old Trafford": "place",
      England: "place",
      India: "place",
      "Lord's": "place",
      "Moody's": "organization",
    });
  });

  it("reads a firm's word kept whole with its `'s` as the firm it opens, whose shares the sentence leaves out, but not a name of its own so written", () => {
    expect(mentionsOf("Deal\n\nKelvar Shipping agreed a deal. Shares in Norvex rose 14 percent, while Kelvar's fell 3 percent. Sainsbury's rose 2 percent.")).toEqual([
      ["Kelvar Shipping", "organization", ["Kelvar Shipping:name", "Kelvar:partial"]],
      ["Norvex", "organization", ["Norvex:name"]],
      ["Sainsbury's", "organization", ["Sainsbury's:name"]],
    ]);
  });

  it("reads a capitalised possessive before a past verb and its object as a firm's name, not an owner", () => {
    expect(types("Auction\n\nOn Monday, rival house Christie's sold a portrait for $67 million. Labour's left wing revolted.")).toEqual({
      "Christie's": "organization",
      Labour: "organization",
    });
  });

  it("reads a capitalised possessive before a past verb no adjective shares and a name as a firm's, not a place's so written", () => {
    expect(types("Auction\n\nLast week Norvell's sold Ana Ruiz's portrait. Britain's lost Empire faded. Spain's embattled King Felipe spoke. Tarvel's embattled Ivo Lusk quit.")).toEqual({
      "Norvell's": "organization",
      "Ana Ruiz": "person",
      "United Kingdom": "place",
      Empire: "other",
      Spain: "place",
      Felipe: "person",
      Tarvel: "other",
      "Ivo Lusk": "person",
    });
  });

  it("reads a name before `gallery` as the gallery's", () => {
    expect(types("Provenance\n\nOn Monday, the collector said he bought the canvas from the Wildenstein gallery in 1986.")).toEqual({ Wildenstein: "organization" });
  });

  it("reads peoples, faiths and languages joined by hyphens as an adjective of origin, naming nothing", () => {
    expect(types("Vote\n\nThe Malay-Muslim vote and the Sunni-Arab bloc split. The Anglo-Dutch firm looked to the Indo-Pacific region.")).toEqual({ "Indo-Pacific": "place" });
  });

  it("reads a town before an office as the place, though a body owns the office, and a temperature's scale as no name", () => {
    expect(types("Heat\n\nIt hit 118 degrees Fahrenheit (47.8 degrees Celsius), said the weather service's Phoenix office.\n")).toEqual({ Phoenix: "place" });
  });

  it("reads capitals right after a figure with a fraction as its unit or statistic, naming nothing, unless the capitals are a known body", () => {
    expect(types("Game 5\n\nTarvel start Noah Pruett (14-7, 3.21 ERA). The farm adds 2.25 MW, and 1.5 NATO brigades arrived. Lusk clocked 9.58, ahead of 9.61 Okonjo.\n")).toEqual({ "Noah Pruett": "person", "North Atlantic Treaty Organization": "organization", Lusk: "other", Okonjo: "other" });
  });

  it("reads a region named by its compass word as a place, and the firm named for it where it speaks without an article", () => {
    const text = "Heat\n\nHeat gripped the Southwest and the Northeast. Southwest Airlines cancelled flights. Southwest said the Rust Belt was next.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ["Southwest", "place", 1],
      ["Northeast", "place", 1],
      ["Southwest Airlines", "organization", 2],
      ["Rust Belt", "place", 1],
    ]);
  });

  it("reads a town's name that acts as a business does as the firm named for it, and the town where it does not", () => {
    const text =
      "Breach\n\nMeridian Health Partners lost data. Meridian declined to say more. Shares of Meridian fell. Meridian’s chief executive, Carl Fenn, quit. " +
      "The mayor of Meridian said nothing. Meridian's parks stayed open.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.span.start)])).toEqual([
      ["Meridian Health Partners", "organization", [8, 44, 85, 100]],
      ["Carl Fenn", "person", [128]],
      ["Meridian", "place", [158, 181]],
    ]);
  });

  it("reads a name before an award's holder as the award, also when listed beside a person", () => {
    expect(types("Awards\n\nOn Monday, Oscar nominee Tom Hale and Grammy winner Bo Diaz joined Acme engineer Ann Lee.")).toEqual({
      Oscar: "other",
      "Tom Hale": "person",
      Grammy: "other",
      "Bo Diaz": "person",
      Acme: "organization",
      "Ann Lee": "person",
    });
  });

  it("reads a town's name before `party` as the party, which is no business, and a bank's name in Spanish as a bank's", () => {
    const text =
      "Vote\n\nOn Monday, the ruling Morena party won the vote. Delegates at the Brighton party conference cheered. Morena said it would act. " +
      "Analysts at Sigma Capital said costs would rise. \"We are worried,\" said Ana Ruiz, the firm's economist. " +
      "Analysts at Banco Rural said costs would fall. \"We are glad,\" said Bo Diaz, the bank's economist.";
    expect(mentionsOf(text)).toEqual([
      ["Morena", "organization", ["Morena:name", "Morena:name", "it:pronoun"]],
      ["Brighton", "place", ["Brighton:name"]],
      ["Sigma Capital", "organization", ["Sigma Capital:name", "firm:description"]],
      ["Ana Ruiz", "person", ["Ana Ruiz:name"]],
      ["Banco Rural", "organization", ["Banco Rural:name", "bank:description"]],
      ["Bo Diaz", "person", ["Bo Diaz:name"]],
    ]);
  });

  it("reads the source a figure is credited to as a body, unless a person's name", () => {
    const text =
      "Polls\n\nOn Monday, support fell to 31 percent, according to Gallup Korea. A poll by Ipsos Mori showed it rising. " +
      "It rose, according to Ana Ruiz, a pollster. It fell, according to Johnson. It held, according to Maria.";
    expect(types(text)).toEqual({ "Gallup Korea": "organization", "Ipsos Mori": "organization", "Ana Ruiz": "person", Johnson: "other", Maria: "person" });
  });

  it("reads whom one works with or strikes a deal with as a body, a town's name too, unless a person's or a capital's", () => {
    const text =
      "Buses\n\nOn Monday, the council said it would work with First Bus and Metro, and Orvane teamed up with Toyota. " +
      "Ana Ruiz worked with Jackson, Maria and Kowalczyk. Orvane signed a deal with Washington and a deal with Quellbus. Ruiz spoke of a deal with Beijing.";
    expect(types(text)).toEqual({
      "First Bus": "organization",
      Metro: "organization",
      Orvane: "organization",
      Toyota: "organization",
      "Ana Ruiz": "person",
      Jackson: "place",
      Maria: "person",
      Kowalczyk: "other",
      Washington: "place",
      Quellbus: "organization",
      Beijing: "place",
    });
  });

  it("reads a country's name before a party's word as a party, and a state's as where its members sit", () => {
    expect(types("Parties\n\nOn Monday, the Sweden Democrats gained, and Texas Republicans held on.")).toEqual({
      "Sweden Democrats": "organization",
      Texas: "place",
      Republicans: "group",
    });
  });

  it("keeps `opposition` in a title before a name", () => {
    const text = "Roles\n\nOn Monday, the main opposition Democratic Party leader Lee Jae-myung spoke, and opposition leader Ann Hale agreed.";
    expect(analyzeArticle(text).entities.filter((e) => e.type === "person").map((e) => [e.name, e.roles])).toEqual([
      ["Lee Jae-myung", ["main opposition Democratic Party leader"]],
      ["Ann Hale", ["opposition leader"]],
    ]);
  });

  it("keeps a brand's exclamation mark in its name, which makes it a company's or an outlet's", () => {
    expect(types("Outlets\n\nE! Online said Ann Lee was fine. She told Yahoo! Finance that she quit. They chose Plan B! It failed.")).toEqual({
      "E! Online": "organization",
      "Ann Lee": "person",
      "Yahoo! Finance": "organization",
    });
  });
});
