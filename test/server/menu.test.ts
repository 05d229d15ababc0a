/**
 * The menu as Sheets builds it: the bundle's global onOpen, in AuthMode.NONE where only the menu
 * may be built, and the menu items' handlers calling real global functions, which compile the
 * report engine from dist/ReportEngine.html.
 */
import { describe, expect, it } from "vitest";
import { readAddonFiles } from "../../playground/assets";
import { menuDe } from "../../src/i18n/de";
import { menuEn, serverEn } from "../../src/i18n/en";
import { createOfflineServices } from "../../src/offline/services";
import { loadAddonBundle, loadBundle } from "../support/bundle";

const en = { ...menuEn, ...serverEn };

/** Globals whose every touch throws: what onOpen must not use before the user authorises. */
function forbidden(names: string[]): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const name of names) {
    Object.defineProperty(globals, name, {
      enumerable: true,
      get() {
        throw new Error(`${name} is not available in AuthMode.NONE`);
      },
    });
  }
  return globals;
}

describe("add-on menu", () => {
  it("onOpen in AuthMode.NONE builds the add-on menu with SpreadsheetApp's UI and ScriptApp.AuthMode only", () => {
    const offline = createOfflineServices({ locale: "de_DE" });
    const globals = forbidden(["PropertiesService", "LockService", "HtmlService", "Session"]);
    // Every property of SpreadsheetApp and ScriptApp it reads is recorded: a read caught and ignored still shows.
    const touched: string[] = [];
    const recorded = <T extends object>(service: T, name: string): T =>
      new Proxy(service, {
        get(target, property) {
          touched.push(`${name}.${String(property)}`);
          const value = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    Object.defineProperty(globals, "SpreadsheetApp", {
      value: recorded(offline.spreadsheetApp, "SpreadsheetApp"),
    });
    Object.defineProperty(globals, "ScriptApp", { value: recorded(offline.scriptApp, "ScriptApp") });
    const bundle = loadBundle(globals);
    bundle.call("onOpen", { authMode: offline.scriptApp.AuthMode.NONE });
    expect(touched).toEqual(["ScriptApp.AuthMode", "SpreadsheetApp.getUi"]);
    expect(offline.ui.menus).toHaveLength(1);
    const items = offline.ui.menus[0].items;
    expect(items.filter((i) => i !== null).map((i) => i?.caption)).toEqual([
      en["menu.build"],
      en["menu.sample"],
      en["menu.definitions"],
      en["menu.help"],
    ]);
    for (const item of items)
      if (item) expect(typeof bundle.context[item.functionName], item.functionName).toBe("function");
  });

  it("onInstall (always FULL) builds the same menu, in the spreadsheet's language", () => {
    const offline = createOfflineServices({ locale: "de_DE" });
    const bundle = loadBundle({ SpreadsheetApp: offline.spreadsheetApp, ScriptApp: offline.scriptApp });
    bundle.call("onInstall", { authMode: offline.scriptApp.AuthMode.FULL });
    expect(offline.ui.menus).toHaveLength(1);
    expect(offline.ui.menus[0].items[0]?.caption).toBe(menuDe["menu.build"]);
  });

  it("after the first click in a document opened in AuthMode.NONE, the menu speaks its language", () => {
    const { offline, bundle } = loadAddonBundle({ locale: "de_DE" });
    bundle.call("onOpen", { authMode: offline.scriptApp.AuthMode.NONE });
    expect(offline.ui.menus[0].items[0]?.caption).toBe(en["menu.build"]);
    bundle.call("showHelp");
    // Replaced, not added: an add-on has one menu.
    expect(offline.ui.menus).toHaveLength(1);
    expect(offline.ui.menus[0].items.filter((i) => i !== null).map((i) => i?.caption)).toEqual(
      Object.values(menuDe),
    );
    expect(offline.ui.alerts.at(-1)).toContain(menuDe["menu.build"]);
  });

  it("speaks the spreadsheet's language once it may read it (LIMITED, FULL), English before", () => {
    const captions = (mode: "NONE" | "LIMITED" | "FULL" | undefined, locale: string) => {
      const offline = createOfflineServices({ locale });
      const globals = forbidden(["PropertiesService", "LockService", "HtmlService"]);
      Object.defineProperty(globals, "SpreadsheetApp", { value: offline.spreadsheetApp, enumerable: true });
      Object.defineProperty(globals, "ScriptApp", { value: offline.scriptApp, enumerable: true });
      const bundle = loadBundle(globals);
      bundle.call("onOpen", mode === undefined ? undefined : { authMode: offline.scriptApp.AuthMode[mode] });
      return offline.ui.menus[0].items.filter((i) => i !== null).map((i) => i?.caption);
    };
    const english = [en["menu.build"], en["menu.sample"], en["menu.definitions"], en["menu.help"]];
    const german = [
      menuDe["menu.build"],
      menuDe["menu.sample"],
      menuDe["menu.definitions"],
      menuDe["menu.help"],
    ];
    expect(captions("LIMITED", "de_DE")).toEqual(german);
    expect(captions("FULL", "de_AT")).toEqual(german);
    expect(captions("NONE", "de_DE")).toEqual(english);
    expect(captions(undefined, "de_DE")).toEqual(english);
    expect(captions("FULL", "pt_BR")).toEqual(english);
    expect(german).not.toEqual(english);
  });

  it("compares the event's mode with ScriptApp.AuthMode.NONE itself, not with a name", () => {
    const offline = createOfflineServices({ locale: "de_DE" });
    // An enum whose NONE is not called "NONE": only an identity comparison recognises it.
    const none = { toString: () => "AuthMode(0)" };
    const scriptApp = { AuthMode: { ...offline.scriptApp.AuthMode, NONE: none } };
    const globals = forbidden(["PropertiesService", "LockService", "HtmlService"]);
    let reads = 0;
    const spreadsheetApp = {
      getUi: () => offline.spreadsheetApp.getUi(),
      getActiveSpreadsheet: () => {
        reads++;
        return offline.spreadsheetApp.getActiveSpreadsheet();
      },
    };
    Object.defineProperty(globals, "SpreadsheetApp", { value: spreadsheetApp, enumerable: true });
    Object.defineProperty(globals, "ScriptApp", { value: scriptApp, enumerable: true });
    const bundle = loadBundle(globals);
    bundle.call("onOpen", { authMode: none });
    expect(reads).toBe(0);
    expect(offline.ui.menus[0].items[0]?.caption).toBe(en["menu.build"]);
    bundle.call("onOpen", { authMode: "NONE" });
    expect(reads).toBe(1);
  });

  it("is built in English when reading the locale fails all the same", () => {
    const offline = createOfflineServices({ locale: "de_DE" });
    const bundle = loadBundle({
      SpreadsheetApp: {
        getUi: () => offline.spreadsheetApp.getUi(),
        getActiveSpreadsheet: () => {
          throw new Error("Authorization is required to perform that action.");
        },
      },
      ScriptApp: offline.scriptApp,
    });
    bundle.call("onOpen", { authMode: offline.scriptApp.AuthMode.LIMITED });
    expect(offline.ui.menus[0].items[0]?.caption).toBe(en["menu.build"]);
  });

  it("each item works: sidebar, sample data, definitions tab, help", () => {
    const sidebar = readAddonFiles().htmlFiles["Sidebar.html"];
    const { offline, bundle } = loadAddonBundle({ timeZone: "Europe/Riga" });
    bundle.call("showSidebar");
    expect(offline.ui.sidebars.map((s) => s.getContent())).toEqual([sidebar]);

    bundle.call("insertSampleData");
    const names = offline.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(["Tickets", "Survey", "Customers"]));
    expect(offline.ui.sidebars).toHaveLength(2);

    bundle.call("showDefinitions");
    const definitions = offline.spreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    expect(definitions.getName()).toBe(en["definitions.sheetName"]);
    bundle.call("showDefinitions");
    expect(
      offline.spreadsheet.getSheets().filter((s) => s.getName() === en["definitions.sheetName"]),
    ).toHaveLength(1);

    bundle.call("showHelp");
    expect(offline.ui.alerts).toEqual([en["help.text"]]);
  });
});
