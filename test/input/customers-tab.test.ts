import { describe, expect, it } from "vitest";
import { readCustomersTab } from "../../src/input/customers-tab";
import { zonedInstant } from "../../src/metrics/zoned-time";

const HEADERS = [
  "Month",
  "Customers at start",
  "Customers at end",
  "New customers",
  "Lost customers",
  "Revenue",
  "Support cost",
  "Sales & marketing spend",
];

describe("readCustomersTab", () => {
  it("takes a date's month in the spreadsheet's zone, and YYYY-MM text", () => {
    // Midnight of 1 October in Stockholm is still 30 September in UTC.
    const october = new Date(zonedInstant("Europe/Stockholm", 2026, 10, 1));
    const data = readCustomersTab(
      "Customers",
      [
        HEADERS,
        ["2026-09", 90, 100, 12, "", 9000, 1800, "2500"],
        [october, 100, 90, 15, 25, 10000, 2000, 3000],
      ],
      "Europe/Stockholm",
    );
    expect(data.error).toBeNull();
    expect(data.problems).toEqual([]);
    expect([...data.months.keys()]).toEqual(["2026-09", "2026-10"]);
    expect(data.months.get("2026-10")).toEqual({
      row: 3,
      month: "2026-10",
      customersStart: 100,
      customersEnd: 90,
      newCustomers: 15,
      lostCustomers: 25,
      revenue: 10000,
      supportCost: 2000,
      salesMarketing: 3000,
    });
    const september = data.months.get("2026-09");
    expect(september?.lostCustomers).toBeNaN();
    expect(september?.salesMarketing).toBe(2500);
  });

  it("reports bad months, repeated months and bad figures", () => {
    const data = readCustomersTab(
      "Money",
      [
        ["Month", "Revenue", "Support cost"],
        ["October", 1, 2],
        ["2026-10", -5, 2],
        ["2026-10-01", 3, 4],
        [12, 1, 1],
      ],
      "UTC",
    );
    expect([...data.months.keys()]).toEqual(["2026-10"]);
    expect(data.months.get("2026-10")?.revenue).toBeNaN();
    const text = data.problems.join("\n");
    expect(text).toMatch(
      /Money.*Row 2: Month holds "October", not a month.*2 rows like this, e\.g\. rows 2, 5/,
    );
    expect(text).toMatch(/Row 4: the month 2026-10 is already on row 3/);
    expect(text).toMatch(/Row 3: Revenue holds -5, not a number of 0 or more \(the cell is ignored\)/);
  });

  it("refuses a tab without a month column or without figures", () => {
    expect(readCustomersTab("C", [["Revenue"], [1]], "UTC").error).toMatch(/no Month column/);
    expect(
      readCustomersTab(
        "C",
        [
          ["Month", "Notes"],
          ["2026-10", "x"],
        ],
        "UTC",
      ).error,
    ).toMatch(/has none of/);
  });
});
