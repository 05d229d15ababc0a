/**
 * Counts every call the add-on makes to an offline service, per method ("Range.setValues").
 *
 * Why: each Apps Script service call is a round trip to Google, so the report's cost is its number
 * of calls, and tests assert that number does not grow with the number of tickets. Counting is one
 * property increment, cheap enough to leave on everywhere.
 */
export class CallLog {
  private counts: Record<string, number> = Object.create(null);
  private sum = 0;
  private failures = new Map<string, { after: number; message: string }>();

  /**
   * Records one call of `method` ("Class.method"). Every offline service method calls this before it
   * does anything, so a failure armed with `failAt` throws with nothing changed, as a Sheets call
   * that failed.
   */
  count(method: string): void {
    this.sum++;
    this.counts[method] = (this.counts[method] ?? 0) + 1;
    const failure = this.failures.get(method);
    if (failure && --failure.after === 0) {
      this.failures.delete(method);
      throw new Error(failure.message);
    }
  }

  /**
   * Test handle: the `nth` next call of `method` (1 = the next one) throws, once, like a Sheets
   * service failing in the middle of a write (a timeout, a limit, a lost connection).
   */
  failAt(method: string, nth = 1, message = `Service Spreadsheets failed while calling ${method}.`): void {
    if (!Number.isInteger(nth) || nth < 1)
      throw new Error(`failAt: nth must be a whole number from 1, got ${nth}.`);
    this.failures.set(method, { after: nth, message });
  }

  /** Every call since creation or the last `reset()`. */
  get total(): number {
    return this.sum;
  }

  /** Calls of one method ("Range.setValues"), or of a whole class when given "Range.". */
  of(methodOrPrefix: string): number {
    if (!methodOrPrefix.endsWith(".")) return this.counts[methodOrPrefix] ?? 0;
    let n = 0;
    for (const name in this.counts) if (name.startsWith(methodOrPrefix)) n += this.counts[name];
    return n;
  }

  /** Calls per method, names sorted, for assertions and for the benchmark's table. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of Object.keys(this.counts).sort()) out[name] = this.counts[name];
    return out;
  }

  reset(): void {
    this.counts = Object.create(null);
    this.sum = 0;
  }
}
