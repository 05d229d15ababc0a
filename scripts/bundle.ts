/**
 * How this project bundles a script with esbuild, shared by the build (Code.js, the sidebar) and the
 * playground (its page): one minified ES2020 IIFE, text as written (not \uXXXX escapes: a little
 * smaller, and readable in the Apps Script editor), no legal comments.
 */
import { build } from "esbuild";

export interface BundleOptions {
  /** "browser" for pages and the sidebar; "neutral" for Apps Script, which is neither browser nor Node. */
  platform: "browser" | "neutral";
  /** The global the IIFE's exports are bound to; none for a page script. */
  globalName?: string;
}

/** The bundled script of `entry` (an absolute path), as text. */
export async function bundleScript(entry: string, options: BundleOptions): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: options.globalName,
    target: "es2020",
    platform: options.platform,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  return result.outputFiles[0].text;
}

/** A script as an inline `<script>` element; a "</script" inside it is escaped so it cannot end the element. */
export function inlineScript(js: string): string {
  return `<script>\n${js.replace(/<\/(script)/gi, "<\\/$1")}</script>`;
}
