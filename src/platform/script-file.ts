/**
 * A script shipped as a project HTML file and compiled on first use.
 *
 * Why: Sheets evaluates every script (.gs) file of the project on every custom-function call, but
 * reads an HTML file only when the code asks for it. So the report engine (the sidebar's endpoints,
 * the report, sample data, the definitions tab and all their words: most of the add-on's code) ships
 * as dist/ReportEngine.html, one `<script>` element holding an esbuild IIFE, and Code.js compiles it
 * only when a menu item or the sidebar needs it. Custom functions never load it.
 */
import type { HtmlOutputLike } from "./services";

/** The report engine's file (without ".html") and the global its IIFE binds; the build uses both. */
export const REPORT_ENGINE = { file: "ReportEngine", global: "SupportKPIsReport_" } as const;

/** The whole of a file written by `inlineScript` (scripts/bundle.ts): one script element. */
const SCRIPT_ELEMENT = /^\s*<script>\n?([\s\S]*)<\/script>\s*$/;

/** The value of `globalName` after running the script in `file` (an HTML file of the project). */
export function loadScriptFile<T>(
  htmlService: { createHtmlOutputFromFile(filename: string): HtmlOutputLike },
  file: string,
  globalName: string,
): T {
  const body = SCRIPT_ELEMENT.exec(htmlService.createHtmlOutputFromFile(file).getContent());
  if (!body) throw new Error(`${file}.html is not one script element: build and push dist/ again.`);
  // The body was written by our own build (no user input reaches it); `Function` runs it in the
  // global scope, like a .gs file, and hands back the one global it declares.
  return new Function(`${body[1]}\nreturn ${globalName};`)() as T;
}
