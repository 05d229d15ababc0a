/**
 * Loads the built `dist/Code.js` the way Apps Script does: one plain script in a fresh global scope
 * (a `node:vm` context), with only the Apps Script globals a test provides. Values crossing into it
 * (Dates, arrays) are made inside that context, exactly as Sheets hands them to a custom function.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { readAddonFiles } from "../../playground/assets";
import { createOfflineServices, type OfflineOptions, type OfflineServices } from "../../src/offline/services";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CODE_JS = join(ROOT, "dist", "Code.js");

export function readBuiltCode(): string {
  if (!existsSync(CODE_JS)) throw new Error("dist/Code.js is missing: run `npm run build` (npm test does).");
  return readFileSync(CODE_JS, "utf8");
}

export interface LoadedBundle {
  context: vm.Context;
  /** Calls a top-level function of Code.js by name with arguments built in the context. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression in the context (e.g. `new Date(2026, 0, 1)` to make a context Date). */
  evaluate(expression: string): unknown;
}

/** Deep-copies test values into the context's own Array and Date, as Sheets would pass them. */
function intoContext(context: vm.Context, value: unknown): unknown {
  const toContext = vm.runInContext(
    `(function convert(v){ if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(convert(v[i])); return a; }
       if (v && typeof v === "object" && Object.prototype.toString.call(v) === "[object Date]") return new Date(v.getTime());
       return v; })`,
    context,
  ) as (v: unknown) => unknown;
  return toContext(value);
}

export function loadBundle(globals: Record<string, unknown> = {}, code = readBuiltCode()): LoadedBundle {
  // Copy property descriptors, not values, so a getter standing in for a service stays lazy.
  const sandbox = Object.defineProperties({ console }, Object.getOwnPropertyDescriptors(globals));
  const context = vm.createContext(sandbox);
  vm.runInContext(code, context, { filename: "Code.js" });
  return {
    context,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
      return fn(...args.map((a) => intoContext(context, a)));
    },
    evaluate(expression) {
      return vm.runInContext(expression, context);
    },
  };
}

/** The one Apps Script service custom functions use: the spreadsheet's time zone. */
export function sheetsGlobals(timeZone: string): Record<string, unknown> {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }),
    },
  };
}

/**
 * The built add-on against a fresh offline spreadsheet: Code.js with all four services as globals,
 * and HtmlService serving dist/'s HTML files (the sidebar, the report engine), as Sheets would.
 */
export function loadAddonBundle(options: Omit<OfflineOptions, "htmlFiles"> = {}): {
  offline: OfflineServices;
  bundle: LoadedBundle;
} {
  const offline = createOfflineServices({ ...options, htmlFiles: readAddonFiles().htmlFiles });
  const bundle = loadBundle({
    SpreadsheetApp: offline.spreadsheetApp,
    PropertiesService: offline.propertiesService,
    LockService: offline.lockService,
    HtmlService: offline.htmlService,
    ScriptApp: offline.scriptApp,
  });
  return { offline, bundle };
}
