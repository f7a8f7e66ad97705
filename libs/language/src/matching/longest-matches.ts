/** Anything with a span; `from` inclusive, `to` exclusive, in any consistent unit. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Keeps the longest of overlapping candidates ("dirty urine" over "dirty", "former addict"
 * over "addict"); among equal lengths the leftmost, then the earlier in the input. The result
 * has no overlaps and is in text order.
 */
export function selectLongest<T extends Span>(candidates: readonly T[]): T[] {
  if (candidates.length < 2) return [...candidates];
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.to - b.candidate.from - (a.candidate.to - a.candidate.from) || a.candidate.from - b.candidate.from || a.index - b.index);
  const kept: T[] = [];
  for (const { candidate } of order) {
    // Binary search for the first kept span starting at or after this one.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.from < candidate.from) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if (before && before.to > candidate.from) continue;
    if (after && after.from < candidate.to) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}
