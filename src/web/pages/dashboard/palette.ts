/**
 * Paul Tol's "muted" qualitative scheme: distinguishable with the common colour-vision
 * deficiencies and in grey print; the last colour (pale grey) is for "no region".
 */
export const SERIES_COLOURS = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
] as const;
export const NO_REGION_COLOUR = "#BBBBBB";

/** Two series side by side (approved vs requested, targeted vs reached): Tol's dark blue and sand. */
export const PAIR_COLOURS = ["#332288", "#DDCC77"] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#332288";
}
