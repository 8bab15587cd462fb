/**
 * The colour classes of the world map: project counts grouped in at most five bins whose bounds
 * are round numbers (1, 2, 3, 5, 10, 20, 30, 50 …), growing geometrically so that a few countries with
 * many projects do not wash out all the others.
 */

/** Light to dark, a yellow-green-blue ramp whose neighbours stay distinct (ColorBrewer YlGnBu). */
export const BIN_COLOURS = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"] as const;
export const NO_PROJECT_COLOUR = "#e9ecef";

export interface CountBin {
  from: number;
  /** Inclusive; the last bin ends at the largest count. */
  to: number;
  colour: string;
}

/** Round numbers a bin may start at: 1, 2, 3, 5, 10, 20, 30, 50, 100 … up to `max`. */
function roundStarts(max: number): number[] {
  const starts: number[] = [];
  for (let power = 1; power <= max; power *= 10) {
    for (const m of [1, 2, 3, 5]) if (m * power <= max) starts.push(m * power);
  }
  return starts;
}

/** The round number after `after` nearest to `target` on a logarithmic scale. */
export function roundNumber(target: number, after = 0, max = Number.POSITIVE_INFINITY): number | undefined {
  const candidates = roundStarts(Math.min(max, Math.max(10, target * 10))).filter((c) => c > after);
  let best: number | undefined;
  for (const candidate of candidates) {
    if (best === undefined || Math.abs(Math.log(candidate / target)) < Math.abs(Math.log(best / target))) {
      best = candidate;
    }
  }
  return best;
}

export function countBins(max: number): CountBin[] {
  if (max < 1) return [];
  const n = BIN_COLOURS.length;
  const starts = [1];
  if (max <= n) {
    for (let v = 2; v <= max; v++) starts.push(v);
  } else {
    for (let i = 1; i < n; i++) {
      const start = roundNumber(max ** (i / n), starts.at(-1), max);
      if (start === undefined) break;
      starts.push(start);
    }
  }
  // Spread the colours over the whole ramp when there are fewer bins than colours.
  return starts.map((from, i) => {
    const next = starts[i + 1];
    const colourAt = starts.length === 1 ? n - 1 : Math.round((i * (n - 1)) / (starts.length - 1));
    return { from, to: next === undefined ? max : next - 1, colour: BIN_COLOURS[colourAt] ?? BIN_COLOURS[0] };
  });
}

export function binOf(bins: readonly CountBin[], count: number): CountBin | undefined {
  return count < 1 ? undefined : bins.find((bin) => count >= bin.from && count <= bin.to);
}
