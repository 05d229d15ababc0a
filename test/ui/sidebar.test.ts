/**
 * Static checks of the sidebar's sources: what the browser tests cannot see in one run (every word
 * from the message table, no HTML sink anywhere, nothing that could fetch from outside).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedEn, sidebarEn } from "../../src/i18n/en";

const ui = join(dirname(fileURLToPath(import.meta.url)), "../../src/ui");
const read = (name: string) => readFileSync(join(ui, name), "utf8");
const scripts = readdirSync(ui).filter((name) => name.endsWith(".ts"));

describe("sidebar sources", () => {
  it("has no words in the HTML template: all text comes from the message table", () => {
    const html = read("sidebar.html");
    expect(html.split("<!-- inline:style -->")).toHaveLength(2);
    expect(html.split("<!-- inline:script -->")).toHaveLength(2);
    const text = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "");
    expect(text.trim()).toBe("");
  });

  it("never parses data as HTML", () => {
    for (const name of scripts) {
      const code = read(name);
      expect(code, name).not.toMatch(
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function/,
      );
    }
  });

  it("references nothing outside the page", () => {
    expect(read("sidebar.css")).not.toMatch(/url\(|@import|@font-face/i);
    expect(read("sidebar.html")).not.toMatch(/\s(src|href)=/i);
    for (const name of scripts) expect(read(name), name).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest/);
  });

  it("uses every sidebar message it defines", () => {
    // The field labels live beside the ticket fields, shared with the server's messages.
    const shared = readFileSync(join(ui, "..", "input", "ticket.ts"), "utf8");
    const code = [...scripts.map(read), shared].join("\n");
    const unused = Object.keys({ ...sharedEn, ...sidebarEn }).filter(
      (key) => key.startsWith("sidebar.") && !code.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });
});
