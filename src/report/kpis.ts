/**
 * Every KPI of the tracker (KPIS) for each of the report's 12 months: value, n, 95% interval where
 * it applies, and, when a KPI's inputs are missing, why (never a 0 standing in for missing data).
 *
 * Conventions are the definitions tab's (definitions.ts): a ticket belongs to the month of its
 * created time (FRT: tickets created in the month that have a first response) or of its resolved
 * time (resolution time, SLA, FCR, CSAT on tickets); the backlog at a month's end is month-slots.ts's;
 * cost per ticket divides by tickets created; ratings are read by rating-scale.ts's rule. The survey
 * and customers tabs' KPIs are kpis-tabs.ts's.
 *
 * Speed: the tickets' months come from the build's MonthTally (one binary search per time); one
 * pass counts what each month holds, a second fills typed arrays of elapsed times, measuring
 * business hours only for tickets in the 12 months that need them.
 */
import type { MessageKey } from "../i18n/messages";
import type { CustomerData } from "../input/customers-tab";
import type { SurveyData } from "../input/survey-tab";
import { ticketMonthTime } from "../input/ticket-log";
import { ContactTally } from "../metrics/contacts";
import { csatStatsFromHistogram } from "../metrics/csat";
import { summarizeElapsed } from "../metrics/durations";
import { slaCounts } from "../metrics/sla";
import { monthKeyOf, zoneClock } from "../metrics/zoned-time";
import {
  highestRating,
  histograms,
  type KpiMonth,
  type KpiSeries,
  MONTHS,
  noData,
  total,
  value,
} from "./kpi-series";
import { CONTACT_ONLY_KPIS, CREATED_KPIS, KPIS, type KpiInfo, TICKET_ONLY_KPIS } from "./kpis-catalog";
import { customerKpis, surveyNps, surveyRate } from "./kpis-tabs";
import { type MonthTally, NEVER, slotOf, tallyMonths } from "./month-slots";
import { type RatingScale, ratingScale } from "./rating-scale";
import { durationMeasure, type ReportContext, sayIn } from "./report-context";
import type { KpiId } from "./settings";

export type { KpiMonth, KpiSeries } from "./kpi-series";

export interface KpiResult {
  kpis: Record<KpiId, KpiSeries>;
  /**
   * The KPIs this log can have, in KPIS order: what the summary, the details and the tracker show.
   * The rest are simply absent (a call log has no backlog; a ticket log no answer rate).
   */
  shown: KpiInfo[];
  /** One line per group of KPIs left out because the log lacks what they need (no created times). */
  absent: string[];
  /** True when durations are in business hours. */
  businessHours: boolean;
  /** The scale of the ticket log's CSAT ratings (1–5 when it has none): the agents section's too. */
  ticketCsatScale: RatingScale;
  /** Messages for the user (an unusable schedule, ratings left out). */
  notes: string[];
}

export interface KpiSources {
  survey: SurveyData | null;
  customers: CustomerData | null;
}

/**
 * Computes every KPI for the 12 months of `context` (see the module comment). `tally` is the
 * build's MonthTally of the same context, made here when not given.
 */
export function computeKpis(
  context: ReportContext,
  sources: KpiSources,
  tally: MonthTally = tallyMonths(context),
): KpiResult {
  const { locale, settings, tickets } = context;
  const months = context.months;
  const {
    bounds,
    createdSlot,
    resolvedSlot,
    created,
    resolved,
    backlog,
    closedWithoutTime,
    backlogKnown,
    anyCreated,
  } = tally;
  const notes: string[] = [];
  const say = sayIn(locale);

  // How durations are measured.
  const timing = durationMeasure(context);
  const { measure } = timing;
  if (timing.problem) notes.push(timing.problem);
  const hours = timing.schedule
    ? say("report.hours.business", { schedule: timing.schedule })
    : say("report.hours.calendar");

  // Pass 1: what each month holds beyond the tally's counts.
  const n = tickets.length;
  const frtCount = new Float64Array(MONTHS);
  const resCount = new Float64Array(MONTHS);
  const fcrWithin = new Float64Array(MONTHS);
  const fcrKnown = new Float64Array(MONTHS);
  const ticketCsat = histograms();
  let badRatings = 0;
  /** Ratings placed in their ticket's month of creation, for want of a resolved time. */
  let ratedByCreation = 0;
  let ratedByDate = 0;
  /** The log's first time that places a ticket in a month (ticketMonthTime). */
  let firstCreated = Number.POSITIVE_INFINITY;
  let anyFirstResponse = false;
  let anyResolved = false;
  let anyContacts = false;
  let anyCsat = false;
  // Contact-centre fields, per month of arrival (metrics/contacts.ts).
  const contactMonths = Array.from({ length: MONTHS }, () => new ContactTally());
  const has = {
    answered: false,
    speedOfAnswer: false,
    handleTime: false,
    solved: false,
    reopens: false,
    waitTime: false,
    onHoldTime: false,
    responses: false,
  };
  // Per month of resolution: reopened and replies of resolved tickets, requester wait and on-hold times.
  const reopenKnown = new Float64Array(MONTHS);
  const reopened = new Float64Array(MONTHS);
  const repliesSum = new Float64Array(MONTHS);
  const waits = Array.from({ length: MONTHS }, (): number[] => []);
  const holds = Array.from({ length: MONTHS }, (): number[] => []);
  // Per month of the reply: every reply's wait (event logs), measured as FRT is.
  const replyWaits = Array.from({ length: MONTHS }, (): number[] => []);
  for (let i = 0; i < n; i++) {
    const ticket = tickets[i];
    const c = ticket.created;
    const fr = ticket.firstResponse;
    const r = ticket.resolved;
    const dated = ticketMonthTime(ticket);
    if (dated < firstCreated) firstCreated = dated;
    if (!Number.isNaN(fr)) anyFirstResponse = true;
    if (!Number.isNaN(r)) anyResolved = true;
    const cs = createdSlot[i];
    const rs = resolvedSlot[i];
    if (cs >= 0 && cs < MONTHS && fr >= c) frtCount[cs]++;
    if (ticket.answered !== undefined) has.answered = true;
    if (ticket.speedOfAnswer !== undefined) has.speedOfAnswer = true;
    if (ticket.handleTime !== undefined) has.handleTime = true;
    if (ticket.solved !== undefined) has.solved = true;
    if (cs >= 0 && cs < MONTHS) contactMonths[cs].add(ticket);
    const contacts = ticket.contacts;
    if (!Number.isNaN(contacts)) anyContacts = true;
    const rating = ticket.csat;
    if (!Number.isNaN(rating)) {
      anyCsat = true;
      // A rating belongs to the month of resolution; without a resolved time, to the month it was
      // given (a rating-date column), else of creation (or of the first response, without created times).
      const ratedAt = ticket.csatAt ?? Number.NaN;
      const byCreation = Number.isNaN(r) && Number.isNaN(ratedAt);
      const slot = !Number.isNaN(r)
        ? rs
        : !Number.isNaN(ratedAt)
          ? slotOf(ratedAt, bounds)
          : !Number.isNaN(c)
            ? cs
            : slotOf(fr, bounds);
      if (slot >= 0 && slot < MONTHS) {
        if (byCreation) ratedByCreation++;
        else if (Number.isNaN(r)) ratedByDate++;
        if (Number.isInteger(rating) && rating >= 1 && rating <= 10) ticketCsat[slot][rating]++;
        else badRatings++;
      }
    }
    if (rs >= 0 && rs < MONTHS) {
      if (r >= c) resCount[rs]++;
      if (!Number.isNaN(contacts)) {
        fcrKnown[rs]++;
        repliesSum[rs] += contacts;
        if (contacts <= 1) fcrWithin[rs]++;
      }
      const reopens = ticket.reopens;
      if (reopens !== undefined && !Number.isNaN(reopens)) {
        reopenKnown[rs]++;
        if (reopens > 0) reopened[rs]++;
      }
      if (ticket.waitTime >= 0) waits[rs].push(ticket.waitTime);
      if (ticket.onHoldTime >= 0) holds[rs].push(ticket.onHoldTime);
    }
    if (ticket.reopens !== undefined && !Number.isNaN(ticket.reopens)) has.reopens = true;
    if (!Number.isNaN(ticket.waitTime)) has.waitTime = true;
    if (!Number.isNaN(ticket.onHoldTime)) has.onHoldTime = true;
    const replies = ticket.responses;
    if (replies && replies.length > 0) {
      has.responses = true;
      for (let p = 0; p + 1 < replies.length; p += 2) {
        const slot = slotOf(replies[p + 1], bounds);
        if (slot >= 0 && slot < MONTHS) replyWaits[slot].push(measure.between(replies[p], replies[p + 1]));
      }
    }
  }

  // Pass 2: elapsed times of the tickets each duration KPI measures.
  const frt = Array.from(frtCount, (k) => new Float64Array(k));
  const res = Array.from(resCount, (k) => new Float64Array(k));
  const frtFill = new Int32Array(MONTHS);
  const resFill = new Int32Array(MONTHS);
  for (let i = 0; i < n; i++) {
    const cs = createdSlot[i];
    const rs = resolvedSlot[i];
    const inCreated = cs >= 0 && cs < MONTHS;
    const inResolved = rs >= 0 && rs < MONTHS;
    if (!inCreated && !inResolved) continue;
    const ticket = tickets[i];
    const c = ticket.created;
    if (inCreated && ticket.firstResponse >= c)
      frt[cs][frtFill[cs]++] = measure.between(c, ticket.firstResponse);
    if (inResolved && ticket.resolved >= c) res[rs][resFill[rs]++] = measure.between(c, ticket.resolved);
  }

  const dated = firstCreated < Number.POSITIVE_INFINITY;
  const firstMonthOfLog = dated ? slotOf(firstCreated, bounds) : NEVER;
  const firstKey = dated ? monthKeyOf(firstCreated, context.timeZone) : "";
  /** A month before the log's first ticket has no data at all. */
  const beforeLog = (k: number): string | null => {
    if (n === 0) return say("report.noData.noTickets", { month: months[k] });
    return firstMonthOfLog > k ? say("report.noData.beforeLog", { first: firstKey, month: months[k] }) : null;
  };
  const series = (id: KpiId, note: string, compute: (k: number) => KpiMonth): KpiSeries => ({
    id,
    note,
    months: Array.from({ length: MONTHS }, (_, k) => {
      const before = beforeLog(k);
      return before ? noData(before) : compute(k);
    }),
  });

  const duration = (
    id: KpiId,
    arrays: Float64Array[],
    stat: "median" | "mean" | "max",
    noColumn: string | null,
    empty: (k: number) => string,
    note: string,
  ) =>
    series(id, note, (k) => {
      if (noColumn) return noData(noColumn);
      const a = arrays[k];
      return a.length === 0 ? noData(empty(k)) : value(summarizeElapsed(a, stat, "hours"), a.length);
    });

  const noFirstResponse = anyFirstResponse ? null : say("report.noData.noFirstResponse");
  const noResolved = anyResolved ? null : say("report.noData.noResolved");
  const frtEmpty = (k: number) => say("report.noData.frtMonth", { month: months[k] });
  const resEmpty = (k: number) => say("report.noData.resolvedMonth", { month: months[k] });
  const frtNote = say("report.note.frt", { hours });
  const resNote = say("report.note.resolution", { hours });

  const backlogNote =
    say("report.note.backlog", { end: endText(context) }) +
    (closedWithoutTime > 0 ? say("report.note.backlogClosedStatus", { count: closedWithoutTime }) : "");
  // A first response or resolution over a year in the report's month suggests the wrong Created column.
  const YEAR_MS = 365 * 24 * 3_600_000;
  for (const [id, arrays] of [
    ["frtMedian", frt],
    ["resolutionMedian", res],
  ] as const) {
    let longest = 0;
    for (const ms of arrays[MONTHS - 1]) if (ms > longest) longest = ms;
    if (longest > YEAR_MS && !timing.schedule) {
      notes.push(
        say("report.note.implausible", {
          kpi: say(`kpi.${id}`),
          month: months[MONTHS - 1],
          days: Math.floor(longest / 86_400_000),
        }),
      );
    }
  }
  const kpis = {} as Record<KpiId, KpiSeries>;
  const add = (s: KpiSeries) => {
    kpis[s.id] = s;
  };
  add(series("created", say("report.note.created", { zone: context.timeZone }), (k) => value(created[k])));
  add(
    series("resolved", say("report.note.resolved"), (k) =>
      noResolved ? noData(noResolved) : value(resolved[k]),
    ),
  );
  // Statuses alone say which tickets are open (month-slots.ts): the volume section shows the same.
  const noBacklog = backlogKnown ? null : (noResolved ?? say("report.noData.noResolved"));
  add(series("backlog", backlogNote, (k) => (noBacklog ? noData(noBacklog) : value(backlog[k]))));
  add(duration("frtMedian", frt, "median", noFirstResponse, frtEmpty, frtNote));
  add(duration("frtMean", frt, "mean", noFirstResponse, frtEmpty, frtNote));
  add(duration("resolutionMedian", res, "median", noResolved, resEmpty, resNote));
  add(duration("resolutionMean", res, "mean", noResolved, resEmpty, resNote));
  add(duration("resolutionLongest", res, "max", noResolved, resEmpty, resNote));
  add(
    series("fcr", say("report.note.fcr"), (k) => {
      if (!anyContacts) return noData(say("report.noData.noContacts"));
      if (noResolved) return noData(noResolved);
      return fcrKnown[k] === 0
        ? noData(say("report.noData.fcrMonth", { month: months[k] }))
        : value(fcrWithin[k] / fcrKnown[k], fcrKnown[k]);
    }),
  );
  add(
    series("sla", say("report.note.sla", { target: settings.slaHours, hours }), (k) => {
      if (noResolved) return noData(noResolved);
      const a = res[k];
      if (a.length === 0) return noData(resEmpty(k));
      const { met, total } = slaCounts(a, settings.slaHours);
      return value(met / total, total);
    }),
  );

  // CSAT: ratings on tickets when the log has them, else the survey's CSAT column.
  const ticketCsatScale = ratingScale(highestRating(ticketCsat));
  if (anyCsat) {
    const { max: scale, satisfiedMin: min } = ticketCsatScale;
    if (badRatings > 0) notes.push(say("report.note.badRatings", { count: badRatings, scale }));
    add(
      series(
        "csat",
        say("report.note.csatTickets", { scale, min }) +
          (ratedByDate > 0 ? say("report.note.csatRatedRule", { count: ratedByDate }) : "") +
          (ratedByCreation > 0 ? say("report.note.csatCreatedRule", { count: ratedByCreation }) : ""),
        (k) => {
          // The scale holds the highest rating, so nothing is cut off.
          const counts = ticketCsat[k].subarray(0, scale + 1);
          if (total(counts) === 0) return noData(say("report.noData.csatMonth", { month: months[k] }));
          const s = csatStatsFromHistogram(counts, scale, min);
          return value(s.csat, s.responses, s.low, s.high);
        },
      ),
    );
  } else {
    kpis.csat = surveyRate("csat", context, bounds, sources.survey, say("report.noData.noCsat"));
  }
  kpis.nps = surveyNps(context, bounds, sources.survey);
  kpis.ces = surveyRate("ces", context, bounds, sources.survey, null);

  for (const s of customerKpis(context, sources.customers, created, beforeLog)) add(s);

  // Contact-centre KPIs, over the contacts that arrived in each month.
  const contactStats = contactMonths.map((tally) => tally.stats());
  const contactKpi = (
    id: KpiId,
    column: boolean,
    missing: MessageKey,
    pick: (s: (typeof contactStats)[number]) => [value: number, n: number],
  ) =>
    add(
      series(id, say(`report.note.${id}` as MessageKey), (k) => {
        if (!column) return noData(say(missing));
        const [v, count] = pick(contactStats[k]);
        return Number.isNaN(v)
          ? noData(say("report.noData.contactsMonth", { month: months[k] }))
          : value(v, count);
      }),
    );
  contactKpi("answerRate", has.answered, "report.noData.noAnswered", (s) => [s.answerRate, s.offered]);
  contactKpi("abandonRate", has.answered, "report.noData.noAnswered", (s) => [s.abandonRate, s.offered]);
  contactKpi("asa", has.speedOfAnswer, "report.noData.noSpeedOfAnswer", (s) => [
    s.speedOfAnswer / 1000,
    s.speedOfAnswerN,
  ]);
  contactKpi("aht", has.handleTime, "report.noData.noHandleTime", (s) => [
    s.handleTime / 1000,
    s.handleTimeN,
  ]);
  contactKpi("contactResolution", has.solved, "report.noData.noResolvedFlag", (s) => [
    s.resolutionRate,
    s.resolutionN,
  ]);
  // What exports and event logs carry beyond timestamps.
  const resolvedIn = (k: number) => say("report.noData.resolvedMonth", { month: months[k] });
  add(
    series("reopenRate", say("report.note.reopenRate"), (k) => {
      if (!has.reopens) return noData(say("report.noData.noReopens"));
      return reopenKnown[k] === 0
        ? noData(resolvedIn(k))
        : value(reopened[k] / reopenKnown[k], reopenKnown[k]);
    }),
  );
  add(
    series("repliesPerResolved", say("report.note.repliesPerResolved"), (k) => {
      if (!anyContacts) return noData(say("report.noData.noContacts"));
      return fcrKnown[k] === 0 ? noData(resolvedIn(k)) : value(repliesSum[k] / fcrKnown[k], fcrKnown[k]);
    }),
  );
  const given = (id: KpiId, column: boolean, missing: MessageKey, lists: number[][]) =>
    add(
      series(id, say(`report.note.${id}` as MessageKey), (k) => {
        if (!column) return noData(say(missing));
        const list = lists[k];
        return list.length === 0
          ? noData(resolvedIn(k))
          : value(summarizeElapsed(list, "median", "hours"), list.length);
      }),
    );
  given("waitTime", has.waitTime, "report.noData.noWaitTime", waits);
  given("onHoldTime", has.onHoldTime, "report.noData.noOnHoldTime", holds);
  add(
    series("responseMean", say("report.note.responseMean", { hours }), (k) => {
      if (!has.responses) return noData(say("report.noData.noResponses"));
      const list = replyWaits[k];
      return list.length === 0
        ? noData(say("report.noData.responsesMonth", { month: months[k] }))
        : value(summarizeElapsed(list, "mean", "hours"), list.length);
    }),
  );
  // Shown only when the log has them (a ticket log without such columns has no row for them).
  const carried: Partial<Record<KpiId, boolean>> = {
    reopenRate: has.reopens,
    repliesPerResolved: anyContacts,
    waitTime: has.waitTime,
    onHoldTime: has.onHoldTime,
    responseMean: has.responses,
  };

  if (context.layout === "contacts")
    kpis.created.note = say("report.note.contactsReceived", { zone: context.timeZone });

  const contacts = context.layout === "contacts";
  const shown = KPIS.filter(
    (kpi) =>
      (contacts
        ? !TICKET_ONLY_KPIS.has(kpi.id)
        : !CONTACT_ONLY_KPIS.has(kpi.id) && (kpi.id !== "aht" || has.handleTime)) &&
      carried[kpi.id] !== false &&
      (anyCreated || n === 0 || !CREATED_KPIS.has(kpi.id)),
  );
  // What a log without created times leaves out, in one line (summary.ts shows it with the missing).
  const absent =
    anyCreated || n === 0
      ? []
      : [
          say("report.missing.noCreated", {
            kpis: KPIS.filter((k) => CREATED_KPIS.has(k.id)).map((k) => say(k.name)),
          }),
        ];
  return { kpis, shown, absent, businessHours: timing.schedule !== null, ticketCsatScale, notes };
}

/** "2026-11-01 00:00": the instant the report's month ends, as the spreadsheet's clock reads it. */
function endText(context: ReportContext): string {
  const local = zoneClock(context.timeZone).toLocal(context.end);
  return new Date(local).toISOString().slice(0, 16).replace("T", " ");
}
