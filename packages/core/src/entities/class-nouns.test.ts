import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze.js";

const types = (text: string) => Object.fromEntries(analyzeArticle(text).entities.map((e) => [e.name, e.type]));

describe("a lower-case noun before a name types it", () => {
  it("reads the noun right before the name, with or without its article", () => {
    expect(types("Critics were quoted by the secularist magazine Lumenpost on Tuesday.")).toEqual({ Lumenpost: "organization" });
    expect(types("He left its elite group the Tallow Circle in 2010.")).toEqual({ "Tallow Circle": "organization" });
    expect(types("Figures came from the ratings body Barb on Tuesday.")).toEqual({ Barb: "organization" });
    expect(types("The fine fell on the schools Santo Pietro and Maravilla last year.")).toEqual({ "Santo Pietro": "organization", Maravilla: "organization" });
  });

  it.each([
    ["the planet Venus", "Venus"],
    ["the planets Venus and Velmar", "Venus"],
    ["the moon Titan", "Titan"],
    ["the moons Titan and Velmar", "Titan"],
    ["the constellation Orion", "Orion"],
    ["the constellations Orion and Velmar", "Orion"],
    ["the galaxy Andromeda", "Andromeda"],
    ["the galaxies Andromeda and Velmar", "Andromeda"],
  ])("reads a heavenly body's name after its noun (%s) as a place's, as Earth's is", (phrase, name) => {
    expect(types(`Sky\n\nThen astronomers watched ${phrase}.`)[name]).toBe("place");
  });

  it("reads the name a body calls itself, and a gang's, as a body's", () => {
    expect(types("Hack\n\nA gang calling itself BlackVane struck. A cartel that calls itself Orvek struck. A militia that called itself Halvik struck. The gangs call themselves Dersk. A ransomware gang named Norvex struck.\n")).toEqual({
      BlackVane: "organization",
      Orvek: "organization",
      Halvik: "organization",
      Dersk: "organization",
      Norvex: "organization",
    });
  });

  it("reads a hyphenated class noun as one noun", () => {
    expect(types("Launch\n\nThe rocket was built by the start-up Astravel. The non-profit Corvel Trust paid.\n")).toEqual({ Astravel: "organization", "Corvel Trust": "organization" });
  });

  it.each(["three-piece", "four-piece", "five-piece", "six-piece"])("reads a band's `%s` before a name as a body's noun, over a place's head word", (noun) => {
    expect(types(`Festival\n\nThen the Dublin ${noun} Orsel Road drew a crowd.\n`)).toEqual({ Dublin: "place", "Orsel Road": "organization" });
  });

  it("reads a craft's or a ship's name with its number, and over a newspaper's head word", () => {
    expect(types("Launch\n\nThe probe Kestrel 2 reached orbit. The satellite, Meteor Sentinel 4, was lost. The tanker Pacific Herald sank.\n")).toEqual({
      "Kestrel 2": "other",
      "Meteor Sentinel 4": "other",
      "Pacific Herald": "other",
    });
  });

  it("reads unknown words before a body's noun that describes the body named after it as where the body is, save an owner's or a word's", () => {
    expect(types("Museum\n\nIt was designed by the Dersk firm Orvek Studio. The Norvex unit Kelmo Labs was sold. The Sarno firm was sold. It was built by the Apex firm Kelmo Works.")).toEqual({
      Dersk: "place",
      "Orvek Studio": "organization",
      Norvex: "organization",
      "Kelmo Labs": "organization",
      Sarno: "organization",
      Apex: "organization",
      "Kelmo Works": "organization",
    });
     for (const noun of ["subsidiary", "division", "brand", "label", "chain", "fund", "venture", "studio"]) {
      expect(types(`Deal\n\nThe Norvex ${noun} Kelmo Labs was sold.`)).toEqual({ Norvex: "organization", "Kelmo Labs": "organization" });
    }
  });

  it("reads a word between a plural noun and a class noun as the plural's verb, not a modifier of the noun", () => {
    expect(types("Envoys visit palace\n\nThe Ghent museum curator met them.")).toEqual({ Ghent: "place" });
  });

  it("reads a body's or a place's noun set before a name by a comma as its noun where the name ends the phrase", () => {
    expect(types("Ana Ruiz, head of the rescue agency, Basarnas. They reached the town, Tarrowby. Tom Hale spoke to the town, Kowalczyk said.")).toEqual({
      "Ana Ruiz": "person",
      Basarnas: "organization",
      Tarrowby: "place",
      "Tom Hale": "person",
      Kowalczyk: "person",
    });
    expect(types("Ana Ruiz thanked the head of the agency, Mariam.")).toEqual({ "Ana Ruiz": "person", Mariam: "person" });
    // (or the noun a relative clause before the comma describes, not the last noun of the clause)
    expect(types("Spill\n\nThen the shipping company that operates the tanker, Halvik Marine, said it would help. Then officials said that the agency, Orsel Rescue, was closing. Then the ship that hit the bank, Kelvar Star, sank. Then the firm that sold it fell; the tanker, Dersk Star, sank.")).toEqual({
      "Halvik Marine": "organization",
      "Orsel Rescue": "organization",
      "Kelvar Star": "other",
      "Dersk Star": "other",
    });
  });

  it("reads a state's noun, after the name or before a list, as a place's", () => {
    for (const noun of ["country", "nation", "kingdom", "republic", "colony", "territory", "emirate"]) {
      expect(types(`Ana Ruiz praised Norvalia, a small ${noun} in the south.`)).toEqual({ "Ana Ruiz": "person", Norvalia: "place" });
    }
    for (const noun of ["countries", "nations", "kingdoms", "republics", "colonies", "territories", "emirates"]) {
      expect(types(`Ana Ruiz toured ${noun} such as Norvalia and Tarvia.`)).toEqual({ "Ana Ruiz": "person", Norvalia: "place", Tarvia: "place" });
    }
  });

  it.each(["varieties", "cultivars", "breeds"])("reads names after `%s such as` as kinds of crops or animals, not people", (noun) => {
    expect(types(`Harvest\n\nThen ${noun} such as Maris Piper and Kelmo Red did badly.`)).toEqual({ "Maris Piper": "other", "Kelmo Red": "other" });
  });

  it("reads a trade's noun as a firm's, over a place's name the gazetteer knows", () => {
    expect(types("The film opens in May, distributor Dover said, and the steel importer Tarvel agreed.")).toEqual({ Dover: "organization", Tarvel: "organization" });
  });

  it("reads a fund's name as a body's", () => {
    expect(types("Stake sold\n\nOn Monday, the Qatari fund Mayvola sold a stake. Funds such as Brenlow Partners lost.")).toEqual({ Mayvola: "organization", "Brenlow Partners": "organization" });
  });

  it("reads a restaurant's, a bistro's or a brewery's name as a business's, and a ward's as a place's", () => {
    expect(types("The Stockholm bistro Lilla Ljus won a star, as did Havgaard, a farm restaurant.")).toEqual({ Stockholm: "place", "Lilla Ljus": "organization", Havgaard: "organization" });
    expect(types("He called for a by-election in the Northgate ward on Monday.")).toEqual({ Northgate: "place" });
  });

  it("reads a joint venture's or a miner's name as a body's, and a body's partner or owner as a body unless named as a person", () => {
    expect(types("The dam was run by the joint venture Tolvara, and the miner Sendai Ores paid.")).toEqual({ Tolvara: "organization", "Sendai Ores": "organization" });
    expect(types("The miner and its partner Vossberg Ridley agreed to pay.")).toEqual({ "Vossberg Ridley": "organization" });
    expect(types("The band and its owner John Smith agreed to pay.")).toEqual({ "John Smith": "person" });
    expect(types("The party and its junior partner Vossberg Ridley lost seats.")).toEqual({ "Vossberg Ridley": "organization" });
    expect(types("The gallery and her partner Vossberg Ridley agreed to pay.")).toEqual({ "Vossberg Ridley": "person" });
  });

  it("reads a body's noun before a name that a place's word ends as the body's", () => {
    expect(types("Then she joined the band Silver Harbour in 1980.")).toEqual({ "Silver Harbour": "organization" });
    expect(types("Then she moved to Silver Harbour in 1980.")).toEqual({ "Silver Harbour": "place" });
  });

  it("reads a work set off by commas after its noun and an article or its maker's possessive as a thing", () => {
    expect(types("Then his last novel, Winter Harbour, ran to 700 pages.")).toEqual({ "Winter Harbour": "other" });
    expect(types("Then the film, Kelmo Bay, opened in May.")).toEqual({ "Kelmo Bay": "other" });
    expect(types("Then we saw a film in May, Kelmo Bay said.")).toEqual({ "Kelmo Bay": "place" });
  });

  it("reads a publisher after `published by` as a body, unless named as someone is", () => {
    expect(types("Then the book is published by Norvex Books.")).toEqual({ "Norvex Books": "organization" });
    expect(types("Then the memoir is published by John Smith.")).toEqual({ "John Smith": "person" });
  });

  it("reads a town's neighbour as a place with no role, and someone's neighbour as a person", () => {
    const text = "Then it was overlooked in favour of its larger neighbour Kelmo for decades.";
    expect(types(text)).toEqual({ Kelmo: "place" });
    expect(analyzeArticle(text).entities[0]?.roles).toEqual([]);
    expect(types("Then he was visited by his neighbour Kelmo for decades.")).toEqual({ Kelmo: "person" });
  });

  it("reads what one holds shares or a stake in as a company, and a place after any other `in`", () => {
    expect(types("Shares in Varnholt fell 4% after a fund took a stake in Brightwell Marine, based in Dunmore.")).toEqual({ Varnholt: "organization", "Brightwell Marine": "organization", Dunmore: "place" });
  });

  it("reads the body a worker is `for` or `at` as an organization, but not the region a role covers", () => {
    expect(types("Ana Ruiz, chief economist for Latin America at Capital Economics, said prices rose.")).toEqual({ "Ana Ruiz": "person", "Latin America": "place", "Capital Economics": "organization" });
    expect(types("Ana Ruiz, an analyst for Tarvel Markets, said prices rose.")).toEqual({ "Ana Ruiz": "person", "Tarvel Markets": "organization" });
  });

  it("reads a body's noun set after a name over a place's head word, as the plural after `one of` too", () => {
    expect(types("On Monday, the head of Hope Harbour, a children's charity, quit.")).toEqual({ "Hope Harbour": "organization" });
    expect(types("On Monday, the board of Tarvel Harbour, one of the country's largest children's charities, quit.")).toEqual({ "Tarvel Harbour": "organization" });
    expect(types("On Monday, a spokesman for Tarvel Airport said flights were late.")).toEqual({ "Tarvel Airport": "place" });
  });

  it("reads a place noun before `of`, and the noun a naming word points back to", () => {
    expect(types("The distillery stands on the island of Kelda, far from the mainland.")).toEqual({ Kelda: "place" });
    expect(types("She joined an elite group within the church called the Tallow Circle.")).toEqual({ "Tallow Circle": "organization" });
    expect(types("They moved to a village known as Brennock in the spring.")).toEqual({ Brennock: "place" });
  });

  it("reads the name a business is run under, after `trades as`, `traded as` or `trading as`, as a body's", () => {
    expect(types("The court heard that Whitlock, who traded as GW Roofing, lied. Ana Ruiz, trading as Kelmo Blinds, did too, as did Ivo Lusk, who trades as Sarvo Glazing.")).toEqual({
      Whitlock: "person",
      "GW Roofing": "organization",
      "Ana Ruiz": "person",
      "Kelmo Blinds": "organization",
      "Ivo Lusk": "person",
      "Sarvo Glazing": "organization",
    });
  });

  it("reads who lives in a place, or a stretch of it, before `of` as the place's, every one of a list", () => {
    expect(types("On Monday, a resident of Varnell who works with a firm lost money.")).toEqual({ Varnell: "place" });
    expect(types("On Monday, teams cleared low-lying areas of Varnell, Ostek and Dunmo.")).toEqual({ Varnell: "place", Ostek: "place", Dunmo: "place" });
    expect(types("On Monday, councillors approved 400 homes on the edge of Sarnby.")).toEqual({ Sarnby: "place" });
    expect(types("On Monday, crowds filled the streets of Sarnby below the skyline of Varnell.")).toEqual({ Sarnby: "place", Varnell: "place" });
    expect(types("Residents of Varnell met on Monday.")).toEqual({ Varnell: "place" });
    expect(types("Residents of Varnell and Ostek reported debris on their beaches.")).toEqual({ Varnell: "place", Ostek: "place" });
  });

  it("types every name of a list the noun introduces", () => {
    expect(types("Some still worship ancient gods, such as Vorun, Hesta, Peladon and Athira, at home.")).toEqual({
      Vorun: "person",
      Hesta: "person",
      Peladon: "person",
      Athira: "person",
    });
    expect(types("New religions such as Vardism borrow from older ones.")).toEqual({ Vardism: "group" });
    // the plural capitalised as the sentence's first word
    expect(types("Lenders including Kestrel Dunmore cut their rates.")).toEqual({ "Kestrel Dunmore": "organization" });
  });

  it("reads works and languages as other things, unless a clause follows the name", () => {
    expect(types("She launched her graphic novel Angel Corvid, with illustrator Jon Reyes.")).toEqual({ "Angel Corvid": "other", "Jon Reyes": "person" });
    expect(types("Pages are written in the markup language HTML 5 now.")).toEqual({ HTML: "other" });
    expect(types("It was the film Anna Kessler made in 2001.")).toEqual({ "Anna Kessler": "person" });
  });

  it("reads the names after bookmakers, opening a sentence, as firms'", () => {
    expect(types("Race\n\nBookmakers Tallbrokes and Betvane said few punters won.")).toEqual({ Tallbrokes: "organization", Betvane: "organization" });
  });

  it("leaves names alone when the noun belongs to something else or is a verb", () => {
    // examples after a singular noun belong to an earlier plural: `defectors ... including`
    expect(types("It attacked defectors from the organization including Tom Brandt and Mark Ellery.")).toEqual({ "Tom Brandt": "person", "Mark Ellery": "person" });
    // a comma alone does not make a list: `Anna Kessler` is not one of the town's names
    expect(types("The plant is in the town of Dunmore, Anna Kessler said.")).toEqual({ Dunmore: "place", "Anna Kessler": "person" });
    expect(types("Critics say they group Vellacourt with the old parties.").Vellacourt).not.toBe("organization");
    // a name in the possessive owns the example and is none: the novel is the library's, not the woman
    expect(types("The board pulled books from its libraries, including Ana Ruiz's novel.")).toEqual({ "Ana Ruiz": "person" });
    // a clause after a person's name, which the sentence's verb follows, tells what the person did to the body
    expect(types("The company Ana Ruiz founded was sold. The bistro Lilla Ljus closed in May.")).toEqual({ "Ana Ruiz": "person", "Lilla Ljus": "organization" });
  });
});

describe("a noun phrase after a copula types the name before it", () => {
  it.each([
    ["has become the latest country to launch a satellite", "place"],
    ["is a company that makes cars", "organization"],
    ["was the first club to win it", "organization"],
    ["remains the biggest lender in Velmar", "organization"],
    ["became a town in 1901", "place"],
    ["becomes the first town to ban cars", "place"],
    ["remained the biggest club in Dersk", "organization"],
    ["had been a club for a century", "organization"],
  ])("reads `Kelvo %s` by the phrase's head noun", (predicate, type) => {
    expect(types(`Title\n\nThen Kelvo ${predicate}.`).Kelvo).toBe(type);
  });
});

describe("a noun phrase in apposition after a name types it", () => {
  it.each(["known for", "better known for", "best known for", "widely praised for", "well liked for", "formerly owned by", "once owned by", "now owned by", "famed for", "led by"])(
    "reads the head of an appositive before `%s` as the name's kind",
    (words) => {
      expect(types(`Chargers\n\nNorvex, a Shenzhen company ${words} its chargers, has grown.`)).toEqual({ Norvex: "organization", Shenzhen: "place" });
    },
  );

  it("reads the phrase's head noun, after modifiers and before a preposition, also for the sentence's first word", () => {
    expect(types("Regulators fined Ridgeway Analytics, a data startup, and Halvorsen, a Boston-based brokerage.")).toEqual({
      "Ridgeway Analytics": "organization",
      Halvorsen: "organization",
      Boston: "place",
    });
    expect(types("Verlinden, a Dutch insurer, declined to comment. Pemberton, a small town in Kent, voted.")).toEqual({ Verlinden: "organization", Pemberton: "place", Kent: "place" });
    // (a clause after the head, opened by `to`, `who` or `where`, leaves it the head)
    expect(types("Then Norvex, the first company to list in Kelmo, fell. Dersk, the only club who beat us, fell. Orvek, the town where Ivo Lusk grew up, flooded.")).toEqual({
      Norvex: "organization",
      Kelmo: "place",
      Dersk: "organization",
      Orvek: "place",
      "Ivo Lusk": "person",
    });
    // (a name in the possessive may open the phrase as an article does)
    expect(types("Norvex Tarn, Kelmo's biggest lender, fell. Ana Ruiz, Kelmo's finance minister, spoke.")).toEqual({ "Norvex Tarn": "organization", Kelmo: "place", "Ana Ruiz": "person" });
    // (a doer's noun that a person's role shares types a business when its size ranks it, unless a given name opens the name)
    expect(types("Norvex Steel, the biggest producer, fell. Sarvo Kell, the largest employer, cut jobs. Ana Ruiz, the largest donor, spoke. Ivo Lusk, the biggest star, sang.")).toEqual({
      "Norvex Steel": "organization",
      "Sarvo Kell": "organization",
      "Ana Ruiz": "person",
      "Ivo Lusk": "person",
    });
  });

  it("leaves a sentence's first everyday word alone, and a phrase whose head is a person's function", () => {
    expect(types("Meanwhile, a company in Texas said it would act.")).toEqual({ Texas: "place" });
    // (an adverb of place or of time opening the sentence is no name the phrase describes)
    expect(types("Elsewhere, the Austrian town of Melk reported floods.")).toEqual({ Melk: "place" });
    expect(types("Upstream, the border town of Melk reported floods. Nearby, the city of Brno did too.")).toEqual({ Melk: "place", Brno: "place" });
    expect(types("They met Carla Brennock, a school teacher, on Friday.")).toEqual({ "Carla Brennock": "person" });
    // (a body's noun for a doer may be a person's, whose name opens with a given name)
    expect(types("They met Dan Lusk, the broadcaster, and Orsel, the publisher, on Friday.")).toEqual({ "Dan Lusk": "person", Orsel: "organization" });
    // (whose surname may be a rarer word of the dictionary)
    expect(types("They met Ben Ode, a software developer, on Friday.")).toEqual({ "Ben Ode": "person" });
  });

  it("reads a work's noun in apposition over a place's head word, and ends the phrase at `about` or `by`", () => {
    expect(types("Then she praised Kelmo Harbour, a film about a family, Tarvel Bay, a book by Eva Lind, and Sarno Cove, a drama set in Orsel.")).toEqual({
      "Kelmo Harbour": "other",
      "Tarvel Bay": "other",
      "Eva Lind": "person",
      "Sarno Cove": "other",
      Orsel: "place",
    });
  });

  it("reads a work's noun after a possessive pronoun in apposition, but no other noun after one", () => {
    expect(types("Then they ended with Glass Harbour, their new song, and Kelmo Bay, her first film.")).toEqual({ "Glass Harbour": "other", "Kelmo Bay": "other" });
    // (`its research station` may be a body's or a place's: where one spends winters says which)
    expect(types("Then he spent eleven winters at Halvik, its research station on the ice.")).toEqual({ Halvik: "place" });
  });

  it("reads a work's noun after its maker's name in the possessive in apposition", () => {
    expect(types("Then Ivo Lusk's third novel, The Salt Road, and Ana Ruiz's latest film, Tarvel Bay, came out.")).toEqual({
      "Ivo Lusk": "person",
      "The Salt Road": "other",
      "Ana Ruiz": "person",
      "Tarvel Bay": "other",
    });
  });

  it("reads on past a figure before the phrase's head", () => {
    expect(types("Then she praised Tarvel Bay, a 2019 film, and Glass Harbour, their 2011 song.")).toEqual({ "Tarvel Bay": "other", "Glass Harbour": "other" });
  });

  it.each(["a 200-acre estate", "the 3-hectare plot"])("reads a phrase that measures the name in units of land (`%s`) as a place's, whatever its noun", (phrase) => {
    expect(types(`They bought Orselmo, ${phrase}, on Friday.`)).toEqual({ Orselmo: "place" });
  });

  it.each(["between", "beside", "along", "off", "across", "behind", "beneath", "opposite", "outside"])("ends the phrase at `%s`, a preposition of place after its head", (preposition) => {
    expect(types(`Then they praised Orselmo, a quiet company ${preposition} the hills.`)).toEqual({ Orselmo: "organization" });
  });

  it.each(["drama", "thriller", "book"])("reads `%s` in apposition as a work's noun", (noun) => {
    expect(types(`Then she praised The Quiet Harbour, a ${noun} about a family.`)).toEqual({ "The Quiet Harbour": "other" });
    expect(types(`Then she praised the ${noun}s Quiet Harbour and Kelmo Bay.`)).toEqual({ "Quiet Harbour": "other", "Kelmo Bay": "other" });
  });

  it("ends the phrase at a participle after its head noun, and reads on past one before it", () => {
    expect(types("Quarvel Tenno, the Franco-Italian firm leading the team, said so. Ostrava Lume, a French mining company, agreed.")).toEqual({
      "Quarvel Tenno": "organization",
      "Ostrava Lume": "organization",
    });
  });
});

describe("a craft's noun after a name types it", () => {
  it("reads a name before craft nouns, one or many, as the model's, whatever given name it also is", () => {
    expect(types("The military sent two Hercules transport planes and Ukraine asked for Vanta missiles.")).toEqual({ Hercules: "other", Ukraine: "place", Vanta: "other" });
    expect(types("The Europa Clipper spacecraft flew on.")).toEqual({ "Europa Clipper": "other" });
  });

  it("reads a name before a car body's noun as the model's", () => {
    for (const noun of ["hatchback", "hatchbacks", "sedan", "sedans", "saloon", "saloons", "coupe", "coupes", "minivan", "minivans"]) {
      expect([noun, types(`The recall covers Norvex Arca ${noun} built in 2019.`)]).toEqual([noun, { "Norvex Arca": "other" }]);
    }
  });

  it("reads each name of a list before a craft's plural as a model's, as the last", () => {
    expect(types("Ukraine asked for Halvik Terra and Sarvo Ridge missiles.")).toEqual({ Ukraine: "place", "Halvik Terra": "other", "Sarvo Ridge": "other" });
  });

  it("reads a name before `model` or `models` as the model's", () => {
    expect(types("The recall covers certain Halvik Terra models. Ana Ruiz drove the Corvel Ember model.")).toEqual({ "Halvik Terra": "other", "Ana Ruiz": "person", "Corvel Ember": "other" });
  });

  it("reads a name after a flag's country as a ship's, whatever town the gazetteer knows by it", () => {
    expect(types("The Singapore-flagged Dali, headed to Colombo, struck the bridge.")).toEqual({ Singapore: "place", Dali: "other", Colombo: "place" });
  });
});

describe("a country's division after a name", () => {
  it("reads an unknown name before `area` as a place", () => {
    expect(types("Raids\n\nPolice searched homes in the Northfield area on Tuesday.")).toEqual({ Northfield: "place" });
  });

  it("reads one unknown word before `department` as a place, and a field's name or an acronym as no place", () => {
    expect(types("Fire\n\nOn Monday, villages in the Varnelle department were evacuated.")).toEqual({ Varnelle: "place" });
    const places = (text: string) => analyzeArticle(text).entities.filter((e) => e.type === "place").map((e) => e.name);
    expect(places("Fire\n\nOn Monday, he left the History department for the NFTD department, then the Maths department.")).toEqual([]);
  });
});

describe("a family's noun after a name types it", () => {
  it("reads the name before `family` or `dynasty` as a person's, not a place's", () => {
    expect(types("The carrier, which is controlled by the Hoffmann family, is not listed. The Quarrel dynasty ruled on.")).toEqual({ Hoffmann: "person", Quarrel: "person" });
  });

  it("reads a name before siblings' noun as a family's, and a town's name a person may have after `the` only", () => {
    expect(types("Survey\n\nOn Monday, doctors said the Adeyemi twins and the Tarrow brothers were well.")).toEqual({ Adeyemi: "person", Tarrow: "person" });
    expect(types("Survey\n\nOn Monday, the Washington family sued. A Lincoln family was evicted.")).toEqual({ Washington: "person", Lincoln: "place" });
  });

  it("reads a word with an ending of origin as a family's name before their noun, unless it comes from a place's name", () => {
    expect(types("Survey\n\nOn Monday, the Kardashian sisters sued. The Bostonian family was evicted.")).toEqual({ Kardashian: "person" });
    expect(types("Survey\n\nOn Monday, the Presbyterian family sued.")).toEqual({ Presbyterian: "group" });
  });
});

describe("a ship", () => {
  it("types a name set off by commas after a ship's noun and its article as a craft's, though a given name opens it", () => {
    expect(types("Title\n\nThe vessel, Aurora Velmar, is worth $300 million.")).toEqual({ "Aurora Velmar": "other" });
    expect(types("Title\n\nOn Monday, they seized the yacht, Ana Maria.")).toEqual({ "Ana Maria": "other" });
    expect(types("Title\n\nOn Monday, they boarded the ship, Ana Ruiz said.")).toEqual({ "Ana Ruiz": "person" });
    expect(types("Title\n\nOn Monday, police seized her yacht, Ana Maria.")).toEqual({ "Ana Maria": "person" });
  });

  it("types the name after a ship's or a craft's noun as a craft's, though it opens like a firm's and a verb follows", () => {
    expect(types("The ship SA Tarvel sailed. The vessel SA Borvin sailed. The icebreaker SA Orsel sailed. The tanker SA Sarno sailed. The freighter SA Velmar sailed. The trawler SA Norvex sailed. The yacht SA Lusko sailed. The lifeboat SA Quillon sailed. The schooner SA Brannock sailed. The liner SA Ostek sailed. The rover SA Lindqvar landed.")).toEqual({
      "SA Tarvel": "other",
      "SA Borvin": "other",
      "SA Orsel": "other",
      "SA Sarno": "other",
      "SA Velmar": "other",
      "SA Norvex": "other",
      "SA Lusko": "other",
      "SA Quillon": "other",
      "SA Brannock": "other",
      "SA Ostek": "other",
      "SA Lindqvar": "other",
    });
  });

  it("reads a ship's noun that opens the sentence as it reads one after `the`", () => {
    expect(types("Survey\n\nTanker SA Tarvel sank.")).toEqual({ "SA Tarvel": "other" });
  });

  it("reads a known body's acronym or a body's head word before a craft's noun as its maker's, another name as the craft's", () => {
    expect(types("Survey\n\nOn Monday, the NASA probe landed. Canadian Armed Forces aircraft flew in. The Orsel Corporation satellite failed. The SLIM probe tilted.")).toEqual({
      NASA: "organization",
      "Canadian Armed Forces": "organization",
      "Orsel Corporation": "organization",
      SLIM: "other",
    });
  });

  it("types a ship or a work named for a place by its noun, not by the place's head word", () => {
    expect(types("Survey\n\nOn Monday, the tanker Eagle Bay sank. Ana Ruiz starred in the film Mystic River.")).toEqual({ "Eagle Bay": "other", "Ana Ruiz": "person", "Mystic River": "other" });
    // (a work's title so headed is read though a clause follows it; a person's name is not: `the film Jonah Hill made`)
    expect(types("Premiere\n\nHer previous film The Glass Road won the prize. The film Jonah Hill made flopped.")).toEqual({ "The Glass Road": "other", "Jonah Hill": "person" });
  });

  it("leaves a ship's noun that opens the sentence out of the ship's name", () => {
    expect(types("Survey\n\nYacht Velmar Star ran aground. Lifeboat Orsel sank. Yacht Sarno Bay sank. Yacht Racing Association met.")).toEqual({ "Velmar Star": "other", Orsel: "other", "Sarno Bay": "other", "Yacht Racing Association": "organization" });
  });
});

describe("a border crossing and a hometown", () => {
  it("types the name after a hometown's noun and before a crossing's as a place", () => {
    expect(types("Ana Reyes thanked her hometown of Tarrowby. Trucks went through the Bab al-Nour crossing on Friday.")).toEqual({
      "Ana Reyes": "person",
      Tarrowby: "place",
      "Bab al-Nour": "place",
    });
  });
});
