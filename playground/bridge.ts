/**
 * The built add-on running offline: `dist/Code.js` evaluated in a `node:vm` context whose globals
 * are the offline services, with dist/'s HTML files (the sidebar, the report engine) behind
 * `HtmlService`: exactly the files `clasp push` sends to Apps Script. The sidebar's
 * `google.script.run` calls arrive here as JSON and call Code.js's top-level functions; formulas in
 * the offline spreadsheet call its custom-function stubs (`=NPS(…)`).
 */
import vm from "node:vm";
import { createOfflineServices, type OfflineServices } from "../src/offline/services";
import type { CustomFunction } from "../src/offline/sheets-functions";

export interface AddonFiles {
  /** dist/Code.js */
  code: string;
  /** dist/'s HTML files by file name ("Sidebar.html", "ReportEngine.html"), as HtmlService serves them. */
  htmlFiles: Record<string, string>;
}

/** What a `google.script.run` call answers: a JSON result, or the error's message. */
export type RpcAnswer = { ok: true; json: string } | { ok: false; error: string };

export interface Addon {
  offline: OfflineServices;
  /** Names of the custom functions Code.js declares (`@customfunction` stubs). */
  customFunctionNames: string[];
  /** Calls a top-level function as `google.script.run` does, with JSON arguments. */
  run(name: string, argsJson: string): RpcAnswer;
  /** Calls a top-level function (menu items, onOpen with its event), throwing its error. */
  invoke(name: string, ...args: unknown[]): unknown;
}

/** The names of the `@customfunction` stubs the build writes into Code.js. */
export function customFunctionNames(code: string): string[] {
  return [...code.matchAll(/@customfunction\s*\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]);
}

function messageOf(error: unknown): string {
  // Errors thrown in the context are not `instanceof Error` here (another realm).
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/** Whether a value holds a Date anywhere (google.script.run cannot carry one). */
function holdsDate(value: unknown, depth = 0): boolean {
  if (Object.prototype.toString.call(value) === "[object Date]") return true;
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.values(value).some((v) => holdsDate(v, depth + 1));
}

/** Loads Code.js against a fresh offline spreadsheet (see the module comment). */
export function loadAddon(files: AddonFiles, options: { timeZone: string; locale?: string }): Addon {
  const offline = createOfflineServices({
    timeZone: options.timeZone,
    locale: options.locale,
    htmlFiles: files.htmlFiles,
  });
  const context = vm.createContext({
    console,
    SpreadsheetApp: offline.spreadsheetApp,
    PropertiesService: offline.propertiesService,
    LockService: offline.lockService,
    HtmlService: offline.htmlService,
    ScriptApp: offline.scriptApp,
  });
  vm.runInContext(files.code, context, { filename: "Code.js" });

  // Values handed to Code.js are made in its own realm, as Apps Script makes them.
  const parse = vm.runInContext("JSON.parse", context) as (text: string) => unknown;
  const intoContext = vm.runInContext(
    `(function convert(v) {
       if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(convert(v[i])); return a; }
       if (Object.prototype.toString.call(v) === "[object Date]") return new Date(v.getTime());
       return v;
     })`,
    context,
  ) as (value: unknown) => unknown;

  const topLevel = (name: string): ((...args: unknown[]) => unknown) => {
    // Apps Script runs only top-level functions, and never private ones (a trailing "_").
    const fn = /^[A-Za-z$][\w$]*$/.test(name) && !name.endsWith("_") ? context[name] : undefined;
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  };

  const names = customFunctionNames(files.code);
  const functions: Record<string, CustomFunction> = {};
  for (const name of names) {
    const fn = topLevel(name);
    functions[name] = (...args) => fn(...args.map(intoContext));
  }
  offline.spreadsheet.defineCustomFunctions(functions);

  return {
    offline,
    customFunctionNames: names,
    run(name, argsJson) {
      try {
        const fn = topLevel(name);
        const args = parse(argsJson);
        if (!Array.isArray(args)) return { ok: false, error: "The arguments must be a JSON array." };
        const result = fn(...args);
        if (holdsDate(result))
          return { ok: false, error: `${name} returned a Date, which google.script.run cannot carry.` };
        return { ok: true, json: JSON.stringify(result === undefined ? null : result) };
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
    },
    invoke(name, ...args) {
      try {
        return topLevel(name)(...args.map(intoContext));
      } catch (error) {
        throw new Error(messageOf(error));
      }
    },
  };
}
