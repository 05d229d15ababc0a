import { describe, expect, it } from "vitest";
import { createOfflineServices } from "../../src/offline/services";

describe("document lock", () => {
  it("is held by one execution at a time", () => {
    const offline = createOfflineServices();
    const first = offline.lockService.getDocumentLock();
    const second = offline.lockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(5000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    first.releaseLock();
    expect(second.tryLock(5000)).toBe(true);
    expect(offline.lock.attempts.map((a) => a.acquired)).toEqual([true, true, false, true]);
  });

  it("lets a test hold it elsewhere, and release it while a build waits", () => {
    const offline = createOfflineServices();
    const release = offline.lock.holdElsewhere();
    const lock = offline.lockService.getDocumentLock();
    expect(lock.tryLock(30_000)).toBe(false);
    offline.lock.onWait = () => release();
    expect(lock.tryLock(30_000)).toBe(true);
    expect(offline.lock.attempts.map((a) => a.timeoutInMillis)).toEqual([30_000, 30_000]);
    lock.releaseLock();
    expect(offline.lock.isHeld).toBe(false);
  });
});
