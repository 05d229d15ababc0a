/**
 * The shape of the code, checked: imports point down only, Apps Script globals appear only in
 * src/platform, the offline spreadsheet (and its GPL formula engine) never reaches dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readAddonFiles } from "../playground/assets";
import { ROOT, readBuiltCode } from "./support/bundle";

const SRC = join(ROOT, "src");

/**
 * Lower numbers sit lower; a module may import its own layer or any lower one. The input layer's
 * Sheets-value readers (`src/input/values/`) are a layer of their own at the bottom, so the custom
 * functions can share them without reaching column detection, header names or the log readers
 * (which would also swell Code.js, evaluated on every custom-function call).
 */
const RANK: Record<string, number> = {
  platform: 0,
  i18n: 0,
  "input/values": 1,
  metrics: 2,
  offline: 3,
  functions: 3,
  input: 4,
  report: 5,
  server: 6,
  ui: 6,
  "main.ts": 7,
  "report-engine.ts": 7,
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

function layerOf(path: string): string {
  const parts = relative(SRC, path).split("/");
  return parts[0] === "input" && parts[1] === "values" ? "input/values" : parts[0];
}

/** Source without comments and string contents, so prose mentioning a service does not count. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, '""');
}

const sources = files(SRC).map((path) => ({ path, layer: layerOf(path), text: readFileSync(path, "utf8") }));

describe("architecture", () => {
  it("knows every layer", () => {
    for (const { path, layer } of sources) expect(RANK[layer], relative(ROOT, path)).toBeDefined();
  });

  it("imports point down only", () => {
    const wrong: string[] = [];
    for (const { path, layer, text } of sources) {
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gm)) {
        const target = layerOf(join(path, "..", m[3]));
        const typeOnly = Boolean(m[2]);
        const sideways = RANK[target] === RANK[layer] && target !== layer;
        // The sidebar may import the server's API *types*, and Code.js's entry the report engine's:
        // they vanish from the bundle.
        if (layer === "ui" && target === "server" && typeOnly) continue;
        if (layer === "main.ts" && target === "report-engine.ts" && typeOnly) continue;
        if (RANK[target] > RANK[layer] || sideways) wrong.push(`${relative(ROOT, path)} → ${m[3]}`);
        if (target === "offline" && layer !== "offline")
          wrong.push(`${relative(ROOT, path)} → offline (tests only)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("uses Apps Script globals only in src/platform", () => {
    const globals =
      /\b(SpreadsheetApp|PropertiesService|LockService|HtmlService|Utilities|Session|ScriptApp|CacheService|UrlFetchApp|Logger|google\.script)\b/;
    const wrong = sources
      .filter(({ layer, path }) => layer !== "platform" && layer !== "offline" && !path.endsWith("ui/rpc.ts"))
      .filter(({ text }) => globals.test(code(text)))
      .map(({ path }) => relative(ROOT, path));
    expect(wrong).toEqual([]);
  });

  it("keeps the offline spreadsheet and HyperFormula (GPL) out of dist/", () => {
    for (const bundle of [readBuiltCode(), readAddonFiles().htmlFiles["ReportEngine.html"]]) {
      expect(bundle).not.toMatch(/hyperformula|HyperFormula/i);
      expect(bundle).not.toMatch(/UrlFetchApp/);
    }
    for (const { layer, text, path } of sources) {
      if (layer !== "offline") expect(text, relative(ROOT, path)).not.toMatch(/from "hyperformula"/);
    }
  });
});
