/**
 * What the sidebar's browser tests feed it: a fake `google.script.run` installed in the page before
 * its script runs, answering each endpoint from a table, and realistic server answers. The fake
 * behaves like Apps Script's runner where it matters: handlers are chained, answers arrive
 * asynchronously as copies (JSON, as the real one serialises), a Date argument is refused, and a
 * failure reaches the failure handler as an Error.
 */

import { TICKET_FIELDS } from "../../src/input/ticket";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import type { BuildResult, DetectedLog, SidebarState } from "../../src/server/api";

/** How the fake answers a call: with a value, with an error, or not until the test releases it. */
export type Outcome = { kind: "ok"; value?: unknown } | { kind: "fail"; message: string } | { kind: "hold" };

/**
 * Answers keyed by endpoint ("buildReport"), endpoint and first argument ("detectLog:Events"), or
 * endpoint and every argument, objects as JSON ('detectLog:Tickets:{"created":"Opened"}').
 */
export type Responses = Record<string, Outcome>;

export interface RecordedCall {
  name: string;
  args: unknown[];
}

/** Runs in the page (serialised by Playwright), so it must not refer to anything outside itself. */
export function installFakeScriptRun(responses: Responses): void {
  const endpoints = ["getSidebarState", "detectLog", "saveSettings", "buildReport", "openSheet"];
  const calls: RecordedCall[] = [];
  const held: { name: string; settle: (o: Outcome) => void }[] = [];
  const copy = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const hasDate = (v: unknown): boolean =>
    v instanceof Date || (typeof v === "object" && v !== null && Object.values(v).some(hasDate));
  type Handler = ((value: unknown) => void) | undefined;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === "withSuccessHandler") return (f: Handler) => runner(f, failure);
          if (prop === "withFailureHandler") return (f: Handler) => runner(success, f);
          if (typeof prop !== "string" || !endpoints.includes(prop)) return undefined;
          return (...args: unknown[]) => {
            const settle = (o: Outcome) =>
              setTimeout(() => {
                if (o.kind === "ok") success?.(copy(o.value));
                else failure?.(new Error(o.kind === "fail" ? o.message : "fake: held call settled as hold"));
              }, 0);
            if (args.some(hasDate)) {
              settle({
                kind: "fail",
                message: `fake: ${prop} was passed a Date, which google.script.run refuses`,
              });
              return;
            }
            calls.push({ name: prop, args: copy(args) });
            // The most specific answer first: by every argument (a mapping as JSON), by the first, by name.
            const all = args.map((a) => (typeof a === "object" ? JSON.stringify(a) : String(a))).join(":");
            const outcome =
              responses[`${prop}:${all}`] ?? responses[`${prop}:${String(args[0])}`] ?? responses[prop];
            if (!outcome) settle({ kind: "fail", message: `fake: no answer configured for ${prop}` });
            else if (outcome.kind === "hold") held.push({ name: prop, settle });
            else settle(outcome);
          };
        },
      },
    );
  const w = window as unknown as Record<string, unknown>;
  w.google = { script: { run: runner(undefined, undefined) } };
  w.__rpc = {
    calls,
    held: () => held.map((h) => h.name),
    release(name: string, outcome: Outcome) {
      const index = held.findIndex((h) => h.name === name);
      if (index < 0) throw new Error(`fake: no held call to ${name}`);
      held.splice(index, 1)[0].settle(outcome);
    },
    /** Changes the answer for later calls, as when the user fixes something and retries. */
    respond(key: string, outcome: Outcome) {
      responses[key] = outcome;
    },
  };
}

/**
 * The fake as an init script for `page.addInitScript`. A transpiler that keeps function names
 * (tsx does) wraps them in a `__name` helper the page lacks; the shim makes the source portable.
 */
export function fakeScriptRun(responses: Responses): { content: string } {
  const shim = "var __name = (target) => target;";
  return { content: `${shim}(${installFakeScriptRun.toString()})(${JSON.stringify(responses)});` };
}

export const XSS = "<img src=x onerror=alert(1)>";

/** Thirteen months ending 2026-10, ascending as the server sends them. */
export const MONTHS = [
  "2025-10",
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-10",
];

export const TICKETS_LOG: DetectedLog = {
  sheet: "Tickets",
  headers: [
    "Ticket ID",
    "Created at",
    "First reply at",
    "Solved at",
    "Status",
    "Type",
    "Channel",
    "Assignee",
    "Priority",
    "Satisfaction",
    "",
    XSS,
  ],
  columns: {
    id: "Ticket ID",
    created: "Created at",
    firstResponse: "First reply at",
    resolved: "Solved at",
    status: "Status",
    category: "Type",
    channel: "Channel",
    agent: "Assignee",
    priority: "Priority",
    csat: "Satisfaction",
  },
  rows: 5123,
  layout: "tickets",
  months: MONTHS,
  warnings: [],
};

/** The PrepBench 059 headers (../shared/data/prepbench059_*): an event log, one row per status change. */
export const EVENTS_LOG: DetectedLog = {
  sheet: "Events",
  headers: ["Timestamp", "Ticket", "Severity", "Status No.", "Assigned To", "Status Name"],
  columns: {
    id: "Ticket",
    created: "Timestamp",
    resolved: "Timestamp",
    status: "Status Name",
    agent: "Assigned To",
    priority: "Severity",
  },
  rows: 2542,
  layout: "events",
  months: ["2020-01", "2020-02", "2020-03", "2020-04"],
  warnings: ["No first-response column: first response time will show no data."],
  // The log's real counts; every meaning as the words give it.
  activities: [
    { activity: "Assigned", meaning: "assigned", events: 996 },
    { activity: "Logged", meaning: "created", events: 665 },
    { activity: "Customer Response", meaning: "waiting", events: 560 },
    { activity: "UAT", meaning: "other", events: 218 },
    { activity: "Closed", meaning: "closed", events: 103 },
  ],
};

export const OWN_SHEETS = ["Support report 2026-08", "KPI definitions"];

export function sidebarState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    sheets: ["Tickets", "Events", "Survey", "Customers", ...OWN_SHEETS, `${XSS} & "tab"`],
    ownSheets: OWN_SHEETS,
    timeZone: "Europe/Stockholm",
    locale: "en",
    settings: {
      ...DEFAULT_SETTINGS,
      ticketSheet: "Tickets",
      surveySheet: "Survey",
      targets: { csat: 0.85, frtMedian: 4, cac: 120 },
      slaHours: 24,
    },
    log: TICKETS_LOG,
    defaultMonth: "2026-09",
    fields: [...TICKET_FIELDS],
    ...overrides,
  };
}

export const BUILD_RESULT: BuildResult = {
  sheetName: "Support report 2026-09",
  sheetId: 123456,
  ticketsRead: 5123,
  ticketsInMonth: 412,
  notes: ["CES: no data (no CES column on the Survey tab).", `Category ${XSS} is shown as text.`],
  generatedAt: "2026-10-02T08:15:00.000Z",
};

/** The usual answers: a detected Tickets tab, an Events tab, and builds that succeed. */
export function defaultResponses(): Responses {
  return {
    getSidebarState: { kind: "ok", value: sidebarState() },
    "detectLog:Tickets": { kind: "ok", value: TICKETS_LOG },
    "detectLog:Events": { kind: "ok", value: EVENTS_LOG },
    saveSettings: { kind: "ok" },
    buildReport: { kind: "ok", value: BUILD_RESULT },
    openSheet: { kind: "ok" },
  };
}
