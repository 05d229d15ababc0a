/**
 * The Erlang C queue (M/M/N: random arrivals, N agents, nobody hangs up) for a given number of agents:
 * how likely a contact waits, the share answered within a target, and the average wait.
 *
 * Traffic A = contacts × handle time ÷ interval length, in Erlangs (agents busy on average). The
 * queue keeps up only when N > A. Erlang C comes from Erlang B by the stable recursion
 * B₀ = 1, Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁), C = N·B ÷ (N − A(1 − B)), never from A^N ÷ N!, which
 * overflows long before 1,000 agents. Messages use the custom functions' argument names.
 */

/** Most agents one calculation accepts: the recursion is one step per agent. */
export const MAX_AGENTS = 1_000_000;

/** One interval's demand. Times in seconds; `handleSeconds` is per contact and agent. */
export interface Demand {
  contacts: number;
  intervalMinutes: number;
  handleSeconds: number;
}

/** Throws unless `demand` is usable: contacts ≥ 0, interval and handle time > 0, all finite. */
export function checkDemand({ contacts, intervalMinutes, handleSeconds }: Demand): void {
  if (!(Number.isFinite(contacts) && contacts >= 0)) {
    throw new Error(`contacts is ${contacts}; it must be a number of contacts, 0 or more.`);
  }
  if (!(Number.isFinite(intervalMinutes) && intervalMinutes > 0)) {
    throw new Error(`interval_minutes is ${intervalMinutes}; it must be more than 0, e.g. 30 or 60.`);
  }
  if (!(Number.isFinite(handleSeconds) && handleSeconds > 0)) {
    throw new Error(`handle_seconds is ${handleSeconds}; it must be more than 0, e.g. 180.`);
  }
}

/** Traffic in Erlangs: contacts × handle_seconds ÷ (interval_minutes × 60). */
export function traffic(demand: Demand): number {
  checkDemand(demand);
  const erlangs = (demand.contacts * demand.handleSeconds) / (demand.intervalMinutes * 60);
  if (!Number.isFinite(erlangs) || erlangs > MAX_AGENTS) {
    throw new Error(
      `the traffic is ${formatErlangs(erlangs)} Erlangs, more than the ${MAX_AGENTS.toLocaleString("en")} agents this can staff; split the contacts into shorter intervals or groups.`,
    );
  }
  return erlangs;
}

/** "10", "2.5", "0.333": traffic as a message shows it. */
export function formatErlangs(erlangs: number): string {
  return Number.isFinite(erlangs) ? String(Math.round(erlangs * 1000) / 1000) : String(erlangs);
}

/** The fewest agents that keep up with `erlangs` (more than the traffic): ⌊A⌋ + 1. */
export function fewestAgents(erlangs: number): number {
  return Math.floor(erlangs) + 1;
}

/** Throws unless `agents` is a whole number above the traffic (and within MAX_AGENTS). */
export function checkAgents(agents: number, erlangs: number): void {
  if (!(Number.isInteger(agents) && agents >= 1)) {
    throw new Error(`agents is ${agents}; it must be a whole number of agents, 1 or more.`);
  }
  if (agents > MAX_AGENTS) {
    throw new Error(
      `agents is ${agents}; at most ${MAX_AGENTS.toLocaleString("en")} agents can be computed.`,
    );
  }
  if (agents <= erlangs) {
    throw new Error(
      `${agents} agents cannot keep up with a traffic of ${formatErlangs(erlangs)} Erlangs (contacts × handle time ÷ interval): the queue would grow without end. At least ${fewestAgents(erlangs)} agents are needed.`,
    );
  }
}

/** Erlang B (blocking probability) for `agents` and `erlangs`, by the recursion. */
export function erlangB(agents: number, erlangs: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (erlangs * b) / (k + erlangs * b);
  return b;
}

/** Erlang C from Erlang B for the same agents and traffic (agents > erlangs). */
export function erlangCFromB(agents: number, erlangs: number, b: number): number {
  return (agents * b) / (agents - erlangs * (1 - b));
}

/** The probability that a contact waits (0–1), for `agents` > `erlangs`. */
export function erlangC(agents: number, erlangs: number): number {
  checkAgents(agents, erlangs);
  return erlangCFromB(agents, erlangs, erlangB(agents, erlangs));
}

/**
 * The share of contacts answered within `answerWithinSeconds`: 1 − C · e^(−(N − A) · t ÷ handle),
 * given the probability of waiting C.
 */
export function serviceLevelFromC(
  c: number,
  agents: number,
  erlangs: number,
  answerWithinSeconds: number,
  handleSeconds: number,
): number {
  const level = 1 - c * Math.exp((-(agents - erlangs) * answerWithinSeconds) / handleSeconds);
  return Math.min(1, Math.max(0, level));
}

/** Average speed of answer in seconds, over all contacts (those answered at once wait 0): C · handle ÷ (N − A). */
export function averageSpeedOfAnswer(
  c: number,
  agents: number,
  erlangs: number,
  handleSeconds: number,
): number {
  return (c * handleSeconds) / (agents - erlangs);
}

/** Throws unless the answer-within time is a finite number of seconds, 0 or more. */
export function checkAnswerWithin(answerWithinSeconds: number): void {
  if (!(Number.isFinite(answerWithinSeconds) && answerWithinSeconds >= 0)) {
    throw new Error(
      `answer_within_seconds is ${answerWithinSeconds}; it must be 0 or more seconds, e.g. 20.`,
    );
  }
}

/** The share of contacts answered within the target, for `agents` serving `demand`. */
export function serviceLevel(demand: Demand, agents: number, answerWithinSeconds: number): number {
  const erlangs = traffic(demand);
  checkAnswerWithin(answerWithinSeconds);
  const c = erlangC(agents, erlangs);
  return serviceLevelFromC(c, agents, erlangs, answerWithinSeconds, demand.handleSeconds);
}
