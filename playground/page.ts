/**
 * The playground page: the offline spreadsheet's tabs as grids with their charts, a formula bar to
 * type values and formulas (the add-on's custom functions included), the add-on's menu, CSV import,
 * and the add-on's own sidebar in an iframe. Every change goes through the server, then the page
 * redraws from the server's view, so what is shown is what the offline spreadsheet holds.
 */
import { columnLetters } from "../src/offline/a1";
import { renderCharts } from "./page-charts";
import { getJson, h, postJson } from "./page-dom";
import { cellElement, renderGrid } from "./page-grid";
import type { ActionResult, SheetView, WorkbookView } from "./types";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}

const table = byId<HTMLTableElement>("grid");
const scroller = byId("grid-scroll");
const formula = byId<HTMLInputElement>("formula");
const nameBox = byId("name-box");
const tabs = byId("tabs");
const note = byId("grid-note");
const message = byId("message");
const iframe = byId<HTMLIFrameElement>("sidebar");
const sidebarPane = byId("sidebar-pane");
const menuButton = byId<HTMLButtonElement>("menu-extensions");
const menuPanel = byId("menu-panel");
const fileInput = byId<HTMLInputElement>("csv-file");

interface State {
  workbook: WorkbookView | null;
  sheet: SheetView | null;
  /** Selected cell, 1-based. */
  row: number;
  column: number;
  sidebarShown: number;
}

const state: State = { workbook: null, sheet: null, row: 1, column: 1, sidebarShown: 0 };

// ---- messages ----------------------------------------------------------------------------------

function showMessage(text: string, kind: "ok" | "error" = "ok"): void {
  byId("message-text").textContent = text;
  message.className = kind === "error" ? "message error" : "message";
  message.hidden = text === "";
}

function showDialog(text: string): void {
  byId("dialog-text").textContent = text;
  byId("dialog").hidden = false;
  byId("dialog-ok").focus();
}

byId("message-close").addEventListener("click", () => showMessage(""));

byId("dialog-ok").addEventListener("click", () => {
  byId("dialog").hidden = true;
});

// ---- drawing -----------------------------------------------------------------------------------

function renderTabs(workbook: WorkbookView): void {
  tabs.replaceChildren(
    ...workbook.sheets.map((sheet) => {
      const tab = h(
        "button",
        {
          type: "button",
          class: "tab",
          role: "tab",
          "data-sheet": sheet.name,
          "aria-selected": String(sheet.name === workbook.active),
        },
        sheet.name,
      );
      if (sheet.tabColor) tab.style.boxShadow = `inset 0 -3px 0 ${sheet.tabColor}`;
      tab.addEventListener("click", () => void activate(sheet.name));
      return tab;
    }),
  );
  tabs.setAttribute("role", "tablist");
}

function renderMenu(workbook: WorkbookView): void {
  byId("menu-items").replaceChildren(
    ...workbook.menu.map((item) => {
      if (item === null) return h("hr");
      const button = h("button", { type: "button", role: "menuitem" }, item.caption);
      button.addEventListener("click", () => void runMenu(item.functionName));
      return button;
    }),
  );
}

function renderChrome(workbook: WorkbookView): void {
  byId("doc-title").textContent = workbook.title;
  byId("time-zone").textContent = `Time zone: ${workbook.timeZone}`;
  byId("csv-help").textContent =
    `Load CSV replaces the ticket-log tab ("${workbook.ticketTab}") with your ticket export; ` +
    "other tabs stay. A file that cannot be read changes nothing.";
  byId("csv-label").title = `Replaces the tab "${workbook.ticketTab}"`;
  byId("sidebar-title").textContent = workbook.sidebar.title || "Support KPIs";
  renderTabs(workbook);
  renderMenu(workbook);
}

function renderSheet(view: SheetView): void {
  renderGrid(table, view);
  renderCharts(view, table, byId("charts-layer"), byId("charts-below"));
  if (view.truncated) {
    note.textContent = `Showing the first ${view.rows.toLocaleString("en-US")} of ${view.lastRow.toLocaleString("en-US")} rows of "${view.name}"; the add-on reads them all.`;
    note.hidden = false;
  } else note.hidden = true;
  select(Math.min(state.row, view.rows), Math.min(state.column, view.columns), false);
}

/** Selects a cell: outline, headers, name box and formula bar. */
function select(row: number, column: number, scroll = true): void {
  const view = state.sheet;
  if (!view) return;
  state.row = Math.max(1, Math.min(row, view.rows));
  state.column = Math.max(1, Math.min(column, view.columns));
  for (const old of table.querySelectorAll(".selected, .selected-header"))
    old.classList.remove("selected", "selected-header");
  const cell = cellElement(table, state.row, state.column);
  cell?.classList.add("selected");
  table.rows[0]?.cells[state.column]?.classList.add("selected-header");
  table.rows[state.row]?.cells[0]?.classList.add("selected-header");
  if (scroll) cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  const a1 = `${columnLetters(state.column)}${state.row}`;
  nameBox.textContent = a1;
  const data = view.cells[state.row - 1]?.[state.column - 1];
  showCellError(cell, data?.k === "e" ? (data.m ?? data.t) : null);
  // A redraw while someone types in the formula bar must not wipe what they typed.
  if (document.activeElement === formula && !scroll) return;
  formula.value = data ? (data.f ?? data.t) : "";
}

/** Under a selected cell in error, its message, as Sheets shows it beside the red corner. */
function showCellError(cell: HTMLTableCellElement | null, text: string | null): void {
  const box = byId("cell-error");
  if (!cell || text === null) {
    box.hidden = true;
    return;
  }
  byId("cell-error-text").textContent = text;
  const wrap = byId("grid-wrap").getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  box.style.left = `${at.left - wrap.left}px`;
  box.style.top = `${at.bottom - wrap.top + 2}px`;
  box.hidden = false;
}

// ---- talking to the server ---------------------------------------------------------------------

let refreshing: Promise<void> | null = null;
let again = false;

/** Redraws from the server; calls during a redraw coalesce into one more. */
function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      await redraw();
    } while (again);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function redraw(): Promise<void> {
  const workbook = await getJson<WorkbookView>("/api/workbook");
  const previous = state.workbook;
  state.workbook = workbook;
  renderChrome(workbook);
  if (workbook.sidebar.shown !== state.sidebarShown) {
    state.sidebarShown = workbook.sidebar.shown;
    reloadSidebar();
  }
  if (!previous || previous.version !== workbook.version || state.sheet?.name !== workbook.active) {
    const sheet = await getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(workbook.active)}`);
    if (state.sheet?.name !== sheet.name) {
      state.row = 1;
      state.column = 1;
      scroller.scrollTo(0, 0);
    }
    state.sheet = sheet;
    renderSheet(sheet);
  }
  document.body.dataset.version = String(workbook.version);
  document.body.dataset.sheet = workbook.active;
}

function reloadSidebar(): void {
  sidebarPane.hidden = false;
  iframe.src = `/sidebar?shown=${state.sidebarShown}&t=${Date.now()}`;
}

async function activate(name: string): Promise<void> {
  const result = await postJson<ActionResult>("/api/activate", { sheet: name });
  if (!result.ok) showMessage(result.message ?? "", "error");
  await refresh();
}

async function runMenu(functionName: string): Promise<void> {
  closeMenu();
  const result = await postJson<ActionResult>("/api/menu", { functionName });
  if (!result.ok) showMessage(result.message ?? "The menu item failed.", "error");
  await refresh();
  if (result.alerts && result.alerts.length > 0) showDialog(result.alerts.join("\n\n"));
}

/** The selected cell, captured now: the selection may move before the write is answered. */
function selectedCell(): { sheet: string; a1: string } | null {
  return state.sheet ? { sheet: state.sheet.name, a1: `${columnLetters(state.column)}${state.row}` } : null;
}

async function writeCell(target: { sheet: string; a1: string } | null, value: string): Promise<void> {
  if (!target) return;
  const { a1 } = target;
  const result = await postJson<ActionResult>("/api/cell", { ...target, value });
  if (!result.ok) showMessage(`${a1}: ${result.message ?? "not written"}`, "error");
  else showMessage("");
  await refresh();
}

async function loadCsv(file: File): Promise<void> {
  showMessage(`Loading ${file.name}…`);
  const response = await fetch("/api/csv", {
    method: "POST",
    headers: { "Content-Type": "text/csv", "X-Playground-File": encodeURIComponent(file.name) },
    body: await file.arrayBuffer(),
  });
  const result = (await response.json()) as ActionResult;
  if (!result.ok) {
    showMessage(result.message ?? `Cannot load ${file.name}.`, "error");
    return;
  }
  const warnings = result.warnings?.length ? `\n${result.warnings.join("\n")}` : "";
  showMessage(`${result.message ?? "Loaded."}${warnings}`);
  // The sidebar read the old tab; open it afresh, as reopening it in Sheets would.
  reloadSidebar();
  await refresh();
}

// ---- events ------------------------------------------------------------------------------------

table.addEventListener("mousedown", (event) => {
  const cell = (event.target as HTMLElement).closest("td");
  if (!cell) return;
  select(Number(cell.dataset.row), Number(cell.dataset.col));
  scroller.focus({ preventScroll: true });
});

table.addEventListener("dblclick", (event) => {
  if ((event.target as HTMLElement).closest("td")) formula.focus();
});

scroller.tabIndex = 0;
scroller.addEventListener("keydown", (event) => {
  if (event.target !== scroller || event.ctrlKey || event.metaKey || event.altKey) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, event.shiftKey ? -1 : 1],
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    select(state.row + move[0], state.column + move[1]);
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    formula.focus();
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    void writeCell(selectedCell(), "");
  } else if (event.key.length === 1) {
    // Typing on a selected cell starts editing it, as in Sheets.
    event.preventDefault();
    formula.value = event.key;
    formula.focus();
  }
});

formula.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    event.preventDefault();
    const target = selectedCell();
    const value = formula.value;
    // Move on at once, as Sheets does; the cell shows its value when the server has written it.
    scroller.focus({ preventScroll: true });
    select(state.row + 1, state.column);
    void writeCell(target, value);
  } else if (event.key === "Escape") {
    event.preventDefault();
    select(state.row, state.column);
    scroller.focus({ preventScroll: true });
  }
});

function closeMenu(): void {
  menuPanel.hidden = true;
  menuButton.setAttribute("aria-expanded", "false");
}

menuButton.addEventListener("click", () => {
  const open = menuPanel.hidden;
  menuPanel.hidden = !open;
  menuButton.setAttribute("aria-expanded", String(open));
  if (open) menuPanel.querySelector<HTMLElement>("[role=menuitem]")?.focus();
});
document.addEventListener("click", (event) => {
  if (!(event.target as HTMLElement).closest(".menu")) closeMenu();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") closeMenu();
});

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  fileInput.value = "";
  if (file)
    loadCsv(file).catch((error: unknown) =>
      showMessage(`Cannot load ${file.name}: ${String(error)}`, "error"),
    );
});

byId("sidebar-close").addEventListener("click", () => {
  sidebarPane.hidden = true;
});

// The sidebar's google.script.run bridge says when a server call finished: redraw.
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { source?: string } | null;
  if (data?.source === "support-kpis-playground") void refresh();
});

void refresh();
