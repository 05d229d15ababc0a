/**
 * Loading a script shipped as an HTML file (src/platform/script-file.ts): what the build writes
 * comes back as the one global it declares, and anything else is refused with a message.
 */
import { describe, expect, it } from "vitest";
import { inlineScript } from "../../scripts/bundle";
import { createOfflineServices } from "../../src/offline/services";
import { loadScriptFile } from "../../src/platform/script-file";

function htmlService(files: Record<string, string>) {
  return createOfflineServices({ htmlFiles: files }).htmlService;
}

describe("loadScriptFile", () => {
  it("runs the script written by the build and returns its global, a '</script' in its text intact", () => {
    const script = 'var Engine_ = (() => ({ close: "</script>", sum: (a, b) => a + b }))();';
    const html = htmlService({ "Engine.html": `${inlineScript(script)}\n` });
    const engine = loadScriptFile<{ close: string; sum(a: number, b: number): number }>(
      html,
      "Engine",
      "Engine_",
    );
    expect(engine.sum(2, 3)).toBe(5);
    expect(engine.close).toBe("</script>");
  });

  it("keeps the script's declarations out of the caller's global scope", () => {
    const html = htmlService({ "Engine.html": inlineScript("var Engine_ = 1; var helper_ = 2;") });
    expect(loadScriptFile(html, "Engine", "Engine_")).toBe(1);
    expect("helper_" in globalThis).toBe(false);
  });

  it("refuses a file that is not one script element, naming it", () => {
    const html = htmlService({ "Engine.html": "<p>not a script</p>" });
    expect(() => loadScriptFile(html, "Engine", "Engine_")).toThrow(
      "Engine.html is not one script element: build and push dist/ again.",
    );
  });

  it("says which file is missing, as HtmlService does", () => {
    expect(() => loadScriptFile(htmlService({}), "Engine", "Engine_")).toThrow(/Engine/);
  });
});
