/**
 * Staffing custom functions: ERLANG_C, SERVICE_LEVEL and AGENTS_NEEDED. Each takes single values
 * (a 1×1 range too); metrics/erlang.ts and metrics/staffing.ts check their bounds and do the queueing.
 * Each function's docs follow it (build time only; see define.ts).
 */
import { erlangC, serviceLevel, traffic } from "../metrics/erlang";
import { agentsNeeded } from "../metrics/staffing";
import type { CellValue } from "../platform/services";
import { prefixErrors, readNumber } from "./args";
import { type CustomFunction, defineFunction, type FunctionDocs, type ParamDocs } from "./define";

/** contacts, interval_minutes, handle_seconds: the demand every staffing function starts from. */
function readDemand(fn: string, [contacts, interval, handle]: unknown[]) {
  return {
    contacts: readNumber(fn, "contacts", contacts, { min: 0 }),
    intervalMinutes: readNumber(fn, "interval_minutes", interval),
    handleSeconds: readNumber(fn, "handle_seconds", handle),
  };
}

const TRAFFIC =
  "Traffic A = contacts × handle_seconds ÷ (interval_minutes × 60) Erlangs (agents busy on average). Erlang C assumes " +
  "contacts arrive at random and wait until answered (no one hangs up). Computed by the Erlang B recursion, so " +
  "thousands of agents work. Agents must be more than the traffic, otherwise the queue grows without end: the " +
  "error says the traffic and the fewest agents that keep up.";

const DEMAND_DOCS: Record<"contacts" | "interval_minutes" | "handle_seconds", ParamDocs> = {
  contacts: { type: "number", help: "Contacts arriving in the interval (0 or more), e.g. 100." },
  interval_minutes: { type: "number", help: "Length of the interval in minutes, e.g. 30 or 60." },
  handle_seconds: {
    type: "number",
    help: "Average handle time per contact in seconds (talk or work time plus wrap-up), e.g. 180.",
  },
};
const AGENTS_DOCS: ParamDocs = {
  type: "number",
  help: "Agents answering during the interval (whole number, more than the traffic).",
};
const WITHIN_DOCS: ParamDocs = {
  type: "number",
  help: "The answer-time target in seconds (0 or more), e.g. 20 for 80/20.",
};

const erlangCFn = defineFunction({
  name: "ERLANG_C",
  params: [
    { name: "contacts" },
    { name: "interval_minutes" },
    { name: "handle_seconds" },
    { name: "agents" },
  ],
  example: "=ERLANG_C(100, 30, 180, 14)",
  run(args) {
    const fn = "ERLANG_C";
    const demand = readDemand(fn, args);
    const agents = readNumber(fn, "agents", args[3], { min: 1, integer: true });
    return prefixErrors(fn, () => erlangC(agents, traffic(demand)));
  },
});

function erlangCDocs(): FunctionDocs<typeof erlangCFn> {
  return {
    function: erlangCFn,
    summary: "Erlang C: the probability that a contact waits in the queue, for a number of agents.",
    convention: `ERLANG_C = N·B ÷ (N − A(1 − B)) with B the Erlang B blocking probability of N agents. ${TRAFFIC} E.g. 100 contacts in 30 minutes at 180 s is 10 Erlangs; 14 agents: 0.174.`,
    params: { ...DEMAND_DOCS, agents: AGENTS_DOCS },
    returns: "a probability 0–1 (format as %)",
  };
}

const serviceLevelFn = defineFunction({
  name: "SERVICE_LEVEL",
  params: [
    { name: "contacts" },
    { name: "interval_minutes" },
    { name: "handle_seconds" },
    { name: "agents" },
    { name: "answer_within_seconds" },
  ],
  example: "=SERVICE_LEVEL(100, 30, 180, 14, 20)",
  run(args) {
    const fn = "SERVICE_LEVEL";
    const demand = readDemand(fn, args);
    const agents = readNumber(fn, "agents", args[3], { min: 1, integer: true });
    const within = readNumber(fn, "answer_within_seconds", args[4], { min: 0 });
    return prefixErrors(fn, () => serviceLevel(demand, agents, within));
  },
});

function serviceLevelDocs(): FunctionDocs<typeof serviceLevelFn> {
  return {
    function: serviceLevelFn,
    summary: "The share of contacts answered within a target time, by Erlang C, for a number of agents.",
    convention: `SERVICE_LEVEL = 1 − C · e^(−(N − A) · answer_within_seconds ÷ handle_seconds), with C = ERLANG_C. ${TRAFFIC} E.g. 100 contacts in 30 minutes at 180 s with 14 agents: 88.8 % answered within 20 s.`,
    params: { ...DEMAND_DOCS, agents: AGENTS_DOCS, answer_within_seconds: WITHIN_DOCS },
    returns: "a fraction 0–1 (format as %)",
  };
}

/** AGENTS_NEEDED's row labels, in the order of its table. */
const STAFFING_LABELS = [
  "Agents needed",
  "Agents rostered",
  "Service level",
  "Occupancy",
  "Probability of waiting",
  "Average speed of answer (s)",
] as const;

const agentsNeededFn = defineFunction({
  name: "AGENTS_NEEDED",
  params: [
    { name: "contacts" },
    { name: "interval_minutes" },
    { name: "handle_seconds" },
    { name: "target_service_level" },
    { name: "answer_within_seconds" },
    { name: "max_occupancy", optional: true },
    { name: "shrinkage", optional: true },
    { name: "concurrency", optional: true },
  ],
  example: "=AGENTS_NEEDED(100, 30, 180, 80%, 20, 85%, 30%)",
  run(args) {
    const fn = "AGENTS_NEEDED";
    const demand = readDemand(fn, args);
    const target = {
      targetServiceLevel: readNumber(fn, "target_service_level", args[3]),
      answerWithinSeconds: readNumber(fn, "answer_within_seconds", args[4], { min: 0 }),
      maxOccupancy: readNumber(fn, "max_occupancy", args[5], { default: 0.85 }),
      shrinkage: readNumber(fn, "shrinkage", args[6], { default: 0 }),
      concurrency: readNumber(fn, "concurrency", args[7], { default: 1 }),
    };
    const s = prefixErrors(fn, () => agentsNeeded(demand, target));
    const values = [
      s.agents,
      s.rostered,
      s.serviceLevel,
      s.occupancy,
      s.waitProbability,
      s.averageSpeedOfAnswer,
    ];
    return STAFFING_LABELS.map((label, i): CellValue[] => [label, values[i]]);
  },
});

function agentsNeededDocs(): FunctionDocs<typeof agentsNeededFn> {
  return {
    function: agentsNeededFn,
    summary:
      "The fewest agents meeting a service level and an occupancy cap, by Erlang C, with what they achieve.",
    convention:
      "The fewest agents N with SERVICE_LEVEL ≥ target_service_level and occupancy A ÷ N ≤ max_occupancy; 0 contacts need 0 " +
      "agents. Agents rostered = N ÷ (1 − shrinkage), rounded up (a quotient that floating point puts a hair above a whole " +
      "number counts as that number). concurrency above 1 (chats handled at once) divides the handle time. Returns two " +
      "columns, label and value, in this order: agents needed, agents rostered, service level, occupancy, probability of " +
      `waiting, average speed of answer in seconds (C × handle ÷ (N − A), over all contacts). ${TRAFFIC} ` +
      "E.g. Call Centre Helper's example, 100 contacts in 30 minutes at 180 s, 80 % within 20 s, 85 % occupancy, 30 % " +
      "shrinkage: 14 agents, 20 rostered, 88.8 %, 71.4 %, 17.4 %, 7.8 s.",
    params: {
      ...DEMAND_DOCS,
      target_service_level: {
        type: "number",
        help: "Share of contacts to answer within the target, more than 0 and less than 1, e.g. 80%.",
      },
      answer_within_seconds: WITHIN_DOCS,
      max_occupancy: {
        type: "number",
        help: "Highest share of time agents may be busy, more than 0 and at most 1; default 85%.",
      },
      shrinkage: {
        type: "number",
        help: "Share of rostered time agents are away (breaks, meetings, absence), from 0 and below 1; default 0.",
      },
      concurrency: {
        type: "number",
        help: "Contacts an agent handles at once (chats), 1 or more; default 1.",
      },
    },
    returns: "a table of 6 rows: label, value",
  };
}

export const staffingFunctions: CustomFunction[] = [erlangCFn, serviceLevelFn, agentsNeededFn];

/** Build time only: the help texts of `staffingFunctions`, in the same order. */
export const staffingDocs: (() => FunctionDocs)[] = [erlangCDocs, serviceLevelDocs, agentsNeededDocs];
