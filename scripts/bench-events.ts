/**
 * The event-log part of `npm run bench`: a helpdesk event log as process-mining tools export it
 * (`Case ID`, `Activity`, `Resource`, `Complete Timestamp` written as text), 100,000 and 1,000,000
 * events, detected by the sidebar, read (text times parsed, pivoted to tickets), planned and applied
 * to the offline spreadsheet. Targets: the same service calls at both sizes; 1,000,000 events read
 * and planned in under 10 s.
 */

import { readTicketLog } from "../src/input/ticket-log";
import { zonedParts } from "../src/metrics/zoned-time";
import { createOfflineServices } from "../src/offline/services";
import { applyPlan } from "../src/report/apply";
import { planDefinitions } from "../src/report/definitions";
import { planReport } from "../src/report/report-plan";
import { mulberry32 } from "../src/report/sample-data";
import { getSidebarState } from "../src/server/endpoints";

const ZONE = "Europe/Stockholm";
const NOW = Date.UTC(2026, 10, 5, 12);
const HOUR = 3_600_000;

function text(ms: number): string {
  const p = zonedParts(ms, ZONE);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}/${two(p.month)}/${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}.000`;
}

/** About `events` rows: tickets over the 12 months before NOW, each inserted, triaged, taken, resolved, closed. */
function eventLog(events: number): unknown[][] {
  const next = mulberry32(59);
  const staff = Array.from({ length: 40 }, (_, i) => `Agent ${i + 1}`);
  const from = NOW - 365 * 24 * HOUR;
  const rows: unknown[][] = [["Case ID", "Activity", "Resource", "Complete Timestamp"]];
  for (let id = 1; rows.length - 1 < events; id++) {
    const creator = staff[Math.floor(next() * staff.length)];
    const agent = staff[Math.floor(next() * staff.length)];
    let t = from + next() * 360 * 24 * HOUR;
    const add = (activity: string, resource: string) =>
      rows.push([`Case ${id}`, activity, resource, text(t)]);
    add("Insert ticket", creator);
    t += 60_000;
    add("Assign seriousness", creator);
    t += next() * 30 * HOUR;
    add("Take in charge ticket", agent);
    if (next() < 0.3) {
      t += next() * 10 * HOUR;
      add("Wait", agent);
    }
    t += next() * 60 * HOUR;
    add("Resolve ticket", agent);
    t += 7 * 24 * HOUR;
    add("Closed", "System");
  }
  return rows.slice(0, events + 1);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export async function benchEventLog(): Promise<void> {
  await benchLayout({
    title: `Event log with text timestamps (zone ${ZONE}): read → plan → apply`,
    rowsLabel: "events",
    zone: ZONE,
    now: NOW,
    sizes: [100_000, 1_000_000],
    make: eventLog,
    target: "targets: the same service calls at both sizes; 1,000,000 events read and planned in < 10 s",
  });
}

/** One layout's bench: rows made by `make`, detected by the sidebar, read, planned and applied. */
export async function benchLayout(bench: {
  title: string;
  rowsLabel: string;
  zone: string;
  now: number;
  sizes: number[];
  make: (rows: number) => unknown[][];
  target: string;
}): Promise<void> {
  const { zone, now } = bench;
  console.log(`\n${bench.title}`);
  console.log(`${bench.rowsLabel.padEnd(11)} tickets   read log   plan      apply     service calls (build)`);
  for (const size of bench.sizes) {
    const offline = createOfflineServices({ timeZone: zone });
    offline.spreadsheet.loadSheet("Log", bench.make(size), { index: 0, fit: true });
    const state = getSidebarState(offline, now);
    const settings = state.settings;
    const month = state.defaultMonth ?? "2026-10";
    offline.calls.reset();

    let t0 = performance.now();
    const sheet = offline.spreadsheetApp.getActiveSpreadsheet().getSheetByName(settings.ticketSheet);
    const values = sheet!.getDataRange().getValues();
    const log = readTicketLog(values, settings.columns, { sheet: settings.ticketSheet, timeZone: zone });
    const read = performance.now() - t0;

    t0 = performance.now();
    const definitionsPlan = planDefinitions({ locale: "en", schedule: "", slaHours: settings.slaHours });
    const definitions = applyPlan(offline.spreadsheetApp, { sheets: [definitionsPlan], activate: "" }).sheets[
      definitionsPlan.name
    ];
    const report = planReport({
      month,
      timeZone: zone,
      now,
      locale: "en",
      settings,
      log,
      survey: null,
      customers: null,
      definitions,
    });
    const plan = performance.now() - t0;

    t0 = performance.now();
    applyPlan(offline.spreadsheetApp, report.plan);
    const apply = performance.now() - t0;
    const rows = log.layout === "events" ? log.events : log.rows;
    console.log(
      `${String(rows).padEnd(11)} ${String(log.tickets.length).padEnd(9)} ${seconds(read).padEnd(10)} ${seconds(plan).padEnd(9)} ${seconds(apply).padEnd(9)} ${offline.calls.total}`,
    );
  }
  console.log(bench.target);
}
