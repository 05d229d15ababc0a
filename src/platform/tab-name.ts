/**
 * How Sheets compares tab names: two names that differ only in case are the same tab ("Tickets",
 * "TICKETS", "tickets"), so a new tab cannot take a name an existing one has in any case. Every
 * place the add-on looks a tab up by name or picks a new name goes through here, so it agrees with
 * Sheets; `getSheetByName` is not enough, because a name the add-on means to insert must be free in
 * every case, not just as spelled.
 */

/** The form of a tab name that Sheets compares. */
export function tabNameKey(name: string): string {
  return name.toLowerCase();
}

/** Whether two tab names name the same tab. */
export function sameTabName(a: string, b: string): boolean {
  return tabNameKey(a) === tabNameKey(b);
}

/** `name`, or "name (2)", "name (3)", …: the first that none of `taken` has in any case. */
export function freeTabName(taken: Iterable<string>, name: string): string {
  const keys = new Set<string>();
  for (const t of taken) keys.add(tabNameKey(t));
  let free = name;
  for (let n = 2; keys.has(tabNameKey(free)); n++) free = `${name} (${n})`;
  return free;
}

/** The tab of `sheets` named `name`, whatever its case, or null. */
export function findTab<T extends { getName(): string }>(sheets: readonly T[], name: string): T | null {
  return sheets.find((sheet) => sameTabName(sheet.getName(), name)) ?? null;
}
