/**
 * `Calder:`, `Ines Calder:`, `Q:`, `Kelmo:`: up to three capitalised words and a colon opening a paragraph, then its words.
 * A transcript labels its speakers so, and a news-in-brief column its items' towns; the match ends where the words start.
 */
export const PARAGRAPH_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):[ \t]+(?=\S)/u;
