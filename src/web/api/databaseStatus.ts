/**
 * Whether the server has said it cannot reach its database (503 "databaseUnavailable"). One
 * banner says so for the whole app, instead of every page showing its own error; the banner
 * asks the server's health until it answers again, then every page reloads its data.
 */
import { useSyncExternalStore } from "react";

let unavailable = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (unavailable === next) return;
  unavailable = next;
  for (const listener of listeners) listener();
}

export function reportDatabaseUnavailable(): void {
  set(true);
}

export function reportDatabaseBack(): void {
  set(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDatabaseUnavailable(): boolean {
  return useSyncExternalStore(subscribe, () => unavailable);
}
