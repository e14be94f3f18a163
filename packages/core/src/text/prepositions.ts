/** English prepositions: the word before a noun phrase that is its object, not a word describing it. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "to", "with", "by", "for", "from", "of", "about", "against", "at", "on", "in", "into", "onto", "upon", "like", "unlike", "than",
  "between", "among", "under", "over", "toward", "towards", "behind", "beside", "alongside", "along", "past", "through", "without",
  "via", "versus", "above", "below", "beneath", "beyond", "across", "near", "amid", "despite", "within", "throughout", "around",
  "outside", "inside",
]);
/** Prepositions of where something is, after which a name is a place's: `in Dunmore`, `near King's Lynn`. */
export const LOCATIVES: ReadonlySet<string> = new Set(["in", "near", "outside", "across", "throughout"]);
