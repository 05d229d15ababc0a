/**
 * A source tab's values (as `Range.getValues()` gives them: the header row, then data; Date objects
 * for date-time cells, "" for blanks) turned into Tickets, in one pass over the rows.
 *
 * Nothing is dropped silently. Trailing blank rows are not data and are only counted; every other row
 * either becomes a ticket (or an event of one) or is counted as skipped under a problem that names
 * the field, the first rows and the cell ("Row 57: Created is the text "3/4/2026", not a
 * date-time (the row is skipped). Format the column as …"). A bad cell in an optional field is
 * ignored (the ticket keeps its row) and reported the same way.
 *
 * Text is read as a date-time only when it cannot mean two things ("2012/10/09 14:50:17.000",
 * "2026-10-01T09:30:00Z": values/text-time.ts), as a reading in `options.timeZone`; "3/4/2026" is
 * March or April depending on the locale, so the message says to format the column as date-time.
 */

import { type Locale, t } from "../i18n/messages";
import { zoneClock } from "../metrics/zoned-time";
import { fieldLabel, resolveMapping } from "./columns";
import { atTimeOfDay, isContactLog, NOT_TIME_OF_DAY, timeOfDayOf } from "./contact-log";
import { durationOf, durationUnitOf, NOT_DURATION, ratingWord } from "./durations";
import {
  type ActivityCount,
  type ActivityMeanings,
  countIdRepeats,
  isCompositeIdColumn,
  looksLikeEventLog,
  splitCompositeId,
} from "./event-log";
import { readEvents } from "./event-rows";
import {
  countOf,
  INVALID,
  isBlankRow,
  RowProblems,
  textOf,
  timeOf,
  timeProblemKey,
  type Values,
} from "./rows";
import {
  type ColumnMapping,
  DURATION_FIELDS,
  type DurationField,
  type Ticket,
  type TicketField,
} from "./ticket";
import { describeValue } from "./values/cells";
import { flagOf } from "./values/flags";
import type { ToInstant } from "./values/text-time";

export interface ReadOptions {
  /**
   * "auto" (default): a contact-centre log when its columns say so (contact-log.ts), else an event
   * log when ticket IDs repeat and a status column is mapped.
   */
  layout?: "auto" | "tickets" | "events" | "contacts";
  /** Sheet row of `values[0]`, the header row (1 by default), so messages name real rows. */
  headerRow?: number;
  /** How many example rows each problem lists (5 by default). */
  examples?: number;
  /** The tab's name, for messages. */
  sheet?: string;
  locale?: Locale;
  /** The spreadsheet's time zone: year-first text date-times are read in it. Without it, never. */
  timeZone?: string;
  /** Event logs: activities whose meaning the user set (the rest get theirs from their words). */
  meanings?: ActivityMeanings;
}

export interface TicketLog {
  tickets: Ticket[];
  layout: "tickets" | "events" | "contacts";
  /** Data rows below the header, not counting trailing blank rows. */
  rows: number;
  trailingBlankRows: number;
  /** Blank rows between data rows (skipped; no data in them). */
  blankRows: number;
  /** Rows with data that gave no ticket or event; each is counted under a problem. */
  skippedRows: number;
  /** Status-change rows read (event layout), else 0. */
  events: number;
  /** Event layout: each activity, its meaning and number of events (most frequent first). */
  activities?: ActivityCount[];
  /** Messages for the user, most important first: mapping warnings, then problems by field. */
  problems: string[];
  /** Why no ticket could be read at all (no created column, event log without status), else null. */
  error: string | null;
}

/**
 * Reads a ticket log: one row per ticket, or an event log (one row per status change) pivoted to one
 * ticket per ID (see event-log.ts). `mapping` names the header text of each field's column.
 *
 * In an event log the created column is each event's timestamp; first response, resolved and
 * contacts come from the events (a mapped column for them is not read), and the status number
 * column ("Status No.") is found by its header.
 */
export function readTicketLog(values: Values, mapping: ColumnMapping, options: ReadOptions = {}): TicketLog {
  const locale = options.locale ?? "en";
  const headerRow = options.headerRow ?? 1;
  const headers = values[0] ?? [];
  const { indexes, warnings } = resolveMapping(headers, mapping, locale);
  const clock = options.timeZone ? zoneClock(options.timeZone) : null;
  const zone: ToInstant | null = clock ? (local) => clock.toInstant(local) : null;

  let last = values.length - 1;
  while (last >= 1 && isBlankRow(values[last])) last--;
  const log: TicketLog = {
    tickets: [],
    layout: "tickets",
    rows: Math.max(0, last),
    trailingBlankRows: values.length - 1 - Math.max(0, last),
    blankRows: 0,
    skippedRows: 0,
    events: 0,
    activities: [],
    problems: warnings,
    error: null,
  };
  // Without a created column, a per-ticket export can still be placed in months by its resolved or
  // first response times (ticketMonthTime); the KPIs that need the created time are left out.
  const dated = indexes.resolved ?? indexes.firstResponse;
  if (indexes.created === undefined && (dated === undefined || options.layout === "events")) {
    log.error = t("input.log.noCreated", undefined, locale);
    return log;
  }
  if (log.rows === 0) {
    log.error = t("input.log.empty", { sheet: options.sheet ?? "" }, locale);
    return log;
  }

  const problems = new RowProblems(options.examples ?? 5, locale);
  const label = (field: TicketField) => fieldLabel("ticket", field, locale);
  const effects = {
    row: t("input.effect.rowSkipped", undefined, locale),
    event: t("input.effect.eventSkipped", undefined, locale),
    cell: t("input.effect.cellIgnored", undefined, locale),
  };
  /** Reports a bad date-time cell; `effect` says what happens to the row. */
  const badTime = (field: TicketField, sheetRow: number, cell: unknown, effect: string) => {
    const key = timeProblemKey(cell);
    problems.add(`${field}:${key}`, sheetRow, () =>
      t(key, { row: sheetRow, field: label(field), value: describeValue(cell), effect }, locale),
    );
  };
  const badCount = (field: TicketField, sheetRow: number, cell: unknown) =>
    problems.add(`${field}:number`, sheetRow, () =>
      t(
        "input.row.notNumber",
        { row: sheetRow, field: label(field), value: describeValue(cell), effect: effects.cell },
        locale,
      ),
    );

  // IDs (split when the column holds "ID / Department / Name") decide the layout.
  const idCol = indexes.id;
  let ids: string[] | null = null;
  let departments: string[] | null = null;
  if (idCol !== undefined) {
    ids = new Array<string>(last);
    const composite = isCompositeIdColumn(columnSample(values, idCol, last));
    if (composite && indexes.category === undefined) departments = new Array<string>(last);
    for (let r = 1; r <= last; r++) {
      const text = textOf(values[r][idCol]);
      if (composite) {
        const [id, department] = splitCompositeId(text);
        ids[r - 1] = id;
        if (departments) departments[r - 1] = department;
      } else ids[r - 1] = text;
    }
  }
  const repeats = ids ? countIdRepeats(ids, 1 + headerRow) : null;
  let layout = options.layout ?? "auto";
  if (indexes.created === undefined) layout = "tickets";
  else if (layout === "auto")
    layout = isContactLog(indexes)
      ? "contacts"
      : repeats && looksLikeEventLog(repeats)
        ? "events"
        : "tickets";

  const reading: Reader = {
    values,
    last,
    headerRow,
    indexes,
    ids,
    departments,
    log,
    problems,
    badTime,
    badCount,
    effects,
    locale,
    zone,
    timeZone: options.timeZone ?? "UTC",
    meanings: options.meanings ?? {},
  };
  if (layout === "events") {
    if (!ids) {
      log.error = t("input.log.noId", undefined, locale);
      return log;
    }
    if (indexes.status === undefined) {
      const ex = repeats?.example;
      log.error = t(
        "input.log.eventsWithoutStatus",
        { id: ex ? JSON.stringify(ex.id) : "", first: ex?.first ?? "", second: ex?.second ?? "" },
        locale,
      );
      return log;
    }
    readEvents(reading);
    log.problems.push(...problems.messages());
  } else {
    readRows(reading);
    if (layout === "contacts") log.layout = "contacts";
    if (indexes.created === undefined && dated !== undefined) {
      log.problems.push(
        t(
          "input.log.monthsBy",
          {
            field: fieldLabel(
              "ticket",
              indexes.resolved !== undefined ? "resolved" : "firstResponse",
              locale,
            ),
            created: fieldLabel("ticket", "created", locale),
          },
          locale,
        ),
      );
    }
    log.problems.push(...problems.messages());
    if (repeats && repeats.repeats > 0 && repeats.example) {
      log.problems.push(
        t(
          "input.rows.duplicateIds",
          {
            count: repeats.repeats,
            id: JSON.stringify(repeats.example.id),
            first: repeats.example.first,
            second: repeats.example.second,
          },
          locale,
        ),
      );
    }
  }
  if (log.blankRows > 0) log.problems.push(t("input.rows.blank", { count: log.blankRows }, locale));
  if (log.skippedRows > 0) {
    log.problems.push(t("input.rows.skipped", { skipped: log.skippedRows, rows: log.rows }, locale));
  }
  return log;
}

function columnSample(values: Values, col: number, last: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 1; r <= last && out.length < 200; r++) out.push(values[r][col]);
  return out;
}

export type BadTime = (field: TicketField, sheetRow: number, cell: unknown, effect: string) => void;
export type BadCount = (field: TicketField, sheetRow: number, cell: unknown) => void;

/** What both layouts' readers share. */
export interface Reader {
  values: Values;
  /** Index of the last data row in `values`. */
  last: number;
  headerRow: number;
  indexes: Partial<Record<TicketField, number>>;
  /** Ticket IDs by data row (0-based), split when composite; null when no ID column. */
  ids: string[] | null;
  /** Departments from composite IDs, by data row, when no category column is mapped. */
  departments: string[] | null;
  log: TicketLog;
  problems: RowProblems;
  badTime: BadTime;
  badCount: BadCount;
  effects: { row: string; event: string; cell: string };
  locale: Locale;
  /** Reads text date-times, or null (see `timeOf`). */
  zone: ToInstant | null;
  /** The spreadsheet's zone (UTC when not given), for durations given as Sheets duration values. */
  timeZone: string;
  meanings: ActivityMeanings;
}

/** One row per ticket. */
function readRows(reader: Reader): void {
  const {
    values,
    last,
    headerRow,
    indexes,
    ids,
    departments,
    log,
    problems,
    badTime,
    badCount,
    effects,
    locale,
    zone,
  } = reader;
  const cCreated = indexes.created ?? -1;
  const cFirst = indexes.firstResponse ?? -1;
  const cResolved = indexes.resolved ?? -1;
  const cStatus = indexes.status ?? -1;
  const cCategory = indexes.category ?? -1;
  const cChannel = indexes.channel ?? -1;
  const cAgent = indexes.agent ?? -1;
  const cPriority = indexes.priority ?? -1;
  const cCsat = indexes.csat ?? -1;
  const cCsatAt = indexes.csatAt ?? -1;
  const cContacts = indexes.contacts ?? -1;
  const cReopens = indexes.reopens ?? -1;
  const cTimeOfDay = indexes.timeOfDay ?? -1;
  const cAnswered = indexes.answered ?? -1;
  const cAbandoned = indexes.abandoned ?? -1;
  const cSolved = indexes.resolvedFlag ?? -1;
  const tickets = log.tickets;
  // In a call log, a plain "Wait time" is the caller's wait to be answered.
  const contacts = isContactLog(indexes);
  const durations = durationColumns(reader, contacts);
  const { firstResponseTime, resolutionTime, onHoldTime, handleTime } = durations;
  const speedOfAnswer = durations.speedOfAnswer ?? (contacts ? durations.waitTime : undefined);
  const waitTime = contacts && !durations.speedOfAnswer ? undefined : durations.waitTime;
  const clock = zoneClock(reader.timeZone);

  /** A later time of the ticket: NaN when blank or invalid (reported), or before created (reported). */
  const laterTime = (field: TicketField, cell: unknown, created: number, sheetRow: number): number => {
    const ms = timeOf(cell, zone);
    if (ms === INVALID) {
      badTime(field, sheetRow, cell, effects.cell);
      return Number.NaN;
    }
    if (ms < created) {
      problems.add(`${field}:before`, sheetRow, () =>
        t(
          "input.row.beforeCreated",
          {
            row: sheetRow,
            field: fieldLabel("ticket", field, locale),
            value: describeValue(cell),
            effect: effects.cell,
          },
          locale,
        ),
      );
      return Number.NaN;
    }
    return ms;
  };
  /** A rating: a number, or a satisfaction word ("Good" 5, "Bad" 1, "Offered" unrated). */
  const rating = (cell: unknown, sheetRow: number): number => {
    if (typeof cell === "string") {
      const word = ratingWord(cell);
      if (word !== undefined) return word;
    }
    return count("csat", cell, sheetRow);
  };
  const count = (field: TicketField, cell: unknown, sheetRow: number): number => {
    const n = countOf(cell);
    if (n === INVALID) {
      badCount(field, sheetRow, cell);
      return Number.NaN;
    }
    return n;
  };
  /** A yes/no cell: 1, 0, or NaN when blank or not yes/no (reported). */
  const flag = (field: TicketField, cell: unknown, sheetRow: number): number => {
    const f = flagOf(cell);
    if (f !== undefined) return f;
    problems.add(`${field}:flag`, sheetRow, () =>
      t(
        "input.row.notFlag",
        { row: sheetRow, field: fieldLabel("ticket", field, locale), value: describeValue(cell) },
        locale,
      ),
    );
    return Number.NaN;
  };
  // Times of day as text repeat (86,400 at most): each is read once.
  const clockTexts = new Map<string, number>();
  const textTimeOfDay = (text: string): number => {
    let ms = clockTexts.get(text);
    if (ms === undefined) {
      ms = timeOfDayOf(text, clock);
      clockTexts.set(text, ms);
    }
    return ms;
  };
  // A date column beside a time-of-day column holds few distinct days: each text is read once.
  const days = cTimeOfDay >= 0 ? new Map<string, number>() : null;
  const createdOf = (cell: unknown): number => {
    if (!days || typeof cell !== "string") return timeOf(cell, zone);
    let ms = days.get(cell);
    if (ms === undefined) {
      ms = timeOf(cell, zone);
      days.set(cell, ms);
    }
    return ms;
  };
  /** Answered from its own column, else the opposite of abandoned. */
  const answeredOf = (row: readonly unknown[], sheetRow: number): number => {
    if (cAnswered >= 0) return flag("answered", row[cAnswered], sheetRow);
    return 1 - flag("abandoned", row[cAbandoned], sheetRow);
  };

  for (let r = 1; r <= last; r++) {
    const row = values[r];
    const sheetRow = r + headerRow;
    let created = cCreated >= 0 ? createdOf(row[cCreated]) : Number.NaN;
    if (cCreated < 0) {
      // No created column (see readTicketLog): every row with data is a ticket, dated by its other times.
      if (isBlankRow(row)) log.blankRows++;
      else {
        tickets.push(undatedTicket(reader, row, r, sheetRow, laterTime, rating, count));
      }
      continue;
    }
    if (cTimeOfDay >= 0 && created > INVALID) {
      // A separate time-of-day column: the date's day at that time, on the spreadsheet's clock.
      const cell = row[cTimeOfDay];
      const ms = typeof cell === "string" ? textTimeOfDay(cell) : timeOfDayOf(cell, clock);
      if (ms === NOT_TIME_OF_DAY) badTime("timeOfDay", sheetRow, cell, effects.cell);
      else if (!Number.isNaN(ms)) created = atTimeOfDay(created, ms, clock);
    }
    if (!(created > INVALID)) {
      // NaN (blank) or INVALID: no month to put the ticket in.
      if (Number.isNaN(created)) {
        if (isBlankRow(row)) {
          log.blankRows++;
          continue;
        }
        problems.add("created:blank", sheetRow, () =>
          t(
            "input.row.blank",
            { row: sheetRow, field: fieldLabel("ticket", "created", locale), effect: effects.row },
            locale,
          ),
        );
      } else badTime("created", sheetRow, row[cCreated], effects.row);
      log.skippedRows++;
      continue;
    }
    let firstResponse = cFirst >= 0 ? laterTime("firstResponse", row[cFirst], created, sheetRow) : Number.NaN;
    let resolved = cResolved >= 0 ? laterTime("resolved", row[cResolved], created, sheetRow) : Number.NaN;
    // A duration stands in for its timestamp where the export has none: created + the duration.
    if (Number.isNaN(firstResponse) && firstResponseTime) {
      firstResponse = created + durations.read(firstResponseTime, row, sheetRow);
      if (!Number.isNaN(firstResponse)) firstResponseTime.used++;
    }
    if (Number.isNaN(resolved) && resolutionTime) {
      resolved = created + durations.read(resolutionTime, row, sheetRow);
      if (!Number.isNaN(resolved)) resolutionTime.used++;
    }
    tickets.push({
      row: sheetRow,
      id: ids ? ids[r - 1] : "",
      created,
      firstResponse,
      resolved,
      status: cStatus >= 0 ? textOf(row[cStatus]) : "",
      category: cCategory >= 0 ? textOf(row[cCategory]) : departments ? departments[r - 1] : "",
      channel: cChannel >= 0 ? textOf(row[cChannel]) : "",
      agent: cAgent >= 0 ? textOf(row[cAgent]) : "",
      priority: cPriority >= 0 ? textOf(row[cPriority]) : "",
      csat: cCsat >= 0 ? rating(row[cCsat], sheetRow) : Number.NaN,
      csatAt: cCsatAt >= 0 ? laterTime("csatAt", row[cCsatAt], Number.NaN, sheetRow) : undefined,
      contacts: cContacts >= 0 ? count("contacts", row[cContacts], sheetRow) : Number.NaN,
      reopens: cReopens >= 0 ? count("reopens", row[cReopens], sheetRow) : Number.NaN,
      waitTime: waitTime ? durations.read(waitTime, row, sheetRow) : Number.NaN,
      onHoldTime: onHoldTime ? durations.read(onHoldTime, row, sheetRow) : Number.NaN,
      // Contact fields only where the log has them (ticket.ts).
      answered: cAnswered >= 0 || cAbandoned >= 0 ? answeredOf(row, sheetRow) : undefined,
      speedOfAnswer: speedOfAnswer ? durations.read(speedOfAnswer, row, sheetRow) : undefined,
      handleTime: handleTime ? durations.read(handleTime, row, sheetRow) : undefined,
      solved: cSolved >= 0 ? flag("resolvedFlag", row[cSolved], sheetRow) : undefined,
    });
  }
  durations.report();
}

/** A ticket of a log without a created column: its times as given, created unknown (NaN). */
function undatedTicket(
  reader: Reader,
  row: readonly unknown[],
  r: number,
  sheetRow: number,
  laterTime: (field: TicketField, cell: unknown, created: number, sheetRow: number) => number,
  rating: (cell: unknown, sheetRow: number) => number,
  count: (field: TicketField, cell: unknown, sheetRow: number) => number,
): Ticket {
  const { indexes, ids, departments } = reader;
  const text = (field: TicketField) => {
    const c = indexes[field];
    return c === undefined ? "" : textOf(row[c]);
  };
  const time = (field: "firstResponse" | "resolved") => {
    const c = indexes[field];
    return c === undefined ? Number.NaN : laterTime(field, row[c], Number.NaN, sheetRow);
  };
  const number = (field: "contacts" | "reopens") => {
    const c = indexes[field];
    return c === undefined ? Number.NaN : count(field, row[c], sheetRow);
  };
  return {
    row: sheetRow,
    id: ids ? ids[r - 1] : "",
    created: Number.NaN,
    firstResponse: time("firstResponse"),
    resolved: time("resolved"),
    status: text("status"),
    category: indexes.category !== undefined ? text("category") : departments ? departments[r - 1] : "",
    channel: text("channel"),
    agent: text("agent"),
    priority: text("priority"),
    csat: indexes.csat !== undefined ? rating(row[indexes.csat], sheetRow) : Number.NaN,
    csatAt:
      indexes.csatAt !== undefined
        ? laterTime("csatAt", row[indexes.csatAt], Number.NaN, sheetRow)
        : undefined,
    contacts: number("contacts"),
    reopens: number("reopens"),
    waitTime: Number.NaN,
    onHoldTime: Number.NaN,
  };
}

/**
 * The time that places a ticket in a month: created, else resolved, else first response (a log
 * without a created column); NaN when it has none.
 */
export function ticketMonthTime(ticket: Ticket): number {
  if (!Number.isNaN(ticket.created)) return ticket.created;
  return Number.isNaN(ticket.resolved) ? ticket.firstResponse : ticket.resolved;
}

/** A mapped duration column: where, its unit, and how many tickets took a timestamp from it. */
interface DurationColumn {
  field: DurationField;
  col: number;
  unitMs: number | null;
  used: number;
  /** Durations of the texts read so far. */
  texts: Map<string, number>;
}

/**
 * The mapped duration columns of a one-row-per-ticket log, with their units from the headers, and
 * a reader of their cells that reports bad ones. A column of plain numbers whose header names no
 * unit cannot be read (minutes or hours?) and says how to fix it.
 */
function durationColumns(reader: Reader, contacts: boolean) {
  const { values, indexes, problems, log, locale, timeZone } = reader;
  const clock = zoneClock(timeZone);
  const toLocal = (ms: number) => clock.toLocal(ms);
  const columns: Partial<Record<DurationField, DurationColumn>> = {};
  for (const field of DURATION_FIELDS) {
    const col = indexes[field];
    if (col === undefined) continue;
    // Contact centres count waits and talk in seconds: their columns' unit when the header names none.
    const inSeconds =
      field === "speedOfAnswer" || field === "handleTime" || (contacts && field === "waitTime");
    const unitMs = durationUnitOf(values[0][col]) ?? (inSeconds ? 1000 : null);
    columns[field] = { field, col, unitMs, used: 0, texts: new Map() };
  }
  const label = (field: TicketField) => fieldLabel("ticket", field, locale);
  return {
    ...columns,
    /** The duration in ms; NaN when blank or not a duration (reported). */
    read(column: DurationColumn, row: readonly unknown[], sheetRow: number): number {
      const cell = row[column.col];
      let ms: number;
      if (typeof cell === "string") {
        // Texts such as "0:04:31" repeat: each is parsed once (the cache is bounded).
        const known = column.texts.get(cell);
        ms = known ?? durationOf(cell, column.unitMs, toLocal);
        if (known === undefined && column.texts.size < 100_000) column.texts.set(cell, ms);
      } else ms = durationOf(cell, column.unitMs, toLocal);
      if (ms !== NOT_DURATION) return ms;
      const noUnit = column.unitMs === null && (typeof cell === "number" || !Number.isNaN(Number(cell)));
      const key = noUnit ? "input.duration.noUnit" : "input.duration.invalid";
      problems.add(`${column.field}:${key}`, sheetRow, () =>
        t(
          key,
          {
            row: sheetRow,
            field: label(column.field),
            header: String(values[0][column.col]).trim(),
            value: describeValue(cell),
          },
          locale,
        ),
      );
      return Number.NaN;
    },
    /** Says which timestamps were taken from durations, so the report's notes can name the rule. */
    report(): void {
      const pairs = [
        [columns.firstResponseTime, "firstResponse"],
        [columns.resolutionTime, "resolved"],
      ] as const;
      for (const [column, target] of pairs) {
        if (!column || column.used === 0) continue;
        log.problems.push(
          t(
            "input.duration.derived",
            {
              count: column.used,
              field: label(target),
              header: String(values[0][column.col]).trim(),
              created: label("created"),
            },
            locale,
          ),
        );
      }
    },
  };
}
