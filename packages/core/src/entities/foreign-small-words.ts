/**
 * Small words of other languages' names for bodies (articles, prepositions, conjunctions), which an acronym may
 * spell or pass over and a name with lower-case words runs over; English ones are left out, as an English name in
 * words of their own is no body's.
 */
export const FOREIGN_SMALL_WORDS: ReadonlySet<string> = new Set([
  "de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "pour", "sur", "par",
  "el", "los", "las", "del", "y", "e", "para", "por", "con", "da", "dos", "das", "em", "na", "nos",
  "di", "della", "delle", "dello", "degli", "dei", "il", "lo", "gli", "per",
  "für", "der", "den", "dem", "und", "von", "vom", "zur", "zum", "im",
  "van", "het", "voor", "op", "och", "og", "af", "för", "til",
]);

/** `d'analyses`, `l'État`: French elision, whose word after the apostrophe gives the initial. */
export const ELIDED = /^[dlDL]['’](?=\p{L})/u;
