/** Project codes read "PRJ-2026-0042": the funding year, then a sequence shared by all projects. */
export function projectCode(year: number, seq: number): string {
  return `PRJ-${year}-${String(seq).padStart(4, "0")}`;
}
