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

  /** Records one call of `method` ("Class.method"). */
  count(method: string): void {
    this.sum++;
    this.counts[method] = (this.counts[method] ?? 0) + 1;
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
