/**
 * The sidebar never dead-ends (issue 8 §3): a column the user picks is used as picked, whatever its
 * header; the months come from it at once; a saved long header comes back whole; a time column of
 * dates typed as text says so, while text the input layer reads unambiguously just works.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import { type ColumnMapping, TICKET_FIELDS } from "../../src/input/ticket";
import { createOfflineServices } from "../../src/offline/services";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import {
  loadTabColumns,
  MAX_TAB_MAPPINGS,
  PROPERTY_VALUE_LIMIT,
  TAB_COLUMNS_KEY,
  utf8Length,
} from "../../src/report/settings-store";
import { detectLog, getSidebarState, saveSettings } from "../../src/server/endpoints";

/** A survey question as a header: far past the 100 characters settings keep of a header. */
const LONG =
  "Please tell us when this happened, as precisely as you remember it, with the time of day and the place you were in when it started";

const times = [
  Date.UTC(2026, 7, 30, 22, 15),
  Date.UTC(2026, 8, 2, 9),
  Date.UTC(2026, 8, 14, 16, 40),
  Date.UTC(2026, 9, 1, 0, 5),
];

/** An export with no column a detector takes for the creation time. */
function exportTab(): unknown[][] {
  return [
    ["Ticket ID", "Ticket Status", LONG, "Satisfaction rating"],
    ...times.map((ms, i) => [`T-${i + 1}`, "Open", new Date(ms), 4]),
  ];
}

/** The months of `times` in UTC, written out independently of the add-on's zone code. */
const MONTHS = [...new Set(times.map((ms) => new Date(ms).toISOString().slice(0, 7)))].sort();

describe("detectLog with the sidebar's mapping", () => {
  it("gives the months as soon as Created is picked, whatever the header's length", () => {
    const offline = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    expect(detectLog(offline, "Export").columns.created).toBeUndefined();
    expect(detectLog(offline, "Export").months).toEqual([]);

    const log = detectLog(offline, "Export", { id: "Ticket ID", created: LONG });
    expect(MONTHS).toEqual(["2026-08", "2026-09", "2026-10"]);
    expect(log.months).toEqual(MONTHS);
    expect(log.columns).toEqual({ id: "Ticket ID", created: LONG });
    expect(log.warnings).toEqual([]);
  });

  it("uses a picked column as picked, and says when a picked header is gone", () => {
    const offline = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    const log = detectLog(offline, "Export", { created: LONG, status: "Status" });
    expect(log.columns).toEqual({ created: LONG });
    expect(log.warnings).toContain(
      t("input.columns.missing", { header: "Status", field: t("sidebar.field.status") }),
    );
    expect(log.months).toEqual(MONTHS);
  });

  it("takes only known fields naming headers as text from what the sidebar sends", () => {
    const offline = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    const sent = { created: LONG, status: 7, agent: "", nonsense: "Ticket ID" } as unknown as ColumnMapping;
    expect(detectLog(offline, "Export", sent).columns).toEqual({ created: LONG });
  });

  it("brings a saved long header back whole, so the sidebar shows it picked", () => {
    const offline = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    saveSettings(offline, { ...DEFAULT_SETTINGS, ticketSheet: "Export", columns: { created: LONG } });
    const state = getSidebarState(offline, Date.UTC(2026, 11, 1));
    expect(state.log?.columns.created).toBe(LONG);
    expect(state.log?.headers).toContain(LONG);
    expect(state.log?.months).toEqual(MONTHS);
  });
});

describe("each tab's mapping, remembered", () => {
  it("a tab picked again after building from another keeps the mapping it was built with", () => {
    const offline = createOfflineServices({
      timeZone: "UTC",
      sheets: { Export: exportTab(), Other: exportTab() },
    });
    saveSettings(offline, {
      ...DEFAULT_SETTINGS,
      ticketSheet: "Export",
      columns: { id: "Ticket ID", created: LONG },
    });
    saveSettings(offline, { ...DEFAULT_SETTINGS, ticketSheet: "Other", columns: { created: LONG } });
    const log = detectLog(offline, "export");
    expect(log.columns).toEqual({ id: "Ticket ID", created: LONG });
    expect(log.months).toEqual(MONTHS);
    // A tab never saved is detected afresh.
    const fresh = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    expect(detectLog(fresh, "Export").columns.created).toBeUndefined();
  });

  it("remembers the last four tabs, and never outgrows a document property", () => {
    const tabs = ["A", "B", "C", "D", "E"];
    const offline = createOfflineServices({
      timeZone: "UTC",
      sheets: Object.fromEntries(tabs.map((tab) => [tab, exportTab()])),
    });
    for (const tab of tabs) {
      saveSettings(offline, {
        ...DEFAULT_SETTINGS,
        ticketSheet: tab,
        columns: { id: "Ticket ID", created: LONG },
      });
    }
    expect(MAX_TAB_MAPPINGS).toBe(4);
    expect(loadTabColumns(offline.properties, "A")).toBeNull();
    for (const tab of tabs.slice(1)) expect(loadTabColumns(offline.properties, tab)?.id).toBe("Ticket ID");
    // Longest headers in three-byte characters, in every field: the oldest tabs make room.
    const wide = "界".repeat(300);
    const columns = Object.fromEntries(TICKET_FIELDS.map((f) => [f, `${f}${wide}`]));
    for (const tab of tabs) saveSettings(offline, { ...DEFAULT_SETTINGS, ticketSheet: tab, columns });
    const stored = offline.properties.getProperty(TAB_COLUMNS_KEY) ?? "";
    expect(utf8Length(TAB_COLUMNS_KEY) + utf8Length(stored)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    expect(loadTabColumns(offline.properties, "E")?.created?.startsWith("created界")).toBe(true);
  });
});

describe("dates typed as text", () => {
  const typed = (cells: string[]) => [["Ticket ID", "Created"], ...cells.map((c, i) => [`T-${i}`, c])];

  it("a column of day/month text says how to make it dates, naming the header and an example", () => {
    const offline = createOfflineServices({
      timeZone: "UTC",
      sheets: { Typed: typed(["05/03/2026 14:30", "17/03/2026 09:05", "", "06.04.2026 10:00"]) },
    });
    const log = detectLog(offline, "Typed", { id: "Ticket ID", created: "Created" });
    expect(log.dateText).toEqual([{ field: "created", header: "Created", example: "05/03/2026 14:30" }]);
    expect(log.months).toEqual([]);
  });

  it("month names count too; text the report reads (year first) and real dates do not", () => {
    const words = createOfflineServices({
      timeZone: "UTC",
      sheets: { Typed: typed(["Oct 5, 2026 2:30 PM", "5 Oktober 2026"]) },
    });
    expect(detectLog(words, "Typed", { created: "Created" }).dateText).toHaveLength(1);

    const readable = createOfflineServices({
      timeZone: "UTC",
      sheets: { Typed: typed(["2026-03-05 14:30", "2026/03/17 09:05:00.000"]) },
    });
    const log = detectLog(readable, "Typed", { created: "Created" });
    expect(log.dateText).toEqual([]);
    expect(log.months).toEqual(["2026-03"]);

    const dates = createOfflineServices({ timeZone: "UTC", sheets: { Export: exportTab() } });
    expect(detectLog(dates, "Export", { created: LONG }).dateText).toEqual([]);
  });

  it("a column of other text (names, numbers) is no date hint", () => {
    const offline = createOfflineServices({
      timeZone: "UTC",
      sheets: { Typed: typed(["Anna", "Björn", "12", "ticket 4"]) },
    });
    expect(detectLog(offline, "Typed", { created: "Created" }).dateText).toEqual([]);
  });
});
