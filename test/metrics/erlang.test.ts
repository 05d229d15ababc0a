import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  averageSpeedOfAnswer,
  erlangB,
  erlangC,
  MAX_AGENTS,
  serviceLevel,
  traffic,
} from "../../src/metrics/erlang";
import { agentsNeeded, rosteredAgents } from "../../src/metrics/staffing";

/** Erlang B by its textbook sum, A^N/N! ÷ Σ A^k/k!: fine for the small N of a cross-check. */
function erlangBBySum(agents: number, erlangs: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= agents; k++) {
    term *= erlangs / k;
    sum += term;
  }
  return term / sum;
}

/** Erlang C by its textbook form, A^N/N! · N/(N−A) ÷ (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)). */
function erlangCBySum(agents: number, erlangs: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < agents; k++) {
    sum += term;
    term *= erlangs / (k + 1);
  }
  const top = (term * agents) / (agents - erlangs);
  return top / (sum + top);
}

describe("Erlang C", () => {
  it("matches the closed forms C(2, 1) = 1/3 and C(3, 2) = 4/9", () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
  });

  it("agrees with the textbook sums for small queues", () => {
    for (const [n, a] of [
      [1, 0.5],
      [5, 3.2],
      [12, 10],
      [30, 25.5],
      [60, 41],
    ]) {
      expect(erlangB(n, a)).toBeCloseTo(erlangBBySum(n, a), 12);
      expect(erlangC(n, a)).toBeCloseTo(erlangCBySum(n, a), 12);
    }
  });

  it("computes traffic as contacts × handle ÷ interval in Erlangs", () => {
    expect(traffic({ contacts: 100, intervalMinutes: 30, handleSeconds: 180 })).toBe(10);
    expect(traffic({ contacts: 0, intervalMinutes: 60, handleSeconds: 300 })).toBe(0);
    expect(() => traffic({ contacts: -1, intervalMinutes: 30, handleSeconds: 180 })).toThrow(
      /contacts is -1/,
    );
    expect(() => traffic({ contacts: 1, intervalMinutes: 0, handleSeconds: 180 })).toThrow(
      /interval_minutes is 0/,
    );
    expect(() => traffic({ contacts: 1, intervalMinutes: 30, handleSeconds: 0 })).toThrow(
      /handle_seconds is 0/,
    );
    expect(() => traffic({ contacts: 1e12, intervalMinutes: 1, handleSeconds: 600 })).toThrow(
      /split the contacts/,
    );
  });

  it("says the traffic and the fewest agents that keep up when there are too few", () => {
    expect(() => erlangC(10, 10)).toThrow(
      /10 agents cannot keep up with a traffic of 10 Erlangs.*At least 11 agents/,
    );
    expect(() => erlangC(3, 7.25)).toThrow(/traffic of 7.25 Erlangs.*At least 8 agents/);
    expect(() => erlangC(2.5, 1)).toThrow(/agents is 2.5; it must be a whole number/);
    expect(() => erlangC(MAX_AGENTS + 1, 1)).toThrow(/at most 1,000,000 agents/);
  });

  it("runs 1,000 agents (where A^N ÷ N! overflows) to a probability", () => {
    const c = erlangC(1000, 990);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    // More agents, less waiting.
    expect(erlangC(1001, 990)).toBeLessThan(c);
  });

  it("gives the service level 1 − C·e^(−(N − A)·t ÷ handle)", () => {
    const demand = { contacts: 100, intervalMinutes: 30, handleSeconds: 180 };
    const c = erlangC(14, 10);
    expect(serviceLevel(demand, 14, 20)).toBeCloseTo(1 - c * Math.exp((-4 * 20) / 180), 14);
    expect(serviceLevel(demand, 14, 0)).toBeCloseTo(1 - c, 14);
    expect(serviceLevel({ ...demand, contacts: 0 }, 1, 20)).toBe(1);
    expect(() => serviceLevel(demand, 14, -5)).toThrow(/answer_within_seconds is -5/);
  });
});

describe("agents needed", () => {
  // Call Centre Helper's worked example (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm):
  // 100 calls in 30 minutes, 180 s handle time, 80 % answered in 20 s, 85 % maximum occupancy, 30 %
  // shrinkage. pyworkforce's test of it (rodrigo-arenas/pyworkforce,
  // pyworkforce/queuing/tests/test_erlang.py) expects 14 agents, 20 rostered, service level 0.888,
  // occupancy 0.714, probability of waiting 0.174; with 70 % maximum occupancy 15, 22, 0.941, 0.667, 0.102.
  const demand = { contacts: 100, intervalMinutes: 30, handleSeconds: 180 };

  it("reproduces Call Centre Helper's worked example", () => {
    const s = agentsNeeded(demand, { targetServiceLevel: 0.8, answerWithinSeconds: 20, shrinkage: 0.3 });
    expect(s.agents).toBe(14);
    expect(s.rostered).toBe(20);
    expect(s.serviceLevel).toBeCloseTo(0.888, 3);
    expect(s.occupancy).toBeCloseTo(0.714, 3);
    expect(s.waitProbability).toBeCloseTo(0.174, 3);
    // ASA = C × handle ÷ (N − A) = 0.1741 × 180 ÷ 4 ≈ 7.8 s
    expect(s.averageSpeedOfAnswer).toBeCloseTo(7.836, 3);
    expect(s.erlangs).toBe(10);
  });

  it("respects the occupancy cap before the service level", () => {
    const s = agentsNeeded(demand, {
      targetServiceLevel: 0.8,
      answerWithinSeconds: 20,
      shrinkage: 0.3,
      maxOccupancy: 0.7,
    });
    expect([s.agents, s.rostered]).toEqual([15, 22]);
    expect(s.serviceLevel).toBeCloseTo(0.941, 3);
    expect(s.occupancy).toBeCloseTo(0.667, 3);
    expect(s.waitProbability).toBeCloseTo(0.102, 3);
    // Without a cap, 13 agents reach 79.6 % and 14 are the fewest above 80 %.
    const uncapped = agentsNeeded(demand, {
      targetServiceLevel: 0.8,
      answerWithinSeconds: 20,
      maxOccupancy: 1,
    });
    expect(uncapped.agents).toBe(14);
    expect(serviceLevel(demand, 13, 20)).toBeLessThan(0.8);
  });

  it("rounds the rostered agents up, but not past a whole number that floating point overshoots", () => {
    // The 14 ÷ 0.7 happens to be exactly 20 in IEEE doubles; these quotients are the trap it
    // means: 2 ÷ (1 − 0.9) and 4 ÷ (1 − 0.8) are 20.000000000000004, 1 ÷ (1 − 0.8) is 5.000000000000001.
    expect(2 / (1 - 0.9)).toBeGreaterThan(20);
    expect(4 / (1 - 0.8)).toBeGreaterThan(20);
    expect(rosteredAgents(2, 0.9)).toBe(20);
    expect(rosteredAgents(4, 0.8)).toBe(20);
    expect(rosteredAgents(1, 0.8)).toBe(5);
    expect(rosteredAgents(14, 0.3)).toBe(20);
    expect(rosteredAgents(14, 0)).toBe(14);
    expect(rosteredAgents(15, 0.3)).toBe(22);
    expect(rosteredAgents(7, 0.3)).toBe(10);
    expect(rosteredAgents(1, 0.99)).toBe(100);
    expect(() => rosteredAgents(5, 1)).toThrow(
      /shrinkage is 1; it must be a fraction from 0 and less than 1/,
    );
  });

  it("divides the handle time by the concurrency (chats at once)", () => {
    const chats = agentsNeeded(
      { contacts: 300, intervalMinutes: 60, handleSeconds: 600 },
      { targetServiceLevel: 0.8, answerWithinSeconds: 60, concurrency: 3 },
    );
    const single = agentsNeeded(
      { contacts: 300, intervalMinutes: 60, handleSeconds: 200 },
      { targetServiceLevel: 0.8, answerWithinSeconds: 60 },
    );
    expect(chats).toEqual(single);
    expect(chats.erlangs).toBeCloseTo(50 / 3, 12);
  });

  it("needs no agents for no contacts", () => {
    const s = agentsNeeded({ ...demand, contacts: 0 }, { targetServiceLevel: 0.8, answerWithinSeconds: 20 });
    expect(s).toMatchObject({ agents: 0, rostered: 0, serviceLevel: 1, occupancy: 0, waitProbability: 0 });
  });

  it("rejects targets it cannot meet or read, naming the argument", () => {
    const target = { targetServiceLevel: 0.8, answerWithinSeconds: 20 };
    expect(() => agentsNeeded(demand, { ...target, targetServiceLevel: 80 })).toThrow(
      /target_service_level is 80; it must be a fraction more than 0 and less than 1, e.g. 0.8/,
    );
    expect(() => agentsNeeded(demand, { ...target, targetServiceLevel: 1 })).toThrow(
      /target_service_level is 1/,
    );
    expect(() => agentsNeeded(demand, { ...target, maxOccupancy: 0 })).toThrow(/max_occupancy is 0/);
    expect(() => agentsNeeded(demand, { ...target, shrinkage: 1 })).toThrow(/shrinkage is 1/);
    expect(() => agentsNeeded(demand, { ...target, concurrency: 0.5 })).toThrow(/concurrency is 0.5/);
  });

  it("staffs 1,000 agents' worth of traffic", () => {
    const s = agentsNeeded(
      { contacts: 20_000, intervalMinutes: 60, handleSeconds: 180 },
      { targetServiceLevel: 0.8, answerWithinSeconds: 20 },
    );
    // 1,000 Erlangs: the 85 % occupancy cap binds (1,000 ÷ 0.85 = 1,176.5), not the service level.
    expect(s.agents).toBe(1177);
    expect(s.occupancy).toBeLessThanOrEqual(0.85);
    const tight = agentsNeeded(
      { contacts: 20_000, intervalMinutes: 60, handleSeconds: 180 },
      { targetServiceLevel: 0.95, answerWithinSeconds: 5, maxOccupancy: 1 },
    );
    expect(tight.agents).toBeGreaterThan(1000);
    expect(tight.agents).toBeLessThan(1100);
    expect(
      serviceLevel({ contacts: 20_000, intervalMinutes: 60, handleSeconds: 180 }, tight.agents - 1, 5),
    ).toBeLessThan(0.95);
  });

  it("never returns NaN or Infinity on hostile inputs: a number or a clear error", () => {
    const finite = (s: object) => Object.values(s).every((v) => Number.isFinite(v));
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(1e15)),
        fc.double({ min: 0.5, max: 1440, noNaN: true }),
        fc.double({ min: 1, max: 36_000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.oneof(fc.constant(0.99), fc.double({ min: 0, max: 0.99, noNaN: true })),
        fc.integer({ min: 1, max: 10 }),
        (contacts, intervalMinutes, handleSeconds, level, within, occupancy, shrinkage, concurrency) => {
          const d = { contacts, intervalMinutes, handleSeconds };
          let s: ReturnType<typeof agentsNeeded>;
          try {
            s = agentsNeeded(d, {
              targetServiceLevel: level,
              answerWithinSeconds: within,
              maxOccupancy: occupancy,
              shrinkage,
              concurrency,
            });
          } catch (error) {
            expect(String(error)).toMatch(/split the contacts|no staffing/);
            return;
          }
          expect(finite(s)).toBe(true);
          expect(s.serviceLevel).toBeGreaterThanOrEqual(level);
          if (s.agents > 0) {
            expect(s.occupancy).toBeLessThanOrEqual(occupancy + 1e-12);
            expect(s.rostered).toBeGreaterThanOrEqual(s.agents);
            // One agent fewer either misses the target or breaks the cap (or cannot keep up).
            const fewer = s.agents - 1;
            if (fewer > s.erlangs && s.erlangs / fewer <= occupancy) {
              const handle = handleSeconds / concurrency;
              expect(serviceLevel({ ...d, handleSeconds: handle }, fewer, within)).toBeLessThan(level);
            }
          }
          // Agents below the traffic: an error naming the fewest that keep up, never NaN.
          if (s.erlangs >= 1) expect(() => erlangC(Math.floor(s.erlangs), s.erlangs)).toThrow(/At least/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a finite probability and speed of answer for any agents above the traffic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const erlangs = share * n * 0.999999;
          const c = erlangC(n, erlangs);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
          expect(Number.isFinite(averageSpeedOfAnswer(c, n, erlangs, 180))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
