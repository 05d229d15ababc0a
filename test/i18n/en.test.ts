/**
 * The one English table in its parts (src/i18n/en.ts): every key in exactly one part, each part on
 * its own side, and each built bundle carrying its own words and not another's: the report engine
 * the report's, the sidebar its own, and Code.js (evaluated on every custom-function call) only the
 * menu's captions.
 */
import { describe, expect, it } from "vitest";
import { readAddonFiles } from "../../playground/assets";
import { menuEn, serverEn, sharedEn, sidebarEn } from "../../src/i18n/en";
import { t } from "../../src/i18n/messages";
import { t as sidebarT } from "../../src/i18n/sidebar-messages";
import { readBuiltCode } from "../support/bundle";

const server = serverEn;
const PARTS: Record<string, Record<string, string>> = { sharedEn, menuEn, server, sidebarEn };

/** The longest stretch of plain ASCII in a text: found as typed however a bundle escapes the rest. */
function phrase(text: string): string {
  return (text.match(/[ -~]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/**
 * The distinctive phrases of a part: long enough not to occur by chance, without placeholders, and
 * not also in the `other` part (both sides say "First contact resolution", each its own copy).
 */
function phrases(part: Record<string, string>, other: Record<string, string>): string[] {
  const elsewhere = Object.values(other).join("\n");
  return Object.values(part)
    .map((text) =>
      phrase(text)
        .split(/\{\w+\}/)
        .reduce((a, b) => (b.length > a.length ? b : a), ""),
    )
    .filter((p) => p.length >= 24 && !elsewhere.includes(p));
}

describe("English message table", () => {
  it("defines every key in exactly one part", () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of Object.keys(part)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
        expect(part[key].trim().length, key).toBeGreaterThan(0);
      }
    }
  });

  it("keeps the sidebar's own keys apart from the add-on's", () => {
    expect(Object.keys(sidebarEn).filter((key) => !key.startsWith("sidebar."))).toEqual([]);
    expect(Object.keys(server).filter((key) => key.startsWith("sidebar."))).toEqual([]);
  });

  it("gives each side's t its own part and the shared one", () => {
    expect(t("menu.helpText")).toBe(server["menu.helpText"]);
    expect(t("sidebar.field.created")).toBe(sharedEn["sidebar.field.created"]);
    expect(sidebarT("sidebar.retry")).toBe(sidebarEn["sidebar.retry"]);
    expect(sidebarT("sidebar.field.created")).toBe(sharedEn["sidebar.field.created"]);
    expect(sidebarT("sidebar.log.rows", { rows: 12 })).toBe(
      sidebarEn["sidebar.log.rows"].replace("{rows}", "12"),
    );
  });

  it("ships each part only in the files that say it", () => {
    const { htmlFiles } = readAddonFiles();
    const engine = htmlFiles["ReportEngine.html"];
    const sidebar = htmlFiles["Sidebar.html"];
    // Without the custom functions' JSDoc, whose help may use the same words ("First contact resolution").
    const code = readBuiltCode().replace(/\/\*\*[\s\S]*?\*\//g, "");
    const said = phrases(server, sidebarEn);
    const own = phrases(sidebarEn, server);
    expect(said.length).toBeGreaterThan(100);
    expect(own.length).toBeGreaterThan(15);
    expect(said.filter((p) => !engine.includes(p))).toEqual([]);
    expect(said.filter((p) => sidebar.includes(p) || code.includes(p))).toEqual([]);
    expect(own.filter((p) => !sidebar.includes(p))).toEqual([]);
    expect(own.filter((p) => engine.includes(p) || code.includes(p))).toEqual([]);
    expect(Object.values(menuEn).filter((caption) => !code.includes(caption))).toEqual([]);
  });
});
