/**
 * The document lock. Apps Script runs executions in parallel; offline there is one thread, so a
 * "second execution" is simulated by a second `Lock` object on the same shared state: a test holds
 * the lock through `DocumentLock.holdElsewhere()` and checks that a build waits or says one is
 * running. `tryLock` cannot block here; it returns false at once while another holder has the
 * lock, after calling `onWait` (a test's chance to release it, as if the other build finished).
 */
import type { LockLike } from "../platform/services";
import type { CallLog } from "./call-log";

/** The state shared by every lock of one document. */
export class DocumentLock {
  holder: OfflineLock | null = null;
  /** Each `tryLock` call: the timeout asked and whether it got the lock. */
  readonly attempts: { timeoutInMillis: number; acquired: boolean }[] = [];
  /** Called when `tryLock` finds the lock held by another holder. */
  onWait: ((timeoutInMillis: number) => void) | null = null;

  constructor(private readonly calls: CallLog) {}

  /** A lock object as `LockService.getDocumentLock()` returns one. */
  newLock(): OfflineLock {
    return new OfflineLock(this, this.calls);
  }

  /** Takes the lock for "another execution" (not counted); returns the function releasing it. */
  holdElsewhere(): () => void {
    if (this.holder) throw new Error("The document lock is already held.");
    const other = new OfflineLock(this, this.calls);
    this.holder = other;
    return () => {
      if (this.holder === other) this.holder = null;
    };
  }

  get isHeld(): boolean {
    return this.holder !== null;
  }
}

/** One execution's handle on the document lock (`LockService.getDocumentLock()`). */
export class OfflineLock implements LockLike {
  constructor(
    private readonly state: DocumentLock,
    private readonly calls: CallLog,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.calls.count("Lock.tryLock");
    if (this.state.holder !== null && this.state.holder !== this) this.state.onWait?.(timeoutInMillis);
    const acquired = this.state.holder === null || this.state.holder === this;
    if (acquired) this.state.holder = this;
    this.state.attempts.push({ timeoutInMillis, acquired });
    return acquired;
  }

  releaseLock(): void {
    this.calls.count("Lock.releaseLock");
    if (this.state.holder === this) this.state.holder = null;
  }

  hasLock(): boolean {
    this.calls.count("Lock.hasLock");
    return this.state.holder === this;
  }
}
