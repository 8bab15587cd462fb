/** Inserts run in batches: one statement per few hundred rows keeps seeding fast and under parameter limits. */
export const BATCH_SIZE = 250;

export async function inBatches<T>(
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  size = BATCH_SIZE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size));
  }
}
