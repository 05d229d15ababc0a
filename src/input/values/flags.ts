/**
 * Yes/no cells, as contact-centre exports write their flags (`Answered (Y/N)`, `Abandoned`,
 * `Resolved`): Y/N, Yes/No, TRUE/FALSE checkboxes, 1/0, and the same words in the add-on's six
 * languages, plus the call outcomes some exports write instead (`Answered`, `Missed`, `Abandoned`).
 * Bottom of the input layer: imports nothing.
 */

/** Words meaning yes (1) and no (0), compared lower-case without accents. */
const YES = [
  "y",
  "yes",
  "true",
  "1",
  "x",
  "ja",
  "j",
  "jā",
  "ja",
  "是",
  "对",
  "answered",
  "completed",
  "resolved",
  "solved",
];
const NO = [
  "n",
  "no",
  "false",
  "0",
  "nej",
  "nein",
  "nei",
  "nē",
  "ne",
  "否",
  "不",
  "missed",
  "abandoned",
  "unanswered",
  "not answered",
  "unresolved",
  "not resolved",
];

let words: Map<string, number> | null = null;

function normal(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** 1 for yes, 0 for no, NaN for a blank cell, undefined for anything else. */
export function flagOf(cell: unknown): number | undefined {
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell === "number") return cell === 1 ? 1 : cell === 0 ? 0 : undefined;
  if (typeof cell !== "string") return undefined;
  // A column repeats a few texts ("Y", "N"): each is normalised once.
  const seen = cells.get(cell);
  if (seen !== undefined || cells.has(cell)) return seen;
  if (cell.trim() === "") return Number.NaN;
  if (!words) {
    words = new Map();
    for (const w of YES) words.set(normal(w), 1);
    for (const w of NO) words.set(normal(w), 0);
  }
  const flag = words.get(normal(cell));
  if (cells.size < 1000) cells.set(cell, flag);
  return flag;
}

/** Texts already read, and their flag (undefined: not yes/no). */
const cells = new Map<string, number | undefined>();
