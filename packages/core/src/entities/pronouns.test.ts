import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each pronoun the article resolves, in text order, as `pronoun@offset → person`. */
function resolved(text: string): string[] {
  const model = analyzeArticle(text);
  return model.entities
    .flatMap((e) => e.mentions.filter((m) => m.kind === "pronoun").map((m) => ({ at: m.span.start, label: `${m.text}@${m.span.start} → ${e.name}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.label);
}

const speakers = (text: string) => analyzeArticle(text).quotes.map((q) => q.speakerName);

describe("resolvePronouns", () => {
  it("prefers the last sentence's subject to a person named after a preposition", () => {
    const text = "Budget passed\n\nMayor Alan Reeve said he had spoken to Tom Walsh. “We are ready,” he said.\n";
    expect(resolved(text)).toEqual(["he@37 → Alan Reeve", "he@81 → Alan Reeve"]);
    expect(speakers(text)).toEqual(["Alan Reeve"]);
  });

  it("prefers the last sentence's subject to the person it told, though a speech verb stands before them", () => {
    const text = "Charges\n\nProsecutor Rui Tavares told Paulo Mendes that the ruling was fair. He said charges would follow.\n";
    expect(resolved(text)).toEqual(["He@76 → Rui Tavares"]);
  });

  it("does not make an object pronoun its own clause's subject, and gives a possessive to the last subject", () => {
    const text = "Budget passed\n\nTom Walsh, the treasurer, met Alan Reeve on Monday. Walsh thanked Reeve and praised him. His deputy was there.\n";
    expect(resolved(text)).toEqual(["him@99 → Alan Reeve", "His@104 → Tom Walsh"]);
    // (nor any of a subject of names joined by `and`)
    const joined = "Court\n\nOn Monday, Judge Elena Vask wrote a dissent. Justices Ana Orr, Lia Dunn and Mia Kean joined her.\n";
    expect(resolved(joined)).toEqual(["her@99 → Elena Vask"]);
    // (but after a preposition of where it may be: the place is often the subject's own)
    const ahead = "Loss\n\nTom Walsh met Alan Reeve on Monday.\n\nWalsh had his whole life ahead of him. Reeve shut the door behind him.\n";
    expect(resolved(ahead)).toEqual(["his@53 → Tom Walsh", "him@77 → Tom Walsh", "him@109 → Alan Reeve"]);
    // (nor where a clause of its own, joined after a comma, has a subject of its own)
    const joinedClause = "Recital\n\nTom Walsh played on Monday.\n\nAlan Reeve sang slowly, and the crowd cheered him.\n";
    expect(resolved(joinedClause)).toEqual(["him@84 → Alan Reeve"]);
  });

  it("gives no named person the pronouns of someone unnamed, a sentence's subject or a speech verb's", () => {
    const text =
      "Measles\n\nSuperintendent Carla Dunn said schools would open on Monday.\n\nOne mother, who asked not to be named, said she had changed her mind. “I was scared,” she said.\n\n“It is over,” said a local nurse. She left. A spokeswoman, Ana Ruiz, said she was pleased.\n";
    expect(resolved(text)).toEqual(["she@242 → Ana Ruiz"]);
    expect(analyzeArticle(text).quotes.map((q) => [q.speakerName, q.anonymous])).toEqual([
      [null, "one mother"],
      [null, "a local nurse"],
    ]);
  });

  it("gives no named person the pronouns of someone unnamed as the subject of a clause of time or cause", () => {
    expect(resolved("Race\n\nIvo Lusk won the race. It was halted when a spectator fell ill. He was treated by paramedics.\n")).toEqual([]);
    expect(resolved("Race\n\nIvo Lusk won the race. It was halted after a visitor fell. He was treated by paramedics.\n")).toEqual([]);
    expect(resolved("Race\n\nIvo Lusk won the race. It was halted before a guest fell. He was treated by paramedics.\n")).toEqual([]);
    expect(resolved("Race\n\nIvo Lusk won the race. It was halted while a spectator was treated. He was fine.\n")).toEqual([]);
    expect(resolved("Race\n\nIvo Lusk won the race. It was halted because a spectator fell. He was treated by paramedics.\n")).toEqual([]);
    expect(resolved("Race\n\nIvo Lusk won the race. A child fell ill. He was treated by paramedics.\n")).toEqual([]);
    // (or after a comma; `the` brings someone new in only before `of` and someone unnamed)
    expect(resolved("Trial\n\nIvo Lusk lost. Outside court, a neighbour said he was shocked.\n")).toEqual([]);
    expect(resolved("Trial\n\nIvo Lusk lost. The son of one victim said he was relieved.\n")).toEqual([]);
    expect(resolved("Trial\n\nIvo Lusk lost. The mayor said he was relieved.\n")).toEqual(["he@37 → Ivo Lusk"]);
    // (not a noun in apposition after a name or a name's age, unless the name is a leading phrase's place)
    expect(resolved("Trial\n\nAna Ruiz won. “It was worth it,” said Kai Moss, 71, a retired teacher who said she was glad.\n")).toEqual(["she@86 → Kai Moss"]);
    expect(resolved("Trial\n\nAna Ruiz won. In Tarvel, a resident said she was glad.\n")).toEqual([]);
    // (nor one whose name follows the words that place them: `the daughter of a clerk, Ana Ruiz,`)
    expect(resolved("Obituary\n\nAna Ruiz died. In 1950, the daughter of a clerk, Ruiz studied maths. “I loved it,” she said.\n")).toEqual(["she@93 → Ana Ruiz"]);
    // (however many words place them: `the son of a railway clerk and a primary school teacher, Lusk`)
    expect(resolved("Obituary\n\nIvo Lusk died. Born in 1936, the son of a railway clerk and a primary school teacher, Lusk read chemistry.\n\nHe joined the survey in 1962.\n")).toEqual(["He@118 → Ivo Lusk"]);
    // (`as` before a noun for someone is a preposition: `worked as a nurse`)
    expect(resolved("Win\n\nTom Hale won. Mrs Ana Hale, who worked as a nurse, said she thought he was joking.\n")).toEqual(["she@61 → Ana Hale", "he@73 → Tom Hale"]);
  });

  it("gives a possessive in the clause that `, who` sets about someone to them, named or described", () => {
    const text = "Final\n\nAna Ruiz won. She beat the 12th seed, who was playing in her first final, and lifted her trophy. The young Dane, who had beaten her in May, wept.\n";
    expect(resolved(text)).toEqual(["She@21 → Ana Ruiz", "her@92 → Ana Ruiz", "her@135 → Ana Ruiz"]);
    // (so is one in the clause `, who` sets about someone named, when the sex allows)
    expect(resolved("Final\n\nAna Ruiz beat Mia Lund, who was playing in her first final.\n")).toEqual(["her@50 → Mia Lund"]);
    expect(resolved("Final\n\nAna Ruiz thanked Tom Lund, who was at her first final.\n")).toEqual(["her@45 → Ana Ruiz"]);
  });

  it("gives a possessive before a kin noun and a relative's name to the one person who shares the relative's surname", () => {
    const text =
      "Obituary\n\nDr. Ada Okafor ran the clinic for thirty years. “She trained us all,” said Dr. Rita Vance, its director.\n\nHer husband, the architect Emeka Okafor, died in 2011. She is survived by a son.\n";
    expect(resolved(text)).toEqual(["Her@116 → Ada Okafor", "She@171 → Ada Okafor"]);
  });

  it("gives a possessive in a sentence's leading phrase to the subject named after its comma, if of its sex", () => {
    const text = "Vote\n\nEva Lind was fourth. In her view, Ivo Lusk lost. In her victory speech, Ms Ana Ruiz said it was fair. After his defeat, council leader Tom Hale quit.\n";
    expect(resolved(text)).toEqual(["her@30 → Eva Lind", "her@58 → Ana Ruiz", "his@114 → Tom Hale"]);
    // (not to a name after a preposition or a subject, nor one too far past the comma)
    const objects = "Vote\n\nEva Lind was fourth. In her view, the count by Ana Ruiz was late. In her view, she thanked Mara Velt. In her view, the crowd and the band cheered Kai Moss.\n";
    expect(resolved(objects)).toEqual(["her@30 → Eva Lind", "her@75 → Ana Ruiz", "she@85 → Ana Ruiz", "her@111 → Ana Ruiz"]);
  });

  it.each(["In", "After", "During", "Before", "Despite", "Following", "Throughout", "On"])("reads a possessive in a leading phrase opened by %s as the subject's after its comma", (preposition) => {
    expect(resolved(`Vote\n\nEva Lind was fourth. ${preposition} her speech, Ana Ruiz spoke.\n`)).toEqual([`her@${28 + preposition.length} → Ana Ruiz`]);
  });

  it.each([
    "In 1985, with colleagues Ana Ruiz and Tom Hale,",
    "With Tom Hale,",
    "Alongside Tom Hale,",
    "Unlike Tom Hale,",
    "Like Tom Hale,",
    "Against Tom Hale,",
    "Beside Tom Hale,",
    "Besides Tom Hale,",
    "Along with Tom Hale,",
    "Together with Tom Hale,",
    "After meeting Tom Hale,",
    "Before meeting Tom Hale,",
    "On meeting Tom Hale,",
    "While meeting Tom Hale,",
    "Without meeting Tom Hale,",
    "Beating Tom Hale,",
  ])(
    "does not give a subject pronoun to whom the phrase before its comma goes with or acts on: `%s he`",
    (phrase) => {
      const text = `Survey\n\nIvo Lusk joined the survey in 1962. ${phrase} he published a paper.\n`;
      expect(resolved(text)).toEqual([`he@${text.indexOf(" he ") + 1} → Ivo Lusk`]);
    },
  );

  it.each(["During Tom Hale's trial,", "According to Tom Hale,", "Following Tom Hale's arrest,", "After Tom Hale left,"])("lets a subject pronoun stand for whom a phrase of time or report before its comma names: `%s he`", (phrase) => {
    const text = `Trial\n\n${phrase} he wept.\n`;
    expect(resolved(text)).toEqual([`he@${text.indexOf(" he ") + 1} → Tom Hale`]);
  });

  it("reads `her last` as a possessive unless a time follows", () => {
    const text = "Obituary\n\nRuth Amsel met Lena Ward. She retired in 2005, and her last book appeared. Ward saw her last week.\n";
    expect(resolved(text)).toEqual(["She@36 → Ruth Amsel", "her@61 → Ruth Amsel", "her@94 → Ruth Amsel"]);
  });

  it("reads `her` before a year and a noun as a possessive", () => {
    const text = "Split\n\nThen Mara Velt and Kai Moss split. Velt rose to fame with her 2012 debut album.\n";
    expect(resolved(text)).toEqual(["her@65 → Mara Velt"]);
  });

  it("lets a clause between a subject and an object pronoun free the pronoun", () => {
    const text = "Talks\n\nTom Walsh said that Alan Reeve had praised him.\n";
    expect(resolved(text)).toEqual(["him@50 → Tom Walsh"]);
  });

  it("binds an object pronoun after a relative clause closed by a comma, and frees it after a verb of speech", () => {
    const text = "Rates\n\nTom Walsh, who has attacked Alan Reeve for months, called him a fool. Reeve said his back had bothered him.\n";
    expect(resolved(text)).toEqual(["him@65 → Alan Reeve", "his@88 → Alan Reeve", "him@110 → Alan Reeve"]);
  });

  it("counts a speech verb's name after a role as the quotation's speaker, so the last subject stays an antecedent", () => {
    const text = 'Obituary\n\nIvo Lusk, the pianist, has died. He toured with the trumpeter Ben Ode in the 1960s.\n\n"He never played a song twice," said the saxophonist Ana Ruiz, who played with him for years.\n';
    expect(resolved(text)).toEqual(["He@43 → Ivo Lusk", "He@96 → Ivo Lusk", "him@174 → Ivo Lusk"]);
  });

  it("lets a quotation that carries on the one before it take that one's names as antecedents", () => {
    const text = "Final\n\nTom Walsh beat Alan Reeve on Sunday.\n\nReeve was bidding to join Bjorn Borg and Pete Sampras.\n\n“Tom played better than me,” Reeve said. “He deserves it.”\n";
    expect(resolved(text)).toEqual(["He@143 → Tom Walsh"]);
  });

  it("matches the pronoun's sex, told by a title, a role word or a given name", () => {
    const text = "Talks\n\nIngrid Moe met Mr. Sigurd Brekke in Oslo. She said the talks went well, and he agreed with her.\n";
    expect(resolved(text)).toEqual(["She@49 → Ingrid Moe", "he@83 → Sigurd Brekke", "her@98 → Ingrid Moe"]);
  });

  it("keeps the sex a person's first pronoun gave them when nothing else tells", () => {
    const text = "Talks\n\nJordan Ellis said she would stay. Ellis met Alex Kerr on Monday. “It went well,” he said.\n";
    expect(resolved(text)).toEqual(["she@25 → Jordan Ellis", "he@88 → Alex Kerr"]);
    expect(speakers(text)).toEqual(["Alex Kerr"]);
  });

  it("reads a quotation's pronouns with the names inside it but not its speaker, and no pronouns outside the body", () => {
    const text = "He wins\n\nTom Walsh spoke on Monday. “I told Ann Hollis she was right,” he said.\n";
    expect(resolved(text)).toEqual(["she@55 → Ann Hollis", "he@71 → Tom Walsh"]);
  });

  it("gives a pronoun inside someone's words to whom they talk about, never to the speaker, and keeps that person in mind", () => {
    const text =
      "Obituary\n\nDr. Rosa Lindqvist, a chemist, died on Monday. She was 88.\n\n“She never gave up on a problem,” said Kenji Morita, a former colleague. “She would work all night.”\n\nIn 1990 she won the Priestley Medal.\n";
    expect(resolved(text)).toEqual(["She@57 → Rosa Lindqvist", "She@71 → Rosa Lindqvist", "She@144 → Rosa Lindqvist", "she@180 → Rosa Lindqvist"]);
  });

  it("does not take the subject of what a speech verb reports for a speaker: `Analysts said Harlow would`", () => {
    const text =
      "Vote\n\nPedro Santos conceded defeat. “This is a bad night,” he said.\n\nAnalysts said Tom Harlow would try to govern alone. “He has ruled out a deal,” said Marina Lobo, a scientist.\n";
    expect(resolved(text)).toEqual(["he@59 → Pedro Santos", "He@122 → Tom Harlow"]);
    expect(speakers(text)).toEqual(["Pedro Santos", "Marina Lobo"]);
  });

  it("leaves the pronouns inside a quotation out of the speech verb's after it", () => {
    const text = "Final\n\nTereza Novak beat Ana Belgrave on Sunday.\n\nBelgrave praised the winner. “She played well. I had my chances and she took hers,” she said.\n";
    expect(resolved(text)).toEqual(["She@80 → Tereza Novak", "she@118 → Tereza Novak", "hers@127 → Tereza Novak", "she@134 → Ana Belgrave"]);
    expect(speakers(text)).toEqual(["Ana Belgrave"]);
  });

  it("takes a name inside a quotation for its pronouns, and opens a clause at `where`", () => {
    const text = "Defector\n\nTom Reed wrote about the case.\n\n“Dan Wolfe was picked up at noon. He was taken to an office where a lawyer questioned him,” Reed said.\n";
    expect(resolved(text)).toEqual(["He@76 → Dan Wolfe", "him@128 → Dan Wolfe"]);
  });

  it("does not make a pronoun someone its own clause goes on to name", () => {
    expect(resolved("Deal\n\nAl Ford hired Tom Reed in May. He worked with Ford for years.\n")).toEqual(["He@37 → Tom Reed"]);
    expect(resolved("Deal\n\nAl Ford hired Tom Reed in May. He stayed, and Ford was glad.\n")).toEqual(["He@37 → Al Ford"]);
  });

  it("takes a capitalised possessive past a sentence's start for a title's", () => {
    expect(resolved("Visit\n\nTom Walsh met His Holiness in Rome on Monday.\n")).toEqual([]);
  });

  it("falls back on the nearest person the pronoun can stand for when no one is in reach", () => {
    const text = "Talks\n\nIngrid Moe arrived. The talks began. They lasted all day. The rooms were cold. The food was late. At the end she left.\n";
    expect(resolved(text)).toEqual(["she@116 → Ingrid Moe"]);
  });

  it("gives a pronoun someone whose given name only leans to the other sex, when no one of its sex is named", () => {
    const text = "Chips\n\nAnalyst Stacy Brandt said rivals were behind. “It took fifteen years,” he wrote.\n";
    expect(resolved(text)).toEqual(["he@78 → Stacy Brandt"]);
    expect(speakers(text)).toEqual(["Stacy Brandt"]);
    // (a man named before is who `he` stands for, in reach or not; and a name that is no leaning keeps its sex)
    expect(resolved("Chips\n\nTom Hale spoke first. Analyst Stacy Brandt said rivals were behind. “It took fifteen years,” he wrote.\n")).toEqual(["he@100 → Tom Hale"]);
    expect(resolved("Chips\n\nAnalyst Ingrid Brandt said rivals were behind. “It took fifteen years,” he wrote.\n")).toEqual([]);
  });

  it("gives a quotation's `he` no one whose given name only leans to the other sex: the speaker talks of someone never named", () => {
    const text = "Visit\n\nThe minister spoke to Ruby Fenton. “He asked me my name,” she said.\n";
    expect(resolved(text)).toEqual(["she@65 → Ruby Fenton"]);
  });

  it("keeps a subject that testifies against someone or states a plea in the clause of the object pronoun after it", () => {
    const text = "Bribes\n\nDerek Haines took bribes. Victor Castellano testified against him.\n\nDerek Haines lied. Ivo Lusk pleaded guilty and testified against him.\n\nDerek Haines fled. Tom Hale pleaded not guilty and spoke against him.\n\nDerek Haines hid. Sam Cole pleaded innocent and testified against him.\n";
    expect(resolved(text)).toEqual(["him@70 → Derek Haines", "him@141 → Derek Haines", "him@212 → Derek Haines", "him@284 → Derek Haines"]);
  });

  it("weighs someone the article says is of the pronoun's sex above a nearer person of no known sex", () => {
    const text =
      'Wed\n\nAna Ruiz, 31, announced the engagement last year. Ivo Lusk is best known for playing Detective Ray Mallon in the drama Harbour Lights. He told a magazine that he had never been happier.\n\n"She is the kindest person I know," he said.\n';
    expect(resolved(text)).toEqual(["He@140 → Ivo Lusk", "he@164 → Ivo Lusk", "She@193 → Ana Ruiz", "he@228 → Ivo Lusk"]);
    // (of two or more people listed, none of whom the article gives a sex, the pronoun could be any one's)
    const listed = 'Climb\n\n"He was a friend," said Ana Ruiz.\n\nThe guides, Pemba Dorje, Lhakpa Gyalzen and Nima Tamang, stayed for hours, she added.\n';
    expect(resolved(listed)).toEqual(["she@117 → Ana Ruiz"]);
    expect(resolved("Climb\n\nPemba Dorje, Nima Tamang's guide, reached the top. He was tired.\n")).toEqual(["He@58 → Pemba Dorje"]);
  });

  it("weighs a person named in the pronoun's own paragraph above the last paragraph's subject", () => {
    const text = "Final\n\nTereza Novak beat Ana Belgrave.\n\nBelgrave praised the winner, and she smiled.\n\nNovak's coach said the pair had worked on her serve.\n";
    expect(resolved(text)).toEqual(["she@73 → Ana Belgrave", "her@128 → Tereza Novak"]);
  });
});
