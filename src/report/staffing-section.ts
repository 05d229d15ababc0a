/**
 * The report's "Next month" block: how many tickets next month brings and how many agents that takes.
 * - Tickets created per month, from the log's first month to the report's, forecast one month ahead
 *   by VOLUME_FORECAST's "auto" (metrics/forecast.ts), with its 80 % interval and the method named.
 *   A yearly season needs 13 months; with fewer the forecast has no season (say so).
 * - Arrivals per weekday and hour: the tickets created in each hour of each weekday over the last
 *   weeks before the month's end (up to 8), averaged per week. The busiest slot, and per slot the
 *   agents Erlang C needs (metrics/staffing.ts) for the handle time, service level and answer time
 *   of the staffing targets (the sidebar's, `staffingTargets`), as a weekday × hour table coloured
 *   by a native colour scale; with shrinkage, the agents to roster.
 */
import { monthName } from "../i18n/month-name";
import { forecastVolume, type VolumeForecast } from "../metrics/forecast";
import { agentsNeeded } from "../metrics/staffing";
import { ticketVolume } from "../metrics/volume";
import { zonedParts } from "../metrics/zoned-time";
import type { Grid } from "./grid";
import { UNIT_FORMAT } from "./kpis-catalog";
import { type ReportContext, sayIn, weekdayNames } from "./report-context";
import { DEFAULT_STAFFING, type StaffingSettings } from "./settings";
import { HEADER_STYLE, LABEL_STYLE, NOTE_STYLE, SECTION_STYLE, SECTION_WIDTH } from "./styles";

/** What staffing aims for, in the units Erlang C takes (metrics/staffing.ts). */
export interface StaffingTargets {
  /** Average work time per ticket, in seconds. */
  handleSeconds: number;
  /** Share of tickets to answer within `answerWithinSeconds`, e.g. 0.8. */
  serviceLevel: number;
  answerWithinSeconds: number;
  /** Highest share of time agents may be busy, e.g. 0.85. */
  maxOccupancy: number;
  /** Share of paid time away from the queue; 0 shows agents needed, more shows agents to roster. */
  shrinkage: number;
}

/**
 * The targets from the sidebar's staffing settings (DEFAULT_STAFFING when never set). The one place
 * settings become targets: a handle time measured from the log would replace `handleSeconds` here.
 */
export function staffingTargets(staffing: StaffingSettings = DEFAULT_STAFFING): StaffingTargets {
  return {
    handleSeconds: staffing.handleMinutes * 60,
    serviceLevel: staffing.serviceLevel,
    answerWithinSeconds: staffing.answerWithinSeconds,
    maxOccupancy: staffing.maxOccupancy,
    shrinkage: staffing.shrinkage,
  };
}

/** Weeks of arrivals averaged per weekday and hour. */
export const RECENT_WEEKS = 8;
const WEEK_MS = 7 * 24 * 3_600_000;
const YEAR = 12;

/**
 * The heat map: a native colour scale from white where no agent is needed to orange at the busiest
 * slot, so a colour reads as a share of the peak (bands of the peak made every 1-agent hour look
 * busy when the peak was 2).
 */
const HEAT = { min: "#ffffff", max: "#f6b26b" };

export interface SlotArrivals {
  /** Average tickets per week created in each weekday (0 = Monday) and hour: [weekday][hour]. */
  perWeek: number[][];
  weeks: number;
}

/** Tickets per month from the first ticket's month to `month` (inclusive), oldest first. */
export function monthlyHistory(context: ReportContext): number[] {
  const times: number[] = [];
  for (const ticket of context.tickets) if (ticket.created < context.end) times.push(ticket.created);
  if (times.length === 0) return [];
  const table = ticketVolume(times, "month", context.timeZone);
  return table.totals;
}

/** The month after "YYYY-MM". */
function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** Arrivals per weekday and hour over the last weeks before the month's end. */
export function slotArrivals(context: ReportContext): SlotArrivals {
  let first = Number.POSITIVE_INFINITY;
  for (const ticket of context.tickets) if (ticket.created < first) first = ticket.created;
  const span = Math.ceil((context.end - first) / WEEK_MS);
  const weeks = Math.max(1, Math.min(RECENT_WEEKS, Number.isFinite(span) ? span : 1));
  const from = context.end - weeks * WEEK_MS;
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const ticket of context.tickets) {
    const c = ticket.created;
    if (!(c >= from && c < context.end)) continue;
    const parts = zonedParts(c, context.timeZone);
    counts[parts.weekday][parts.hour]++;
  }
  return { perWeek: counts.map((row) => row.map((n) => n / weeks)), weeks };
}

function hourLabel(hour: number): string {
  const two = (h: number) => String(h % 24).padStart(2, "0");
  return `${two(hour)}:00–${two(hour + 1)}:00`;
}

/** Next month's ticket volume as forecast from the log's monthly history (see the module comment). */
export interface NextMonth {
  /** "YYYY-MM" */
  month: string;
  /** Months of history, from the log's first month to the report's. */
  months: number;
  /** 12 when a yearly season was fitted (13 months or more), else 1. */
  seasonLength: number;
  /** null with fewer than two months of history. */
  forecast: VolumeForecast | null;
}

/** Made once per build, so the staffing block and the summary's finding give the same figure. */
export function forecastNextMonth(context: ReportContext): NextMonth {
  const history = monthlyHistory(context);
  const seasonLength = history.length > YEAR ? YEAR : 1;
  const forecast = history.length >= 2 ? forecastVolume(history, 1, seasonLength, "auto") : null;
  return { month: nextMonth(context.month), months: history.length, seasonLength, forecast };
}

/** The log's own mean handle time for the report's month, and over how many contacts. */
export interface LogHandleTime {
  seconds: number;
  contacts: number;
}

/**
 * Writes the block below what the grid holds; returns notes for the user. When the log has talk or
 * handle times (`logHandle`), their mean is the handle time, rather than the targets', and the note says so.
 */
export function addStaffingSection(
  grid: Grid,
  context: ReportContext,
  staffing: StaffingTargets,
  next: NextMonth = forecastNextMonth(context),
  logHandle: LogHandleTime | null = null,
): string[] {
  const say = sayIn(context.locale);
  const targets = logHandle ? { ...staffing, handleSeconds: logHandle.seconds } : staffing;
  const notes: string[] = [];
  let row = grid.nextRow === 1 ? 1 : grid.nextRow + 1;
  grid.band(row++, SECTION_WIDTH, say("report.staffing.title"), SECTION_STYLE);
  // The forecast's and the busiest hour's labels name a month or a slot: wrap, never cut.
  grid.wraps.push({ row, column: 1, numRows: 2, numColumns: 1 });

  const { forecast, seasonLength, months } = next;
  // A contact-centre log forecasts calls or chats, not tickets.
  const contacts = context.layout === "contacts";
  // Named as the report's title names its month ("december 2026"), not as a key.
  grid.set(
    row,
    1,
    say(contacts ? "report.staffing.forecastContacts" : "report.staffing.forecast", {
      month: monthName(next.month, context.locale),
    }),
    LABEL_STYLE,
  );
  if (forecast) {
    const [point] = forecast.points;
    grid.set(row, 2, Math.round(point.forecast), { numberFormat: UNIT_FORMAT.count, bold: true });
    grid.set(row, 3, say("report.staffing.interval"), NOTE_STYLE);
    grid.set(row, 4, Math.round(point.low), { numberFormat: UNIT_FORMAT.count });
    grid.set(row, 5, Math.round(point.high), { numberFormat: UNIT_FORMAT.count });
    const method = say(`report.staffing.method.${forecast.method}`);
    const how = say(seasonLength === YEAR ? "report.staffing.how" : "report.staffing.howNoSeason", {
      method,
      months,
    });
    grid.set(row, 6, how, NOTE_STYLE);
  } else {
    const text = say("report.staffing.noForecast", { months });
    grid.set(row, 2, text, NOTE_STYLE);
    notes.push(text);
  }
  row++;

  const { perWeek, weeks } = slotArrivals(context);
  const agents = perWeek.map((hours) =>
    hours.map((contacts) => {
      const staffing = agentsNeeded(
        { contacts, intervalMinutes: 60, handleSeconds: targets.handleSeconds },
        {
          targetServiceLevel: targets.serviceLevel,
          answerWithinSeconds: targets.answerWithinSeconds,
          maxOccupancy: targets.maxOccupancy,
          shrinkage: targets.shrinkage,
        },
      );
      return targets.shrinkage > 0 ? staffing.rostered : staffing.agents;
    }),
  );
  let busiest = { weekday: 0, hour: 0, contacts: -1 };
  perWeek.forEach((hours, weekday) => {
    hours.forEach((contacts, hour) => {
      if (contacts > busiest.contacts) busiest = { weekday, hour, contacts };
    });
  });
  const names = weekdayNames(context.locale);
  grid.set(
    row,
    1,
    say(contacts ? "report.staffing.busiestContacts" : "report.staffing.busiest"),
    LABEL_STYLE,
  );
  grid.set(row, 2, Math.round(busiest.contacts * 10) / 10, { numberFormat: "0.0", bold: true });
  grid.set(row, 3, `${names[busiest.weekday]} ${hourLabel(busiest.hour)}`);
  row++;
  grid.set(
    row++,
    1,
    say("report.staffing.note", {
      weeks,
      handle: Math.round((targets.handleSeconds / 60) * 10) / 10,
      level: Math.round(targets.serviceLevel * 1000) / 10,
      within: targets.answerWithinSeconds,
      occupancy: Math.round(targets.maxOccupancy * 1000) / 10,
    }),
    NOTE_STYLE,
  );
  if (targets.shrinkage > 0) {
    const shrinkage = Math.round(targets.shrinkage * 1000) / 10;
    grid.set(row++, 1, say("report.staffing.shrinkage", { shrinkage }), NOTE_STYLE);
  }
  if (logHandle) {
    const text = say("report.staffing.handleFromLog", {
      handle: Math.round((logHandle.seconds / 60) * 10) / 10,
      count: logHandle.contacts,
      month: monthName(context.month, context.locale),
    });
    grid.set(row++, 1, text, NOTE_STYLE);
  }

  // Hours down, weekdays across: the report's columns 2–8.
  grid.set(row, 1, say("report.staffing.hour"), HEADER_STYLE);
  names.forEach((name, i) => {
    grid.set(row, 2 + i, name, HEADER_STYLE);
  });
  const first = row + 1;
  for (let hour = 0; hour < 24; hour++) {
    grid.set(first + hour, 1, hourLabel(hour), LABEL_STYLE);
    for (let weekday = 0; weekday < 7; weekday++) {
      grid.set(first + hour, 2 + weekday, agents[weekday][hour], { numberFormat: UNIT_FORMAT.count });
    }
  }
  grid.conditionalRules.push({ area: { row: first, column: 2, numRows: 24, numColumns: 7 }, scale: HEAT });
  return notes;
}
