import { useSyncExternalStore } from 'react';

/**
 * When the session ends unless used again, as the server's `x-session-expires-in` header said on
 * the last logged-in answer (ms since the epoch, this browser's clock); null when unknown.
 */
let endsAt: number | null = null;
const listeners = new Set<() => void>();

export function noteSessionExpiresIn(header: string | null): void {
  if (header === null) return;
  const seconds = Number(header);
  if (!Number.isFinite(seconds)) return;
  endsAt = Date.now() + seconds * 1000;
  for (const listener of listeners) listener();
}

export function useSessionEndsAt(): number | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => endsAt,
  );
}
