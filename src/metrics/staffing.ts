/**
 * How many agents an interval needs: the fewest that answer `targetServiceLevel` of the contacts
 * within `answerWithinSeconds` (Erlang C, see erlang.ts) while busy at most `maxOccupancy` of the
 * time, then how many to roster so that many are there after shrinkage (breaks, meetings, absence).
 *
 * Chats handled `concurrency` at a time divide the handle time: three chats of 6 minutes at once
 * occupy an agent like one contact of 2 minutes. Messages use the custom functions' argument names.
 */
import {
  averageSpeedOfAnswer,
  checkAnswerWithin,
  type Demand,
  erlangB,
  erlangCFromB,
  fewestAgents,
  MAX_AGENTS,
  serviceLevelFromC,
  traffic,
} from "./erlang";

export interface StaffingTarget {
  /** Share of contacts to answer within `answerWithinSeconds`, more than 0 and less than 1. */
  targetServiceLevel: number;
  answerWithinSeconds: number;
  /** Highest share of time agents may be busy, more than 0 and at most 1; default 0.85. */
  maxOccupancy?: number;
  /** Share of rostered time agents are not available, 0 or more and less than 1; default 0. */
  shrinkage?: number;
  /** Contacts an agent handles at once, 1 or more; default 1. */
  concurrency?: number;
}

export interface Staffing {
  /** Agents needed on the queue (0 when there are no contacts). */
  agents: number;
  /** Agents to roster: agents ÷ (1 − shrinkage), rounded up. */
  rostered: number;
  serviceLevel: number;
  /** Traffic ÷ agents (0 when there are no contacts). */
  occupancy: number;
  /** Probability that a contact waits. */
  waitProbability: number;
  /** Average speed of answer, in seconds. */
  averageSpeedOfAnswer: number;
  /** Traffic in Erlangs, after dividing the handle time by the concurrency. */
  erlangs: number;
}

/** Throws unless `value` is more than `low` (or at least, when `lowIncluded`) and below/at `high`. */
function checkFraction(
  name: string,
  value: number,
  low: number,
  lowIncluded: boolean,
  high: number,
  highIncluded: boolean,
  example: string,
): void {
  const aboveLow = lowIncluded ? value >= low : value > low;
  const belowHigh = highIncluded ? value <= high : value < high;
  if (!(Number.isFinite(value) && aboveLow && belowHigh)) {
    const range = `${lowIncluded ? "from" : "more than"} ${low} ${highIncluded ? "to" : "and less than"} ${high}`;
    throw new Error(`${name} is ${value}; it must be a fraction ${range}, e.g. ${example}.`);
  }
}

/**
 * Agents ÷ (1 − shrinkage), rounded up; a quotient within a billionth of a whole number is that
 * number, because floating point overshoots: 2 ÷ (1 − 0.9) is 20.000000000000004 and must roster 20, not 21.
 */
export function rosteredAgents(agents: number, shrinkage: number): number {
  checkFraction("shrinkage", shrinkage, 0, true, 1, false, "0.3 for 30%");
  const exact = agents / (1 - shrinkage);
  const whole = Math.round(exact);
  if (Math.abs(exact - whole) <= 1e-9 * Math.max(1, whole)) return whole;
  return Math.ceil(exact);
}

/** The fewest agents meeting the target and the occupancy cap, with what they achieve. */
export function agentsNeeded(demand: Demand, target: StaffingTarget): Staffing {
  const { targetServiceLevel, answerWithinSeconds } = target;
  const maxOccupancy = target.maxOccupancy ?? 0.85;
  const shrinkage = target.shrinkage ?? 0;
  const concurrency = target.concurrency ?? 1;
  checkFraction("target_service_level", targetServiceLevel, 0, false, 1, false, "0.8 for 80%");
  checkAnswerWithin(answerWithinSeconds);
  checkFraction("max_occupancy", maxOccupancy, 0, false, 1, true, "0.85 for 85%");
  checkFraction("shrinkage", shrinkage, 0, true, 1, false, "0.3 for 30%");
  if (!(Number.isFinite(concurrency) && concurrency >= 1)) {
    throw new Error(`concurrency is ${concurrency}; it must be 1 or more contacts handled at once.`);
  }
  const handleSeconds = demand.handleSeconds / concurrency;
  const erlangs = traffic({ ...demand, handleSeconds });
  if (erlangs === 0) {
    return {
      agents: 0,
      rostered: 0,
      serviceLevel: 1,
      occupancy: 0,
      waitProbability: 0,
      averageSpeedOfAnswer: 0,
      erlangs,
    };
  }
  // Start at the fewest agents both keeping up and within the occupancy cap, then add one at a
  // time: Erlang B steps from N to N + 1 in O(1), so the search costs one pass up to the answer.
  let agents = Math.max(fewestAgents(erlangs), Math.ceil(erlangs / maxOccupancy - 1e-9));
  let b = erlangB(agents, erlangs);
  for (;;) {
    const c = erlangCFromB(agents, erlangs, b);
    const level = serviceLevelFromC(c, agents, erlangs, answerWithinSeconds, handleSeconds);
    if (level >= targetServiceLevel) {
      return {
        agents,
        rostered: rosteredAgents(agents, shrinkage),
        serviceLevel: level,
        occupancy: erlangs / agents,
        waitProbability: c,
        averageSpeedOfAnswer: averageSpeedOfAnswer(c, agents, erlangs, handleSeconds),
        erlangs,
      };
    }
    if (agents >= MAX_AGENTS) {
      throw new Error(
        `no staffing up to ${MAX_AGENTS.toLocaleString("en")} agents meets the target; check target_service_level and answer_within_seconds.`,
      );
    }
    agents++;
    b = (erlangs * b) / (agents + erlangs * b);
  }
}
