/**
 * Writes a ReportPlan into the spreadsheet with batched calls: per tab one setValues and one call per
 * kind of format over the whole grid, so the number of service calls depends on the report's layout
 * (sections, charts), never on how many tickets went into it.
 */
import type { RangeLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from "../platform/services";
import { freeTabName } from "../platform/tab-name";
import { type Area, isFormula, type PlanCell, type ReportPlan, type SheetPlan } from "./plan";

/** Developer-metadata key on every tab the add-on made; its value is the tab's kind and name. */
export const OWNER_KEY = "support-kpis";

/** Sheets' limit on the characters in one cell, counting the leading apostrophe `toSheetValue` adds. */
export const MAX_CELL_TEXT = 50_000;

/** Which plan a tab of the add-on holds: its kind and the plan's name (the tab may since be renamed). */
function ownerValue(plan: SheetPlan): string {
  return `${plan.kind}:${plan.name}`;
}

/** A tab the add-on made, as its developer metadata says. */
export interface OwnTab {
  sheet: SheetLike;
  /** `kind:plan name`. */
  owner: string;
  /** A digest of the plan last written there, when one was recorded ("" otherwise). */
  fingerprint: string;
}

/**
 * Every tab the add-on made, with one `createDeveloperMetadataFinder()` call (not one call per tab).
 * Its metadata is PROJECT-visible: no other script can read or change it, and another script's
 * metadata under the same key is invisible here, so nobody else's tab passes for the add-on's.
 */
export function ownTabs(spreadsheet: SpreadsheetLike): OwnTab[] {
  const tabs: OwnTab[] = [];
  for (const meta of spreadsheet.createDeveloperMetadataFinder().withKey(OWNER_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    const value = meta.getValue() ?? "";
    const hash = value.lastIndexOf("#");
    tabs.push({
      sheet,
      owner: hash < 0 ? value : value.slice(0, hash),
      fingerprint: hash < 0 ? "" : value.slice(hash + 1),
    });
  }
  return tabs;
}

/** A short digest of a plan (FNV-1a over its JSON): equal plans, equal digests. */
export function fingerprintOf(plan: SheetPlan): string {
  const json = JSON.stringify(plan);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * A plan cell as setValues takes it. Every string gets a leading apostrophe, which Sheets stores as
 * plain text and never shows: text from the data such as "=HYPERLINK(…)", "+1" or "2026-10" can then
 * never become a formula, a number or a date.
 */
export function toSheetValue(cell: PlanCell): string | number | boolean | Date {
  if (cell === null) return "";
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  if (isFormula(cell)) return cell.formula;
  return cell;
}

/**
 * The plan with every text too long for a Sheets cell cut to fit, apostrophe included, ending in a
 * visible "…"; and the cells cut (A1), for a note. Run before the first write, so a long category
 * or agent name can never fail a write halfway.
 */
export function fitText(plan: SheetPlan): { plan: SheetPlan; cut: string[] } {
  const cut: string[] = [];
  let cells = plan.cells;
  for (let r = 0; r < plan.cells.length; r++) {
    for (let c = 0; c < plan.cells[r].length; c++) {
      const cell = plan.cells[r][c];
      if (typeof cell !== "string" || cell.length + 1 <= MAX_CELL_TEXT) continue;
      if (cells === plan.cells) cells = plan.cells.map((row) => [...row]);
      // Keep whole UTF-16 pairs: never end on half an emoji.
      let end = MAX_CELL_TEXT - 2;
      const code = cell.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
      cells[r][c] = `${cell.slice(0, end)}\u2026`;
      cut.push(a1(r + 1, c + 1));
    }
  }
  return { plan: cells === plan.cells ? plan : { ...plan, cells }, cut };
}

function a1(row: number, column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** `name`, or "name (2)", "name (3)", … : the first no tab of `sheets` has, in any case (as Sheets compares). */
export function freeName(sheets: readonly SheetLike[], name: string): string {
  return freeTabName(
    sheets.map((s) => s.getName()),
    name,
  );
}

/** Adds rows and columns so the tab has at least `rows` × `columns` cells. */
export function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function rangeOf(sheet: SheetLike, area: Area): RangeLike {
  return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
}

/** Writes a plan into a new, empty tab. */
function writeSheet(app: SpreadsheetAppLike, sheet: SheetLike, plan: SheetPlan): SheetLike {
  const height = plan.cells.length;
  const width = plan.cells[0].length;
  ensureSize(sheet, height, Math.max(width, plan.columnWidths.length));

  const all = sheet.getRange(1, 1, height, width);
  all.setValues(plan.cells.map((row) => row.map(toSheetValue)));
  all.setNumberFormats(plan.numberFormats.map((row) => row.map((f) => f || "General")));
  all.setFontWeights(plan.fontWeights);
  all.setBackgrounds(plan.backgrounds);
  all.setFontColors(plan.fontColors);
  all.setVerticalAlignment("middle");
  for (const merge of plan.merges) rangeOf(sheet, merge).merge();
  for (const area of plan.wrap ?? []) rangeOf(sheet, area).setWrap(true);
  for (const { area, size } of plan.fontSizes ?? []) rangeOf(sheet, area).setFontSize(size);

  // Consecutive columns of the same width take one call.
  for (let c = 0; c < plan.columnWidths.length; ) {
    let end = c + 1;
    while (end < plan.columnWidths.length && plan.columnWidths[end] === plan.columnWidths[c]) end++;
    sheet.setColumnWidths(c + 1, end - c, plan.columnWidths[c]);
    c = end;
  }
  for (const { column, numColumns } of plan.hiddenColumns ?? []) sheet.hideColumns(column, numColumns);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  sheet.setHiddenGridlines(true);
  sheet.setTabColor(plan.tabColor);

  if (plan.conditionalRules.length > 0) {
    sheet.setConditionalFormatRules(
      plan.conditionalRules.map((rule) => {
        const builder = app.newConditionalFormatRule();
        const styled =
          "scale" in rule
            ? builder
                .setGradientMinpointWithValue(rule.scale.min, app.InterpolationType.NUMBER, "0")
                .setGradientMaxpoint(rule.scale.max)
            : builder
                .whenFormulaSatisfied(rule.formula)
                .setBackground(rule.background)
                .setFontColor(rule.fontColor);
        return styled.setRanges([rangeOf(sheet, rule.area)]).build();
      }),
    );
  }

  for (const chart of plan.charts) {
    const builder = sheet.newChart();
    const typed = (chart.type === "stackedColumn" ? builder.asColumnChart() : builder.asLineChart()).addRange(
      rangeOf(sheet, chart.data),
    );
    for (const area of chart.more ?? []) typed.addRange(rangeOf(sheet, area));
    if (chart.type === "stackedColumn") typed.setOption("isStacked", true);
    if (chart.colors) typed.setOption("colors", chart.colors);
    sheet.insertChart(
      typed
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
        .setOption("title", chart.title)
        .setOption("hAxis", { title: chart.xAxisTitle })
        .setOption("vAxis", { title: chart.yAxisTitle, minValue: 0 })
        .setOption("legend", { position: chart.legend ?? "right" })
        .setOption("width", chart.width)
        .setOption("height", chart.height)
        .build(),
    );
  }

  return sheet;
}

/** Where a tab of a plan landed: its name (it may differ from the plan's when a user's tab had that name) and id. */
export interface AppliedSheet {
  name: string;
  id: number;
}

export interface AppliedReport {
  /** By plan name. */
  sheets: Record<string, AppliedSheet>;
}

interface Pending {
  /** The new tab holding the plan. */
  sheet: SheetLike;
  /** The add-on's earlier tab for the same plan, deleted on commit; null when there was none. */
  replaces: SheetLike | null;
  /** The name the new tab takes on commit. */
  name: string;
  /** The plan's name. */
  plan: string;
}

/**
 * Writes the add-on's tabs all or nothing. Each plan goes into a NEW tab, inserted just before the
 * add-on's earlier tab for the same plan (found by developer metadata, whatever it is called now):
 * nothing the user sees changes until `commit`, which deletes the earlier tabs and gives each new
 * tab its place and name. `rollback` (after any failure) deletes the new tabs, so every tab is as it
 * was before the build. A tab whose plan has a fingerprint equal to its earlier tab's is not written
 * at all (the definitions tab: its id, and so every report's link to it, stays).
 *
 * A user's tab is never touched: when one already has the plan's name (in any case, as Sheets
 * compares names) and the add-on has no tab of its own for the plan, the new tab takes one free
 * name beside it; later builds find that tab by its metadata and replace it, so no "(3)", "(4)".
 */
export class TabWriter {
  private readonly spreadsheet: SpreadsheetLike;
  private readonly own: OwnTab[];
  private readonly pending: Pending[] = [];
  private readonly kept = new Map<string, SheetLike>();
  private readonly active: SheetLike | null;

  constructor(private readonly app: SpreadsheetAppLike) {
    this.spreadsheet = app.getActiveSpreadsheet();
    this.own = ownTabs(this.spreadsheet);
    this.active = this.spreadsheet.getActiveSheet();
  }

  /** The add-on's tab for `plan`, if it has one (the first, should a user have duplicated it). */
  private earlier(plan: SheetPlan): OwnTab | undefined {
    return this.own.find((t) => t.owner === ownerValue(plan));
  }

  /** Where the tab of `plan` is when its earlier tab has this fingerprint and so stays; else null. */
  unchanged(plan: SheetPlan, fingerprint: string): AppliedSheet | null {
    const earlier = this.earlier(plan);
    if (!earlier || earlier.fingerprint !== fingerprint) return null;
    return { name: earlier.sheet.getName(), id: earlier.sheet.getSheetId() };
  }

  /**
   * Writes `plan` into a new tab (or, with `fingerprint` equal to the earlier tab's, keeps that tab)
   * and returns the name and id it will have after `commit`.
   */
  write(plan: SheetPlan, options: { fingerprint?: string } = {}): AppliedSheet {
    const earlier = this.earlier(plan);
    if (earlier && options.fingerprint && earlier.fingerprint === options.fingerprint) {
      this.kept.set(plan.name, earlier.sheet);
      return { name: earlier.sheet.getName(), id: earlier.sheet.getSheetId() };
    }
    const names = this.spreadsheet.getSheets().map((s) => s.getName());
    const finalName = earlier ? earlier.sheet.getName() : freeTabName(names, plan.name);
    const index = earlier ? earlier.sheet.getIndex() - 1 : names.length;
    const sheet = this.spreadsheet.insertSheet(freeTabName(names, finalName), index);
    this.pending.push({ sheet, replaces: earlier?.sheet ?? null, name: finalName, plan: plan.name });
    const fingerprint = options.fingerprint ? `#${options.fingerprint}` : "";
    sheet.addDeveloperMetadata(
      OWNER_KEY,
      ownerValue(plan) + fingerprint,
      this.app.DeveloperMetadataVisibility.PROJECT,
    );
    writeSheet(this.app, sheet, plan);
    return { name: finalName, id: sheet.getSheetId() };
  }

  /** Replaces the earlier tabs with the new ones, flushes, and shows the tab of plan `activate`. */
  commit(activate?: string): void {
    for (const p of this.pending) {
      if (p.replaces) this.spreadsheet.deleteSheet(p.replaces);
      if (p.sheet.getName() !== p.name) p.sheet.setName(p.name);
    }
    this.app.flush();
    const shown = this.pending.find((p) => p.plan === activate)?.sheet ?? this.kept.get(activate ?? "");
    if (shown) this.spreadsheet.setActiveSheet(shown);
    else if (this.active) this.spreadsheet.setActiveSheet(this.active);
  }

  /** Deletes every new tab; each earlier tab is as it was. Never throws: the build's error matters. */
  rollback(): void {
    if (this.pending.length === 0) return;
    for (const p of this.pending.reverse()) {
      try {
        this.spreadsheet.deleteSheet(p.sheet);
      } catch {
        // A tab Sheets could not delete stays; the user sees it beside the untouched earlier one.
      }
    }
    try {
      if (this.active) this.spreadsheet.setActiveSheet(this.active);
    } catch {
      // The previously active tab is gone or cannot be shown; Sheets shows another.
    }
  }
}

/**
 * Runs `write` with a TabWriter: commits when it returns (showing the tab of plan `activate`), rolls
 * every new tab back when it throws, and rethrows.
 */
export function writeTabs<T>(
  app: SpreadsheetAppLike,
  write: (writer: TabWriter) => { result: T; activate?: string },
): T {
  const writer = new TabWriter(app);
  try {
    const { result, activate } = write(writer);
    writer.commit(activate);
    return result;
  } catch (error) {
    writer.rollback();
    throw error;
  }
}

/** Writes every tab of `plan` all or nothing, flushes once, and shows the tab it names. */
export function applyPlan(app: SpreadsheetAppLike, plan: ReportPlan): AppliedReport {
  return writeTabs(app, (writer) => {
    const sheets: AppliedReport["sheets"] = {};
    for (const sheetPlan of plan.sheets) sheets[sheetPlan.name] = writer.write(fitText(sheetPlan).plan);
    return { result: { sheets }, activate: plan.activate };
  });
}
