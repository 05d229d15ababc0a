/**
 * Customer retention over a period, from counts of customers. Three related rates answer different
 * questions; with S = 100 at the start, E = 90 at the end and N = 15 new customers:
 * - CRR = (E − N) ÷ S = 75%: of the customers you started with, the share still with you;
 * - churn = lost ÷ S = 25% (25 lost = S − (E − N)): the share of the starting customers who left;
 * - net customer loss = (S − E) ÷ S = 10%: how much the base shrank, new customers offsetting
 *   the lost ones (negative when it grew).
 * Messages use the custom functions' argument names, so a cell's error points at its argument.
 */

/** Throws unless `value` is a whole number ≥ `min`. */
export function checkCount(name: string, value: number, min = 0): void {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new Error(`${name} is ${value}; it must be a whole number, ${min} or more.`);
  }
}

/** Customer retention rate (E − N) ÷ S, a fraction 0–1. */
export function crr(customersStart: number, customersEnd: number, newCustomers: number): number {
  checkCount("customers_start", customersStart, 1);
  checkCount("customers_end", customersEnd);
  checkCount("new_customers", newCustomers);
  if (newCustomers > customersEnd) {
    throw new Error(
      `new_customers (${newCustomers}) is more than customers_end (${customersEnd}); new customers are counted within the customers at the end.`,
    );
  }
  const retained = customersEnd - newCustomers;
  if (retained > customersStart) {
    throw new Error(
      `customers_end − new_customers (${retained}) is more than customers_start (${customersStart}): more customers were kept than there were.`,
    );
  }
  return retained / customersStart;
}

/** Customer churn rate lost ÷ S, a fraction 0–1. */
export function churn(customersStart: number, customersLost: number): number {
  checkCount("customers_start", customersStart, 1);
  checkCount("customers_lost", customersLost);
  if (customersLost > customersStart) {
    throw new Error(
      `customers_lost (${customersLost}) is more than customers_start (${customersStart}); count only customers who were there at the start.`,
    );
  }
  return customersLost / customersStart;
}

/** Net customer loss (S − E) ÷ S: at most 1, negative when the customer base grew. */
export function netCustomerLoss(customersStart: number, customersEnd: number): number {
  checkCount("customers_start", customersStart, 1);
  checkCount("customers_end", customersEnd);
  return (customersStart - customersEnd) / customersStart;
}
