/**
 * First contact resolution (FCR): the share of resolved tickets resolved within `maxContacts`
 * contacts (1 = on first contact). Only resolved tickets count: callers pass one contact count per
 * resolved ticket, NaN for a ticket that is not resolved or whose count is unknown (skipped).
 */
export interface FcrCounts {
  /** Resolved tickets with contacts ≤ maxContacts. */
  within: number;
  /** Resolved tickets with a known contact count. */
  resolved: number;
}

export function fcrCounts(contacts: ArrayLike<number>, maxContacts = 1): FcrCounts {
  let within = 0;
  let resolved = 0;
  for (let i = 0; i < contacts.length; i++) {
    const n = contacts[i];
    if (Number.isNaN(n)) continue;
    resolved++;
    if (n <= maxContacts) within++;
  }
  return { within, resolved };
}
