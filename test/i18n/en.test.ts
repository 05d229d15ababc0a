/**
 * The one English table in its parts (src/i18n/en.ts): every key in exactly one part, and each part
 * on its own side (which built file carries which part: translations.test.ts).
 */
import { describe, expect, it } from "vitest";
import { menuEn, serverEn, sharedEn, sidebarEn } from "../../src/i18n/en";
import { t } from "../../src/i18n/messages";
import { t as sidebarT } from "../../src/i18n/sidebar-messages";

const PARTS: Record<string, Record<string, string>> = { sharedEn, menuEn, serverEn, sidebarEn };

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
    expect(Object.keys(serverEn).filter((key) => key.startsWith("sidebar."))).toEqual([]);
  });

  it("gives each side's t its own part and the shared one", () => {
    expect(t("help.text")).toBe(serverEn["help.text"]);
    expect(t("sidebar.field.created")).toBe(sharedEn["sidebar.field.created"]);
    expect(sidebarT("sidebar.retry")).toBe(sidebarEn["sidebar.retry"]);
    expect(sidebarT("sidebar.field.created")).toBe(sharedEn["sidebar.field.created"]);
    expect(sidebarT("sidebar.log.rows", { rows: 12 })).toBe(
      sidebarEn["sidebar.log.rows"].replace("{rows}", "12"),
    );
  });
});
