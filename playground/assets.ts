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

/** dist/Code.js and dist/Sidebar.html, or an error saying to build first. */
export function readAddonFiles(dist = DIST): AddonFiles {
  const code = join(dist, "Code.js");
  const sidebar = join(dist, "Sidebar.html");
  for (const file of [code, sidebar]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` first (npm start does).`);
  }
  return { code: readFileSync(code, "utf8"), sidebar: readFileSync(sidebar, "utf8") };
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
