// TextDecoder is a standard global of browsers, workers and Node; the core is typed without DOM or Node
// libraries, so only the shape it uses is declared here.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string };

export type DecodeResult = { readonly kind: "text"; readonly text: string } | { readonly kind: "binary" } | { readonly kind: "not-utf8" };

/** Reads an article's bytes: strict UTF-8 with the BOM dropped; NUL bytes in the first 8 KB mark a binary file. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.subarray(0, 8000).includes(0)) return { kind: "binary" };
  try {
    return { kind: "text", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { kind: "not-utf8" };
  }
}
