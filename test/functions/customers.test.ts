import { describe, expect, it } from "vitest";
import { customersDocs, customersFunctions } from "../../src/functions/customers";
import { type Result, specOf } from "../../src/functions/define";

function call(name: string, ...args: unknown[]): Result {
  const spec = customersFunctions.find((s) => s.name === name);
  if (!spec) throw new Error(`no ${name}`);
  return spec.run(args, { timeZone: () => "UTC" });
}

describe("customer and finance functions: specs", () => {
  const documented = customersDocs.map((docs) => specOf(docs()));

  it("has the names and argument order fixed by the issue", () => {
    expect(customersFunctions.map((s) => `${s.name}(${s.params.map((p) => p.name).join(", ")})`)).toEqual([
      "CRR(customers_start, customers_end, new_customers)",
      "CHURN(customers_start, customers_lost)",
      "NET_CUSTOMER_LOSS(customers_start, customers_end)",
      "CAC(sales_marketing_spend, new_customers)",
      "CLV(annual_revenue_per_customer, relationship_years, cac)",
      "COST_PER_TICKET(support_cost, tickets)",
      "SUPPORT_COST_RATIO(support_cost, revenue)",
    ]);
  });

  it("explains how CRR, CHURN and NET_CUSTOMER_LOSS differ with the same worked example", () => {
    for (const name of ["CRR", "CHURN", "NET_CUSTOMER_LOSS"]) {
      const spec = documented.find((s) => s.name === name);
      const text = spec?.convention ?? "";
      expect(text, name).toMatch(/100 customers at the start, 90 at the end and 15 new/);
      expect(text, name).toMatch(/CRR = \(90 − 15\) ÷ 100 = 75%/);
      expect(text, name).toMatch(/25 lost ÷ 100 = 25%/);
      expect(text, name).toMatch(/\(100 − 90\) ÷ 100 = 10%/);
    }
  });

  it("documents every parameter, and the default of the optional one", () => {
    for (const spec of documented) {
      expect(spec.example.startsWith(`=${spec.name}(`), spec.name).toBe(true);
      for (const p of spec.params) {
        expect(p.help.length, `${spec.name} ${p.name}`).toBeGreaterThan(10);
        if (p.optional) expect(p.help).toMatch(/default 0/);
      }
    }
  });
});

describe("CRR, CHURN, NET_CUSTOMER_LOSS", () => {
  it("gives 75%, 25% and 10% for S = 100, E = 90, N = 15", () => {
    expect(call("CRR", 100, 90, 15)).toBe(0.75);
    // 75 of the 100 stayed, so 25 were lost.
    expect(call("CHURN", 100, 25)).toBe(0.25);
    expect(call("NET_CUSTOMER_LOSS", 100, 90)).toBe(0.1);
  });

  it("accepts numbers typed as text and 1×1 ranges", () => {
    expect(call("CRR", "100", [[90]], " 15 ")).toBe(0.75);
  });

  it("is negative net loss when the base grew", () => {
    expect(call("NET_CUSTOMER_LOSS", 100, 125)).toBe(-0.25);
  });

  it("names the function, argument and value when input is impossible", () => {
    expect(() => call("CRR", 100, 10, 15)).toThrow(
      "CRR: new_customers (15) is more than customers_end (10); new customers are counted within the customers at the end.",
    );
    expect(() => call("CRR", 0, 10, 5)).toThrow(
      "CRR: customers_start is 0; it must be a whole number, 1 or more.",
    );
    expect(() => call("CRR", 100, "ninety", 5)).toThrow('CRR: customers_end is "ninety", not a number.');
    expect(() => call("CRR", [[100], [90]], 90, 5)).toThrow(
      "CRR: customers_start must be a single value, not a range of 2×1 cells.",
    );
    expect(() => call("CHURN", 100, "")).toThrow("CHURN: customers_lost is required and is blank.");
    expect(() => call("CHURN", 10, 11)).toThrow(
      /CHURN: customers_lost \(11\) is more than customers_start \(10\)/,
    );
  });
});

describe("CAC, CLV, COST_PER_TICKET, SUPPORT_COST_RATIO", () => {
  it("computes the worked examples", () => {
    expect(call("CAC", 10000, 20000)).toBe(0.5);
    expect(call("CLV", 1200, 3)).toBe(3600);
    expect(call("CLV", 1200, 3, "")).toBe(3600);
    expect(call("CLV", 1200, 3, 400)).toBe(3200);
    expect(call("COST_PER_TICKET", 45000, 3000)).toBe(15);
    expect(call("SUPPORT_COST_RATIO", 45000, 1500000)).toBe(0.03);
  });

  it("refuses impossible amounts", () => {
    expect(() => call("CAC", 10000, 0)).toThrow(
      "CAC: new_customers is 0; it must be a whole number, 1 or more.",
    );
    expect(() => call("CLV", 1200, -1)).toThrow("CLV: relationship_years is -1; it must be more than 0.");
    expect(() => call("COST_PER_TICKET", -1, 10)).toThrow(
      "COST_PER_TICKET: support_cost is -1; it must be an amount, 0 or more.",
    );
    expect(() => call("SUPPORT_COST_RATIO", 10, true)).toThrow(
      "SUPPORT_COST_RATIO: revenue is true, not a number.",
    );
    expect(() => call("CLV", 1e300, 1e300)).toThrow(/CLV: the lifetime revenue is too large/);
  });
});
