/**
 * The report part of `npm run bench`: read the ticket log, plan the report and apply it to the
 * offline spreadsheet for 10k, 100k and 1M tickets, with the service calls each build makes.
 * Targets: service calls the same for every size; 1,000,000 tickets planned in under 10 s.
 */

import { readTicketLog } from "../src/input/ticket-log";
import { createOfflineServices } from "../src/offline/services";
import { applyPlan } from "../src/report/apply";
import { planDefinitions } from "../src/report/definitions";
import { planReport } from "../src/report/report-plan";
import { buildSampleData } from "../src/report/sample-data";
import { DEFAULT_SETTINGS } from "../src/report/settings";
import { getSidebarState } from "../src/server/endpoints";

const ZONE = "Europe/Stockholm";
const NOW = Date.UTC(2026, 10, 5, 12);

/** Sheets' limit for a whole spreadsheet; the offline spreadsheet enforces it too. */
const CELL_LIMIT = 10_000_000;
/** Columns a huge log can do without (the report needs none of them), dropped first to fit the limit. */
const DROPPABLE = ["Ticket ID", "Priority", "Contacts"];

/**
 * The sample log grown to `size` tickets: the generator keeps to a realistic daily volume, so its
 * rows are repeated (with distinct IDs) until the log is as long as asked. A log too large for one
 * spreadsheet loses droppable columns until it fits, as a real export at that size would have to.
 */
function ticketRows(values: unknown[][], size: number): { rows: unknown[][]; dropped: string[] } {
  const [header, ...rows] = values;
  const idColumn = header.indexOf("Ticket ID");
  const out = [header, ...rows];
  for (let copy = 2; out.length - 1 < size; copy++) {
    for (const row of rows) {
      if (out.length - 1 >= size) break;
      const clone = [...row];
      if (idColumn >= 0) clone[idColumn] = `${row[idColumn]}-${copy}`;
      out.push(clone);
    }
  }
  const dropped: string[] = [];
  for (const name of DROPPABLE) {
    if (out.length * (header.length - dropped.length) <= CELL_LIMIT * 0.95) break;
    dropped.push(name);
  }
  const keep = header.map((h, i) => (dropped.includes(String(h)) ? -1 : i)).filter((i) => i >= 0);
  return { rows: dropped.length ? out.map((row) => keep.map((i) => row[i])) : out, dropped };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export async function benchReport(): Promise<void> {
  console.log(`\nMonthly report (zone ${ZONE}): read → plan → apply to the offline spreadsheet`);
  console.log("tickets     read log   plan      apply     service calls (build)");
  for (const size of [10_000, 100_000, 1_000_000]) {
    const sample = buildSampleData({ now: NOW, timeZone: ZONE, tickets: size });
    const source = ticketRows(sample.tickets.values, size);
    const offline = createOfflineServices({
      timeZone: ZONE,
      sheets: { Survey: sample.survey.values, Customers: sample.customers.values },
    });
    offline.spreadsheet.loadSheet("Tickets", source.rows, { index: 0, fit: true });
    const state = getSidebarState(offline, NOW);
    const settings = { ...DEFAULT_SETTINGS, ...state.settings };
    const month = state.defaultMonth ?? sample.months[sample.months.length - 1];
    offline.calls.reset();

    let t0 = performance.now();
    const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheetByName(settings.ticketSheet);
    const values = sheet!.getDataRange().getValues();
    const log = readTicketLog(values, settings.columns, { sheet: settings.ticketSheet });
    const read = performance.now() - t0;

    t0 = performance.now();
    const definitionsPlan = planDefinitions({
      locale: "en",
      schedule: settings.schedule,
      slaHours: settings.slaHours,
    });
    const definitions = applyPlan(offline.spreadsheetApp, { sheets: [definitionsPlan], activate: "" }).sheets[
      definitionsPlan.name
    ];
    const readTab = (name: string) => ({
      sheet: name,
      values: offline.spreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues(),
    });
    const report = planReport({
      month,
      timeZone: ZONE,
      now: NOW,
      locale: "en",
      settings,
      log,
      survey: readTab(settings.surveySheet),
      customers: readTab(settings.customersSheet),
      definitions,
    });
    const plan = performance.now() - t0;

    t0 = performance.now();
    applyPlan(offline.spreadsheetApp, report.plan);
    const apply = performance.now() - t0;
    console.log(
      `${String(log.tickets.length).padEnd(11)} ${seconds(read).padEnd(10)} ${seconds(plan).padEnd(9)} ${seconds(apply).padEnd(9)} ${offline.calls.total}${source.dropped.length ? `  (without ${source.dropped.join(", ")}, to fit 10M cells)` : ""}`,
    );
  }
  console.log("targets: the same service calls at every size; 1,000,000 tickets planned in < 10 s");
}
