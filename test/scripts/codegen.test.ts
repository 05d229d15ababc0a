import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { customFunctionStub, renderReference, withReference } from "../../scripts/codegen";
import { FUNCTION_SPECS } from "../../src/functions/reference";
import { FUNCTIONS } from "../../src/functions/registry";
import * as entry from "../../src/main";
import { loadBundle, ROOT, readBuiltCode } from "../support/bundle";

/** Sheets functions HyperFormula does not implement; a custom function must not shadow any of them. */
const SHEETS_ONLY = [
  "ARRAYFORMULA",
  "ARRAY_CONSTRAIN",
  "BYCOL",
  "BYROW",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "DETECTLANGUAGE",
  "FILTER",
  "FLATTEN",
  "GOOGLEFINANCE",
  "GOOGLETRANSLATE",
  "HSTACK",
  "IMAGE",
  "IMPORTDATA",
  "IMPORTFEED",
  "IMPORTHTML",
  "IMPORTRANGE",
  "IMPORTXML",
  "LAMBDA",
  "LET",
  "MAKEARRAY",
  "MAP",
  "QUERY",
  "REDUCE",
  "REGEXEXTRACT",
  "REGEXMATCH",
  "REGEXREPLACE",
  "SCAN",
  "SEQUENCE",
  "SORT",
  "SORTN",
  "SPARKLINE",
  "SPLIT",
  "TOCOL",
  "TOROW",
  "UNIQUE",
  "VSTACK",
  "WRAPCOLS",
  "WRAPROWS",
  "XLOOKUP",
  "XMATCH",
  "NETWORKDAYS",
  "NETWORKDAYS.INTL",
  "WORKDAY",
  "EPOCHTODATE",
];

describe("custom-function registry", () => {
  it("has unique names that shadow no built-in Sheets function and are not private", () => {
    const builtins = new Set([...HyperFormula.getRegisteredFunctionNames("enGB"), ...SHEETS_ONLY]);
    const names = FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name, name).toMatch(/^[A-Z][A-Z0-9_]*[A-Z0-9]$/);
      expect(builtins.has(name), `${name} is a built-in Sheets function`).toBe(false);
    }
  });

  it("documents exactly the registered functions, in the registry's order, with their parameters", () => {
    expect(FUNCTION_SPECS.map((f) => f.name)).toEqual(FUNCTIONS.map((f) => f.name));
    FUNCTION_SPECS.forEach((spec, i) => {
      expect(spec.params.map((p) => [p.name, Boolean(p.optional)])).toEqual(
        FUNCTIONS[i].params.map((p) => [p.name, Boolean(p.optional)]),
      );
      expect(spec.run).toBe(FUNCTIONS[i].run);
    });
  });

  it("documents every function and parameter", () => {
    for (const spec of FUNCTION_SPECS) {
      expect(spec.summary.length, spec.name).toBeGreaterThan(10);
      expect(spec.convention.length, spec.name).toBeGreaterThan(10);
      expect(spec.example, spec.name).toContain(`=${spec.name}(`);
      let seenOptional = false;
      for (const p of spec.params) {
        expect(p.name, spec.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.help.length, `${spec.name}.${p.name}`).toBeGreaterThan(5);
        if (p.optional) seenOptional = true;
        else expect(seenOptional, `${spec.name}: required ${p.name} after an optional one`).toBe(false);
      }
    }
  });
});

describe("dist/Code.js", () => {
  const code = readBuiltCode();

  it("is one plain script: no import or export, parses as a classic script", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it("puts each @customfunction JSDoc right above its stub, with the stub's parameter names", () => {
    for (const spec of FUNCTION_SPECS) {
      const stub = customFunctionStub(spec);
      expect(code, spec.name).toContain(stub);
      const block = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${spec.name}\\(([^)]*)\\)`,
      ).exec(code);
      expect(block, spec.name).not.toBeNull();
      const [, doc, params] = block!;
      expect(doc).toContain("@customfunction");
      const documented = [...doc.matchAll(/@param \{[^}]*\} (\w+)/g)].map((m) => m[1]);
      const declared = params
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      expect(documented).toEqual(spec.params.map((p) => p.name));
      expect(declared).toEqual(documented);
    }
  });

  it("carries each help text once, in the JSDoc: the bundle itself has none", () => {
    const bundle = code.slice(0, code.indexOf(customFunctionStub(FUNCTION_SPECS[0])));
    expect(bundle.length).toBeGreaterThan(1000);
    for (const spec of FUNCTION_SPECS) {
      for (const text of [spec.summary, spec.convention, spec.returns, ...spec.params.map((p) => p.help)]) {
        // The longest stretch of plain ASCII: found as typed however the bundle escapes the rest.
        const phrase = (text.match(/[ -~]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
        if (phrase.length >= 25) expect(bundle, `${spec.name}: ${phrase}`).not.toContain(phrase);
      }
    }
  });

  it("defines a top-level function for every entry export, and runs nothing at load time", () => {
    const touched: string[] = [];
    const services: Record<string, unknown> = {};
    for (const name of [
      "SpreadsheetApp",
      "PropertiesService",
      "LockService",
      "HtmlService",
      "Session",
      "Utilities",
      "ScriptApp",
    ]) {
      Object.defineProperty(services, name, {
        enumerable: true,
        get() {
          touched.push(name);
          throw new Error(`${name} used at load time`);
        },
      });
    }
    const bundle = loadBundle(services, code);
    expect(touched).toEqual([]);
    for (const name of Object.keys(entry).filter((n) => n !== "customFunction")) {
      expect(typeof bundle.context[name], name).toBe("function");
    }
    for (const spec of FUNCTION_SPECS) expect(typeof bundle.context[spec.name], spec.name).toBe("function");
  });
});

describe("deployment files", () => {
  it("asks for exactly the two OAuth scopes, on V8 with Stackdriver logging", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "dist", "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  it("keeps the README's function reference in step with the registry", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(withReference(readme, renderReference(FUNCTION_SPECS))).toBe(readme);
    for (const spec of FUNCTION_SPECS) expect(readme).toContain(`### \`${spec.name}(`);
  });
});
