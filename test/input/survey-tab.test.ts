import { describe, expect, it } from "vitest";
import { readSurveyTab } from "../../src/input/survey-tab";

const at = (iso: string) => new Date(`${iso}Z`);

describe("readSurveyTab", () => {
  it("reads dates and scores by header, blanks as NaN", () => {
    const data = readSurveyTab("Survey", [
      ["Submitted at", "How likely are you to recommend us? (0-10)", "Effort", "CSAT"],
      [at("2026-10-01T10:00:00"), 10, 5, 4],
      [at("2026-10-02T11:30:00"), 0, "", 1],
      [at("2026-10-03T09:00:00"), "7", 3, ""],
    ]);
    expect(data.error).toBeNull();
    expect(data.problems).toEqual([]);
    expect(data.columns).toEqual({
      date: "Submitted at",
      nps: "How likely are you to recommend us? (0-10)",
      ces: "Effort",
      csat: "CSAT",
    });
    expect(data.responses).toEqual([
      { row: 2, date: Date.parse("2026-10-01T10:00:00Z"), nps: 10, ces: 5, csat: 4 },
      { row: 3, date: Date.parse("2026-10-02T11:30:00Z"), nps: 0, ces: Number.NaN, csat: 1 },
      { row: 4, date: Date.parse("2026-10-03T09:00:00Z"), nps: 7, ces: 3, csat: Number.NaN },
    ]);
  });

  it("skips rows without a date and ignores bad scores, saying where", () => {
    const data = readSurveyTab("Answers", [
      ["Date", "NPS"],
      [at("2026-10-01T10:00:00"), 11],
      ["3/4/2026", 9],
      ["", 8],
      [at("2026-10-02T10:00:00"), 8.5],
      [at("2026-10-03T10:00:00"), 9],
      ["", ""],
    ]);
    expect(data.responses.map((r) => [r.row, r.nps])).toEqual([
      [2, Number.NaN],
      [5, Number.NaN],
      [6, 9],
    ]);
    expect(data.problems).toHaveLength(3);
    expect(data.problems[0]).toContain("Answers");
    expect(data.problems.join("\n")).toMatch(
      /Row 2: NPS score \(0–10\) holds 11, not a whole number from 0 to 10/,
    );
    expect(data.problems.join("\n")).toMatch(/2 rows like this, e\.g\. rows 2, 5/);
    expect(data.problems.join("\n")).toMatch(/Row 3: Response date is the text "3\/4\/2026"/);
    expect(data.problems.join("\n")).toMatch(/Row 4: Response date is blank/);
  });

  it("refuses a tab without a date or without any score column", () => {
    expect(readSurveyTab("S", [["NPS"], [9]]).error).toMatch(/no column for the response date/);
    expect(
      readSurveyTab("S", [
        ["Date", "Comment"],
        [at("2026-10-01T00:00:00"), "ok"],
      ]).error,
    ).toMatch(/no NPS, CES or CSAT column/);
    expect(readSurveyTab("S", [["Date", "NPS"]]).error).toMatch(/no answers below its header row/);
  });
});
