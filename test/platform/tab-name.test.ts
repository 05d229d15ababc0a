import { describe, expect, it } from "vitest";
import { OfflineSpreadsheet } from "../../src/offline/spreadsheet";
import { freeTabName, sameTabName, tabNameKey } from "../../src/platform/tab-name";

describe("tab names compare as Sheets compares them", () => {
  it("ignores case, and nothing else", () => {
    expect(sameTabName("KPI definitions", "KPI Definitions")).toBe(true);
    expect(sameTabName("Tickets", "TICKETS")).toBe(true);
    expect(sameTabName("Support report 2026-10", "support report 2026-10")).toBe(true);
    expect(sameTabName("Tickets", "Tickets ")).toBe(false);
    expect(sameTabName("Ärenden", "ÄRENDEN")).toBe(true);
  });

  it("picks a name free in every case, counting up only past taken ones", () => {
    expect(freeTabName(["Sheet1"], "Tickets")).toBe("Tickets");
    expect(freeTabName(["TICKETS"], "Tickets")).toBe("Tickets (2)");
    expect(freeTabName(["tickets", "Tickets (2)"], "Tickets")).toBe("Tickets (3)");
  });

  it("is the rule the offline spreadsheet enforces on insertSheet", () => {
    const book = new OfflineSpreadsheet();
    book.addSheet("KPI Definitions");
    expect(() => book.insertSheet("KPI definitions", 1)).toThrow(/already exists/);
    const name = freeTabName(
      book.getSheets().map((s) => s.getName()),
      "KPI definitions",
    );
    expect(book.insertSheet(name, 1).getName()).toBe("KPI definitions (2)");
    expect(tabNameKey("KPI Definitions")).toBe(tabNameKey("kpi definitions"));
  });
});
