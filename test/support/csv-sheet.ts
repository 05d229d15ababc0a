/**
 * A CSV file as `Range.getValues()` would return it after File > Import in Sheets: the header row,
 * then data rows; "YYYY-MM-DD hh:mm:ss" cells as Date objects (read in UTC, or in `timeZone` when
 * given as a fixed offset), numeric cells as numbers, blanks as "", everything else as text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { ROOT } from "./bundle";

/** /work/shared/data sits beside the repository. */
export const SHARED_DATA = join(ROOT, "..", "shared", "data");

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** A cell as Sheets would type it. `offsetMinutes` is the spreadsheet's (fixed) UTC offset. */
export function sheetCell(text: string, offsetMinutes = 0): string | number | Date {
  const m = DATE_TIME.exec(text);
  if (m) {
    const ms = Date.UTC(
      +m[1],
      +m[2] - 1,
      +m[3],
      +m[4],
      +m[5],
      +m[6],
      m[7] ? Math.round(Number(m[7]) * 1000) : 0,
    );
    return new Date(ms - offsetMinutes * 60_000);
  }
  if (NUMBER.test(text)) return Number(text);
  return text;
}

/** The values of one CSV file in /work/shared/data (header row included). */
export function readSharedCsv(file: string, offsetMinutes = 0): (string | number | Date)[][] {
  const parsed = Papa.parse<string[]>(readFileSync(join(SHARED_DATA, file), "utf8"), {
    skipEmptyLines: true,
  });
  return parsed.data.map((row, r) => (r === 0 ? row : row.map((cell) => sheetCell(cell, offsetMinutes))));
}

/** Several CSV files with the same header, appended (the header row once). */
export function readSharedCsvs(files: string[], offsetMinutes = 0): (string | number | Date)[][] {
  const [first, ...rest] = files.map((f) => readSharedCsv(f, offsetMinutes));
  for (const part of rest) {
    if (part[0].join("\u0000") !== first[0].join("\u0000")) throw new Error("CSV headers differ");
    first.push(...part.slice(1));
  }
  return first;
}
