/**
 * The toolchain's promises: one tsconfig per runtime, each strict about unused code and type-only
 * imports; `npm test` checks the README instead of rewriting it; one Node version everywhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readmeStatus } from "../../scripts/codegen";
import { FUNCTION_SPECS } from "../../src/functions/reference";
import { ROOT } from "../support/bundle";

const CONFIGS = { server: "src/tsconfig.json", sidebar: "src/ui/tsconfig.json", tooling: "tsconfig.json" };

function parse(config: string): ts.ParsedCommandLine {
  const file = join(ROOT, config);
  const json = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(json.config, ts.sys, join(file, ".."), undefined, file);
}

/** The errors `source` gets when compiled, as a file of the config's own folder, with its options. */
function errorsOf(config: string, source: string): string[] {
  const parsed = parse(config);
  const fileName = join(ROOT, config, "..", "__probe__.ts");
  const host = ts.createCompilerHost(parsed.options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, version, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, version) : read(name, version, ...rest);
  const program = ts.createProgram([fileName], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe("one tsconfig per runtime", () => {
  it("each is strict about unused locals and parameters and keeps type-only imports marked", () => {
    for (const config of Object.values(CONFIGS)) {
      const { options } = parse(config);
      expect(options.noUnusedLocals, config).toBe(true);
      expect(options.noUnusedParameters, config).toBe(true);
      expect(options.verbatimModuleSyntax, config).toBe(true);
      expect(options.strict, config).toBe(true);
    }
  });

  it("Apps Script code sees Apps Script's globals and no DOM; the sidebar the DOM and no Apps Script", () => {
    expect(
      errorsOf(CONFIGS.server, "export const n = SpreadsheetApp.getActiveSpreadsheet().getName();"),
    ).toEqual([]);
    expect(errorsOf(CONFIGS.server, "export const t = document.title;").join()).toMatch(/document/);
    expect(errorsOf(CONFIGS.server, "export const p = process.argv;").join()).toMatch(/process/);
    expect(errorsOf(CONFIGS.sidebar, "export const t = document.title;")).toEqual([]);
    expect(errorsOf(CONFIGS.sidebar, "export const n = SpreadsheetApp.getUi();").join()).toMatch(
      /SpreadsheetApp/,
    );
    expect(errorsOf(CONFIGS.tooling, "export const p = process.argv;")).toEqual([]);
  }, 60_000);

  it("flags what the options promise: an unused import, an unused parameter, a type imported as a value", () => {
    const errors = errorsOf(
      CONFIGS.server,
      'import { Settings } from "./report/settings";\nimport { t } from "./i18n/messages";\n' +
        "export function f(unused: number): number { return 1; }\n",
    );
    expect(errors.join("\n")).toMatch(/'t' is declared but its value is never read/);
    expect(errors.join("\n")).toMatch(/'unused' is declared but its value is never read/);
    expect(errors.join("\n")).toMatch(/'Settings' is a type and must be imported using a type-only import/);
  }, 60_000);

  it("every TypeScript file is checked by the config of the runtime it runs in", () => {
    const server = new Set(parse(CONFIGS.server).fileNames.map((f) => relative(ROOT, f)));
    const sidebar = new Set(parse(CONFIGS.sidebar).fileNames.map((f) => relative(ROOT, f)));
    const tooling = new Set(parse(CONFIGS.tooling).fileNames.map((f) => relative(ROOT, f)));
    for (const file of tsFiles("src")) {
      const runtime = file.startsWith("src/ui/")
        ? sidebar
        : file.startsWith("src/offline/")
          ? tooling
          : server;
      expect(runtime.has(file), file).toBe(true);
      expect(
        [server, sidebar, tooling].filter((s) => s.has(file)),
        file,
      ).toHaveLength(1);
    }
    for (const dir of ["test", "scripts", "playground"])
      for (const file of tsFiles(dir)) expect(tooling.has(file), file).toBe(true);
  });

  it("npm test type-checks with all three and checks the README without rewriting it", () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
    for (const config of ["src", "src/ui", "."]) expect(scripts.typecheck).toContain(`-p ${config} `.trim());
    expect(scripts.test).toMatch(/^npm run build:check && npm run typecheck/);
    expect(scripts["build:check"]).toBe("tsx scripts/build.ts --check");
  });
});

describe("the README's function reference", () => {
  it("is stale when it differs from the registry by one character, and current as committed", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readmeStatus(readme, FUNCTION_SPECS).stale).toBe(false);
    const edited = readme.replace("Net Promoter Score of 0–10 answers", "Net Promoter Score of 0-10 answers");
    expect(edited).not.toBe(readme);
    const status = readmeStatus(edited, FUNCTION_SPECS);
    expect(status.stale).toBe(true);
    expect(status.updated).toBe(readme);
  });
});

describe("one Node version", () => {
  it(".nvmrc, engines and @types/node name the same major, and the README says when it moves", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const major = readFileSync(join(ROOT, ".nvmrc"), "utf8").trim();
    expect(major).toMatch(/^\d+$/);
    expect(pkg.engines.node).toBe(`>=${major}.19 <${Number(major) + 1}`);
    expect(pkg.devDependencies["@types/node"]).toMatch(new RegExp(`^\\^${major}\\.`));
    expect(process.versions.node.split(".")[0]).toBe(major);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`Node ${major}[^.]*end of life`));
  });
});
