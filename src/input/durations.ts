/**
 * Duration columns: how long a first reply, a resolution or a wait took, as helpdesk exports give it
 * instead of a timestamp ("First reply time in minutes", "First response time (in hrs)",
 * "Requester wait time in minutes", a Sheets duration or "1:05:30" text). The unit is read from the
 * header, in the add-on's six languages; cells in H:MM[:SS] carry their own.
 *
 * Also the satisfaction words some exports rate with instead of numbers (Zendesk's
 * Good / Bad / Offered / Unoffered, and the same words in the other languages).
 */
import { headerWords } from "./columns";
import { isDate } from "./values/cells";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Unit words of headers, in every language the add-on speaks (compared as header words). */
const UNIT_WORDS: readonly (readonly [number, readonly string[]])[] = [
  [SECOND, ["seconds", "second", "secs", "sec", "s", "sekunden", "sekunder", "sek", "sekundes", "秒"]],
  [
    MINUTE,
    [
      "minutes",
      "minute",
      "mins",
      "min",
      "minuten",
      "minuter",
      "minutter",
      "minutes",
      "minūtes",
      "分钟",
      "分",
    ],
  ],
  [
    HOUR,
    [
      "hours",
      "hour",
      "hrs",
      "hr",
      "h",
      "stunden",
      "std",
      "timmar",
      "tim",
      "timer",
      "t",
      "stundas",
      "小时",
      "时",
    ],
  ],
  [DAY, ["days", "day", "tage", "tagen", "dagar", "dager", "dienas", "天", "日"]],
];

/** Chinese headers are one word to the matcher: their unit is found inside the text. */
const CJK_UNITS: readonly (readonly [number, string])[] = [
  [SECOND, "秒"],
  [MINUTE, "分钟"],
  [HOUR, "小时"],
  [DAY, "天"],
];

/** Milliseconds per unit a duration header names ("in minutes", "(in hrs)", "Dauer (Std.)"); null when none. */
export function durationUnitOf(header: unknown): number | null {
  const words = headerWords(header);
  // The last unit word wins: "Minutes to first reply (hours)" is in hours.
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].replace(/[.]/g, "");
    for (const [ms, list] of UNIT_WORDS) if (list.includes(w)) return ms;
  }
  const text = String(header ?? "");
  for (const [ms, unit] of CJK_UNITS) if (text.includes(unit)) return ms;
  return null;
}

const CLOCK_TEXT = /^\s*(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?\s*$/;

/** Whether text is a duration written as H:MM or H:MM:SS ("1:05:30", "27:00"). */
export function isClockText(text: string): boolean {
  return CLOCK_TEXT.test(text);
}

/** Sheets' day zero: a duration cell arrives as a date-time this long after 1899-12-30 00:00 (wall clock). */
const SHEETS_EPOCH_LOCAL = Date.UTC(1899, 11, 30);
const YEAR_1900_LOCAL = Date.UTC(1900, 0, 1);

/** What `durationOf` gives for a cell that is not a duration. */
export const NOT_DURATION = Number.NEGATIVE_INFINITY;

/**
 * A duration cell in ms: a number (or number text) times `unitMs`, "H:MM[:SS]" text, or a Sheets
 * duration value (a date-time before 1900, read on the spreadsheet's wall clock with `toLocal`).
 * NaN for a blank; NOT_DURATION for anything else, including a number when the header names no unit
 * (`unitMs` null) and a negative duration.
 */
export function durationOf(
  cell: unknown,
  unitMs: number | null,
  toLocal: (instant: number) => number,
): number {
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  if (typeof cell === "number")
    return unitMs !== null && cell >= 0 && Number.isFinite(cell) ? cell * unitMs : NOT_DURATION;
  if (isDate(cell)) {
    const local = toLocal(cell.getTime());
    return local >= SHEETS_EPOCH_LOCAL && local < YEAR_1900_LOCAL ? local - SHEETS_EPOCH_LOCAL : NOT_DURATION;
  }
  if (typeof cell !== "string") return NOT_DURATION;
  const text = cell.trim();
  if (text === "") return Number.NaN;
  const clock = CLOCK_TEXT.exec(text);
  if (clock) {
    const fraction = clock[4] === undefined ? 0 : Number(`0.${clock[4]}`);
    return Number(clock[1]) * HOUR + Number(clock[2]) * MINUTE + (Number(clock[3] ?? 0) + fraction) * SECOND;
  }
  if (unitMs === null || !/^[+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return NOT_DURATION;
  return Number(text.replace(",", ".")) * unitMs;
}

/**
 * Satisfaction given as words: satisfied (5 on a 1–5 scale), unsatisfied (1), or offered but not
 * answered (NaN: no rating). Words are compared as header words are (case and accents ignored).
 */
const SATISFIED = [
  "good",
  "satisfied",
  "positive",
  "gut",
  "zufrieden",
  "bra",
  "nöjd",
  "fornøyd",
  "labi",
  "apmierināts",
  "好",
  "满意",
];
const UNSATISFIED = [
  "bad",
  "unsatisfied",
  "dissatisfied",
  "negative",
  "schlecht",
  "unzufrieden",
  "dålig",
  "missnöjd",
  "dårlig",
  "misfornøyd",
  "slikti",
  "neapmierināts",
  "差",
  "不满意",
];
const UNANSWERED = [
  "offered",
  "unoffered",
  "not offered",
  "angeboten",
  "nicht angeboten",
  "erbjuden",
  "ej erbjuden",
  "tilbudt",
  "ikke tilbudt",
  "piedāvāts",
  "nav piedāvāts",
  "已发送",
  "未发送",
];
let ratingWords: Map<string, number> | null = null;

/** A rating word's score: 5 (satisfied), 1 (not), NaN (offered, no answer); undefined when not one. */
export function ratingWord(text: string): number | undefined {
  if (!ratingWords) {
    ratingWords = new Map();
    for (const [score, list] of [
      [5, SATISFIED],
      [1, UNSATISFIED],
      [Number.NaN, UNANSWERED],
    ] as const)
      for (const w of list) ratingWords.set(headerWords(w).join(" "), score);
  }
  return ratingWords.get(headerWords(text).join(" "));
}
