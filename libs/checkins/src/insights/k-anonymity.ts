/** A figure and how many distinct people it comes from. */
export interface Cell {
  people: number;
}

/**
 * Keeps only the cells at least `k` distinct people contribute to, and counts the rest, so
 * coordinators know something was held back without learning anything about a small group.
 */
export function withAtLeast<T extends Cell>(cells: readonly T[], k: number): { shown: T[]; hidden: number } {
  const shown = cells.filter((cell) => cell.people >= k);
  return { shown, hidden: cells.length - shown.length };
}
