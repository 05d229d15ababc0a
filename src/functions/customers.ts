/**
 * Customer and finance custom functions: CRR, CHURN, NET_CUSTOMER_LOSS, CAC, CLV, COST_PER_TICKET,
 * SUPPORT_COST_RATIO. Each takes single values; metrics/ checks their bounds and relations.
 * Each function's docs follow it (build time only; see define.ts).
 */
import { churn, crr, netCustomerLoss } from "../metrics/customers";
import { cac, clv, costPerTicket, supportCostRatio } from "../metrics/finance";
import { prefixErrors, readNumber } from "./args";
import { type CustomFunction, defineFunction, type FunctionDocs, type Param, type ParamDocs } from "./define";

/** Reads each argument as one number (the last ones may have defaults), then runs the metric. */
function compute(
  fn: string,
  params: readonly Param[],
  args: unknown[],
  metric: (...values: number[]) => number,
  defaults: readonly (number | undefined)[] = [],
): number {
  const values = params.map((p, i) => readNumber(fn, p.name, args[i], { default: defaults[i] }));
  return prefixErrors(fn, () => metric(...values));
}

const THREE_RATES =
  "How CRR, CHURN and NET_CUSTOMER_LOSS differ: with 100 customers at the start, 90 at the end and 15 new, " +
  "CRR = (90 − 15) ÷ 100 = 75% (starting customers kept), churn = 25 lost ÷ 100 = 25% (starting customers lost), " +
  "net customer loss = (100 − 90) ÷ 100 = 10% (shrinkage of the base after new customers).";

const START_DOCS: ParamDocs = {
  type: "number",
  help: "Customers at the start of the period (whole number, at least 1).",
};
const END_DOCS: ParamDocs = {
  type: "number",
  help: "Customers at the end of the period, new ones included (whole number).",
};
const SUPPORT_COST_DOCS: ParamDocs = {
  type: "number",
  help: "Total support cost over the period (an amount, 0 or more).",
};

const crrParams = [
  { name: "customers_start" },
  { name: "customers_end" },
  { name: "new_customers" },
] as const;
const crrFn = defineFunction({
  name: "CRR",
  params: crrParams,
  example: "=CRR(100, 90, 15)",
  run: (args) => compute("CRR", crrParams, args, crr),
});

function crrDocs(): FunctionDocs<typeof crrFn> {
  return {
    function: crrFn,
    summary: "Customer retention rate: the share of starting customers still customers at the end.",
    convention: `CRR = (customers_end − new_customers) ÷ customers_start. An error when new_customers exceeds customers_end, or when more customers were kept than there were at the start. ${THREE_RATES}`,
    params: {
      customers_start: START_DOCS,
      customers_end: END_DOCS,
      new_customers: {
        type: "number",
        help: "Customers gained during the period (whole number, at most customers_end).",
      },
    },
    returns: "a fraction 0–1 (format as %)",
  };
}

const churnParams = [{ name: "customers_start" }, { name: "customers_lost" }] as const;
const churnFn = defineFunction({
  name: "CHURN",
  params: churnParams,
  example: "=CHURN(100, 25)",
  run: (args) => compute("CHURN", churnParams, args, churn),
});

function churnDocs(): FunctionDocs<typeof churnFn> {
  return {
    function: churnFn,
    summary: "Customer churn rate: the share of starting customers lost during the period.",
    convention: `CHURN = customers_lost ÷ customers_start; new customers do not offset it. ${THREE_RATES}`,
    params: {
      customers_start: START_DOCS,
      customers_lost: {
        type: "number",
        help: "Starting customers who left during the period (whole number, at most customers_start).",
      },
    },
    returns: "a fraction 0–1 (format as %)",
  };
}

const lossParams = [{ name: "customers_start" }, { name: "customers_end" }] as const;
const lossFn = defineFunction({
  name: "NET_CUSTOMER_LOSS",
  params: lossParams,
  example: "=NET_CUSTOMER_LOSS(100, 90)",
  run: (args) => compute("NET_CUSTOMER_LOSS", lossParams, args, netCustomerLoss),
});

function lossDocs(): FunctionDocs<typeof lossFn> {
  return {
    function: lossFn,
    summary: "Net customer loss: how much the customer base shrank, new customers included.",
    convention: `NET_CUSTOMER_LOSS = (customers_start − customers_end) ÷ customers_start; negative when the base grew. ${THREE_RATES}`,
    params: { customers_start: START_DOCS, customers_end: END_DOCS },
    returns: "a fraction, at most 1, negative for growth (format as %)",
  };
}

const cacParams = [{ name: "sales_marketing_spend" }, { name: "new_customers" }] as const;
const cacFn = defineFunction({
  name: "CAC",
  params: cacParams,
  example: "=CAC(10000, 250)",
  run: (args) => compute("CAC", cacParams, args, cac),
});

function cacDocs(): FunctionDocs<typeof cacFn> {
  return {
    function: cacFn,
    summary: "Customer acquisition cost: sales and marketing spend per new customer.",
    convention:
      "CAC = sales_marketing_spend ÷ new_customers, both over the same period. E.g. CAC(10000, 20000) = 0.5.",
    params: {
      sales_marketing_spend: {
        type: "number",
        help: "Sales and marketing spend over the period (an amount, 0 or more).",
      },
      new_customers: {
        type: "number",
        help: "Customers acquired over the same period (whole number, at least 1).",
      },
    },
    returns: "an amount per customer, in the spend's currency",
  };
}

const clvParams = [
  { name: "annual_revenue_per_customer" },
  { name: "relationship_years" },
  { name: "cac", optional: true },
] as const;
const clvFn = defineFunction({
  name: "CLV",
  params: clvParams,
  example: "=CLV(1200, 3, 400)",
  run: (args) => compute("CLV", clvParams, args, clv, [undefined, undefined, 0]),
});

function clvDocs(): FunctionDocs<typeof clvFn> {
  return {
    function: clvFn,
    summary: "Customer lifetime value: revenue over the relationship, less the acquisition cost.",
    convention:
      "CLV = annual_revenue_per_customer × relationship_years − cac (cac defaults to 0); revenue, not margin, " +
      "and undiscounted. Negative when the customer costs more to acquire than they bring in.",
    params: {
      annual_revenue_per_customer: {
        type: "number",
        help: "Average revenue per customer per year (an amount, 0 or more).",
      },
      relationship_years: {
        type: "number",
        help: "Average number of years a customer stays (more than 0).",
      },
      cac: {
        type: "number",
        help: "Acquisition cost per customer to subtract (an amount, 0 or more); default 0.",
      },
    },
    returns: "an amount per customer, in the revenue's currency",
  };
}

const costPerTicketParams = [{ name: "support_cost" }, { name: "tickets" }] as const;
const costPerTicketFn = defineFunction({
  name: "COST_PER_TICKET",
  params: costPerTicketParams,
  example: "=COST_PER_TICKET(45000, 3000)",
  run: (args) => compute("COST_PER_TICKET", costPerTicketParams, args, costPerTicket),
});

function costPerTicketDocs(): FunctionDocs<typeof costPerTicketFn> {
  return {
    function: costPerTicketFn,
    summary: "Support cost per ticket handled.",
    convention: "COST_PER_TICKET = support_cost ÷ tickets, both over the same period.",
    params: {
      support_cost: SUPPORT_COST_DOCS,
      tickets: {
        type: "number",
        help: "Tickets handled over the same period (whole number, at least 1).",
      },
    },
    returns: "an amount per ticket, in the cost's currency",
  };
}

const ratioParams = [{ name: "support_cost" }, { name: "revenue" }] as const;
const ratioFn = defineFunction({
  name: "SUPPORT_COST_RATIO",
  params: ratioParams,
  example: "=SUPPORT_COST_RATIO(45000, 1500000)",
  run: (args) => compute("SUPPORT_COST_RATIO", ratioParams, args, supportCostRatio),
});

function ratioDocs(): FunctionDocs<typeof ratioFn> {
  return {
    function: ratioFn,
    summary: "Support cost as a share of revenue.",
    convention: "SUPPORT_COST_RATIO = support_cost ÷ revenue, both over the same period and currency.",
    params: {
      support_cost: SUPPORT_COST_DOCS,
      revenue: {
        type: "number",
        help: "Revenue over the same period, same currency (more than 0).",
      },
    },
    returns: "a fraction (format as %); above 1 when support costs more than the revenue",
  };
}

export const customersFunctions: CustomFunction[] = [
  crrFn,
  churnFn,
  lossFn,
  cacFn,
  clvFn,
  costPerTicketFn,
  ratioFn,
];

/** Build time only: the help texts of `customersFunctions`, in the same order. */
export const customersDocs: (() => FunctionDocs)[] = [
  crrDocs,
  churnDocs,
  lossDocs,
  cacDocs,
  clvDocs,
  costPerTicketDocs,
  ratioDocs,
];
