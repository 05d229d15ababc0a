/**
 * The sidebar's form drawn from its model: the month and the targets first, staffing folded, then
 * the ticket log with its detected columns folded into one line that opens the full mapping, then
 * hours and the other tabs. Drawing only: the actions live in sidebar.ts.
 */
import { LANGUAGE_TAGS } from "../i18n/locale";
import { monthName } from "../i18n/month-name";
import { currentLocale, type SidebarKey, t } from "../i18n/sidebar-messages";
import { CONTACT_FIELDS, MEANINGS, type Meaning, type TicketField } from "../input/ticket";
import { DEFAULT_STAFFING, MAX_SCHEDULE } from "../report/settings";
import { staffingInUnit } from "../report/settings-rules";
import type { DetectedLog, SidebarState } from "../server/api";
import {
  FIELD_LABEL,
  type FormValues,
  headerChoices,
  MAX_ACTIVITIES,
  parseNumber,
  STAFFING,
  sourceTabs,
  TARGETS,
  UNIT_LABEL,
} from "./form";
import { newestFirst } from "./months";
import { field, group, list, notice, numberBox, section, spinnerLine } from "./parts";
import { type Child, type Choice, h, select } from "./view";

export interface Model {
  state: SidebarState;
  log: DetectedLog | null;
  values: FormValues;
  /** "YYYY-MM" now in the spreadsheet's time zone, to tell full months from the running one. */
  currentMonth: string;
  detecting: boolean;
  /** The folding groups the user opened (by id: "columns", "activities", "staffing"). */
  open: Record<string, boolean>;
  /** The mapping each tab was given in this sidebar, so switching tabs and back keeps it. */
  mappings: Record<string, FormValues["columns"]>;
  /** The months being asked for again after a column change; Build waits for them. */
  refreshing: Promise<void> | null;
  /** Counts the re-asks, so an answer overtaken by a later change is dropped. */
  asked: number;
}

function tabChoices(m: Model, none: SidebarKey): Choice[] {
  const tabs = sourceTabs(m.state).map((name) => ({ value: name, label: name }));
  return [{ value: "", label: t(none) }, ...tabs];
}

/** Fields named in the columns' summary line before "…". */
const SUMMARY_FIELDS = 3;
const SUMMARY_FIRST: readonly TicketField[] = ["created", "firstResponse", "resolved"];

/** "Columns detected: Created, First response, Resolved, …": what the mapping holds now. */
function columnsSummary(m: Model): string {
  // The times first: they decide the months and most KPIs.
  const order = [...SUMMARY_FIRST, ...m.state.fields.filter((f) => !SUMMARY_FIRST.includes(f))];
  const labels = order.filter((f) => m.values.columns[f]).map((f) => t(FIELD_LABEL[f]));
  const separator = t("sidebar.columns.separator");
  const shown = labels.slice(0, SUMMARY_FIELDS).join(separator);
  const fields =
    labels.length === 0
      ? t("sidebar.columns.none")
      : labels.length > SUMMARY_FIELDS
        ? `${shown}${separator}…`
        : shown;
  return t("sidebar.columns.summary", { fields });
}

const LAYOUT_LABEL: Record<DetectedLog["layout"], SidebarKey> = {
  tickets: "sidebar.log.layout.tickets",
  events: "sidebar.log.layout.events",
  contacts: "sidebar.log.layout.contacts",
};

function logSection(m: Model): HTMLElement {
  const tab = select("log-tab", tabChoices(m, "sidebar.log.choose"), m.values.ticketSheet);
  const parts: Child[] = [field("log-tab", t("sidebar.log.tab"), tab)];
  if (m.detecting) parts.push(spinnerLine(t("sidebar.log.detecting")));
  else if (!m.log) {
    parts.push(notice("info", t("sidebar.noLog.title"), h("p", {}, t("sidebar.noLog.help"))));
  } else {
    const log = m.log;
    const layout = LAYOUT_LABEL[log.layout];
    parts.push(
      h(
        "div",
        { class: "meta", id: "log-meta" },
        h("p", {}, t(layout)),
        h("p", {}, t("sidebar.log.rows", { rows: log.rows })),
      ),
    );
    if (log.warnings.length > 0) {
      parts.push(notice("warning", t("sidebar.log.warnings"), list(log.warnings, "notice-list")));
    }
    for (const hint of log.dateText ?? []) {
      const text = t("sidebar.columns.dateText", {
        header: hint.header,
        field: t(FIELD_LABEL[hint.field]),
        example: hint.example,
      });
      parts.push(h("div", { class: "notice notice-warning date-text" }, h("p", {}, text)));
    }
    parts.push(columnsGroup(m, log));
    const activities = log.layout === "events" ? (log.activities ?? []) : [];
    if (activities.length > 0) parts.push(activitiesGroup(m, activities));
  }
  return section("sidebar.section.log", ...parts);
}

function columnsGroup(m: Model, log: DetectedLog): HTMLElement {
  const headers: Choice[] = headerChoices(log.headers).map((header) => ({ value: header, label: header }));
  const choices = [{ value: "", label: t("sidebar.column.notMapped") }, ...headers];
  // A call log's fields (answered, speed of answer, …) only where they can apply or are mapped.
  const shown = m.state.fields.filter(
    (f) => log.layout === "contacts" || !CONTACT_FIELDS.includes(f) || (m.values.columns[f] ?? "") !== "",
  );
  const fields = shown.map((f) => {
    const id = `column-${f}`;
    const mapped = m.values.columns[f] ?? "";
    const control = select(id, choices, mapped, { class: mapped ? null : "unmapped" });
    const label = t(FIELD_LABEL[f]);
    return field(id, f === "created" ? t("sidebar.column.required", { field: label }) : label, control);
  });
  return group(
    "columns",
    m.open.columns === true,
    [
      h("span", { id: "columns-summary" }, columnsSummary(m)),
      " ",
      h("span", { class: "group-edit" }, t("sidebar.columns.edit")),
    ],
    h("p", { class: "help section-help" }, t("sidebar.columns.help")),
    ...fields,
  );
}

const MEANING_LABEL: Record<Meaning, SidebarKey> = {
  created: "sidebar.meaning.created",
  assigned: "sidebar.meaning.assigned",
  response: "sidebar.meaning.response",
  waiting: "sidebar.meaning.waiting",
  resolved: "sidebar.meaning.resolved",
  reopened: "sidebar.meaning.reopened",
  closed: "sidebar.meaning.closed",
  other: "sidebar.meaning.other",
};

/** Event logs: each activity with its number of events and a select of what it means. */
function activitiesGroup(m: Model, activities: NonNullable<DetectedLog["activities"]>): HTMLElement {
  const choices = MEANINGS.map((meaning) => ({ value: meaning, label: t(MEANING_LABEL[meaning]) }));
  const fields = activities.slice(0, MAX_ACTIVITIES).map(({ activity, meaning, events }, i) => {
    const id = `meaning-${i}`;
    const control = select(id, choices, m.values.meanings?.[activity] ?? meaning);
    return field(id, t("sidebar.activity.label", { activity: activity || "—", events }), control);
  });
  const more = activities.length - MAX_ACTIVITIES;
  return group(
    "activities",
    m.open.activities === true,
    [
      // How many activities the mapping gives a meaning to, in the language's digits.
      h(
        "span",
        {},
        `${t("sidebar.section.activities")} (${activities.length.toLocaleString(LANGUAGE_TAGS[currentLocale()])})`,
      ),
      " ",
      h("span", { class: "group-edit" }, t("sidebar.columns.edit")),
    ],
    h("p", { class: "help section-help" }, t("sidebar.activities.help")),
    ...fields,
    ...(more > 0 ? [h("p", { class: "help" }, t("sidebar.activities.more", { count: more }))] : []),
  );
}

/** The month as the spreadsheet's language names it ("oktober 2026", "2026年10月"). */
export function named(month: string): string {
  return monthName(month, currentLocale());
}

function reportSection(m: Model, log: DetectedLog): HTMLElement {
  const months = newestFirst(log.months).map((month) => ({
    value: month,
    label: month === m.currentMonth ? t("sidebar.month.inProgress", { month: named(month) }) : named(month),
  }));
  const month = select("month", months, m.values.month, { disabled: months.length === 0 });
  // No months: say why (no Created column, or one without dates), next to the empty list.
  const why =
    m.refreshing || months.length > 0
      ? undefined
      : t(m.values.columns.created ? "sidebar.invalid.noMonth" : "sidebar.invalid.created");
  // No section title: the month is the sidebar's first question, and the first screen is short.
  return h(
    "section",
    { class: "section" },
    field("month", t("sidebar.month"), month, why),
    m.refreshing ? spinnerLine(t("sidebar.month.finding")) : null,
  );
}

function targetsSection(m: Model): HTMLElement {
  const boxes = TARGETS.map((spec) => {
    const id = `target-${spec.id}`;
    return field(id, t(spec.label), numberBox(id, m.values.targets[spec.id] ?? "", t(UNIT_LABEL[spec.unit])));
  });
  return section(
    "sidebar.section.targets",
    h("p", { class: "help section-help" }, t("sidebar.targets.help")),
    h("div", { class: "grid" }, ...boxes),
  );
}

/** "6 min per ticket, 80 % answered within 60 s": the staffing aims as typed, blanks as their defaults. */
export function staffingSummary(m: Model): string {
  const value = (spec: (typeof STAFFING)[number]): number | string => {
    const text = m.values.staffing?.[spec.id] ?? "";
    const n = parseNumber(text, spec.unit);
    if (n === null) return staffingInUnit(DEFAULT_STAFFING[spec.id], spec.unit);
    return Number.isNaN(n) ? text.trim() : n;
  };
  const [handle, level, within] = ["handleMinutes", "serviceLevel", "answerWithinSeconds"].map((id) =>
    value(STAFFING.find((spec) => spec.id === id) ?? STAFFING[0]),
  );
  return t("sidebar.staffing.summary", { handle, level, within });
}

/** The staffing aims of the report's Next month block, folded: most teams keep the defaults. */
function staffingSection(m: Model): HTMLElement {
  const boxes = STAFFING.map((spec) => {
    const id = `staffing-${spec.id}`;
    return field(
      id,
      t(spec.label),
      numberBox(id, m.values.staffing?.[spec.id] ?? "", t(UNIT_LABEL[spec.unit])),
    );
  });
  return h(
    "section",
    { class: "section" },
    group(
      "staffing",
      m.open.staffing === true,
      [
        h("span", { class: "group-title" }, t("sidebar.section.staffing")),
        h("span", { class: "group-detail", id: "staffing-summary" }, staffingSummary(m)),
      ],
      h("p", { class: "help section-help" }, t("sidebar.staffing.help")),
      h("div", { class: "grid" }, ...boxes),
    ),
  );
}

function hoursSection(m: Model): HTMLElement {
  const schedule = h("input", {
    id: "schedule",
    name: "schedule",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: String(MAX_SCHEDULE),
    placeholder: t("sidebar.schedule.placeholder"),
  });
  schedule.value = m.values.schedule;
  const average = select(
    "average",
    [
      { value: "median", label: t("sidebar.average.median") },
      { value: "mean", label: t("sidebar.average.mean") },
    ],
    m.values.average,
  );
  return section(
    "sidebar.section.hours",
    field("average", t("sidebar.average"), average),
    field("schedule", t("sidebar.schedule"), schedule, t("sidebar.schedule.help")),
    field(
      "sla-hours",
      t("sidebar.slaHours"),
      numberBox("sla-hours", m.values.slaHours, t("sidebar.unit.hours")),
      t("sidebar.slaHours.help"),
    ),
  );
}

function tabsSection(m: Model): HTMLElement {
  return section(
    "sidebar.section.tabs",
    field(
      "survey-tab",
      t("sidebar.survey"),
      select("survey-tab", tabChoices(m, "sidebar.tab.none"), m.values.surveySheet),
    ),
    field(
      "customers-tab",
      t("sidebar.customers"),
      select("customers-tab", tabChoices(m, "sidebar.tab.none"), m.values.customersSheet),
    ),
  );
}

/** Everything the form shows for the model, top to bottom. */
export function formParts(m: Model): Child[] {
  const parts: Child[] = [logSection(m)];
  if (!m.log || m.detecting) return parts;
  // What a head of support sets each month comes first; the data's plumbing below it.
  return [
    reportSection(m, m.log),
    targetsSection(m),
    staffingSection(m),
    ...parts,
    hoursSection(m),
    tabsSection(m),
    // Sticky: the form is long, and the one thing to do is always in reach.
    h(
      "div",
      { class: "actions actions-bar" },
      h("button", { type: "submit", class: "action", id: "build" }, t("sidebar.build")),
    ),
  ];
}
