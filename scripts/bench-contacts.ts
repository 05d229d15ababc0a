/**
 * The contact-centre part of `npm run bench`: a call log as phone systems export it (`Date`, `Time`
 * as text, `Agent`, `Topic`, `Answered (Y/N)`, `Resolved`, `Speed of answer in seconds`,
 * `AvgTalkDuration` as H:MM:SS; test/support/contact-log.ts without its ratings, so that 1,000,000
 * calls stay under Sheets' 10-million-cell limit), 100,000 and 1,000,000 calls, through the same
 * steps as the event log.
 * Targets: service calls that do not grow with the rows (a summary line more or less, as the month's
 * findings differ, is a merge and a wrap more); 1,000,000 calls read and planned in under 10 s.
 */
import { contactLog } from "../test/support/contact-log";
import { benchLayout } from "./bench-events";

const ZONE = "America/Chicago";
const NOW = Date.UTC(2026, 10, 5, 12);
const DAY = 86_400_000;

/** `calls` calls over the 12 months before NOW (the contact-log tests' fixture, ratings left out). */
function callLog(calls: number): unknown[][] {
  return contactLog(calls, 17, ZONE, NOW - 365 * DAY, NOW - 5 * DAY).values.map((row) => row.slice(0, -1));
}

export async function benchContactLog(): Promise<void> {
  await benchLayout({
    title: `Contact-centre log, one row per call (zone ${ZONE}): read → plan → apply`,
    rowsLabel: "calls",
    zone: ZONE,
    now: NOW,
    sizes: [100_000, 1_000_000],
    make: callLog,
    target:
      "targets: service calls that do not grow with the rows (± a findings line); 1,000,000 calls read and planned in < 10 s",
  });
}
