/**
 * SLA compliance: the share of measured tickets whose elapsed time meets a target. A ticket meets
 * the target when its elapsed time is at most the target (exactly on target counts as met).
 */
import { HOUR_MS } from "./calendar";

export interface SlaCounts {
  met: number;
  total: number;
}

/** Counts elapsed times (ms) within `targetHours`. Compared in hours, so 1.5 h against 1.5 is met. */
export function slaCounts(elapsedMs: ArrayLike<number>, targetHours: number): SlaCounts {
  let met = 0;
  let total = 0;
  for (let i = 0; i < elapsedMs.length; i++) {
    const hours = elapsedMs[i] / HOUR_MS;
    if (Number.isNaN(hours)) continue;
    total++;
    if (hours <= targetHours) met++;
  }
  return { met, total };
}
