/**
 * The sidebar's state and actions (the form itself is drawn by sections.ts from parts.ts): loads
 * the detected ticket log, saves the settings and builds the report with visible steps. It never
 * dead-ends: a column the user picks is used as picked and the months are
 * asked for again at once, date-looking text says how to fix it, and each tab keeps the mapping
 * given to it while the sidebar is open. Every failure ends in a message and an enabled form,
 * including a server call that never answers (client-side timeout).
 */
import { LANGUAGE_TAGS, type Locale, localeFor } from "../i18n/locale";
import { currentLocale, type SidebarKey, t, useLocale } from "../i18n/sidebar-messages";
import type { ColumnMapping } from "../input/ticket";
import type { BuildResult } from "../server/api";
import {
  columnsFromLog,
  type FormError,
  type FormValues,
  formFromState,
  MAX_ACTIVITIES,
  requestFromForm,
  STAFFING,
  TARGETS,
} from "./form";
import { monthIn, pickMonth } from "./months";
import { list, notice, spinnerLine } from "./parts";
import { call, errorText, RpcError, withTimeout } from "./rpc";
import { formParts, type Model, named, staffingSummary } from "./sections";
import { stepList } from "./steps";
import { controlValue, h, setChildren } from "./view";

/** Apps Script stops a run after 6 minutes; past this the answer is not coming. */
const CALL_TIMEOUT_MS = 6.5 * 60_000;
const TIMEOUT_MINUTES = CALL_TIMEOUT_MS / 60_000;

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

/** Redraws the form from the model, keeping focus on the control that had it. */
function render(m: Model): void {
  const focused = document.activeElement?.id;
  setChildren(controls, ...formParts(m));
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

function resultCard(result: BuildResult, month: string, contacts: boolean): HTMLElement {
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
  // A call log counts calls or chats that arrived, not tickets created.
  const counts = t(contacts ? "sidebar.result.contactCounts" : "sidebar.result.counts", {
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
    const card = resultCard(result, request.month, m.log?.layout === "contacts");
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
