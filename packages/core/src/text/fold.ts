/**
 * Letters that Unicode does not decompose into a base letter and a mark, spelled the way English copy
 * writes them without the diacritic (`Ørsted` → `Orsted`, `Łódź` → `Lodz`, `Þór` → `Thor`).
 */
const LETTERS: Readonly<Record<string, string>> = {
  Ø: "O", ø: "o", Æ: "Ae", æ: "ae", Œ: "Oe", œ: "oe", ß: "ss", Ł: "L", ł: "l",
  Đ: "D", đ: "d", Ð: "D", ð: "d", Þ: "Th", þ: "th", ı: "i", Ħ: "H", ħ: "h",
};
const UNDECOMPOSED = /[ØøÆæŒœßŁłĐđÐðÞþıĦħ]/gu;

/**
 * A name as copy without diacritics writes it: scraped and wire articles drop them unevenly (`Kovac` and
 * `Kovač`, `Orsted` and `Ørsted`), and a reader takes both spellings for one name. ASCII is returned as is.
 */
export function foldDiacritics(name: string): string {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 128;
  if (ascii) return name;
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(UNDECOMPOSED, (c) => LETTERS[c]!)
    .normalize("NFC");
}

/**
 * A name or name word as names are matched: without diacritics, and without an Arabic article, which copy
 * writes as `al-` or `el-`, capitalised first in a sentence, or drops (`al-Sisi`, `El-Sisi` and `Sisi` are one name).
 */
export function nameMatchKey(name: string): string {
  const folded = foldDiacritics(name);
  // (the hyphen's place is checked first: most names have none there, and this runs for every name matched)
  return folded.charCodeAt(2) === 45 && ARTICLE_BEFORE_NAME.test(folded) ? folded.slice(3) : folded;
}
const ARTICLE_BEFORE_NAME = /^[AaEe]l-\p{Lu}/u;
