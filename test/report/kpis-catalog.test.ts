import { describe, expect, it } from "vitest";
import { serverEn, sharedEn } from "../../src/i18n/en";
import { KPIS, kpiInfo, UNIT_FORMAT } from "../../src/report/kpis-catalog";
import { KPI_IDS } from "../../src/report/settings";

const en: Record<string, string> = { ...sharedEn, ...serverEn };

describe("KPI catalog", () => {
  it("describes every KPI once, in the settings' order, with a name in the message table", () => {
    expect(KPIS.map((k) => k.id)).toEqual([...KPI_IDS]);
    for (const k of KPIS) {
      expect(en[k.name], k.id).toBeTruthy();
      expect(UNIT_FORMAT[k.unit]).toBeTruthy();
    }
  });

  it("finds a KPI by id and refuses an unknown one", () => {
    expect(kpiInfo("nps").unit).toBe("points");
    expect(() => kpiInfo("nope" as never)).toThrow(/Unknown KPI/);
  });
});
