// A search over ascending offsets, shared by the stages that map a position to the run, line or
// paragraph it lies in.

/** The index of the last entry of `sorted` (ascending, non-empty) that is at most `value`; 0 when none is. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
