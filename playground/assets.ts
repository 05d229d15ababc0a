/**
 * The files the playground serves: the page (HTML, CSS, and its script bundled with esbuild at
 * start, Chart.js included), the add-on's built files from dist/, and the Sidebar.html the add-on
 * opens with a `google.script.run` bridge put in before its own script.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleScript, inlineScript } from "../scripts/bundle";
import type { AddonFiles } from "./bridge";

export const PLAYGROUND_DIR = import.meta.dirname;
export const ROOT = join(PLAYGROUND_DIR, "..");
export const DIST = join(ROOT, "dist");

export interface PageAssets {
  html: string;
  css: string;
  script: string;
  /** The script defining `google.script.run` in the sidebar. */
  bridge: string;
}

/** The HTML files the built add-on opens through HtmlService. */
const HTML_FILES = ["Sidebar.html", "ReportEngine.html"];

/** dist/Code.js and dist/'s HTML files, or an error saying to build first. */
export function readAddonFiles(dist = DIST): AddonFiles {
  const read = (name: string) => {
    const file = join(dist, name);
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` first (npm start does).`);
    return readFileSync(file, "utf8");
  };
  return {
    code: read("Code.js"),
    htmlFiles: Object.fromEntries(HTML_FILES.map((name) => [name, read(name)])),
  };
}

export async function buildPageAssets(): Promise<PageAssets> {
  const bundle = (entry: string) => bundleScript(join(PLAYGROUND_DIR, entry), { platform: "browser" });
  const [script, bridge] = await Promise.all([bundle("page.ts"), bundle("sidebar-bridge.ts")]);
  return {
    html: readFileSync(join(PLAYGROUND_DIR, "page.html"), "utf8"),
    css: readFileSync(join(PLAYGROUND_DIR, "page.css"), "utf8"),
    script,
    bridge,
  };
}

/** The sidebar's HTML with the bridge as the first script of its head, so it runs before the sidebar's. */
export function withBridge(html: string, bridge: string): string {
  const tag = inlineScript(bridge);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return `${tag}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${tag}${html.slice(at)}`;
}
