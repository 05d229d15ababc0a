import { describe, expect, it } from "vitest";
import { contactStats } from "../../src/metrics/contacts";

describe("contact-centre KPIs", () => {
  it("answer and abandon rates over the contacts that say answered or not", () => {
    const s = contactStats([{ answered: 1 }, { answered: 1 }, { answered: 0 }, { answered: Number.NaN }, {}]);
    expect([s.offered, s.answered, s.answerRate, s.abandonRate]).toEqual([3, 2, 2 / 3, 1 / 3]);
  });

  it("speed of answer over answered contacts only; handle time over those that have one", () => {
    const s = contactStats([
      { answered: 1, speedOfAnswer: 10_000, handleTime: 300_000 },
      { answered: 1, speedOfAnswer: 30_000, handleTime: Number.NaN },
      { answered: 0, speedOfAnswer: 90_000 },
      { speedOfAnswer: 50_000, handleTime: 100_000 },
    ]);
    expect([s.speedOfAnswer, s.speedOfAnswerN]).toEqual([30_000, 3]);
    expect([s.handleTime, s.handleTimeN]).toEqual([200_000, 2]);
  });

  it("resolution rate of answered contacts; nothing when nothing says", () => {
    const s = contactStats([
      { answered: 1, solved: 1 },
      { answered: 1, solved: 0 },
      { answered: 0, solved: 0 },
      { answered: 1 },
    ]);
    expect([s.resolutionRate, s.resolutionN]).toEqual([0.5, 2]);
    const none = contactStats([]);
    expect([none.answerRate, none.speedOfAnswer, none.handleTime, none.resolutionRate]).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });
});
