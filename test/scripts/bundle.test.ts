import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { bundleScript, inlineScript } from "../../scripts/bundle";

describe("inlineScript", () => {
  it("wraps a script so a closing tag inside it cannot end the element early", () => {
    const tag = inlineScript('const html = "</script><b>x</b></SCRIPT>";');
    expect(tag.startsWith("<script>\n")).toBe(true);
    expect(tag.endsWith("</script>")).toBe(true);
    // Exactly one closing tag: the element's own.
    expect(tag.match(/<\/script/gi)).toHaveLength(1);
    // The escaped text still means the same string to JavaScript.
    const body = tag.slice("<script>\n".length, -"</script>".length);
    expect(vm.runInNewContext(`${body}; html`)).toBe("</script><b>x</b></SCRIPT>");
  });
});

describe("bundleScript", () => {
  it("bundles an entry and its imports into one script, binding exports to the global asked for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-test-"));
    try {
      writeFileSync(join(dir, "twice.ts"), "export const twice = (n: number): number => n * 2;\n");
      writeFileSync(
        join(dir, "main.ts"),
        'import { twice } from "./twice";\nexport const answer = twice(21);\n',
      );
      const code = await bundleScript(join(dir, "main.ts"), { platform: "neutral", globalName: "Lib_" });
      expect(code).not.toMatch(/\bimport\b|\bexport\b/);
      expect(vm.runInNewContext(`${code}; Lib_.answer`)).toBe(42);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
