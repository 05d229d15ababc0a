/**
 * Money metrics of support and acquisition. Amounts are in the sheet's currency, never negative;
 * counts are whole numbers. Messages use the custom functions' argument names.
 */
import { checkCount } from "./customers";

function checkAmount(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new Error(`${name} is ${value}; it must be an amount, 0 or more.`);
  }
}

/** Amounts near the largest double can multiply or divide past it; say so instead of returning Infinity. */
function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new Error(`${what} is too large to compute; check the amounts.`);
  return value;
}

/** Customer acquisition cost: sales and marketing spend ÷ new customers. */
export function cac(salesMarketingSpend: number, newCustomers: number): number {
  checkAmount("sales_marketing_spend", salesMarketingSpend);
  checkCount("new_customers", newCustomers, 1);
  return salesMarketingSpend / newCustomers;
}

/** Customer lifetime value: annual revenue per customer × relationship years − CAC (may be negative). */
export function clv(
  annualRevenuePerCustomer: number,
  relationshipYears: number,
  acquisitionCost = 0,
): number {
  checkAmount("annual_revenue_per_customer", annualRevenuePerCustomer);
  if (!(Number.isFinite(relationshipYears) && relationshipYears > 0)) {
    throw new Error(`relationship_years is ${relationshipYears}; it must be more than 0.`);
  }
  checkAmount("cac", acquisitionCost);
  return finite(annualRevenuePerCustomer * relationshipYears, "the lifetime revenue") - acquisitionCost;
}

/** Support cost ÷ tickets handled. */
export function costPerTicket(supportCost: number, tickets: number): number {
  checkAmount("support_cost", supportCost);
  checkCount("tickets", tickets, 1);
  return supportCost / tickets;
}

/** Support cost ÷ revenue, a fraction (above 1 when support costs more than the revenue). */
export function supportCostRatio(supportCost: number, revenue: number): number {
  checkAmount("support_cost", supportCost);
  if (!(Number.isFinite(revenue) && revenue > 0)) {
    throw new Error(`revenue is ${revenue}; it must be more than 0.`);
  }
  return finite(supportCost / revenue, "the ratio");
}
