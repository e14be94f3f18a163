import type { Span } from "./positions.js";

/** Index of the last element whose `key` is at most `value` (-1 when none); `items` are sorted by key. */
export function lastAtMost<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether `offset` falls inside the last of `spans` (sorted by start) that starts at or before it. */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  const i = lastAtMost(spans, offset, (s) => s.start);
  return i >= 0 && offset < spans[i]!.end;
}

/** Whether the last of `spans` (sorted by start) that starts at or before `span` holds it whole. */
export function withinAny(spans: readonly Span[], span: Span): boolean {
  const i = lastAtMost(spans, span.start, (s) => s.start);
  return i >= 0 && span.end <= spans[i]!.end;
}
