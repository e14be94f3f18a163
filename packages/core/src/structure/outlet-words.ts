/** Words news outlets' names are made of, in lower case: `news` of `BBC News`, `times` of `The Irish Times`. */
export const OUTLET_NAME_WORDS: readonly string[] = [
  "news", "press", "times", "post", "journal", "herald", "tribune", "guardian", "telegraph", "agency", "wire", "media", "magazine",
  "daily", "weekly", "gazette", "globe", "review", "radio", "tv", "television", "network", "online",
];

/** A section's or a format's label, which a page title or a byline may end with where others put the site's name: `| Opinion`, `| Culture`. */
export const SECTION_LABEL =
  /^(?:analysis|opinion|explainer|live|video|videos|photos?|watch|review|interview|editorial|podcast|comment|exclusive|update|breaking|news|sport|sports|world|business|culture|politics|health|science|technology|travel)$/i;
