import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/i18n/locale";
import { t, useLocale } from "../../src/i18n/sidebar-messages";
import type { Settings } from "../../src/report/settings";
import {
  columnsFromLog,
  type FormValues,
  formatTarget,
  formFromState,
  headerChoices,
  parseNumber,
  requestFromForm,
  sourceTabs,
  type TargetUnit,
  targetValue,
} from "../../src/ui/form";
import { MONTHS, OWN_SHEETS, sidebarState, TICKETS_LOG, XSS } from "./fixtures";

const NOW = "2026-10";

function values(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ticketSheet: "Tickets",
    columns: { created: "Created at", resolved: "Solved at", category: "Type" },
    month: "2026-09",
    average: "median",
    targets: {},
    schedule: "",
    slaHours: "24",
    surveySheet: "",
    customersSheet: "",
    ...overrides,
  };
}

describe("parseNumber", () => {
  it("reads what people type in a box labelled % or h", () => {
    expect(parseNumber("95")).toBe(95);
    expect(parseNumber(" 92,5 % ", "percent")).toBe(92.5);
    expect(parseNumber("4h", "hours")).toBe(4);
    expect(parseNumber("\u221210")).toBe(-10);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("1e2")).toBe(100);
  });

  it("reads the unit each language labels a box with, and only that box's unit", () => {
    const cases: [Locale, string, TargetUnit, number][] = [
      ["nb", "4 t", "hours", 4],
      ["nb", "30 poeng", "points", 30],
      ["de", "30 Pkt.", "points", 30],
      ["de", "2,5 h", "hours", 2.5],
      ["zh", "4小时", "hours", 4],
      ["zh", "30 分", "points", 30],
      ["sv", "95 %", "percent", 95],
    ];
    try {
      for (const [locale, text, unit, expected] of cases) {
        useLocale(locale);
        expect(parseNumber(text, unit), `${locale} ${text}`).toBe(expected);
      }
      // In Chinese 分 is also minutes: "30分" in an hours box is no number of hours.
      useLocale("zh");
      expect(parseNumber("30分", "hours")).toBeNaN();
      useLocale("en");
      expect(parseNumber("4 t", "hours")).toBeNaN();
      expect(parseNumber("95 h", "percent")).toBeNaN();
      expect(parseNumber("95 %")).toBeNaN();
    } finally {
      useLocale("en");
    }
  });

  it("tells blank (no target) from text that is not a number", () => {
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("   ")).toBeNull();
    for (const bad of ["abc", "1.2.3", ",", "1,000,5", "5 5", "%", "Infinity", "0x10"]) {
      expect(parseNumber(bad), bad).toBeNaN();
    }
  });
});

describe("percent targets", () => {
  it("are typed as percentages and stored as fractions, without binary noise", () => {
    expect(targetValue("95", "percent")).toBe(0.95);
    expect(targetValue("57", "percent")).toBe(0.57);
    // 1.1 / 100 is 0.011000000000000001 in floating point.
    expect(targetValue("1.1", "percent")).toBe(0.011);
    expect(targetValue("90,5%", "percent")).toBe(0.905);
    expect(targetValue("4", "hours")).toBe(4);
    expect(targetValue("", "percent")).toBeNull();
    expect(targetValue("x", "percent")).toBeNaN();
  });

  it("are shown back as the percentage that was typed", () => {
    // 0.57 * 100 is 56.99999999999999 in floating point.
    expect(formatTarget(0.57, "percent")).toBe("57");
    expect(formatTarget(0.011, "percent")).toBe("1.1");
    expect(formatTarget(4, "hours")).toBe("4");
    expect(formatTarget(undefined, "percent")).toBe("");
    expect(formatTarget(Number.NaN, "hours")).toBe("");
  });

  it("round-trip every percentage with up to two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const typed = String(hundredths / 100);
        expect(formatTarget(targetValue(typed, "percent") ?? undefined, "percent")).toBe(typed);
      }),
    );
  });
});

describe("tabs and headers offered", () => {
  it("never offers the add-on's own tabs as sources", () => {
    const tabs = sourceTabs(sidebarState());
    for (const own of OWN_SHEETS) expect(tabs).not.toContain(own);
    expect(tabs).toEqual(["Tickets", "Events", "Survey", "Customers", `${XSS} & "tab"`]);
  });

  it("offers each non-blank header once, in column order", () => {
    expect(headerChoices(["Created", "", "Status", "  ", "Created", "Agent"])).toEqual([
      "Created",
      "Status",
      "Agent",
    ]);
  });

  it("keeps only detected columns whose header the tab still has", () => {
    const log = { ...TICKETS_LOG, columns: { created: "Created at", agent: "Owner" } };
    expect(columnsFromLog(log, ["created", "agent", "status"])).toEqual({
      created: "Created at",
      agent: "",
      status: "",
    });
    expect(columnsFromLog(null, ["created"])).toEqual({});
  });
});

describe("formFromState", () => {
  it("starts from the detected log, the default month and the saved settings", () => {
    const form = formFromState(sidebarState(), NOW);
    expect(form.ticketSheet).toBe("Tickets");
    expect(form.month).toBe("2026-09");
    expect(form.columns.created).toBe("Created at");
    expect(form.columns.contacts).toBe("");
    expect(form.targets).toEqual({
      frt: "4",
      resolution: "",
      sla: "",
      csat: "85",
      fcr: "",
      nps: "",
      backlog: "",
    });
    expect(form.slaHours).toBe("24");
    expect(form.average).toBe("median");
    expect(form.surveySheet).toBe("Survey");
    expect(form.customersSheet).toBe("");
  });

  it("shows a time target saved for the other average rather than losing it", () => {
    const state = sidebarState();
    state.settings.average = "mean";
    expect(formFromState(state, NOW).targets.frt).toBe("4");
    state.settings.targets = { frtMedian: 4, frtMean: 6 };
    expect(formFromState(state, NOW).targets.frt).toBe("6");
  });

  it("drops saved optional tabs that no longer exist and asks for a tab when no log was found", () => {
    const state = sidebarState({ log: null, defaultMonth: null });
    state.settings.surveySheet = "Old survey";
    const form = formFromState(state, NOW);
    expect(form.surveySheet).toBe("");
    expect(form.ticketSheet).toBe("");
    expect(form.month).toBe("");
  });

  it("picks the last full month when the default has no data", () => {
    expect(formFromState(sidebarState({ defaultMonth: "2019-01" }), NOW).month).toBe("2026-09");
    expect(formFromState(sidebarState({ defaultMonth: null }), "2027-03").month).toBe(MONTHS.at(-1));
  });
});

describe("requestFromForm", () => {
  const base: Settings = sidebarState().settings;

  it("builds the request and settings from the form", () => {
    const result = requestFromForm(
      values({
        targets: { sla: "95", csat: "90,5", frt: "2.5", nps: "30", backlog: "150", resolution: "" },
        schedule: "  Mon-Fri 09:00-17:00  ",
        slaHours: "48",
        surveySheet: "Survey",
      }),
      base,
      ["id", "created", "resolved", "category", "agent"],
    );
    expect(result).toEqual({
      ok: true,
      request: {
        month: "2026-09",
        settings: {
          ...base,
          ticketSheet: "Tickets",
          columns: { created: "Created at", resolved: "Solved at", category: "Type" },
          surveySheet: "Survey",
          customersSheet: "",
          targets: { cac: 120, csat: 0.905, sla: 0.95, frtMedian: 2.5, nps: 30, backlog: 150 },
          schedule: "Mon-Fri 09:00-17:00",
          slaHours: 48,
          average: "median",
        },
      },
    });
  });

  it("moves time targets with the average and removes blanked ones, keeping targets it does not show", () => {
    const result = requestFromForm(values({ average: "mean", targets: { frt: "4", csat: "" } }), base, [
      "created",
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.request.settings.targets).toEqual({ frtMean: 4, cac: 120 });
  });

  it("lists every problem, each with the control it belongs to", () => {
    const result = requestFromForm(
      values({
        targets: { csat: "ninety", fcr: "120", nps: "-150", backlog: "1.5", frt: "-1" },
        slaHours: "0",
      }),
      base,
      ["created"],
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          control: "target-frt",
          message: t("sidebar.invalid.atLeast", { field: t("sidebar.target.frt"), min: 0 }),
        },
        {
          control: "target-csat",
          message: t("sidebar.invalid.number", { field: t("sidebar.target.csat"), value: "ninety" }),
        },
        {
          control: "target-fcr",
          message: t("sidebar.invalid.range", { field: t("sidebar.target.fcr"), min: 0, max: 100 }),
        },
        {
          control: "target-nps",
          message: t("sidebar.invalid.range", { field: t("sidebar.target.nps"), min: -100, max: 100 }),
        },
        {
          control: "target-backlog",
          message: t("sidebar.invalid.whole", { field: t("sidebar.target.backlog") }),
        },
        { control: "sla-hours", message: t("sidebar.invalid.positive", { field: t("sidebar.slaHours") }) },
      ],
    });
  });

  it("refuses business hours the schedule parser cannot read, saying what is wrong and how to write them", () => {
    const cases: [string, string][] = [
      ["Mo-Fr 08:00-17:00", '"Mo-Fr" is not a day or day range'],
      ["weekdays 9 to 5", '"weekdays" is not a day or day range'],
      ["Mon-Fri 17:00-09:00", "split a night shift at midnight"],
    ];
    for (const [schedule, reason] of cases) {
      const result = requestFromForm(values({ schedule }), base, ["created"]);
      if (result.ok) throw new Error(`${schedule} was accepted`);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].control).toBe("schedule");
      expect(result.errors[0].message).toContain(reason);
      expect(result.errors[0].message).toContain("24-hour clock");
    }
    expect(
      requestFromForm(values({ schedule: "Mon-Thu 08:00-16:00, Fri 08:00-12:00" }), base, ["created"]).ok,
    ).toBe(true);
  });

  it("needs a tab, a Created column and a month", () => {
    const control = (v: FormValues) => {
      const result = requestFromForm(v, base, ["created", "status"]);
      return result.ok ? [] : result.errors.map((e) => e.control);
    };
    expect(control(values({ ticketSheet: "" }))).toEqual(["log-tab"]);
    expect(control(values({ columns: { status: "Status" } }))).toEqual(["column-created"]);
    expect(control(values({ month: "" }))).toEqual(["month"]);
    expect(control(values({ slaHours: "" }))).toEqual(["sla-hours"]);
    expect(control(values({ slaHours: "a day" }))).toEqual(["sla-hours"]);
  });

  it("keeps header text exactly, markup included: it is data", () => {
    const result = requestFromForm(values({ columns: { created: "Created at", category: XSS } }), base, [
      "created",
      "category",
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.request.settings.columns).toEqual({ created: "Created at", category: XSS });
  });
});
