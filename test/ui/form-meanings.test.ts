import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/report/settings";
import { type FormValues, meaningsFromForm } from "../../src/ui/form";

const VALUES: FormValues = {
  ticketSheet: "Events",
  columns: {},
  month: "2026-10",
  average: "median",
  targets: {},
  schedule: "",
  slaHours: "24",
  surveySheet: "",
  customersSheet: "",
};
const ACTIVITIES = [
  { activity: "Take in charge ticket", meaning: "response", events: 90 },
  { activity: "UAT", meaning: "other", events: 40 },
  { activity: "Closed", meaning: "closed", events: 30 },
] as const;

describe("meaningsFromForm", () => {
  it("saves only the activities whose meaning the user changed, and keeps the saved ones", () => {
    const base = { ...DEFAULT_SETTINGS, activityMeanings: { Archive: "resolved" as const } };
    const values = {
      ...VALUES,
      meanings: { "Take in charge ticket": "response", UAT: "response", Closed: "banana" },
    };
    expect(meaningsFromForm(values, base, ACTIVITIES)).toEqual({ Archive: "resolved", UAT: "response" });
  });

  it("saves nothing when nothing was set", () => {
    expect(meaningsFromForm(VALUES, DEFAULT_SETTINGS, ACTIVITIES)).toBeUndefined();
  });

  it("keeps a saved meaning the user set back to the words' meaning", () => {
    const base = { ...DEFAULT_SETTINGS, activityMeanings: { UAT: "response" as const } };
    const values = { ...VALUES, meanings: { UAT: "other" } };
    // The server lists UAT with its saved meaning (response); the user picked other again.
    const listed = [{ activity: "UAT", meaning: "response", events: 40 }] as const;
    expect(meaningsFromForm(values, base, listed)).toEqual({ UAT: "other" });
  });
});
