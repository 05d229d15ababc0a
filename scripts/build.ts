/**
 * `npm run build`: src/ → dist/, the exact files `clasp push` sends to Apps Script:
 * - Code.js: the bundle (one IIFE bound to a private global) plus generated top-level stubs;
 * - Sidebar.html: the sidebar with its CSS and JS inlined (no external requests);
 * - appsscript.json.
 * It also refreshes the README's function reference from the registry.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FUNCTION_SPECS } from "../src/functions/reference";
import { bundleScript, inlineScript } from "./bundle";
import { NAMESPACE, renderCode, renderReference, withReference } from "./codegen";

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

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const [bundle, names, sidebar] = await Promise.all([
    bundleScript(join(root, "src/main.ts"), { platform: "neutral", globalName: NAMESPACE }),
    entryNames(),
    bundleSidebar(),
  ]);
  writeFileSync(join(dist, "Code.js"), renderCode(bundle, FUNCTION_SPECS, names));
  if (sidebar) writeFileSync(join(dist, "Sidebar.html"), sidebar);
  writeFileSync(join(dist, "appsscript.json"), readFileSync(join(root, "appsscript.json")));

  const readmePath = join(root, "README.md");
  if (existsSync(readmePath)) {
    const readme = readFileSync(readmePath, "utf8");
    const updated = withReference(readme, renderReference(FUNCTION_SPECS));
    if (updated !== readme) writeFileSync(readmePath, updated);
  }
  console.log(
    `dist/: Code.js ${(Buffer.byteLength(readFileSync(join(dist, "Code.js"))) / 1024).toFixed(1)} KB, ${FUNCTION_SPECS.length} custom functions, ${names.length} entry points${sidebar ? ", Sidebar.html" : ""}`,
  );
}

await main();
