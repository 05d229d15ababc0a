/**
 * One set of rules for the sidebar's form and the server, saying the same thing: the server never
 * replaces a value it receives with a default any more, and the sidebar never accepts one the server
 * would refuse.
 */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages";
import { useLocale } from "../../src/i18n/sidebar-messages";
import { createOfflineServices } from "../../src/offline/services";
import { DEFAULT_SETTINGS, DEFAULT_STAFFING, type Settings } from "../../src/report/settings";
import { MAX_SLA_HOURS, describe as say, settingsProblems } from "../../src/report/settings-rules";
import { loadSettings, SETTINGS_KEY } from "../../src/report/settings-store";
import { buildReport, getSidebarState, insertSampleData, saveSettings } from "../../src/server/endpoints";
import { type FormValues, requestFromForm, staffingTexts } from "../../src/ui/form";

const NOW = Date.UTC(2026, 10, 5, 12);

function form(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ticketSheet: "Tickets",
    columns: { created: "Created" },
    month: "2026-10",
    average: "median",
    targets: {},
    schedule: "",
    slaHours: "24",
    surveySheet: "",
    customersSheet: "",
    ...overrides,
  };
}

/** The sidebar's messages for a form (none when it would build). */
function formSays(values: FormValues): string[] {
  const result = requestFromForm(values, DEFAULT_SETTINGS, ["created", "category"]);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

/** What the server says to a build with these settings; "" when it builds. */
function serverSays(settings: Partial<Settings>, locale = "en_US"): string {
  const offline = createOfflineServices({ timeZone: "UTC", locale });
  insertSampleData(offline, NOW);
  const saved = getSidebarState(offline, NOW).settings;
  try {
    buildReport(offline, { month: "2026-10", settings: { ...saved, ...settings } }, NOW);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the sidebar and the server apply one rule and say the same", () => {
  it("an SLA of 9,000 hours is refused by both (it was built as 24 h)", () => {
    const sidebar = formSays(form({ slaHours: "9000" }));
    expect(MAX_SLA_HOURS).toBe(8784);
    expect(sidebar).toEqual(["SLA: resolve within: enter a number of at most 8,784."]);
    expect(serverSays({ slaHours: 9000 })).toBe(sidebar[0]);
    expect(formSays(form({ slaHours: String(MAX_SLA_HOURS) }))).toEqual([]);
  });

  it("a target of 1e400 is refused by both as not a number (it was dropped)", () => {
    expect(formSays(form({ targets: { frt: "1e400" } }))).toEqual([
      "First response time: 1e400 is not a number.",
    ]);
    expect(serverSays({ targets: { frtMedian: Number("1e400") } })).toBe(
      "First response time: Infinity is not a number.",
    );
  });

  it("a percentage out of range says the same in the sidebar (typed %) and on the server (stored fraction)", () => {
    const sidebar = formSays(form({ targets: { sla: "150 %" } }));
    expect(sidebar).toEqual(["SLA met: enter a number from 0 to 100."]);
    expect(serverSays({ targets: { sla: 1.5 } })).toBe(sidebar[0]);
  });

  it("speaks the spreadsheet's language on the server, as the sidebar does", () => {
    useLocale("de");
    try {
      const sidebar = formSays(form({ slaHours: "9000" }));
      expect(serverSays({ slaHours: 9000 }, "de_DE")).toBe(sidebar[0]);
      expect(sidebar[0]).not.toMatch(/enter a number/);
    } finally {
      useLocale("en");
    }
  });

  it("a saved setting is refused the same way, and nothing is saved", () => {
    const offline = createOfflineServices();
    expect(() => saveSettings(offline, { ...DEFAULT_SETTINGS, slaHours: 9000 })).toThrow(/at most/);
    expect(loadSettings(offline.properties).slaHours).toBe(DEFAULT_SETTINGS.slaHours);
  });
});

describe("staffing settings: one rule for the sidebar's boxes and the server", () => {
  const staffing = (boxes: Record<string, string>) => form({ staffing: boxes });

  it("saves what the boxes say, percentages as fractions, a blank box as its default", () => {
    const result = requestFromForm(
      staffing({
        handleMinutes: "7,5 min",
        serviceLevel: "90 %",
        answerWithinSeconds: "20",
        shrinkage: "30",
      }),
      DEFAULT_SETTINGS,
      ["created"],
    );
    expect(result.ok && result.request.settings.staffing).toEqual({
      handleMinutes: 7.5,
      serviceLevel: 0.9,
      answerWithinSeconds: 20,
      maxOccupancy: DEFAULT_STAFFING.maxOccupancy,
      shrinkage: 0.3,
    });
    expect(serverSays({ staffing: { ...DEFAULT_STAFFING, serviceLevel: 0.9, shrinkage: 0.3 } })).toBe("");
  });

  it("a service level of 100 % can never be met: both refuse it with the same words", () => {
    const sidebar = formSays(staffing({ serviceLevel: "100" }));
    expect(sidebar).toEqual(["Service level target: enter a number more than 0 and less than 100."]);
    expect(serverSays({ staffing: { ...DEFAULT_STAFFING, serviceLevel: 1 } })).toBe(sidebar[0]);
  });

  it("a handle time of 0, an occupancy over 100 % and shrinkage of 100 % are refused by both", () => {
    const sidebar = formSays(
      staffing({ handleMinutes: "0", maxOccupancy: "120", shrinkage: "100", answerWithinSeconds: "soon" }),
    );
    expect(sidebar).toEqual([
      "Handle time per ticket: enter a number greater than 0.",
      "Answered within: soon is not a number.",
      "Max occupancy: enter a number of at most 100.",
      "Shrinkage: enter a number from 0 to 99.",
    ]);
    const server = serverSays({
      staffing: {
        handleMinutes: 0,
        serviceLevel: 0.8,
        answerWithinSeconds: 60,
        maxOccupancy: 1.2,
        shrinkage: 1,
      },
    });
    expect(server).toBe([sidebar[0], sidebar[2], sidebar[3]].join(" "));
  });

  it("the saved staffing fills the boxes, and loading a hand-edited value falls back to the default", () => {
    const offline = createOfflineServices();
    const wanted = {
      handleMinutes: 4,
      serviceLevel: 0.95,
      answerWithinSeconds: 15,
      maxOccupancy: 0.8,
      shrinkage: 0.25,
    };
    saveSettings(offline, { ...DEFAULT_SETTINGS, staffing: wanted });
    expect(loadSettings(offline.properties).staffing).toEqual(wanted);
    expect(staffingTexts(wanted)).toEqual({
      handleMinutes: "4",
      serviceLevel: "95",
      answerWithinSeconds: "15",
      maxOccupancy: "80",
      shrinkage: "25",
    });
    offline.properties.setProperty(
      SETTINGS_KEY,
      JSON.stringify({ staffing: { ...wanted, serviceLevel: 1, handleMinutes: "4" } }),
    );
    expect(loadSettings(offline.properties).staffing).toEqual({
      ...wanted,
      serviceLevel: DEFAULT_STAFFING.serviceLevel,
      handleMinutes: DEFAULT_STAFFING.handleMinutes,
    });
  });
});

describe("a request as a whole", () => {
  it("lets a field left out take its default, as saved settings do", () => {
    expect(settingsProblems({ ticketSheet: "Tickets" } as Settings)).toEqual([]);
  });

  it("lists every problem of a request at once", () => {
    const problems = settingsProblems({
      ...DEFAULT_SETTINGS,
      slaHours: -1,
      targets: { nps: 300, backlog: 2.5 },
      schedule: "Mon-Fri 25:00-26:00",
    });
    expect(problems.map((p) => p.control).sort()).toEqual(
      ["schedule", "sla-hours", "target-backlog", "target-nps"].sort(),
    );
    expect(problems.map((p) => say(p, (key, params) => t(key, params)))).toContain(
      "NPS: enter a number from -100 to 100.",
    );
  });
});
