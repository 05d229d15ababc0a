/**
 * The playground's state and everything a person can do to it, with no HTTP in sight: the add-on
 * (dist/Code.js) running against an offline spreadsheet, a version that goes up with every change
 * so the page knows when to redraw, and the actions behind the page's buttons.
 */
import { parseA1 } from "../src/offline/a1";
import type { OfflineSheet } from "../src/offline/sheet";
import { OWNER_KEY } from "../src/report/apply";
import { type Addon, type AddonFiles, loadAddon, type RpcAnswer } from "./bridge";
import { parseCsv } from "./csv";
import { sheetView } from "./sheet-view";
import type { ActionResult, SheetView, WorkbookView } from "./types";

export interface WorkbookOptions {
  /** The spreadsheet's IANA time zone. */
  timeZone: string;
  /** The spreadsheet's locale (default "en_US"). */
  locale?: string;
  /** Start with the add-on's sample data (its own "Insert sample data"); else one empty tab. */
  sample: boolean;
}

/** Where a CSV goes when the add-on has no ticket-log tab yet. */
const DEFAULT_TICKET_TAB = "Tickets";

export class Workbook {
  readonly addon: Addon;
  version = 1;
  private ticketTabCache: { version: number; name: string } | null = null;

  constructor(files: AddonFiles, options: WorkbookOptions) {
    this.addon = loadAddon(files, { timeZone: options.timeZone, locale: options.locale });
    // As in Sheets for a document the add-on has been used in: onOpen builds the menu (in LIMITED
    // mode, so in the spreadsheet's language); then the add-on's own menu item fills the sheet and opens
    // the sidebar (or, with no sample, the sidebar opens on the empty spreadsheet).
    this.addon.invoke("onOpen", { authMode: this.addon.offline.scriptApp.AuthMode.LIMITED });
    this.addon.invoke(options.sample ? "insertSampleData" : "showSidebar");
  }

  private get book() {
    return this.addon.offline.spreadsheet;
  }

  private changed(): void {
    this.version++;
  }

  /** The tab a CSV import replaces: the add-on's ticket log as its sidebar sees it. */
  ticketTab(): string {
    if (this.ticketTabCache?.version === this.version) return this.ticketTabCache.name;
    let name = DEFAULT_TICKET_TAB;
    const answer = this.addon.run("getSidebarState", "[]");
    if (answer.ok) {
      const state = JSON.parse(answer.json) as { settings?: { ticketSheet?: string } };
      name = state.settings?.ticketSheet || DEFAULT_TICKET_TAB;
    }
    this.ticketTabCache = { version: this.version, name };
    return name;
  }

  view(): WorkbookView {
    const ui = this.addon.offline.ui;
    const open = ui.sidebars[ui.sidebars.length - 1];
    return {
      version: this.version,
      title: this.book.getName(),
      timeZone: this.book.timeZone,
      active: this.book.activeSheet().name,
      sheets: this.book
        .allSheets()
        .map((s) => ({ name: s.name, id: s.sheetId, tabColor: s.layout().tabColor })),
      sidebar: { shown: ui.sidebars.length, title: open?.title ?? "" },
      menu: ui.menus[ui.menus.length - 1]?.items ?? [],
      ticketTab: this.ticketTab(),
    };
  }

  sheetView(name: string): SheetView | null {
    const sheet = this.book.sheet(name);
    return sheet ? sheetView(this.book, sheet) : null;
  }

  /** The open sidebar's HTML as HtmlService produced it, or null when none was shown. */
  sidebarHtml(): string | null {
    const sidebars = this.addon.offline.ui.sidebars;
    return sidebars.length > 0 ? sidebars[sidebars.length - 1].peekContent() : null;
  }

  /** A `google.script.run` call from the sidebar. */
  rpc(name: string, argsJson: string): RpcAnswer {
    const answer = this.addon.run(name, argsJson);
    this.changed();
    return answer;
  }

  /** A click on a tab: it becomes the active sheet, as in Sheets. */
  activate(name: string): ActionResult {
    const sheet = this.book.sheet(name);
    if (!sheet) return { ok: false, message: `There is no tab named "${name}".` };
    this.book.makeActive(sheet);
    this.changed();
    return { ok: true };
  }

  /** Typing into a cell: written with `Range.setValues`, so "=…" becomes a formula as in Sheets. */
  writeCell(sheetName: string, a1: string, value: string): ActionResult {
    const sheet = this.book.sheet(sheetName);
    if (!sheet) return { ok: false, message: `There is no tab named "${sheetName}".` };
    try {
      const block = parseA1(a1);
      if (block.numRows !== 1 || block.numColumns !== 1) throw new Error(`${a1} is not one cell.`);
      sheet.getRange(block.row, block.column).setValues([[value]]);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      this.changed();
    }
    return { ok: true };
  }

  /** A menu item of the add-on's menu; what it alerted comes back for the page to show. */
  runMenu(functionName: string): ActionResult {
    const ui = this.addon.offline.ui;
    const menu = ui.menus[ui.menus.length - 1]?.items ?? [];
    if (!menu.some((item) => item?.functionName === functionName))
      return { ok: false, message: `The add-on's menu has no item calling ${functionName}.` };
    const before = ui.alerts.length;
    try {
      this.addon.invoke(functionName);
      return { ok: true, alerts: ui.alerts.slice(before) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      this.changed();
    }
  }

  /**
   * Loads a ticket export into the ticket-log tab, replacing it (or a new "Tickets" tab when there
   * is none). A file that cannot be read changes nothing. The saved column mapping is cleared, so
   * the add-on detects the new file's columns afresh.
   */
  importCsv(bytes: Uint8Array, fileName: string): ActionResult {
    const parsed = parseCsv(bytes, fileName, { timeZone: this.book.timeZone, locale: this.book.locale });
    if (!parsed.ok) return { ok: false, message: parsed.message };
    const tab = this.ticketTab();
    const own = this.book.sheet(tab);
    if (own && this.isAddonTab(own))
      return { ok: false, message: `Cannot load ${fileName}: "${tab}" is one of the add-on's own tabs.` };
    // Sheets' 10-million-cell limit is checked before the old tab goes, so a refused file changes nothing.
    const limit = this.book.cellLimitProblem(parsed.rows.length, parsed.columns, own);
    if (limit) return { ok: false, message: `Cannot load ${fileName}: ${limit} Nothing was changed.` };
    try {
      const sheet = this.book.loadSheet(tab, parsed.rows, { replace: true });
      sheet.fillFormat({ row: 1, column: 1, numRows: 1, numColumns: parsed.columns }, "fontWeight", "bold");
      sheet.setFrozenRows(1);
      this.book.makeActive(sheet);
    } catch (error) {
      return { ok: false, message: `Cannot load ${fileName}: ${(error as Error).message}` };
    } finally {
      this.changed();
    }
    const state = this.addon.run("getSidebarState", "[]");
    if (state.ok) {
      const settings = (JSON.parse(state.json) as { settings: Record<string, unknown> }).settings;
      this.addon.run("saveSettings", JSON.stringify([{ ...settings, ticketSheet: tab, columns: {} }]));
    }
    const rows = parsed.dataRows.toLocaleString("en-US");
    return {
      ok: true,
      message: `Loaded ${fileName}: ${rows} rows × ${parsed.columns} columns into the tab "${tab}".`,
      warnings: parsed.warnings,
    };
  }

  private isAddonTab(sheet: OfflineSheet): boolean {
    return sheet.metadata().some((m) => m.key === OWNER_KEY);
  }
}
