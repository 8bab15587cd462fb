/** Time spent in each status, from a project's transitions. Pure: the server and tests share it. */
import type { ProjectStatus } from "./lifecycle";

const DAY_MS = 86_400_000;

export interface StatusEntry {
  toStatus: ProjectStatus;
  at: Date;
}

export interface StatusDuration {
  status: ProjectStatus;
  days: number;
  visits: number;
  current: boolean;
}

/** Days (one decimal) per status, in the order first reached; the current status counts until `now`. */
export function durationsByStatus(entries: readonly StatusEntry[], now: Date): StatusDuration[] {
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
  const totals = new Map<ProjectStatus, { ms: number; visits: number }>();
  sorted.forEach((entry, index) => {
    const end = sorted[index + 1]?.at ?? now;
    const total = totals.get(entry.toStatus) ?? { ms: 0, visits: 0 };
    total.ms += Math.max(0, end.getTime() - entry.at.getTime());
    total.visits += 1;
    totals.set(entry.toStatus, total);
  });
  const current = sorted.at(-1)?.toStatus;
  return [...totals.entries()].map(([status, { ms, visits }]) => ({
    status,
    days: Math.round((ms / DAY_MS) * 10) / 10,
    visits,
    current: status === current,
  }));
}
