/**
 * `Ui`, menus and `HtmlOutput`: what the add-on shows is recorded so tests (and the playground) can
 * see the menu items, the sidebar's file and title, and every alert.
 */
import type { HtmlOutputLike, MenuLike, UiLike } from "../platform/services";
import type { CallLog } from "./call-log";

/** A menu as added to the UI. */
export interface RecordedMenu {
  /** Add-on menus carry the add-on's name in Sheets; "addon" marks them here. */
  kind: "addon";
  /** Items in order; a separator is `null`. */
  items: ({ caption: string; functionName: string } | null)[];
}

/** Where `createHtmlOutputFromFile` finds files: a map by name ("Sidebar" or "Sidebar.html"). */
export type HtmlFiles = Record<string, string> | ((name: string) => string | undefined);

/** An `HtmlOutput` made from a file: its name, title and content. */
export class OfflineHtmlOutput implements HtmlOutputLike {
  title = "";

  constructor(
    private readonly calls: CallLog,
    /** The file name as given to `createHtmlOutputFromFile`. */
    readonly fileName: string,
    private readonly content: string,
  ) {}

  setTitle(title: string): HtmlOutputLike {
    this.calls.count("HtmlOutput.setTitle");
    this.title = title;
    return this;
  }

  getContent(): string {
    this.calls.count("HtmlOutput.getContent");
    return this.content;
  }

  /** The content without counting a call. */
  peekContent(): string {
    return this.content;
  }
}

/**
 * `HtmlService.createHtmlOutputFromFile`. With no files given, any name gives an empty page (tests
 * that only check which file was opened); with files, a missing name throws as Apps Script does.
 */
export class OfflineHtmlService {
  constructor(
    private readonly calls: CallLog,
    private readonly files?: HtmlFiles,
  ) {}

  createHtmlOutputFromFile(filename: string): HtmlOutputLike {
    this.calls.count("HtmlService.createHtmlOutputFromFile");
    return new OfflineHtmlOutput(this.calls, filename, this.read(filename));
  }

  private read(filename: string): string {
    if (this.files === undefined) return "";
    const names = filename.endsWith(".html") ? [filename] : [filename, `${filename}.html`];
    for (const name of names) {
      const content = typeof this.files === "function" ? this.files(name) : this.files[name];
      if (content !== undefined) return content;
    }
    throw new Error(`No HTML file named ${filename} was found.`);
  }
}

class OfflineMenu implements MenuLike {
  private readonly items: RecordedMenu["items"] = [];

  constructor(
    private readonly ui: OfflineUi,
    private readonly calls: CallLog,
  ) {}

  addItem(caption: string, functionName: string): MenuLike {
    this.calls.count("Menu.addItem");
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): MenuLike {
    this.calls.count("Menu.addSeparator");
    this.items.push(null);
    return this;
  }

  addToUi(): void {
    this.calls.count("Menu.addToUi");
    // An add-on has one menu: adding it again replaces it, as in Sheets.
    const menu: RecordedMenu = { kind: "addon", items: [...this.items] };
    const shown = this.ui.menus.findIndex((m) => m.kind === "addon");
    if (shown >= 0) this.ui.menus[shown] = menu;
    else this.ui.menus.push(menu);
  }
}

/** `SpreadsheetApp.getUi()`: records menus, sidebars and alerts. */
export class OfflineUi implements UiLike {
  /** The menus in the UI, in the order first added (the add-on's one replaced when added again). */
  readonly menus: RecordedMenu[] = [];
  /** Sidebars shown, in order (the last one is open). */
  readonly sidebars: OfflineHtmlOutput[] = [];
  /** Alert messages, in order. */
  readonly alerts: string[] = [];

  constructor(private readonly calls: CallLog) {}

  createAddonMenu(): MenuLike {
    this.calls.count("Ui.createAddonMenu");
    return new OfflineMenu(this, this.calls);
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.calls.count("Ui.showSidebar");
    if (!(userInterface instanceof OfflineHtmlOutput))
      throw new Error("showSidebar: not an HtmlOutput from HtmlService.");
    this.sidebars.push(userInterface);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script returns its Button enum
  alert(prompt: string): any {
    this.calls.count("Ui.alert");
    this.alerts.push(String(prompt));
    return "OK";
  }
}
