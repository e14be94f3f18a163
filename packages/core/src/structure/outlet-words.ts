/** Words news outlets' names are made of, in lower case: `news` of `BBC News`, `times` of `The Irish Times`. */
export const OUTLET_NAME_WORDS: readonly string[] = [
  "news", "press", "times", "post", "journal", "herald", "tribune", "guardian", "telegraph", "agency", "wire", "media", "magazine",
  "daily", "weekly", "gazette", "globe", "review", "radio", "tv", "television", "network", "online",
];
