/** What a line of scraped page furniture is, when it is not article text. */
export type BoilerplateKind = "copyright" | "comments" | "share" | "advertisement" | "navigation" | "contributors" | "note" | "correction" | "image";

export interface BoilerplateMatch {
  readonly kind: BoilerplateKind;
  /** For copyright lines: the holder and year as written. */
  readonly holder?: string;
  readonly year?: number;
}

/** A heading over the page's list of topic or story links: `Related Topics`, `Tags`, `More on this story`, `More from Business`, `Read more:`. */
const LIST_HEADING =
  /^(?:related topics|topics|tags|more on this story|related coverage|related content|see also|explore more|read more|related(?: (?:articles?|news|stories|posts|reading|links))?|also read|read also|read next|must read|more stories|more news|latest news|top stories|more from [a-z&'’ -]{1,30}|most read|trending(?: now)?|you may also like|you might also like|recommended(?: for you)?)\.?:?$/i;

/** A heading over a press office's names and numbers: `Media Contacts`, `Press contact:`. */
const CONTACTS_HEADING = /^(?:(?:news |press |media )(?:media )?)?contacts?:?$/i;

const SIGN_UP = /^.{0,160}\bsign up here[.!]?$/i;
/** Tried first on the paragraph's last characters: the whole pattern, open at its start, costs a step per character of every short paragraph. */
const SIGN_UP_END = /sign up here[.!]?$/i;
/** A link alone or under its label: `AP NFL: https://apnews.com/hub/nfl`. */
const LINK_LINE = /^(?:[\p{L}\p{N} .&'’-]{1,40}:\s*)?(?:https?:\/\/|www\.)\S+$/u;
/** An email address: `alee@example.net`. */
const EMAIL_ADDRESS = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** A wire footer's address line: `Ann Lee in London at alee@example.net`. */
const EMAIL_LINE = new RegExp(String.raw`^(?:[\p{L}.'’ -]{2,60} (?:in [\p{L}.'’ -]{2,40} )?at )?${EMAIL_ADDRESS}$`, "u");

/** An email address, a phone number (`937-555-0142`, `(937) 555-0142`, `+44 20 7946 0000`) or a social handle. */
const REACH = String.raw`(?:${EMAIL_ADDRESS}|\+?\(?\d[\d() .-]{5,18}\d|@\w{1,30})`;
/**
 * A local paper's footer on how to reach its reporter: `Contact Melissa Hartwell at mh@example.com or 937-555-0142.`,
 * `Reach reporter Ann Lee at 555-0100.`, `Ann Lee can be reached at alee@example.com.`, with a following line on where to follow them.
 */
const REPORTER_CONTACT = new RegExp(
  String.raw`^(?:(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)(?: (?:reporter|staff writer|writer|columnist|editor))? \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:can|may) be reached) (?:by (?:email|e-mail|phone) )?(?:at|on) ${REACH}(?:,? (?:or|and) (?:by (?:email|e-mail|phone) )?(?:at |on )?${REACH})*\.?(?: [Ff]ollow (?:him|her|them|\p{Lu}[\p{L}.'’-]*) on [^.]{1,60}\.?)?$`,
  "u",
);
const REPORTER_CONTACT_START = /^(?:contact|reach|e-?mail|write to)\b|\bbe reached\b/i;

/* Patterns match a whole paragraph (trimmed); they describe page furniture that outlets and blog engines print. */
type LineTest = RegExp | { test(text: string): boolean };

/** The networks a page's buttons share a story on. */
const SHARE_NETWORK = "(?:facebook|twitter|x|linkedin|reddit|whatsapp|e-?mail|telegram|pinterest|messenger|flipboard)";
/** One share button's label (`Share on Facebook`, `Tweet`, `Email`); a network follows a preposition, so each label reads one way only. */
const SHARE_BUTTON = `(?:share(?: this(?: article| story| page| post)?|\\s+(?:on|via|to|with)\\s+${SHARE_NETWORK})?|save|tweet|print|pin it|copy link|${SHARE_NETWORK})`;

const WHOLE_LINE: ReadonlyArray<readonly [LineTest, BoilerplateKind]> = [
  [/^(?:no|\d{1,5}) comments?:?$/i, "comments"],
  [/^comments?(?::? ?\(\d{1,6}\)|: ?\d{1,6})?$/i, "comments"],
  [/^(?:post|add|leave|write) a comment\.?$/i, "comments"],
  [/^(?:view|show|load|read) (?:all |more )?comments?.{0,20}$/i, "comments"],
  [/^subscribe to:? post comments.{0,20}$/i, "comments"],
  [/^(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?$/i, "navigation"],
  // a page's own controls, scraped as lines: `Skip to main content`, `Menu`, `Search`, `Sign in`
  [/^(?:skip to (?:main )?(?:content|navigation|search)|(?:open |close |main |toggle )?(?:menu|navigation)|search|sign in|log ?in|register|my account|sections|subscribe(?: now)?|close)$/i, "navigation"],
  [/^(?:home|back to top|next article|previous article)\.?:?$/i, "navigation"],
  // a page's reading aids above the story: `Listen to this article`, `4 min read`
  [/^(?:listen to (?:this )?(?:article|story)|\d{1,3}[- ]min(?:ute)?s? read)$/i, "navigation"],
  // a page's breadcrumbs: `Home | News | World`, `News › World › Europe`
  [/^home(?:\s*[|>›»/•]\s*[\p{L}\p{N}&'’ -]{1,30}){1,5}$|^[\p{L}\p{N}&'’ -]{1,30}(?:\s*[>›»]\s*[\p{L}\p{N}&'’ -]{1,30}){2,5}$/iu, "navigation"],
  // a site's list of its popular stories, under its name: `Most Read from Bloomberg`
  [/^most (?:read|popular|viewed|shared) (?:from|on|at) [\p{L}\p{N} .&'’-]{1,40}$/iu, "navigation"],
  // a promotion that ends in its link: `Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here.`
  [{ test: (text) => SIGN_UP_END.test(text.slice(-14)) && SIGN_UP.test(text) }, "navigation"],
  [/^(?:labels?|tags|topics):.{0,120}$/i, "navigation"],
  [LIST_HEADING, "navigation"],
  [CONTACTS_HEADING, "contributors"],
  // (the two patterns open at their start cost more than all the others together; a search for their one fixed part rules out most lines)
  [{ test: (text) => (text.includes("http") || text.includes("www.")) && LINK_LINE.test(text) }, "navigation"],
  // `For more information, visit: example.org/x`
  [/^for more (?:information|info|details)\b.{0,80}\b(?:visit|see|go to):?\s+\S+$/i, "navigation"],
  // a wire service's link to its code of practice: `Our Standards: The Thomson Reuters Trust Principles.`
  [/^our standards:.{0,80}$/i, "navigation"],
  // a page's share buttons: `Share | Tweet | Email`, `Share on Facebook Share on Twitter Share via Email`
  [new RegExp(`^${SHARE_BUTTON}(?:[ |,/•·]+${SHARE_BUTTON})*:?$`, "i"), "share"],
  [/^(?:advertisement|sponsored|sponsored content|ad|story continues below(?: advertisement)?|(?:ad|commercial) break)$/i, "advertisement"],
  // a transcript's stage direction or an editor's mark in square brackets, on its own line: `[AD BREAK]`, `[CROSSTALK]`, `[END]`
  [/^\[[^[\]]{1,40}\]$/, "note"],
  // an interview's note on its editing: `This interview has been edited for length and clarity.`
  [/^(?:this )?(?:interview|conversation|transcript|q&a)(?: has been| was| is)? (?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))?(?: for (?:length|clarity|brevity)(?: and (?:length|clarity|brevity))?)?\.?$/i, "note"],
  [/^(?:read more|click here|continue reading|read the full (?:story|article))\b.{0,80}$/i, "navigation"],
  // a link to another story under a label: `Also Read: Gehlot resigns as CM`, `RELATED: Council approves cameras`
  [/^(?:also read|read also|related|see also|must read|don['’]t miss|read next|watch|listen)\s*[:|]\s*.{1,150}$/i, "navigation"],
  [/^(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,60}$/i, "navigation"],
  // a newsletter's sign-up by the newsletter's name: `Sign up to First Edition, our free daily newsletter`
  [/^(?:sign up|subscribe) (?:for|to) .{1,60}\bnewsletters?\b.{0,60}$/i, "navigation"],
  // a newsletter's promise under its sign-up: `Get the latest headlines delivered to your inbox every morning.`
  [/^get .{1,80} (?:delivered|sent) (?:straight |directly )?to your inbox(?: (?:every|each) (?:morning|evening|day|weekday|week)| daily| weekly)?\.?$/i, "navigation"],
  // the sign-up form's field and the consent under it: `Enter your email address`, `By signing up you agree to our Terms and Privacy Policy.`
  [/^(?:enter |type )(?:your )?e-?mail(?: address)?(?: here)?:?$/i, "navigation"],
  [/^by (?:signing up|subscribing|registering|continuing),? you (?:agree|accept|consent)\b.{1,160}$/i, "navigation"],
  // a paywall's notice and its offer: `This article is for subscribers only. Already a subscriber? Log in`, `Subscribe now for unlimited access`
  [/^this (?:article|story|content|piece) is (?:only )?(?:for|available to|exclusive to|reserved for) (?:our )?(?:paying )?(?:subscribers|members)(?: only)?\.?(?: already (?:a subscriber|a member|have an account)\?\s*(?:log ?in|sign ?in)\.?)?$/i, "navigation"],
  [/^already (?:a subscriber|a member|have an account)\?\s*(?:log ?in|sign ?in)(?: here)?\.?$/i, "navigation"],
  [/^(?:subscribe|sign up)(?: now| today)? for (?:unlimited|full|complete|premium|digital) (?:digital )?access\b.{0,60}$/i, "navigation"],
  [/^follow (?:us|me|him|her|them) on .{0,40}$/i, "share"],
  [/^(?:posted|published) by .{1,60}(?: at .{1,40})?$/i, "navigation"],
  // a press release's label above its headline, and the marks that end it: `FOR IMMEDIATE RELEASE`, `Embargoed until 00:01 GMT`, `###`
  [/^(?:for immediate release|(?:news|press|media) release|embargoed?(?: (?:until|till|to|for)\b.{1,60})?|#{3}|-\s?30\s?-)\.?:?$/i, "note"],
  // a credit to the agencies a story draws on: `(With inputs from PTI)`, `With agency inputs`
  [/^\(?with (?:(?:additional )?(?:inputs? from|reporting (?:by|from)) [^,;.()]{1,60}|(?:agency|wire) inputs)\)?\.?$/i, "contributors"],
  // a wire's footer of who to write to: `To contact the reporters on this story:`, then `Ann Lee in London at alee@example.net`
  [/^to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,120}$/i, "contributors"],
  [{ test: (text) => text.includes("@") && EMAIL_LINE.test(text) }, "contributors"],
  [{ test: (text) => REPORTER_CONTACT_START.test(text) && REPORTER_CONTACT.test(text) }, "contributors"],
];

/**
 * WHOLE_LINE with the patterns of each kind (and flags) joined into one, in the order kinds first appear,
 * then the tests that are functions: nearly every line fails each pattern at its first characters, and two
 * dozen calls cost about eight times what one call trying every alternative does.
 */
const LINE_TESTS = joinByKind(WHOLE_LINE);

function joinByKind(lines: ReadonlyArray<readonly [LineTest, BoilerplateKind]>): ReadonlyArray<readonly [LineTest, BoilerplateKind]> {
  const joined = new Map<string, { sources: string[]; flags: string; kind: BoilerplateKind }>();
  const tests: (readonly [LineTest, BoilerplateKind])[] = [];
  for (const [test, kind] of lines) {
    if (!(test instanceof RegExp)) {
      tests.push([test, kind]);
      continue;
    }
    const key = `${kind}/${test.flags}`;
    const group = joined.get(key);
    if (group !== undefined) group.sources.push(test.source);
    else joined.set(key, { sources: [test.source], flags: test.flags, kind });
  }
  return [...[...joined.values()].map(({ sources, flags, kind }) => [new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags), kind] as const), ...tests];
}

// (a wire service's sign-off stands in parentheses: `(Reporting by Terje Solsvik; Editing by Jan Harvey)`)
const CONTRIBUTORS = /(?:contributed (?:to )?(?:this )?(?:report|story|reporting)|^\(?(?:additional )?reporting by |^\(?(?:editing|writing|compiled) by |^[-–—\s]*with (?:assistance|help) from )/i;
/** The desk's and editors' initials a wire story ends with, as AFP's do: `bur-fo/jhb`, `sst/kma`. */
const DESK_INITIALS = /^[a-z]{2,4}(?:[-/][a-z]{2,4}){1,5}$/;
/**
 * Notes about the article rather than its text, which may run long: the print edition's line
 * (`A version of this article appears in print on …`) and a wire's note of what an update changed
 * (`(Updates with details from filing in fifth paragraph.)`).
 */
const PRINT_EDITION = /^a version of this (?:article|story) appear(?:s|ed) in print\b.{0,300}$/i;
/**
 * An editor's note about the article, at its top or its foot: `Correction: An earlier version of this article misstated …`.
 * Not the article's text, but it names what it corrects, so its names and dates are read.
 */
const CORRECTION_NOTE = /^(?:(?:correction|clarification|editor['’]s note)s?\b[^:\n]{0,40}:\s*\S.{0,400}|an? (?:earlier|previous) version of this (?:article|story|report)\b.{1,400}|this (?:article|story|report) (?:has been|was) (?:corrected|amended|clarified)\b.{0,400})$/i;
/**
 * A press release's legal warning about its forecasts, which may run long, and its heading: `Forward-Looking Statements`,
 * `This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act …`.
 */
const SAFE_HARBOR_HEADING = /^(?:forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement) regarding forward[- ]looking statements)\.?:?$/i;
const SAFE_HARBOR = /^[^.]{0,200}\bforward[- ]looking statements?\b.{0,400}?\b(?:within the meaning of|safe harbou?r|actual results (?:may|could|might) differ)\b/is;
const UPDATE_NOTE = /^\((?:updates|adds|recasts|rewrites|refiles|corrects|changes|updating|adding) [^()]{1,160}\)$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const COPYRIGHT_PARTS = /^(?:©|\(c\))?\s*(?:copyright\s*)?(?:©|\(c\))?\s*(?:(\d{4})(?:\s*[-–]\s*(\d{4}))?\s+)?([^.,©]*?)\s*(?:,?\s*(\d{4})(?:\s*[-–]\s*(\d{4}))?)?\s*(?:[.,]\s*all rights reserved\.?|\.)?\s*$/i;
const IMAGE_FILE = /^[\w\-]+\.(?:jpe?g|png|gif|webp|svg|tiff?)$/i;
const IMAGE_SLUG = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;
/**
 * A photo's credit or caption on a line of its own, in brackets or not: `Photo: Getty Images`, `Image source, Reuters`
 * and `Image caption, Crowds at …` (as BBC pages scrape), `(AP Photo/Evan Vucci)`, `Photo by Ann Lee/AFP`, `AFP via Getty Images`.
 */
const IMAGE_CREDIT =
  /^[([]?(?:(?:image|photo|picture|credit|photograph|file photo|pictured)(?: credit| source| caption)?\s*[:,]\s.{1,120}|(?:AP|AFP|EPA|Reuters|Getty) ?(?:photo|images)?\/[^/]{1,60}|photo(?:graph)? by [^.]{1,60}|(?:[\p{L}.]{1,20} (?:via|for) )?getty images(?:\/[\p{L} ]{1,30})?)[)\]]?$/iu;
/** A caption that ends in its credit, as the Guardian's scrape: `Cawley Barracks near Gainsborough. Photograph: Tom Pilston/The Guardian`. */
const CAPTION_WITH_CREDIT = /\s(?:[Pp]hotograph|[Pp]hoto|[Ii]llustration|[Cc]omposite|[Pp]icture)s?:\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?:(?:\s+|\s*\/\s*)(?:\p{Lu}[\p{L}\p{N}.'’&-]*|via|for|and|of))*$/u;
/**
 * A caption that ends in its credit in brackets, as AP's do, often longer than a line of furniture:
 * `FILE - Rescue workers carry a woman through flood water in Velmar, on March 3, 2025. (AP Photo/Tom Hale, File)`.
 */
const CAPTION_WITH_BRACKETED_CREDIT = /\s\((?:[\p{L}.]{1,20} )?(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?(?:\/|:\s*|\s+by\s+)[^()]{1,60}\)$/u;

const LINK_ITEM: BoilerplateMatch = { kind: "navigation" };
const CONTACT_ITEM: BoilerplateMatch = { kind: "contributors" };

/** What the short lines under the paragraph are when it heads a list: links under `Related Topics`, contacts under `Media Contacts`. */
export function listItemsUnder(paragraph: string): BoilerplateMatch | undefined {
  const text = paragraph.trim();
  if (LIST_HEADING.test(text)) return LINK_ITEM;
  return CONTACTS_HEADING.test(text) ? CONTACT_ITEM : undefined;
}

export function matchBoilerplate(paragraph: string): BoilerplateMatch | undefined {
  const text = paragraph.trim();
  // (notes about the article are the one kind allowed past 200 characters, up to their patterns' bounds)
  if (PRINT_EDITION.test(text) || UPDATE_NOTE.test(text) || SAFE_HARBOR_HEADING.test(text) || (text.length <= 4000 && SAFE_HARBOR.test(text))) return { kind: "note" };
  if (CORRECTION_NOTE.test(text)) return { kind: "correction" };
  if (text.length <= 600 && text.endsWith(")") && CAPTION_WITH_BRACKETED_CREDIT.test(text)) return { kind: "image" };
  if (text.length === 0 || text.length > 200) return undefined;
  if (IMAGE_FILE.test(text) || (text.includes("_") && IMAGE_SLUG.test(text)) || IMAGE_CREDIT.test(text) || (text.includes(":") && CAPTION_WITH_CREDIT.test(text))) return { kind: "image" };
  if (COPYRIGHT.test(text)) {
    const m = COPYRIGHT_PARTS.exec(text);
    const year = m?.[5] ?? m?.[4] ?? m?.[2] ?? m?.[1];
    const holder = m?.[3]?.trim();
    return {
      kind: "copyright",
      ...(holder ? { holder } : {}),
      ...(year !== undefined ? { year: Number(year) } : {}),
    };
  }
  if ((CONTRIBUTORS.test(text) && text.length < 160) || DESK_INITIALS.test(text)) return { kind: "contributors" };
  for (const [test, kind] of LINE_TESTS) if (test.test(text)) return { kind };
  return undefined;
}
