/**
 * The add-on in a spreadsheet of each language it speaks: sample data, the sidebar's state, the
 * report and the definitions tab all in the spreadsheet's language, with every formula working and
 * parsing in every locale (translated texts inside formulas are quoted), and the help in it too.
 */
import { describe, expect, it } from "vitest";
import { serverEn } from "../../src/i18n/en";
import { localeFor } from "../../src/i18n/locale";
import { t } from "../../src/i18n/messages";
import { CONTACT_FIELDS, DURATION_FIELDS, TICKET_FIELDS } from "../../src/input/ticket";
import { createOfflineServices } from "../../src/offline/services";
import { sampleColumn } from "../../src/report/sample-data";
import {
  buildReport,
  getSidebarState,
  insertSampleData,
  showDefinitions,
  showHelp,
} from "../../src/server/endpoints";

/** 5 November 2026: the last full month is October. */
const NOW = Date.UTC(2026, 10, 5, 12);

describe.each(["sv_SE", "de_DE", "nb_NO", "lv_LV", "zh_CN"])("a %s spreadsheet", (spreadsheetLocale) => {
  const locale = localeFor(spreadsheetLocale);
  const say = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, locale);
  const offline = createOfflineServices({ timeZone: "Europe/Stockholm", locale: spreadsheetLocale });
  const tabs = insertSampleData(offline, NOW);
  const state = getSidebarState(offline, NOW);

  it("names the sample tabs in its language, and the sidebar finds them and speaks it", () => {
    expect(locale).not.toBe("en");
    expect(tabs).toEqual([say("sample.tickets"), say("sample.survey"), say("sample.customers")]);
    expect(state.locale).toBe(locale);
    expect(state.settings).toMatchObject({
      ticketSheet: tabs[0],
      surveySheet: tabs[1],
      customersSheet: tabs[2],
    });
    expect(state.defaultMonth).toBe("2026-10");
    // The sample's headers are in the language too, and detection finds every column.
    // (The sample has timestamps, so no duration columns, no rating dates (its ratings are on
    // resolved tickets), and no contact-centre columns.)
    const timestampFields = TICKET_FIELDS.filter(
      (f) =>
        !(DURATION_FIELDS as readonly string[]).includes(f) &&
        f !== "reopens" &&
        f !== "csatAt" &&
        !CONTACT_FIELDS.includes(f),
    );
    expect(Object.keys(state.log?.columns ?? {}).sort()).toEqual(timestampFields.sort());
    expect(state.log?.columns.created).toBe(say("sample.header.created"));
  });

  it("builds the report in its language, every formula working", () => {
    const result = buildReport(offline, { month: "2026-10", settings: state.settings }, NOW);
    expect(result.sheetName).toBe(say("report.sheetName", { month: "2026-10" }));
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);

    const cells = offline.spreadsheet.sheet(result.sheetName)?.peekValues().flat() ?? [];
    for (const key of [
      "report.findings",
      "kpi.created",
      "kpi.backlog",
      "kpi.nps",
      "report.col.status",
    ] as const)
      expect(cells, key).toContain(say(key));
    expect(cells).not.toContain(serverEn["kpi.created"]);
    // The status column is a formula comparing with the target: its texts come out translated.
    expect(cells).toContain(say("report.status.met"));
    expect(cells).toContain(say("report.status.missed"));
  });

  it("writes the definitions tab in its language, with the formulas as in English", () => {
    const name = showDefinitions(offline);
    expect(name).toBe(say("definitions.sheetName"));
    const sheet = offline.spreadsheet.sheet(name);
    const cells = sheet?.peekValues().flat() ?? [];
    expect(cells).toContain(say("definitions.title"));
    expect(cells).toContain(say("definitions.nps.what"));
    // The function names stay English; the example's range is the sample survey's NPS column in this language.
    expect(cells).toContain(
      serverEn["definitions.nps.function"].replace("{nps}", sampleColumn("survey", "NPS", locale)),
    );
    expect(sampleColumn("survey", "NPS", locale).replace(/'/g, "")).toBe(`${say("sample.survey")}!B2:B`);
    expect(offline.spreadsheet.formulaErrors()).toEqual([]);
    expect(offline.spreadsheet.nonLocaleProofFormulas()).toEqual([]);
  });

  it("answers Help in its language", () => {
    showHelp(offline);
    expect(offline.ui.alerts.at(-1)).toBe(say("help.text"));
  });
});
