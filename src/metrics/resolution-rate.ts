/**
 * Resolution rate: tickets whose status is one of the resolved statuses ÷ tickets with a status.
 * Statuses compare trimmed and case-insensitively ("closed " = "Closed").
 */

export const DEFAULT_RESOLVED_STATUSES: readonly string[] = ["Resolved", "Solved", "Closed"];

/** "Resolved, Solved, Closed" → ["Resolved", "Solved", "Closed"] (commas or semicolons). */
export function parseStatusList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Classifies status cells, remembering each distinct value: a million cells hold a handful of
 * statuses, so each is trimmed and lower-cased once.
 */
export class StatusMatcher {
  private readonly resolved: Set<string>;
  /** The first few distinct cells, checked by identity before the map: a status column has a handful. */
  private readonly known: unknown[] = [];
  private readonly knownKind: number[] = [];
  private readonly seen = new Map<unknown, number>();

  constructor(resolvedStatuses: readonly string[]) {
    this.resolved = new Set(resolvedStatuses.map((s) => s.trim().toLowerCase()));
  }

  /** -1 for a blank cell (not a ticket), 1 for a resolved status, 0 for any other status. */
  classify(cell: unknown): number {
    const known = this.known;
    for (let i = 0; i < known.length; i++) if (known[i] === cell) return this.knownKind[i];
    return this.classifyNew(cell);
  }

  private classifyNew(cell: unknown): number {
    let kind = this.seen.get(cell);
    if (kind === undefined) {
      const text = cell === null || cell === undefined ? "" : String(cell).trim().toLowerCase();
      kind = text === "" ? -1 : this.resolved.has(text) ? 1 : 0;
      // Objects (dates) are each distinct keys: remembering them would only grow the map.
      if (typeof cell !== "object") this.seen.set(cell, kind);
    }
    if (this.known.length < 8 && typeof cell !== "object") {
      this.known.push(cell);
      this.knownKind.push(kind);
    }
    return kind;
  }
}
