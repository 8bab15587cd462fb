/** Polls `condition` until it holds; a generous deadline, since a busy machine is slow, not wrong. */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  what: string,
  deadlineMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
