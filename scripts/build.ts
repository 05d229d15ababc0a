/**
 * `npm run build`: src/ → dist/, the exact files `clasp push` sends to Apps Script:
 * - Code.js: the bundle (one IIFE bound to a private global) plus generated top-level stubs: what
 *   Sheets evaluates on every custom-function call;
 * - ReportEngine.html: the report engine (src/report-engine.ts), one IIFE in a script element, which
 *   Code.js compiles only when a menu item or the sidebar needs it (see src/platform/script-file.ts);
 * - Sidebar.html: the sidebar with its CSS and JS inlined (no external requests);
 * - appsscript.json.
 * It also refreshes the README's function reference from the registry; with `--check` (what `npm test`
 * runs) it never writes the README and fails when the reference there differs from the registry, so a
 * stale README is a red test rather than a silent rewrite.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FUNCTION_SPECS } from "../src/functions/reference";
import { REPORT_ENGINE } from "../src/platform/script-file";
import { bundleScript, inlineScript } from "./bundle";
import { NAMESPACE, readmeStatus, renderCode } from "./codegen";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/** The public names of the entry: each becomes a top-level function. */
async function entryNames(): Promise<string[]> {
  const entry = await import("../src/main");
  return Object.keys(entry).filter(
    (name) => name !== "customFunction" && typeof (entry as Record<string, unknown>)[name] === "function",
  );
}

async function bundleSidebar(): Promise<string | undefined> {
  const template = join(root, "src/ui/sidebar.html");
  if (!existsSync(template)) return undefined;
  const js = await bundleScript(join(root, "src/ui/sidebar.ts"), { platform: "browser" });
  const cssFile = join(root, "src/ui/sidebar.css");
  const css = existsSync(cssFile) ? readFileSync(cssFile, "utf8") : "";
  return readFileSync(template, "utf8")
    .replace("<!-- inline:style -->", () => `<style>\n${css}</style>`)
    .replace("<!-- inline:script -->", () => inlineScript(js));
}

async function main(check: boolean): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const [bundle, engine, names, sidebar] = await Promise.all([
    bundleScript(join(root, "src/main.ts"), { platform: "neutral", globalName: NAMESPACE }),
    bundleScript(join(root, "src/report-engine.ts"), {
      platform: "neutral",
      globalName: REPORT_ENGINE.global,
    }),
    entryNames(),
    bundleSidebar(),
  ]);
  writeFileSync(join(dist, "Code.js"), renderCode(bundle, FUNCTION_SPECS, names));
  writeFileSync(join(dist, `${REPORT_ENGINE.file}.html`), `${inlineScript(engine)}\n`);
  if (sidebar) writeFileSync(join(dist, "Sidebar.html"), sidebar);
  writeFileSync(join(dist, "appsscript.json"), readFileSync(join(root, "appsscript.json")));

  const readmePath = join(root, "README.md");
  const readme = readmeStatus(readFileSync(readmePath, "utf8"), FUNCTION_SPECS);
  if (readme.stale && check) {
    console.error(
      "README.md: the function reference differs from src/functions; run `npm run build` and commit README.md.",
    );
    process.exitCode = 1;
  } else if (readme.stale) writeFileSync(readmePath, readme.updated);
  const kb = (file: string) => `${(Buffer.byteLength(readFileSync(join(dist, file))) / 1024).toFixed(1)} KB`;
  console.log(
    `dist/: Code.js ${kb("Code.js")} (${FUNCTION_SPECS.length} custom functions, ${names.length} entry points), ` +
      `${REPORT_ENGINE.file}.html ${kb(`${REPORT_ENGINE.file}.html`)}${sidebar ? ", Sidebar.html" : ""}`,
  );
}

await main(process.argv.includes("--check"));
