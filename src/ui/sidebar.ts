/**
 * The sidebar: the month and the targets first, then the ticket log with its detected columns
 * folded into one line that opens the full mapping; saves the settings and builds the report with
 * visible steps. It never dead-ends: a column the user picks is used as picked and the months are
 * asked for again at once, date-looking text says how to fix it, and each tab keeps the mapping
 * given to it while the sidebar is open. Every failure ends in a message and an enabled form,
 * including a server call that never answers (client-side timeout).
 */
import { LANGUAGE_TAGS, type Locale, localeFor } from "../i18n/locale";
import { monthName } from "../i18n/month-name";
import { currentLocale, type SidebarKey, t, useLocale } from "../i18n/sidebar-messages";
import type { ColumnMapping, TicketField } from "../input/ticket";
import { DEFAULT_STAFFING, MAX_SCHEDULE } from "../report/settings";
import { staffingInUnit } from "../report/settings-rules";
import type { BuildResult, DetectedLog, SidebarState } from "../server/api";
import {
  columnsFromLog,
  FIELD_LABEL,
  type FormError,
  type FormValues,
  formFromState,
  headerChoices,
  MAX_ACTIVITIES,
  MEANING_CHOICES,
  parseNumber,
  requestFromForm,
  STAFFING,
  sourceTabs,
  TARGETS,
  UNIT_LABEL,
} from "./form";
import { monthIn, newestFirst, pickMonth } from "./months";
import { call, errorText, RpcError, withTimeout } from "./rpc";
import { stepList } from "./steps";
import { type Child, type Choice, controlValue, h, select, setChildren } from "./view";

/** Apps Script stops a run after 6 minutes; past this the answer is not coming. */
const CALL_TIMEOUT_MS = 6.5 * 60_000;
const TIMEOUT_MINUTES = CALL_TIMEOUT_MS / 60_000;

interface Model {
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

let model: Model | null = null;
let form: HTMLFormElement;
let controls: HTMLFieldSetElement;
let status: HTMLElement;

function message(error: unknown): string {
  // RpcError's own text is for developers; the user needs to know where to open the sidebar.
  if (error instanceof RpcError) return t("sidebar.error.noHost");
  return errorText(error) || t("sidebar.error.unknown");
}

/** A server call that gives up after CALL_TIMEOUT_MS with `timeoutKey`'s message. */
function timed<T>(promise: Promise<T>, timeoutKey: SidebarKey = "sidebar.error.timeoutCall"): Promise<T> {
  return withTimeout(promise, CALL_TIMEOUT_MS, t(timeoutKey, { minutes: TIMEOUT_MINUTES }));
}

// ---- pieces of the page -------------------------------------------------------------------------

function section(titleKey: SidebarKey, ...children: Child[]): HTMLElement {
  return h("section", { class: "section" }, h("h2", { class: "section-title" }, t(titleKey)), ...children);
}

/** A label above its control; `control` may wrap the input (a box with a unit). */
function field(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  const input = control.matches("input, select") ? control : control.querySelector("input, select");
  if (help) input?.setAttribute("aria-describedby", `${id}-help`);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    control,
    help ? h("p", { class: "help", id: `${id}-help` }, help) : null,
  );
}

function notice(kind: "error" | "warning" | "info", title: string, ...body: Child[]): HTMLElement {
  return h(
    "div",
    { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : null },
    h("p", { class: "notice-title" }, title),
    ...body,
  );
}

function list(items: readonly string[], className: string): HTMLElement {
  return h("ul", { class: className }, ...items.map((item) => h("li", {}, item)));
}

function spinnerLine(text: string): HTMLElement {
  return h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), text);
}

function tabChoices(m: Model, none: SidebarKey): Choice[] {
  const tabs = sourceTabs(m.state).map((name) => ({ value: name, label: name }));
  return [{ value: "", label: t(none) }, ...tabs];
}

/** A folding group: a summary line that opens `children`, open as the user left it. */
function group(m: Model, id: string, summary: Child[], ...children: Child[]): HTMLElement {
  return h(
    "details",
    { class: "group", id: `group-${id}`, "data-group": id, open: m.open[id] === true },
    h("summary", { class: "group-summary" }, ...summary),
    h("div", { class: "group-body" }, ...children),
  );
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

function logSection(m: Model): HTMLElement {
  const tab = select("log-tab", tabChoices(m, "sidebar.log.choose"), m.values.ticketSheet);
  const parts: Child[] = [field("log-tab", t("sidebar.log.tab"), tab)];
  if (m.detecting) parts.push(spinnerLine(t("sidebar.log.detecting")));
  else if (!m.log) {
    parts.push(notice("info", t("sidebar.noLog.title"), h("p", {}, t("sidebar.noLog.help"))));
  } else {
    const log = m.log;
    const layout = log.layout === "events" ? "sidebar.log.layout.events" : "sidebar.log.layout.tickets";
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
  const fields = m.state.fields.map((f) => {
    const id = `column-${f}`;
    const mapped = m.values.columns[f] ?? "";
    const control = select(id, choices, mapped, { class: mapped ? null : "unmapped" });
    const label = t(FIELD_LABEL[f]);
    return field(id, f === "created" ? t("sidebar.column.required", { field: label }) : label, control);
  });
  return group(
    m,
    "columns",
    [
      h("span", { id: "columns-summary" }, columnsSummary(m)),
      " ",
      h("span", { class: "group-edit" }, t("sidebar.columns.edit")),
    ],
    h("p", { class: "help section-help" }, t("sidebar.columns.help")),
    ...fields,
  );
}

const MEANING_LABEL: Record<(typeof MEANING_CHOICES)[number], SidebarKey> = {
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
  const choices = MEANING_CHOICES.map((meaning) => ({ value: meaning, label: t(MEANING_LABEL[meaning]) }));
  const fields = activities.slice(0, MAX_ACTIVITIES).map(({ activity, meaning, events }, i) => {
    const id = `meaning-${i}`;
    const control = select(id, choices, m.values.meanings?.[activity] ?? meaning);
    return field(id, t("sidebar.activity.label", { activity: activity || "—", events }), control);
  });
  const more = activities.length - MAX_ACTIVITIES;
  return group(
    m,
    "activities",
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
function named(month: string): string {
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

function numberBox(id: string, value: string, unit: string, attrs: Record<string, string> = {}): HTMLElement {
  const input = h("input", {
    id,
    name: id,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    ...attrs,
  });
  input.value = value;
  return h("div", { class: "with-unit" }, input, h("span", { class: "unit", "aria-hidden": "true" }, unit));
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
function staffingSummary(m: Model): string {
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
      m,
      "staffing",
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

/** Redraws the form from the model, keeping focus on the control that had it. */
function render(m: Model): void {
  const focused = document.activeElement?.id;
  const parts: Child[] = [logSection(m)];
  if (m.log && !m.detecting) {
    // What a head of support sets each month comes first; the data's plumbing below it.
    parts.unshift(reportSection(m, m.log), targetsSection(m), staffingSection(m));
    parts.push(
      hoursSection(m),
      tabsSection(m),
      // Sticky: the form is long, and the one thing to do is always in reach.
      h(
        "div",
        { class: "actions actions-bar" },
        h("button", { type: "submit", class: "action", id: "build" }, t("sidebar.build")),
      ),
    );
  }
  setChildren(controls, ...parts);
  if (focused) document.getElementById(focused)?.focus();
}

/** The form as typed; a control not on the page keeps its previous value. */
function readForm(m: Model): FormValues {
  const v = m.values;
  const columns: FormValues["columns"] = {};
  for (const f of m.state.fields) columns[f] = controlValue(`column-${f}`, v.columns[f] ?? "");
  const targets: Record<string, string> = {};
  for (const spec of TARGETS) targets[spec.id] = controlValue(`target-${spec.id}`, v.targets[spec.id] ?? "");
  return {
    ticketSheet: controlValue("log-tab", v.ticketSheet),
    columns,
    month: controlValue("month", v.month),
    average: controlValue("average", v.average) === "mean" ? "mean" : "median",
    targets,
    schedule: controlValue("schedule", v.schedule),
    slaHours: controlValue("sla-hours", v.slaHours),
    staffing: Object.fromEntries(
      STAFFING.map((spec) => [spec.id, controlValue(`staffing-${spec.id}`, v.staffing?.[spec.id] ?? "")]),
    ),
    surveySheet: controlValue("survey-tab", v.surveySheet),
    customersSheet: controlValue("customers-tab", v.customersSheet),
    meanings: readMeanings(m),
  };
}

/** The activities' selects, by activity text (the meaning listed when a select is not on the page). */
function readMeanings(m: Model): Record<string, string> {
  const out: Record<string, string> = {};
  const activities = m.log?.activities ?? [];
  activities.slice(0, MAX_ACTIVITIES).forEach(({ activity, meaning }, i) => {
    out[activity] = controlValue(`meaning-${i}`, m.values.meanings?.[activity] ?? meaning);
  });
  return out;
}

function setBusy(busy: boolean): void {
  controls.disabled = busy;
  form.setAttribute("aria-busy", String(busy));
}

function showError(text: string): void {
  setChildren(status, notice("error", t("sidebar.error.title"), h("p", {}, text)));
}

/** Marks one control invalid, with its message under it (and read out with it). */
function markInvalid(error: FormError): void {
  const control = document.getElementById(error.control);
  const field = control?.closest(".field");
  if (!control || !field) return;
  // A folded group opens, so the box and its message can be seen and focused.
  const folded = control.closest("details");
  if (folded instanceof HTMLDetailsElement) {
    folded.open = true;
    if (model && folded.dataset.group) model.open[folded.dataset.group] = true;
  }
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-errormessage", `${error.control}-error`);
  field.append(h("p", { class: "field-error", id: `${error.control}-error` }, error.message));
}

/** Removes the marks of a previous check, from one control or from all. */
function clearInvalid(control?: Element): void {
  const marked = control ? [control] : [...controls.querySelectorAll("[aria-invalid]")];
  for (const el of marked) {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("aria-errormessage");
    document.getElementById(`${el.id}-error`)?.remove();
  }
}

function showInvalid(errors: readonly FormError[]): void {
  for (const error of errors) markInvalid(error);
  setChildren(
    status,
    notice(
      "error",
      t("sidebar.invalid.title"),
      list(
        errors.map((e) => e.message),
        "notice-list",
      ),
    ),
  );
  document.getElementById(errors[0]?.control ?? "")?.focus();
}

/** Scrolls the page so `element` is in view: progress and results appear below a long form. */
function reveal(element: Element): void {
  element.scrollIntoView?.({ block: "nearest" });
}

// ---- actions -----------------------------------------------------------------------------------

/** The mapping as the server takes it: only the fields mapped. */
function mappingOf(columns: FormValues["columns"]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(columns))
    if (header) mapping[field as keyof ColumnMapping] = header;
  return mapping;
}

/** Opens the columns when they need the user: no Created column, or dates typed as text. */
function openColumnsIfNeeded(m: Model): void {
  if (!m.values.columns.created || (m.log?.dateText ?? []).length > 0) m.open.columns = true;
}

async function onTabChange(m: Model): Promise<void> {
  const previous = m.values.ticketSheet;
  m.values = readForm(m);
  const sheet = m.values.ticketSheet;
  // The tab being left keeps the mapping it was given, for when the user comes back.
  if (previous && m.log && !m.detecting) m.mappings[previous] = { ...m.values.columns };
  m.asked++;
  m.refreshing = null;
  setChildren(status);
  if (sheet === "") {
    m.log = null;
    render(m);
    return;
  }
  m.detecting = true;
  render(m);
  setBusy(true);
  try {
    const remembered = m.mappings[sheet];
    const log = await timed(
      remembered ? call("detectLog", sheet, mappingOf(remembered)) : call("detectLog", sheet),
    );
    m.log = log;
    m.values.columns = remembered ? { ...remembered } : columnsFromLog(log, m.state.fields);
    m.values.month = pickMonth(log.months, m.values.month, m.currentMonth);
    openColumnsIfNeeded(m);
  } catch (error) {
    m.values.ticketSheet = previous;
    showError(message(error));
  } finally {
    m.detecting = false;
    setBusy(false);
    render(m);
    // The disabled fieldset dropped focus; give it back to the select the user was on.
    document.getElementById("log-tab")?.focus();
  }
}

/**
 * A column was picked: the mapping is used as picked, and the server gives the months, warnings and
 * hints it yields at once (months appear as soon as Created is chosen). The form stays usable.
 */
async function onColumnChange(m: Model): Promise<void> {
  m.values = readForm(m);
  const asked = ++m.asked;
  const sheet = m.values.ticketSheet;
  const work = (async () => {
    try {
      const log = await timed(call("detectLog", sheet, mappingOf(m.values.columns)));
      if (asked !== m.asked) return;
      const typed = readForm(m);
      m.log = log;
      typed.month = pickMonth(log.months, typed.month, m.currentMonth);
      m.values = typed;
      openColumnsIfNeeded(m);
    } catch (error) {
      if (asked === m.asked) showError(message(error));
    }
  })();
  m.refreshing = work;
  render(m);
  await work;
  if (asked !== m.asked) return;
  m.refreshing = null;
  render(m);
}

function resultCard(result: BuildResult, month: string): HTMLElement {
  const open = h("button", { type: "button", class: "action", id: "open-report" }, t("sidebar.result.open"));
  const problem = h("div", { class: "result-error" });
  open.addEventListener("click", async () => {
    open.disabled = true;
    setChildren(problem);
    try {
      await timed(call("openSheet", result.sheetName));
    } catch (error) {
      setChildren(problem, notice("error", t("sidebar.error.title"), h("p", {}, message(error))));
    } finally {
      open.disabled = false;
    }
  });
  const counts = t("sidebar.result.counts", {
    read: result.ticketsRead,
    inMonth: result.ticketsInMonth,
    month: named(month),
  });
  return h(
    "div",
    { class: "result", id: "result" },
    h("p", { class: "result-title" }, t("sidebar.result.title")),
    h("p", { class: "result-tab" }, t("sidebar.result.tab", { sheet: result.sheetName })),
    h("p", {}, counts),
    result.notes.length > 0 ? h("p", { class: "result-subtitle" }, t("sidebar.result.notes")) : null,
    result.notes.length > 0 ? list(result.notes, "notes") : null,
    h("div", { class: "actions" }, open),
    problem,
  );
}

async function onBuild(m: Model): Promise<void> {
  // Months still being asked for after a column change: build with the answer, not before it.
  if (m.refreshing) {
    setBusy(true);
    await m.refreshing;
    setBusy(false);
  }
  m.values = readForm(m);
  clearInvalid();
  const checked = requestFromForm(m.values, m.state.settings, m.state.fields, m.log?.activities ?? []);
  if (!checked.ok) {
    showInvalid(checked.errors);
    return;
  }
  const { request } = checked;
  const steps = stepList();
  setChildren(status, steps.element);
  setBusy(true);
  try {
    await steps.run(t("sidebar.step.save"), () => timed(call("saveSettings", request.settings)));
    m.state.settings = request.settings;
    const result = await steps.run(t("sidebar.step.build", { month: named(request.month) }), () =>
      timed(call("buildReport", request), "sidebar.error.timeoutBuild"),
    );
    const card = resultCard(result, request.month);
    status.append(card);
    setBusy(false);
    reveal(card);
    document.getElementById("open-report")?.focus();
  } catch (error) {
    const problem = notice("error", t("sidebar.error.title"), h("p", {}, message(error)));
    status.append(problem);
    setBusy(false);
    reveal(problem);
    document.getElementById("build")?.focus();
  }
}

async function load(): Promise<void> {
  setChildren(status);
  setChildren(controls, spinnerLine(t("sidebar.loading")));
  setBusy(true);
  try {
    const state = await timed(call("getSidebarState"));
    // From here on the spreadsheet's language, as the report it builds.
    speak(state.locale);
    const currentMonth = monthIn(new Date(), state.timeZone);
    model = {
      state,
      log: state.log,
      values: formFromState(state, currentMonth),
      currentMonth,
      detecting: false,
      open: {},
      mappings: {},
      refreshing: null,
      asked: 0,
    };
    if (state.log) openColumnsIfNeeded(model);
    render(model);
  } catch (error) {
    const retry = h("button", { type: "button", class: "secondary", id: "retry" }, t("sidebar.retry"));
    retry.addEventListener("click", () => void load());
    setChildren(controls);
    setChildren(status, notice("error", t("sidebar.error.title"), h("p", {}, message(error))), retry);
  } finally {
    setBusy(false);
  }
}

/** Speaks `locale` from now on (English for one it does not know), and tells the browser. */
function speak(locale: Locale): void {
  useLocale(locale);
  document.documentElement.lang = LANGUAGE_TAGS[currentLocale()];
}

/** Builds the page inside #app and wires its events once; rendering replaces only the contents. */
function start(): void {
  // Until the spreadsheet's language arrives, the browser's: the "Reading your spreadsheet…" line.
  speak(localeFor(navigator.language));
  document.title = t("app.name");
  const app = document.getElementById("app") ?? document.body;
  controls = h("fieldset", { class: "controls" });
  form = h("form", { novalidate: true, "aria-busy": "false" }, controls);
  status = h("div", { class: "status", id: "status", "aria-live": "polite" });
  setChildren(app, form, status);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (model && !controls.disabled) void onBuild(model);
  });
  form.addEventListener("change", (event) => {
    if (!model) return;
    const target = event.target as HTMLElement;
    clearInvalid(target);
    if (target.id === "log-tab") void onTabChange(model);
    else if (target.id.startsWith("column-")) void onColumnChange(model);
    else {
      model.values = readForm(model);
      const summary = document.getElementById("staffing-summary");
      if (summary && target.id.startsWith("staffing-")) summary.textContent = staffingSummary(model);
    }
  });
  // A group opened or folded stays so when the form is drawn again ("toggle" does not bubble).
  form.addEventListener(
    "toggle",
    (event) => {
      const details = event.target;
      if (model && details instanceof HTMLDetailsElement && details.dataset.group) {
        model.open[details.dataset.group] = details.open;
      }
    },
    true,
  );
  void load();
}

start();
