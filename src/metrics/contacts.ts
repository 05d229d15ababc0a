/**
 * Contact-centre KPIs over a set of contacts (calls or chats), one pass:
 * - answer rate: answered ÷ offered, where offered is every contact whose log says answered or not;
 * - abandon rate: abandoned ÷ offered (its complement);
 * - average speed of answer (ASA): mean wait of the answered contacts only (an abandoned caller
 *   was never answered, so their wait is no speed of answer);
 * - average handle time (AHT): mean talk or handle time of the contacts that have one;
 * - resolution rate: resolved ÷ answered contacts whose log says resolved or not (an unanswered
 *   call resolves nothing). Without an answered flag, every contact with a resolved flag counts.
 * Times are in ms; NaN means the log does not say. Each rate's denominator is returned as its n.
 */

/** What the KPIs read of a contact (the input layer's Ticket has these fields). */
export interface ContactLike {
  /** 1 answered, 0 abandoned, NaN or undefined unknown. */
  answered?: number;
  speedOfAnswer?: number;
  handleTime?: number;
  /** 1 resolved, 0 not, NaN or undefined unknown. */
  solved?: number;
}

export interface ContactStats {
  offered: number;
  answered: number;
  /** Answered ÷ offered, NaN when none offered. */
  answerRate: number;
  abandonRate: number;
  /** Mean wait of answered contacts (ms) and how many had one. */
  speedOfAnswer: number;
  speedOfAnswerN: number;
  /** Mean handle time (ms) and how many had one. */
  handleTime: number;
  handleTimeN: number;
  /** Resolved ÷ contacts that say resolved or not (answered ones when the log says which). */
  resolutionRate: number;
  resolutionN: number;
}

/** An accumulator: add contacts one at a time (e.g. per month or per agent), then read `stats()`. */
export class ContactTally {
  private offered = 0;
  private answered = 0;
  private waitSum = 0;
  private waitN = 0;
  private handleSum = 0;
  private handleN = 0;
  private resolved = 0;
  private resolvedKnown = 0;

  add(contact: ContactLike): void {
    const answered = contact.answered;
    const known = answered === 0 || answered === 1;
    if (known) {
      this.offered++;
      this.answered += answered;
    }
    const wait = contact.speedOfAnswer;
    if (wait !== undefined && wait >= 0 && answered !== 0) {
      this.waitSum += wait;
      this.waitN++;
    }
    const handle = contact.handleTime;
    if (handle !== undefined && handle >= 0) {
      this.handleSum += handle;
      this.handleN++;
    }
    const solved = contact.solved;
    if ((solved === 0 || solved === 1) && answered !== 0) {
      this.resolvedKnown++;
      this.resolved += solved;
    }
  }

  stats(): ContactStats {
    const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
    return {
      offered: this.offered,
      answered: this.answered,
      answerRate: ratio(this.answered, this.offered),
      abandonRate: ratio(this.offered - this.answered, this.offered),
      speedOfAnswer: ratio(this.waitSum, this.waitN),
      speedOfAnswerN: this.waitN,
      handleTime: ratio(this.handleSum, this.handleN),
      handleTimeN: this.handleN,
      resolutionRate: ratio(this.resolved, this.resolvedKnown),
      resolutionN: this.resolvedKnown,
    };
  }
}

/** The KPIs of a list of contacts (see the module comment). */
export function contactStats(contacts: Iterable<ContactLike>): ContactStats {
  const tally = new ContactTally();
  for (const contact of contacts) tally.add(contact);
  return tally.stats();
}
