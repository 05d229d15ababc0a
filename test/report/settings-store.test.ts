import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TICKET_FIELDS } from "../../src/input/ticket";
import type { PropertiesLike } from "../../src/platform/services";
import { DEFAULT_SETTINGS, KPI_IDS, type Settings } from "../../src/report/settings";
import {
  loadSettings,
  PROPERTY_VALUE_LIMIT,
  parseSettings,
  SETTINGS_KEY,
  saveSettings,
  utf8Length,
} from "../../src/report/settings-store";

class MemoryProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesLike {
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): PropertiesLike {
    this.store.delete(key);
    return this;
  }
}

const SETTINGS: Settings = {
  ticketSheet: "Tickets",
  columns: { created: "Created", resolved: "Solved at", category: "Type" },
  surveySheet: "Survey",
  customersSheet: "",
  targets: { frtMedian: 2, csat: 0.9, nps: 30 },
  schedule: "Mon-Fri 09:00-17:00",
  slaHours: 8,
  average: "mean",
};

describe("settings store", () => {
  it("saves and loads settings per document as small JSON", () => {
    const props = new MemoryProperties();
    expect(loadSettings(props)).toEqual(DEFAULT_SETTINGS);
    expect(saveSettings(props, SETTINGS)).toEqual(SETTINGS);
    const stored = props.getProperty(SETTINGS_KEY) as string;
    expect(JSON.parse(stored).version).toBe(1);
    expect(stored.length).toBeLessThan(1000);
    expect(loadSettings(props)).toEqual(SETTINGS);
  });

  it("falls back to the defaults on corrupt or foreign JSON", () => {
    for (const bad of ["", "{", "null", "42", '"text"', "[1,2]", "{}", '{"version": 99}']) {
      expect(parseSettings(bad), bad).toEqual(DEFAULT_SETTINGS);
    }
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps each valid field and defaults each invalid one", () => {
    const stored = JSON.stringify({
      ticketSheet: 12,
      columns: { created: "Created", status: 5, bogus: "X", agent: "", category: "x".repeat(151) },
      surveySheet: "Survey",
      targets: { csat: 0.85, nps: "30", unknownKpi: 3, sla: null, cac: Number.POSITIVE_INFINITY },
      schedule: ["Mon"],
      slaHours: -4,
      average: "mode",
      extra: true,
    });
    expect(parseSettings(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      surveySheet: "Survey",
      // A long header is kept by its first 99 characters (resolveMapping finds it by them).
      columns: { created: "Created", category: `${"x".repeat(79)}…` },
      targets: { csat: 0.85 },
    });
  });

  it("never throws on anything stored, and always gives complete settings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const s = parseSettings(text);
          expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
          expect(["median", "mean"]).toContain(s.average);
          expect(s.slaHours).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("stays under Apps Script's 9 KB per value even with the longest texts it accepts", () => {
    const wide = "漢".repeat(80); // 3 bytes each in UTF-8: the longest header kept whole
    const sheet = "漢".repeat(100);
    const largest: Settings = {
      ticketSheet: sheet,
      surveySheet: sheet,
      customersSheet: sheet,
      columns: Object.fromEntries(TICKET_FIELDS.map((f) => [f, wide])),
      targets: Object.fromEntries(KPI_IDS.map((k) => [k, -Math.PI * 1e-300])),
      schedule: "漢".repeat(200),
      slaHours: Math.PI,
      average: "median",
    };
    const props = new MemoryProperties();
    expect(saveSettings(props, largest)).toEqual(largest);
    const bytes = utf8Length(SETTINGS_KEY) + utf8Length(props.getProperty(SETTINGS_KEY) as string);
    expect(bytes).toBeLessThan(PROPERTY_VALUE_LIMIT);
  });

  it("drops texts that are too long or would balloon when escaped", () => {
    const props = new MemoryProperties();
    const saved = saveSettings(props, {
      ...SETTINGS,
      ticketSheet: "T".repeat(101),
      columns: { created: "\u0001".repeat(100), status: "Status" },
    });
    expect(saved.ticketSheet).toBe("");
    expect(saved.columns).toEqual({ status: "Status" });
  });

  it("counts UTF-8 bytes as Apps Script does", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("漢")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("a😀é")).toBe(Buffer.byteLength("a😀é", "utf8"));
  });
});

describe("activities' meanings", () => {
  it("persist in a property of their own, only known meanings of bounded activities", async () => {
    const { MEANINGS_KEY, MAX_MEANINGS } = await import("../../src/report/settings-store");
    const props = new MemoryProperties();
    const meanings: Record<string, unknown> = { UAT: "response", Archive: "resolved", Odd: "banana" };
    meanings["x".repeat(61)] = "closed";
    for (let i = 0; i < 60; i++) meanings[`漢${i}`.padEnd(60, "漢")] = "waiting";
    const saved = saveSettings(props, {
      ...SETTINGS,
      activityMeanings: meanings as Settings["activityMeanings"],
    });
    expect(saved.activityMeanings?.UAT).toBe("response");
    expect(saved.activityMeanings?.Archive).toBe("resolved");
    expect(saved.activityMeanings).not.toHaveProperty("Odd");
    expect(Object.keys(saved.activityMeanings ?? {})).toHaveLength(MAX_MEANINGS);
    expect(loadSettings(props)).toEqual(saved);
    const bytes = utf8Length(MEANINGS_KEY) + utf8Length(props.getProperty(MEANINGS_KEY) as string);
    expect(bytes).toBeLessThan(PROPERTY_VALUE_LIMIT);
    // The rest of the settings are as before, and a corrupt meanings value is ignored.
    expect(JSON.parse(props.getProperty(SETTINGS_KEY) as string)).not.toHaveProperty("activityMeanings");
    props.setProperty(MEANINGS_KEY, "{not json");
    expect(loadSettings(props).activityMeanings).toBeUndefined();
  });
});
