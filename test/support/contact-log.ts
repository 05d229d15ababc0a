/**
 * A contact-centre log as a phone system exports it, one row per call: `Call Id`, `Date` (a date cell
 * at midnight), `Time` (text "14:05:09"), `Agent`, `Topic`, `Answered (Y/N)`, `Resolved` (Y/N),
 * `Speed of answer in seconds`, `AvgTalkDuration` ("0:04:31" text), `Satisfaction rating` (1–5 on some
 * answered calls). Synthetic and seeded; `truth` keeps what each call is by construction, so tests
 * compute every figure from it, never from the rows.
 */
import { zonedInstant } from "../../src/metrics/zoned-time";
import { mulberry32 } from "../../src/report/sample-data";

export interface CallTruth {
  at: number;
  agent: string;
  topic: string;
  answered: boolean;
  resolved: boolean;
  /** Seconds to answer (answered calls; abandoned ones waited too but are not "answered"). */
  wait: number;
  /** Talk seconds (answered calls), NaN otherwise. */
  talk: number;
  rating: number;
}

export const CALL_HEADERS = [
  "Call Id",
  "Date",
  "Time",
  "Agent",
  "Topic",
  "Answered (Y/N)",
  "Resolved",
  "Speed of answer in seconds",
  "AvgTalkDuration",
  "Satisfaction rating",
];

const two = (n: number) => String(n).padStart(2, "0");

/** `calls` calls spread over `from`–`to` (ms), wall-clock times in `zone`. */
export function contactLog(
  calls: number,
  seed: number,
  zone: string,
  from: number,
  to: number,
): { values: unknown[][]; truth: CallTruth[] } {
  const next = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const agents = ["Diane", "Becky", "Stewart", "Greg", "Jim", "Joe", "Martha", "Dan"];
  const topics = ["Contract related", "Technical Support", "Payment related", "Admin Support", "Streaming"];
  const rows: unknown[][] = [];
  const truth: CallTruth[] = [];
  const dayMs = 86_400_000;
  for (let i = 0; i < calls; i++) {
    // A whole second on the zone's wall clock, away from the DST change's repeated hour.
    const localDay = Math.floor((from + next() * (to - from)) / dayMs) * dayMs;
    const seconds = Math.floor((8 + next() * 10) * 3600);
    const d = new Date(localDay);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const [h, min, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
    const at = zonedInstant(zone, y, m, day, h, min, s);
    const answered = next() < 0.81;
    const resolved = answered && next() < 0.73;
    const wait = Math.floor(next() * 125);
    const talk = answered ? 30 + Math.floor(next() * 400) : Number.NaN;
    const rating = answered && next() < 0.4 ? 1 + Math.floor(next() * 5) : Number.NaN;
    const t: CallTruth = {
      at,
      agent: pick(agents),
      topic: pick(topics),
      answered,
      resolved,
      wait,
      talk,
      rating,
    };
    truth.push(t);
    rows.push([
      `ID${String(i + 1).padStart(4, "0")}`,
      new Date(zonedInstant(zone, y, m, day, 0, 0, 0)),
      `${two(h)}:${two(min)}:${two(s)}`,
      t.agent,
      t.topic,
      answered ? "Y" : "N",
      resolved ? "Y" : "N",
      answered ? wait : "",
      answered ? `${Math.floor(talk / 3600)}:${two(Math.floor(talk / 60) % 60)}:${two(talk % 60)}` : "",
      Number.isNaN(rating) ? "" : rating,
    ]);
  }
  return { values: [CALL_HEADERS, ...rows], truth };
}
