/**
 * The contact-centre part of `npm run bench`: a call log as phone systems export it (`Date`, `Time`
 * as text, `Agent`, `Topic`, `Answered (Y/N)`, `Resolved`, `Speed of answer in seconds`,
 * `AvgTalkDuration` as H:MM:SS), 100,000 and 1,000,000 calls, through the same steps as the event log.
 * Targets: the same service calls at both sizes; 1,000,000 calls read and planned in under 10 s.
 */
import { mulberry32 } from "../src/report/sample-data";
import { benchLayout } from "./bench-events";

const ZONE = "America/Chicago";
const NOW = Date.UTC(2026, 10, 5, 12);
const DAY = 86_400_000;

const two = (n: number) => String(n).padStart(2, "0");

/** `calls` calls over the 12 months before NOW, 08:00–18:00 on the zone's clock. */
function callLog(calls: number): unknown[][] {
  const next = mulberry32(17);
  const agents = Array.from({ length: 60 }, (_, i) => `Agent ${i + 1}`);
  const topics = ["Billing", "Technical", "Account", "Orders", "Other"];
  const from = Math.floor((NOW - 365 * DAY) / DAY) * DAY;
  const rows: unknown[][] = [
    [
      "Call Id",
      "Date",
      "Time",
      "Agent",
      "Topic",
      "Answered (Y/N)",
      "Resolved",
      "Speed of answer in seconds",
      "AvgTalkDuration",
    ],
  ];
  for (let i = 0; i < calls; i++) {
    const day = new Date(from + Math.floor(next() * 360) * DAY);
    const s = Math.floor((8 + next() * 10) * 3600);
    const answered = next() < 0.8;
    const talk = 30 + Math.floor(next() * 600);
    rows.push([
      `C${i}`,
      `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`,
      `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`,
      agents[Math.floor(next() * agents.length)],
      topics[Math.floor(next() * topics.length)],
      answered ? "Y" : "N",
      answered && next() < 0.7 ? "Y" : "N",
      answered ? Math.floor(next() * 120) : "",
      answered ? `0:${two(Math.floor(talk / 60))}:${two(talk % 60)}` : "",
    ]);
  }
  return rows;
}

export async function benchContactLog(): Promise<void> {
  await benchLayout({
    title: `Contact-centre log, one row per call (zone ${ZONE}): read → plan → apply`,
    rowsLabel: "calls",
    zone: ZONE,
    now: NOW,
    sizes: [100_000, 1_000_000],
    make: callLog,
    target: "targets: the same service calls at both sizes; 1,000,000 calls read and planned in < 10 s",
  });
}
