/**
 * Sample data for "Insert sample data": a seeded, realistic ticket log, survey and customers tab, so a
 * new user sees a complete report in one click.
 *
 * Everything is drawn from one seeded generator (mulberry32) and from `now` and the time zone passed
 * in: the same inputs give the same cells, in tests and in Sheets. Times are made on the spreadsheet's
 * wall clock (tickets arrive in office hours, agents answer Monday–Friday 08:00–18:00) and turned into
 * instants in its zone, so the tab reads naturally wherever the spreadsheet is.
 *
 * What it holds (14 full months ending with the month before `now`):
 * - Tickets: about 5,000; more on weekdays, a November–December peak, slow growth; six categories,
 *   four channels, eight agents (one joins partway), four priorities; first response and resolution
 *   in business hours, longer for e-mail and technical issues; 1–4 contacts; CSAT 1–5 on about 30% of
 *   resolved tickets (lower when resolution was slow); tickets not finished by `now` are open; a
 *   Shipping spike (a carrier delay) in the middle of the last full month.
 * - Survey: about 30 responses a month, NPS 0–10 with CES 1–7 and CSAT 1–5 that agree with it.
 * - Customers: one row per month; customers at end = at start + new − lost; revenue, support cost,
 *   sales and marketing spend.
 * The generator works with the English names below; what the tabs show (tab names, headers, the
 * categories, channels, priorities and statuses) comes from the message table in the spreadsheet's
 * language, so a Swedish spreadsheet gets a Swedish sample, with headers column detection knows.
 */
import { type Locale, type MessageKey, t } from "../i18n/messages";
import {
  DAY_MS,
  firstDayOfMonth,
  HOUR_MS,
  MINUTE_MS,
  monthIndexOfDay,
  monthKey,
  weekdayOfDay,
} from "../metrics/calendar";
import { zoneClock } from "../metrics/zoned-time";
import type { CellValue } from "../platform/services";
import type { KpiId } from "./settings";

/** A small, fast, seeded generator of numbers in [0, 1) (Tommy Ettinger's mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export const SAMPLE_CATEGORIES = [
  "Sales",
  "Technical",
  "Cancellation",
  "Returns",
  "Shipping",
  "Product availability",
] as const;
export const SAMPLE_CHANNELS = ["Email", "Chat", "Phone", "Social"] as const;
const SAMPLE_PRIORITIES = ["Low", "Normal", "High", "Urgent"] as const;
/** Agents; the last one joins six months into the sample. */
const SAMPLE_AGENTS = [
  "Aisha Khan",
  "Ben Carter",
  "Chloé Martin",
  "Diego Álvarez",
  "Emma Lindqvist",
  "Farid Haddad",
  "Grace Okafor",
  "Hiro Tanaka",
] as const;

export const SAMPLE_TICKET_HEADERS = [
  "Ticket ID",
  "Created",
  "First response",
  "Resolved",
  "Status",
  "Category",
  "Channel",
  "Agent",
  "Priority",
  "CSAT",
  "Contacts",
] as const;
export const SAMPLE_SURVEY_HEADERS = ["Date", "NPS", "CES", "CSAT"] as const;
const SAMPLE_CUSTOMER_HEADERS = [
  "Month",
  "Customers at start",
  "Customers at end",
  "New customers",
  "Lost customers",
  "Revenue",
  "Support cost",
  "Sales & marketing spend",
] as const;

/** The message each English name of the generator is shown as (NPS, CES and CSAT stay as they are). */
const SHOWN: Record<string, MessageKey> = {
  "Ticket ID": "sample.header.id",
  Created: "sample.header.created",
  "First response": "sample.header.firstResponse",
  Resolved: "sample.header.resolved",
  Status: "sample.header.status",
  Category: "sample.header.category",
  Channel: "sample.header.channel",
  Agent: "sample.header.agent",
  Priority: "sample.header.priority",
  Contacts: "sample.header.contacts",
  Date: "sample.header.date",
  Month: "sample.header.month",
  "Customers at start": "sample.header.customersStart",
  "Customers at end": "sample.header.customersEnd",
  "New customers": "sample.header.newCustomers",
  "Lost customers": "sample.header.lostCustomers",
  Revenue: "sample.header.revenue",
  "Support cost": "sample.header.supportCost",
  "Sales & marketing spend": "sample.header.salesMarketing",
  Sales: "sample.category.sales",
  Technical: "sample.category.technical",
  Cancellation: "sample.category.cancellation",
  Returns: "sample.category.returns",
  Shipping: "sample.category.shipping",
  "Product availability": "sample.category.productAvailability",
  Email: "sample.channel.email",
  Chat: "sample.channel.chat",
  Phone: "sample.channel.phone",
  Social: "sample.channel.social",
  Low: "sample.priority.low",
  Normal: "sample.priority.normal",
  High: "sample.priority.high",
  Urgent: "sample.priority.urgent",
  Closed: "sample.status.closed",
  Pending: "sample.status.pending",
  Open: "sample.status.open",
};

/** An English name of the generator as the tab shows it in `locale`. */
export function shownAs(name: string, locale: Locale = "en"): string {
  const key = SHOWN[name];
  return key ? t(key, undefined, locale) : name;
}

/** A tab name as a formula names it: quoted unless it is a plain name such as Tickets. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Where a column of the sample lives, as a formula names it (e.g. `Tickets!K2:K`): its tab in
 * `locale` and its letter from the sample's own header list, so examples that point at the sample
 * follow it when its columns change.
 */
export function sampleColumn(tab: "tickets" | "survey", header: string, locale: Locale = "en"): string {
  const headers: readonly string[] = tab === "tickets" ? SAMPLE_TICKET_HEADERS : SAMPLE_SURVEY_HEADERS;
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`Sample data: the ${tab} tab has no column "${header}".`);
  const letter = String.fromCharCode(65 + index);
  const name = t(tab === "tickets" ? "sample.tickets" : "sample.survey", undefined, locale);
  return `${sheetReference(name)}!${letter}2:${letter}`;
}

/**
 * Targets a team might set, so the first report built from the sample shows its status column at
 * work (on target and off target both occur). Units are the KPIs' own: hours, fractions, points.
 */
export const SAMPLE_TARGETS: Partial<Record<KpiId, number>> = {
  backlog: 40,
  frtMedian: 2,
  resolutionMedian: 24,
  fcr: 0.6,
  sla: 0.8,
  csat: 0.8,
  nps: 30,
};

export interface SampleOptions {
  /** The moment the sample is made; the data ends with the month before it. */
  now: Date | number;
  /** The spreadsheet's IANA time zone. */
  timeZone: string;
  /** Seed of the generator (default 20260101). */
  seed?: number;
  /** Full months of data (default 14, at least 13). */
  months?: number;
  /** About how many tickets (default 5,000). */
  tickets?: number;
  locale?: Locale;
}

export interface SampleTab {
  /** Suggested tab name, from the message table. */
  name: string;
  /** Header row then data rows; date-times as Date, blanks as "". */
  values: CellValue[][];
}

export interface SampleData {
  tickets: SampleTab;
  survey: SampleTab;
  customers: SampleTab;
  /** The months covered, "YYYY-MM" ascending. */
  months: string[];
  /** Where the volume spike is: a category in a month. */
  spike: { category: string; month: string };
}

const OPEN_HOUR = 8;
const CLOSE_HOUR = 18;

/** Relative ticket volume by weekday, Monday first. */
const WEEKDAY_VOLUME = [1.25, 1.15, 1.05, 1.0, 0.9, 0.35, 0.25];
/** Relative ticket volume by calendar month, January first: a peak before the holidays. */
const MONTH_VOLUME = [1.05, 0.95, 1.0, 0.95, 0.95, 0.9, 0.85, 0.9, 1.0, 1.05, 1.2, 1.25];
/** Arrivals by hour on weekdays and on weekends. */
const WEEKDAY_HOURS = [1, 0.5, 0.3, 0.3, 0.4, 1, 2, 5, 9, 11, 11, 10, 8, 9, 10, 9, 8, 6, 4, 3, 3, 2, 2, 1];
const WEEKEND_HOURS = [2, 1, 0.5, 0.5, 0.5, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 3, 2];

const CATEGORY_WEIGHTS = [0.15, 0.28, 0.1, 0.15, 0.2, 0.12];
const CHANNEL_WEIGHTS_OPEN = [0.4, 0.3, 0.2, 0.1];
/** Out of office hours nobody phones: e-mail, chat (answered later) and social. */
const CHANNEL_WEIGHTS_CLOSED = [0.6, 0.15, 0, 0.25];
const PRIORITY_WEIGHTS = [0.3, 0.5, 0.15, 0.05];
const PRIORITY_SPEED = [1.3, 1, 0.7, 0.4];
/** Contacts 1–4 by category (Technical needs more back and forth). */
const CONTACT_WEIGHTS: Record<string, number[]> = {
  Sales: [0.6, 0.25, 0.1, 0.05],
  Technical: [0.3, 0.35, 0.2, 0.15],
  default: [0.5, 0.3, 0.13, 0.07],
};
const CATEGORY_EFFORT: Record<string, number> = {
  Sales: 0.7,
  Technical: 1.8,
  Cancellation: 0.8,
  Returns: 1.3,
  Shipping: 1,
  "Product availability": 0.9,
};
const AGENT_WEIGHTS = [1.2, 1.1, 1, 1, 1, 0.9, 0.8, 1];

/** Shipping tickets added on spike days, as a share of the day's usual volume. */
const SPIKE_EXTRA = 0.6;

/** Helpers drawing from one seeded generator. */
class Draw {
  constructor(readonly next: () => number) {}

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  int(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An index drawn with the given (not necessarily normalised) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Poisson count (Knuth's method; the means here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Log-normal with the given median and spread (σ of the log). */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }
}

/** Wall-clock ms (local time written as UTC) moved to the next moment the team works. */
function nextOpen(local: number): number {
  let day = Math.floor(local / DAY_MS);
  let inDay = local - day * DAY_MS;
  for (;;) {
    if (weekdayOfDay(day) < 5 && inDay < CLOSE_HOUR * HOUR_MS) {
      return day * DAY_MS + Math.max(inDay, OPEN_HOUR * HOUR_MS);
    }
    day++;
    inDay = 0;
  }
}

/** Wall-clock ms plus `work` ms of business hours. */
function addBusiness(local: number, work: number): number {
  let at = nextOpen(local);
  let left = work;
  for (;;) {
    const dayEnd = Math.floor(at / DAY_MS) * DAY_MS + CLOSE_HOUR * HOUR_MS;
    if (left <= dayEnd - at) return at + left;
    left -= dayEnd - at;
    at = nextOpen(dayEnd);
  }
}

/** The sample tabs; see the module comment. Deterministic in (now, timeZone, seed, months, tickets). */
export function buildSampleData(options: SampleOptions): SampleData {
  const clock = zoneClock(options.timeZone);
  const locale = options.locale ?? "en";
  const nowMs = typeof options.now === "number" ? options.now : options.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error("Sample data: now is not a valid date-time.");
  const monthCount = Math.max(13, Math.floor(options.months ?? 14));
  const target = options.tickets ?? 5000;
  const draw = new Draw(mulberry32(options.seed ?? 20260101));

  const currentMonth = monthIndexOfDay(Math.floor(clock.toLocal(nowMs) / DAY_MS));
  const firstMonth = currentMonth - monthCount;
  const firstDay = firstDayOfMonth(firstMonth);
  const endDay = firstDayOfMonth(currentMonth);
  const months: string[] = [];
  for (let m = firstMonth; m < currentMonth; m++) months.push(monthKey(m));

  // The spike: days 8–18 of the last full month.
  const spikeMonth = currentMonth - 1;
  const spikeFrom = firstDayOfMonth(spikeMonth) + 7;
  const spikeTo = firstDayOfMonth(spikeMonth) + 17;

  const volume = (day: number): number => {
    const m = monthIndexOfDay(day);
    const growth = 1 + 0.012 * (m - firstMonth);
    return WEEKDAY_VOLUME[weekdayOfDay(day)] * MONTH_VOLUME[((m % 12) + 12) % 12] * growth;
  };
  let expected = 0;
  for (let day = firstDay; day < endDay; day++) {
    expected += volume(day) * (day >= spikeFrom && day <= spikeTo ? 1 + SPIKE_EXTRA : 1);
  }
  const scale = target / expected;

  interface Draft {
    created: number;
    firstResponse: number;
    resolved: number;
    category: number;
    channel: number;
    agent: number;
    priority: number;
    csat: number;
    contacts: number;
  }
  const drafts: Draft[] = [];
  const joinMonth = firstMonth + 6;
  const agentWeights = (month: number) =>
    AGENT_WEIGHTS.map((w, i) => (i === SAMPLE_AGENTS.length - 1 && month < joinMonth ? 0 : w));

  for (let day = firstDay; day < endDay; day++) {
    const weekend = weekdayOfDay(day) >= 5;
    const usual = volume(day) * scale;
    const spike = day >= spikeFrom && day <= spikeTo;
    const count = draw.poisson(usual);
    const extra = spike ? draw.poisson(usual * SPIKE_EXTRA) : 0;
    const month = monthIndexOfDay(day);
    const dayDrafts: Draft[] = [];
    for (let i = 0; i < count + extra; i++) {
      const hour = draw.weighted(weekend ? WEEKEND_HOURS : WEEKDAY_HOURS);
      const created = day * DAY_MS + hour * HOUR_MS + draw.int(0, 59) * MINUTE_MS + draw.int(0, 59) * 1000;
      const open = !weekend && hour >= OPEN_HOUR && hour < CLOSE_HOUR;
      const category = i < count ? draw.weighted(CATEGORY_WEIGHTS) : SAMPLE_CATEGORIES.indexOf("Shipping");
      const channel = draw.weighted(open ? CHANNEL_WEIGHTS_OPEN : CHANNEL_WEIGHTS_CLOSED);
      const priority = draw.weighted(PRIORITY_WEIGHTS);
      const name = SAMPLE_CATEGORIES[category];
      const contacts = 1 + draw.weighted(CONTACT_WEIGHTS[name] ?? CONTACT_WEIGHTS.default);

      // First response: phone is answered at once, chat in minutes, e-mail and social in hours.
      const speed = PRIORITY_SPEED[priority];
      const channelName = SAMPLE_CHANNELS[channel];
      let firstResponse: number;
      if (channelName === "Phone") firstResponse = created + draw.int(20, 180) * 1000;
      else {
        const wait =
          channelName === "Chat"
            ? draw.logNormal(3 * MINUTE_MS, 0.8)
            : draw.logNormal((channelName === "Email" ? 2.5 : 1.2) * HOUR_MS, 1) * speed;
        firstResponse = addBusiness(created, Math.min(wait, 40 * HOUR_MS));
      }

      // Resolution: settled in the first contact, or one business-day-ish wait per extra contact.
      const effort = CATEGORY_EFFORT[name] * speed;
      let work =
        channelName === "Phone" || channelName === "Chat"
          ? draw.between(5, 25) * MINUTE_MS
          : draw.logNormal(40 * MINUTE_MS, 0.8);
      for (let c = 1; c < contacts; c++) work += draw.logNormal(8 * HOUR_MS, 0.9) * effort;
      // A few tickets wait weeks (a part on back order, a refund with the bank).
      const stuck = draw.chance(0.012) ? draw.logNormal(15 * DAY_MS, 0.6) : 0;
      const resolved = addBusiness(firstResponse + stuck, work);

      let csat = Number.NaN;
      if (draw.chance(0.3)) {
        const slow = resolved - created > 3 * DAY_MS || contacts >= 3 || (spike && name === "Shipping");
        csat = 1 + draw.weighted(slow ? [0.15, 0.15, 0.2, 0.25, 0.25] : [0.04, 0.05, 0.1, 0.3, 0.51]);
      }
      dayDrafts.push({
        created,
        // Whole seconds, as a date-time typed or exported into Sheets would be.
        firstResponse: Math.round(firstResponse / 1000) * 1000,
        resolved: Math.round(resolved / 1000) * 1000,
        category,
        channel,
        agent: draw.weighted(agentWeights(month)),
        priority,
        csat,
        contacts,
      });
    }
    dayDrafts.sort((a, b) => a.created - b.created);
    for (const d of dayDrafts) drafts.push(d);
  }

  const show = (names: readonly string[]) => names.map((name) => shownAs(name, locale));
  const [categories, channels, priorities] = [SAMPLE_CATEGORIES, SAMPLE_CHANNELS, SAMPLE_PRIORITIES].map(
    show,
  );
  const [closed, pending, opened] = show(["Closed", "Pending", "Open"]);
  const ticketRows: CellValue[][] = [show(SAMPLE_TICKET_HEADERS)];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const created = clock.toInstant(d.created);
    // Times after `now` have not happened yet: the ticket is still open.
    const firstResponse = Math.max(created, clock.toInstant(d.firstResponse));
    const resolved = Math.max(firstResponse, clock.toInstant(d.resolved));
    const answered = firstResponse <= nowMs;
    const done = answered && resolved <= nowMs;
    ticketRows.push([
      `T-${10001 + i}`,
      new Date(created),
      answered ? new Date(firstResponse) : "",
      done ? new Date(resolved) : "",
      done ? closed : answered ? pending : opened,
      categories[d.category],
      channels[d.channel],
      SAMPLE_AGENTS[d.agent],
      priorities[d.priority],
      done && !Number.isNaN(d.csat) ? d.csat : "",
      d.contacts,
    ]);
  }

  return {
    tickets: { name: t("sample.tickets", undefined, locale), values: ticketRows },
    survey: {
      name: t("sample.survey", undefined, locale),
      values: [show(SAMPLE_SURVEY_HEADERS), ...surveyRows(draw, clock, firstMonth, currentMonth, nowMs)],
    },
    customers: {
      name: t("sample.customers", undefined, locale),
      values: [
        show(SAMPLE_CUSTOMER_HEADERS),
        ...customerRows(draw, clock, firstMonth, currentMonth, spikeMonth, joinMonth),
      ],
    },
    months,
    spike: { category: shownAs("Shipping", locale), month: monthKey(spikeMonth) },
  };
}

type Clock = ReturnType<typeof zoneClock>;

/** The survey's rows (no header): about 30 responses a month; CES and CSAT follow the NPS score, as real answers tend to. */
function surveyRows(
  draw: Draw,
  clock: Clock,
  firstMonth: number,
  endMonth: number,
  nowMs: number,
): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let m = firstMonth; m < endMonth; m++) {
    const from = firstDayOfMonth(m);
    const days = firstDayOfMonth(m + 1) - from;
    const times: number[] = [];
    const n = draw.poisson(30);
    for (let i = 0; i < n; i++) {
      const day = from + draw.int(0, days - 1);
      times.push(day * DAY_MS + draw.int(7, 21) * HOUR_MS + draw.int(0, 3599) * 1000);
    }
    times.sort((a, b) => a - b);
    // The spike month (the last) reads a little worse.
    const gloom = m === endMonth - 1 ? 0.1 : 0;
    for (const local of times) {
      const instant = clock.toInstant(local);
      if (instant > nowMs) continue;
      const band = draw.weighted([0.22 + gloom, 0.3, 0.48 - gloom]); // detractor, passive, promoter
      const nps = band === 0 ? draw.int(0, 6) : band === 1 ? draw.int(7, 8) : draw.int(9, 10);
      const ces = band === 0 ? draw.int(1, 4) : band === 1 ? draw.int(4, 6) : draw.int(5, 7);
      const csat = band === 0 ? draw.int(1, 3) : band === 1 ? draw.int(3, 4) : draw.int(4, 5);
      rows.push([new Date(instant), nps, draw.chance(0.06) ? "" : ces, csat]);
    }
  }
  return rows;
}

/** The customers tab's rows (no header), one per month: end = start + new − lost, and the next month starts where this one ended. */
function customerRows(
  draw: Draw,
  clock: Clock,
  firstMonth: number,
  endMonth: number,
  spikeMonth: number,
  joinMonth: number,
): CellValue[][] {
  const rows: CellValue[][] = [];
  let customers = 1180;
  for (let m = firstMonth; m < endMonth; m++) {
    const start = customers;
    const gained = Math.round(72 + 0.8 * (m - firstMonth) + draw.between(-12, 12));
    const churnRate = draw.between(0.02, 0.032) * (m === spikeMonth ? 1.45 : 1);
    const lost = Math.round(start * churnRate);
    const end = start + gained - lost;
    const revenue = Math.round(((start + end) / 2) * 129 * draw.between(0.98, 1.03));
    const agents = m < joinMonth ? SAMPLE_AGENTS.length - 1 : SAMPLE_AGENTS.length;
    const supportCost = agents * 4200 + 1500 + Math.round(draw.between(-300, 300));
    const marketing = Math.round(gained * draw.between(290, 380));
    rows.push([
      new Date(clock.toInstant(firstDayOfMonth(m) * DAY_MS)),
      start,
      end,
      gained,
      lost,
      revenue,
      supportCost,
      marketing,
    ]);
    customers = end;
  }
  return rows;
}
