/**
 * The survey tab (one row per response: date, NPS 0–10, CES, CSAT) as typed records. Columns are
 * found from the headers (columns.ts); values are as `Range.getValues()` gives them, Dates for
 * date-times. Nothing is dropped silently: a row without a valid date is skipped and a bad score is
 * ignored, each counted under a problem that names the row and the cell.
 */

import { type Locale, t } from "../i18n/messages";
import { zoneClock } from "../metrics/zoned-time";
import { detectSurveyColumns, fieldLabel, type SurveyField } from "./columns";
import { INVALID, isBlankCell, RowProblems, timeOf, timeProblemKey } from "./rows";
import { describeValue } from "./values/cells";

/** One response; a score is NaN when its cell is blank, invalid or its column is absent. */
export interface SurveyResponse {
  /** 1-based row in the tab. */
  row: number;
  /** Epoch ms. */
  date: number;
  /** Whole number 0–10. */
  nps: number;
  /** Whole number 1–10 (the scale is judged from all answers). */
  ces: number;
  /** Whole number 1–10 (the scale is judged from all answers). */
  csat: number;
}

export interface SurveyData {
  sheet: string;
  responses: SurveyResponse[];
  /** Header text of each detected column. */
  columns: Partial<Record<SurveyField, string>>;
  /** Messages for the user (detection warnings, bad rows), each naming the tab. */
  problems: string[];
  /** Why no response could be read (no date column, no score column, no rows), else null. */
  error: string | null;
}

/** Rows read below the header to check the kind of cells of each column. */
const SAMPLE_ROWS = 20;
/** The range each score's cells must be in. */
const SCORE_RANGE: Record<Exclude<SurveyField, "date">, [number, number]> = {
  nps: [0, 10],
  ces: [1, 10],
  csat: [1, 10],
};

/** A whole-number score in [min, max] (numbers typed as text too); NaN for blank; null when invalid. */
function scoreOf(cell: unknown, min: number, max: number): number | null {
  if (isBlankCell(cell)) return Number.NaN;
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Reads a survey tab's values (header row first). */
export function readSurveyTab(
  sheet: string,
  values: readonly (readonly unknown[])[],
  locale: Locale = "en",
  timeZone?: string,
): SurveyData {
  const clock = timeZone ? zoneClock(timeZone) : null;
  const zone = clock ? (local: number) => clock.toInstant(local) : null;
  const headers = values[0] ?? [];
  const detection = detectSurveyColumns(headers, { sample: values.slice(1, SAMPLE_ROWS + 1), locale });
  const prefix = (message: string) => t("report.tabProblem", { sheet, problem: message }, locale);
  const data: SurveyData = {
    sheet,
    responses: [],
    columns: detection.columns,
    problems: detection.warnings.map(prefix),
    error: null,
  };
  const cDate = detection.indexes.date;
  const scores = (["nps", "ces", "csat"] as const).filter((f) => detection.indexes[f] !== undefined);
  if (cDate === undefined) {
    data.error = t("report.survey.noDate", { sheet }, locale);
    return data;
  }
  if (scores.length === 0) {
    data.error = t("report.survey.noScores", { sheet }, locale);
    return data;
  }

  const problems = new RowProblems(5, locale);
  const label = (field: SurveyField) => fieldLabel("survey", field, locale);
  const rowSkipped = t("input.effect.rowSkipped", undefined, locale);
  const cellIgnored = t("input.effect.cellIgnored", undefined, locale);
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    const cell = row[cDate];
    if (isBlankCell(cell)) {
      if (!row.every(isBlankCell)) {
        problems.add("date:blank", sheetRow, () =>
          t("input.row.blank", { row: sheetRow, field: label("date"), effect: rowSkipped }, locale),
        );
      }
      continue;
    }
    const ms = timeOf(cell, zone);
    const date = ms > INVALID ? ms : Number.NaN;
    if (Number.isNaN(date)) {
      const key = timeProblemKey(cell);
      problems.add(`date:${key}`, sheetRow, () =>
        t(
          key,
          { row: sheetRow, field: label("date"), value: describeValue(cell), effect: rowSkipped },
          locale,
        ),
      );
      continue;
    }
    const response: SurveyResponse = {
      row: sheetRow,
      date,
      nps: Number.NaN,
      ces: Number.NaN,
      csat: Number.NaN,
    };
    for (const field of scores) {
      const value = row[detection.indexes[field] as number];
      const [min, max] = SCORE_RANGE[field];
      const score = scoreOf(value, min, max);
      if (score === null) {
        problems.add(`${field}:score`, sheetRow, () =>
          t(
            "report.row.score",
            {
              row: sheetRow,
              field: label(field),
              value: describeValue(value),
              min,
              max,
              effect: cellIgnored,
            },
            locale,
          ),
        );
      } else response[field] = score;
    }
    data.responses.push(response);
  }
  data.problems.push(...problems.messages().map(prefix));
  if (data.responses.length === 0 && data.problems.length === 0) {
    data.error = t("report.survey.empty", { sheet }, locale);
  }
  return data;
}
