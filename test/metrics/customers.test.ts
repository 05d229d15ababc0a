import { describe, expect, it } from "vitest";
import { churn, crr, netCustomerLoss } from "../../src/metrics/customers";

describe("customer retention", () => {
  it("tells CRR, churn and net loss apart: S = 100, E = 90, N = 15", () => {
    // 15 new customers are in the 90 at the end, so 75 of the first 100 stayed and 25 left.
    expect(crr(100, 90, 15)).toBe(0.75);
    expect(churn(100, 25)).toBe(0.25);
    expect(netCustomerLoss(100, 90)).toBe(0.1);
  });

  it("gives a negative net loss when the base grew", () => {
    expect(netCustomerLoss(100, 120)).toBe(-0.2);
    expect(netCustomerLoss(100, 0)).toBe(1);
  });

  it("refuses impossible counts with the argument names", () => {
    expect(() => crr(100, 10, 15)).toThrow(/new_customers \(15\) is more than customers_end \(10\)/);
    expect(() => crr(100, 130, 15)).toThrow(/more than customers_start/);
    expect(() => crr(0, 10, 5)).toThrow(/customers_start is 0/);
    expect(() => crr(100, 90.5, 15)).toThrow(/customers_end is 90.5; it must be a whole number/);
    expect(() => churn(100, 101)).toThrow(/customers_lost \(101\) is more than customers_start/);
    expect(() => churn(100, -1)).toThrow(/customers_lost is -1/);
    expect(() => netCustomerLoss(100, Number.NaN)).toThrow(/customers_end is NaN/);
  });
});
