import { describe, expect, it } from "vitest";
import { cac, clv, costPerTicket, supportCostRatio } from "../../src/metrics/finance";

describe("finance", () => {
  it("divides spend by new customers for CAC", () => {
    expect(cac(10000, 20000)).toBe(0.5);
    expect(cac(10000, 250)).toBe(40);
    expect(cac(0, 3)).toBe(0);
    expect(() => cac(10000, 0)).toThrow(/new_customers is 0/);
    expect(() => cac(-5, 2)).toThrow(/sales_marketing_spend is -5/);
  });

  it("gives CLV as revenue × years − CAC, which may be negative", () => {
    expect(clv(1200, 3)).toBe(3600);
    expect(clv(1200, 3, 400)).toBe(3200);
    expect(clv(100, 0.5, 80)).toBe(-30);
    expect(() => clv(1200, 0)).toThrow(/relationship_years is 0/);
    expect(() => clv(1200, 3, -1)).toThrow(/cac is -1/);
    expect(() => clv(1e200, 1e200)).toThrow(/too large/);
  });

  it("gives cost per ticket and the support cost ratio", () => {
    expect(costPerTicket(45000, 3000)).toBe(15);
    expect(supportCostRatio(45000, 1500000)).toBe(0.03);
    expect(supportCostRatio(3, 2)).toBe(1.5);
    expect(() => costPerTicket(100, 2.5)).toThrow(/tickets is 2.5/);
    expect(() => supportCostRatio(100, 0)).toThrow(/revenue is 0/);
    expect(() => supportCostRatio(1e300, 1e-300)).toThrow(/too large/);
  });
});
