import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

/** Each entity as `type:name`, in the order the article first names them. */
const typed = (text: string) => analyzeArticle(text).entities.map((e) => `${e.type}:${e.name}`);

describe("markTeams", () => {
  it("reads clubs named for towns or like people as organizations, and keeps the dateline's town a place", () => {
    const text =
      "Bayern Munich beat Chelsea 2-1\n\nMUNICH (Reuters) - Bayern Munich came from behind to beat Chelsea 2-1 on Tuesday. " +
      "Chelsea manager Enzo Maresca said his side had tired. Chelsea face Tottenham on Sunday, while Everton play Leeds. " +
      "Leeds have won four in a row, and Arsenal lost 3-0 to Newcastle. Wolverhampton beat Brentford 1-0.\n";
    expect(typed(text)).toEqual([
      "organization:Bayern Munich",
      "organization:Chelsea",
      "place:Munich",
      "organization:Reuters",
      "person:Enzo Maresca",
      "organization:Tottenham",
      "organization:Everton",
      "organization:Leeds",
      "organization:Arsenal",
      "organization:Newcastle",
      "organization:Wolverhampton",
      "organization:Brentford",
    ]);
  });

  it("reads a town's name before a player's position as its club's", () => {
    expect(typed("Late winner\n\nOn Monday, the Liverpool forward Mo Salah scored twice.\n")).toEqual(["organization:Liverpool", "person:Mo Salah"]);
  });

  it("reads a basketball score's three digits after a result's verb, but not a model's number or a count's range", () => {
    const text =
      "Finals\n\nOn Monday, Boston beat Miami 101-99, and Denver lost 118-121 in overtime. " +
      "Ann Cole flew a Boeing 737-800 to Chicago, and Detroit won 150-200 orders.\n";
    expect(typed(text)).toEqual([
      "organization:Boston",
      "organization:Miami",
      "organization:Denver",
      "person:Ann Cole",
      "organization:Boeing",
      "place:Chicago",
      "place:Detroit",
    ]);
  });

  it("reads a club named after `the` like a person as one when a match's score stands beside it, in all its mentions", () => {
    const text = "Rivals\n\nOn Monday, the Yankees beat the Red Sox 5-3 at Fenway Park. Red Sox manager Alex Cora was upset, and Jack Black fans cheered.\n";
    expect(typed(text)).toEqual(["organization:Yankees", "organization:Red Sox", "place:Fenway Park", "person:Alex Cora", "person:Jack Black"]);
  });

  it("reads a club the Arabic article opens as one when a score stands beside it, and a person so named as a person elsewhere", () => {
    const text =
      "Cup\n\nOn Monday, Al Nassr beat Al Hilal 3-1 and Al Ittihad drew 1-1 with El Gouna. Al Nassr coach Stefano Pioli was pleased. " +
      "Al Horford, a retired player, and Al Marsh fans watched El Salvador beat Peru 2-0.\n";
    expect(typed(text)).toEqual([
      "organization:Al Nassr",
      "organization:Al Hilal",
      "organization:Al Ittihad",
      "organization:El Gouna",
      "person:Stefano Pioli",
      "person:Al Horford",
      "person:Al Marsh",
      "place:El Salvador",
      "place:Peru",
    ]);
  });

  it("reads the side a result's noun and score stand before, or a loan names, as a club, which goes by its town's name", () => {
    const text =
      "Cup\n\nOn Saturday, Millbrook Rovers claimed a 2-1 win over Harlow Town. Harlow had led at the break, and Harlow boss Gary Fenwick was sad. " +
      "Winger Tom Abbott, on loan from Brentford, scored.\n";
    expect(analyzeArticle(text).entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["organization", "Millbrook Rovers", 1],
      ["organization", "Harlow Town", 3],
      ["person", "Gary Fenwick", 1],
      ["person", "Tom Abbott", 1],
      ["organization", "Brentford", 1],
    ]);
  });

  it("reads a club's opponent after `host` as a club, and the ground after a score as a place", () => {
    expect(typed("Result\n\nRovers beat Bexley 2-1 at Eastfield Park. Bexley host Ashford on Tuesday, and BBC host Nick Robinson will watch.\n")).toEqual([
      "organization:Rovers",
      "organization:Bexley",
      "place:Eastfield Park",
      "organization:Ashford",
      "organization:BBC",
      "person:Nick Robinson",
    ]);
  });

  it("reads the name after a club's score as its opponent: `Tarvel Rovers 3-1 Sarno City`", () => {
    expect(typed("Rovers win\n\nThe match ended Tarvel Rovers 3-1 Sarno City on Saturday.\n\nBayern Munich beat Chelsea 2-1\n\nVelmar residents cheered.\n")).toEqual([
      "organization:Tarvel Rovers",
      "organization:Sarno City",
      "organization:Bayern Munich",
      "organization:Chelsea",
      "place:Velmar",
    ]);
  });

  it("keeps players people: a full name, its surname, and a set's scores", () => {
    const text = "Final\n\nRafael Nadal beat Novak Djokovic 6-3 6-4 in Paris. Djokovic won 7-5, 6-2 against Andy Murray. Nadal lost 6-3 to Murray later.\n";
    expect(typed(text)).toEqual(["person:Rafael Nadal", "person:Novak Djokovic", "place:Paris", "person:Andy Murray"]);
  });

  it("reads a set's tie-break, between sets or alone, as a set's score", () => {
    const text = "Final\n\nOn Monday, Holger Ravn beat Ilkka Renvall 6-7 (3-7) 6-4 6-3 in Paris, and Tevita Larsen edged Ruud Maas 7-6(5) in the final set.\n";
    expect(typed(text)).toEqual(["person:Holger Ravn", "person:Ilkka Renvall", "place:Paris", "person:Tevita Larsen", "person:Ruud Maas"]);
  });

  it("reads no club where a range of dates or a share follows a town, or where nothing in the article is a match", () => {
    expect(typed("Festival\n\nThe festival returns to Glastonbury 24-28 June. Springfield lost 2-3 percent of its jobs.\n")).toEqual([
      "place:Glastonbury",
      "place:Springfield",
    ]);
    expect(typed("Budget\n\nThe council said Leeds have to save money, and Leeds are not alone.\n")).toEqual(["place:Leeds"]);
  });

  it("reads a score after a line break of any kind", () => {
    expect(typed("Result\r\n\r\nOn Saturday, Rovers\r\nbeat Bexley 2-1, and Ashford\tbeat Dover 1-0.\r\n")).toEqual([
      "organization:Rovers",
      "organization:Bexley",
      "organization:Ashford",
      "organization:Dover",
    ]);
  });

  it("keeps a national or a state's side its country's or state's type", () => {
    expect(typed("Cup\n\nEngland beat Wales 2-0 and Texas coach Steve Sarkisian watched.\n")).toEqual(["place:England", "place:Wales", "place:Texas", "person:Steve Sarkisian"]);
  });
  it("reads a plural verb after a town's name as its club's in an article of sport with no match in it, and not in one of no sport", () => {
    expect(typed("Transfer\n\nThis week Wigan have signed the midfielder Tomas Lund, 20, on a five-year deal.\n")).toEqual(["organization:Wigan", "person:Tomas Lund"]);
    expect(typed("Budget\n\nThis week Wigan have approved the budget, said Tomas Lund, 20.\n")).toEqual(["place:Wigan", "person:Tomas Lund"]);
    // (not after a preposition and `the`: the verb is an earlier subject's)
    expect(typed("Outbreak\n\nPassengers and crew aboard the Azure Horizon have fallen ill, said Tomas Lund, 20.\n")).toEqual(["other:Azure Horizon", "person:Tomas Lund"]);
  });

  it("reads a town's name before a club officer's noun as its club's in an article of sport, and not in one of no sport", () => {
    expect(typed("Transfer\n\nSarno City chairman Luis Mata said the club had turned down two bids for the striker.\n")).toEqual(["organization:Sarno City", "person:Luis Mata"]);
    expect(typed("Budget\n\nSarno City chairman Luis Mata said the council had turned down two bids for the depot.\n")).toEqual(["place:Sarno City", "person:Luis Mata"]);
  });

  it("reads the town a player is signed or joined from as its club's in an article of sport, and not in one of no sport", () => {
    expect(typed("Transfer\n\nThen Halvik Rovers signed striker Ivo Lusk from Orsel City for a club-record fee. Ana Ruiz joined from Velmar.\n")).toEqual([
      "organization:Halvik Rovers",
      "person:Ivo Lusk",
      "organization:Orsel City",
      "person:Ana Ruiz",
      "organization:Velmar",
    ]);
    expect(typed("Budget\n\nThen the council signed a deal with Ivo Lusk from Orsel City for the depot.\n")).toEqual(["person:Ivo Lusk", "place:Orsel City"]);
  });

  it("reads a rowing crew's town as its side, by a plural `win` or `lose` after it and `crews` after it, where rowers are", () => {
    expect(typed("Rowing\n\nWigan win the race on Saturday while Preston crews struggle and the cox falls in.\n")).toEqual(["organization:Wigan", "organization:Preston"]);
    expect(typed("Rowing\n\nWigan lose the race on Saturday, the rowers said.\n")).toEqual(["organization:Wigan"]);
  });

  it("reads a town played `against` as a club in an article about clubs, but no other name, and not in an article of no sport", () => {
    expect(typed("Transfer\n\nWigan have signed the midfielder Tomas Lund, who could start against Bournemouth on Aug. 15 and has campaigned against Brexit.\n")).toEqual([
      "organization:Wigan",
      "person:Tomas Lund",
      "organization:Bournemouth",
      "other:Brexit",
    ]);
    expect(typed("Budget\n\nWigan have set a budget, and Tomas Lund spoke against Bournemouth on Aug. 15.\n")).toEqual(["place:Wigan", "person:Tomas Lund", "place:Bournemouth"]);
  });

  it("reads a cricket side's innings after its name as its score: runs for wickets, all out, or wickets for runs", () => {
    expect(typed("Day one\n\nThen Halvik 389-6 and Tarvel 245 all out were the scores. Then Kelmo 6/301 was the other.\n")).toEqual([
      "organization:Halvik",
      "organization:Tarvel",
      "organization:Kelmo",
    ]);
    // (in words after a verb, `reached 341 for five`, or bowled out; not what a count is for)
    expect(typed("Day one\n\nThen Orsel reached 341 for five against Dersk. Tarvel was bowled out for 210. Velmar made 200 for five charities.\n")).toEqual([
      "organization:Orsel",
      "other:Dersk",
      "organization:Tarvel",
      "other:Velmar",
    ]);
  });

  it.each(["batters", "batsmen", "bowlers", "seamers", "spinners", "openers"])("reads a name before a cricket side's `%s` as its club's", (noun) => {
    expect(typed(`Day one\n\nThen Dersk's ${noun} struggled on a flat pitch.\n`)).toEqual(["organization:Dersk"]);
  });

  it("reads a name before a side's noun in the possessive as a club's, though no table knows it, but not a work's before its fans", () => {
    expect(typed("Day one\n\nThen Dersk's seamers struggled. Velmar's manager Ana Ruiz was sacked. Halvik's mayor spoke. Star Trek's fans cheered.\n")).toEqual([
      "organization:Dersk",
      "organization:Velmar",
      "person:Ana Ruiz",
      "place:Halvik",
      "other:Star Trek",
    ]);
  });

  it.each(["match", "game", "fixture", "tie", "debut", "clash", "win", "victory", "defeat", "loss", "draw", "final", "derby", "opener"])(
    "reads a name no context types after `%s against` as a club in an article about clubs",
    (noun) => {
      expect(typed(`Transfer\n\nWigan have signed the midfielder Tomas Lund. He shone in the ${noun} against Corvel.\n`)).toEqual([
        "organization:Wigan",
        "person:Tomas Lund",
        "organization:Corvel",
      ]);
    },
  );

  it("reads a result's own line as its two sides, each before its score, and no number inside a name", () => {
    const text = "Report\r\n\r\nVelmar 24 Norvex 22\r\n\r\nVelmar won on Saturday in Tarvel. Norvex lost its way, said Ivo Lusk, and Channel 4 News said so.\r\n";
    expect(typed(text)).toEqual(["organization:Velmar", "organization:Norvex", "place:Tarvel", "person:Ivo Lusk", "organization:Channel 4 News"]);
    expect(typed("Report\n\nVelmar, 24 Sarno Rovers 22 times\n\nVelmar grew on Saturday.\n")).toEqual(["other:Velmar", "organization:Sarno Rovers"]);
  });
});
