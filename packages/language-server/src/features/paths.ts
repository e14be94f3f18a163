import { URI, Utils } from "vscode-uri";

export function basename(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

/** A link to a line of a file that markdown hovers in editors can follow. */
export function lineLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}
