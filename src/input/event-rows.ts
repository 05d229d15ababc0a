/**
 * An event log's rows read into events (one per status change or activity), then pivoted to one
 * ticket per ID (event-log.ts). Rows without a valid time or ID are skipped and reported, as the
 * ticket log's rows are (ticket-log.ts); a process-mining log's lifecycle column keeps only the
 * completed events when it has any.
 */
import { t } from "../i18n/messages";
import { fieldLabel, headerWords } from "./columns";
import { countActivities, type EventRows, findStatusNumberColumn, pivotEvents } from "./event-log";
import { countOf, INVALID, isBlankRow, textOf, timeOf, type Values } from "./rows";
import type { Reader } from "./ticket-log";

/** One row per status change, pivoted. Rows without a valid time or ID are skipped and reported. */
export function readEvents(reader: Reader): void {
  const { values, last, headerRow, indexes, departments, log, problems, badTime, badCount, locale, zone } =
    reader;
  const ids = reader.ids as string[];
  const effect = reader.effects.event;
  const cTime = indexes.created as number;
  const cStatus = indexes.status as number;
  const cNo = findStatusNumberColumn(values[0]);
  const cAgent = indexes.agent ?? -1;
  const cPriority = indexes.priority ?? -1;
  const cCategory = indexes.category ?? -1;
  const cChannel = indexes.channel ?? -1;
  const cCsat = indexes.csat ?? -1;
  const lifecycle = findLifecycleColumn(values[0]);
  const cLifecycle = completeOnly(values, last, lifecycle) ? lifecycle : -1;
  let notComplete = 0;

  const n = last;
  const events: EventRows = {
    count: 0,
    row: new Int32Array(n),
    id: new Array<string>(n),
    time: new Float64Array(n),
    status: new Array<string>(n),
    statusNo: cNo >= 0 ? new Float64Array(n) : null,
    agent: cAgent >= 0 ? new Array<string>(n) : null,
    priority: cPriority >= 0 ? new Array<string>(n) : null,
    category: cCategory >= 0 || departments ? new Array<string>(n) : null,
    channel: cChannel >= 0 ? new Array<string>(n) : null,
    csat: cCsat >= 0 ? new Float64Array(n) : null,
  };
  const row = events.row as Int32Array;
  const id = events.id as string[];
  const time = events.time as Float64Array;
  const status = events.status as string[];
  const statusNo = events.statusNo as Float64Array | null;
  const agent = events.agent as string[] | null;
  const priority = events.priority as string[] | null;
  const category = events.category as string[] | null;
  const channel = events.channel as string[] | null;
  const csat = events.csat as Float64Array | null;

  let e = 0;
  for (let r = 1; r <= last; r++) {
    const cells = values[r];
    const sheetRow = r + headerRow;
    const ms = timeOf(cells[cTime], zone);
    const ticketId = ids[r - 1];
    if (!(ms > INVALID) || ticketId === "") {
      if (isBlankRow(cells)) {
        log.blankRows++;
        continue;
      }
      if (Number.isNaN(ms))
        problems.add("created:blank", sheetRow, () =>
          t(
            "input.row.blank",
            { row: sheetRow, field: fieldLabel("ticket", "created", locale), effect },
            locale,
          ),
        );
      else if (ms === INVALID) badTime("created", sheetRow, cells[cTime], effect);
      else
        problems.add("id:blank", sheetRow, () =>
          t("input.row.blank", { row: sheetRow, field: fieldLabel("ticket", "id", locale), effect }, locale),
        );
      log.skippedRows++;
      continue;
    }
    if (cLifecycle >= 0 && !isComplete(cells[cLifecycle])) {
      notComplete++;
      continue;
    }
    row[e] = sheetRow;
    id[e] = ticketId;
    time[e] = ms;
    status[e] = textOf(cells[cStatus]);
    if (statusNo) {
      const no = countOf(cells[cNo]);
      statusNo[e] = no === INVALID ? Number.NaN : no;
    }
    if (agent) agent[e] = textOf(cells[cAgent]);
    if (priority) priority[e] = textOf(cells[cPriority]);
    if (category) category[e] = cCategory >= 0 ? textOf(cells[cCategory]) : (departments as string[])[r - 1];
    if (channel) channel[e] = textOf(cells[cChannel]);
    if (csat) {
      const score = countOf(cells[cCsat]);
      if (score === INVALID) badCount("csat", sheetRow, cells[cCsat]);
      csat[e] = score === INVALID ? Number.NaN : score;
    }
    e++;
  }
  events.count = e;
  log.events = e;
  log.layout = "events";
  log.activities = countActivities(events, reader.meanings);
  log.tickets = pivotEvents(events, reader.meanings);
  if (notComplete > 0) {
    log.problems.push(
      t(
        "input.events.lifecycle",
        { count: notComplete, column: String(values[0][cLifecycle]).trim() },
        locale,
      ),
    );
  }
}

/** The lifecycle column of a process-mining log ("lifecycle:transition", "Lifecycle"), or -1. */
function findLifecycleColumn(headers: readonly unknown[]): number {
  return headers.findIndex((h) => headerWords(h).includes("lifecycle"));
}

/** "complete" (XES's standard transition for a finished activity) or blank. */
function isComplete(cell: unknown): boolean {
  const words = headerWords(cell);
  return words.length === 0 || words[0] === "complete" || words[0] === "completed";
}

/** Whether the lifecycle column has any completed event: only then are the others left out. */
function completeOnly(values: Values, last: number, col: number): boolean {
  if (col < 0) return false;
  for (let r = 1; r <= last; r++) {
    const words = headerWords(values[r][col]);
    if (words[0] === "complete" || words[0] === "completed") return true;
  }
  return false;
}
