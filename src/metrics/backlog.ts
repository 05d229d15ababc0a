/**
 * Backlog: tickets created by an instant and not resolved by then, and the age buckets it is shown in.
 * Timestamps are epoch ms, NaN when missing (a missing resolution means still open).
 */

/** Tickets with created ≤ asOf whose resolution is missing or after asOf. */
export function backlogAt(created: ArrayLike<number>, resolved: ArrayLike<number>, asOf: number): number {
  let open = 0;
  for (let i = 0; i < created.length; i++) {
    // `!(r <= asOf)` is true for a missing (NaN) resolution.
    if (created[i] <= asOf && !(resolved[i] <= asOf)) open++;
  }
  return open;
}

/** The latest timestamp in either list, NaN when both are empty: BACKLOG's default as-of. */
export function latestTimestamp(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < a.length; i++) if (a[i] > latest) latest = a[i];
  for (let i = 0; i < b.length; i++) if (b[i] > latest) latest = b[i];
  return latest === Number.NEGATIVE_INFINITY ? Number.NaN : latest;
}

/**
 * Backlog aging buckets by whole days open (24-hour periods since created): 0–2, 3–7, 8–30, and
 * over 30 days. `upTo` is the exclusive upper bound in whole days.
 */
export const AGING_BUCKETS = [
  { id: "0-2", upTo: 3 },
  { id: "3-7", upTo: 8 },
  { id: "8-30", upTo: 31 },
  { id: "30+", upTo: Number.POSITIVE_INFINITY },
] as const;
