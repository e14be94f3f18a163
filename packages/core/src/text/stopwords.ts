import data from "../lexicon/stopwords.json" with { type: "json" };

const STOPWORDS = new Set(data.words);
/**
 * Every stopword in lower case, capitalised and in capitals: the spellings nearly every call asks about,
 * answered without a lower-case copy of the word (building one cost a fiftieth of the whole analysis).
 */
const AS_WRITTEN = new Set(data.words.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]));
const LONGEST = Math.max(...data.words.map((word) => word.length));

export function isStopword(word: string): boolean {
  if (AS_WRITTEN.has(word)) return true;
  return word.length <= LONGEST && isOddlyCased(word) && STOPWORDS.has(word.toLowerCase());
}

/** Whether the word is spelt other than in lower case, capitalised or in capitals (`tHe`, `McDonald`), or has a letter past ASCII. */
function isOddlyCased(word: string): boolean {
  let upper = false;
  let lower = false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return true;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (!upper) return false;
  if (lower) return true;
  const first = word.charCodeAt(0);
  return first < 65 || first > 90;
}
