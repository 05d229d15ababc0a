/**
 * Filling messages (src/i18n/format.ts): placeholders, plural forms by Intl.PluralRules, numbers and
 * lists written each language's way.
 */
import { describe, expect, it } from "vitest";
import { fill, formatList, formatNumber, parseMessage, pluralCategory } from "../../src/i18n/format";
import { t } from "../../src/i18n/messages";

const ROWS = "{count, plural, one {# row} other {# rows}} skipped";
const LV = "{count, plural, zero {# tukšas rindas} one {# tukša rinda} other {# tukšas rindas}}";

describe("fill", () => {
  it("fills placeholders and keeps unknown ones as written", () => {
    expect(fill("{a} and {b}", { a: "x" }, "en")).toBe("x and {b}");
    expect(fill("no placeholders", { a: 1 }, "en")).toBe("no placeholders");
    expect(fill("{a}", undefined, "en")).toBe("{a}");
  });

  it("picks the plural form of the number in each language", () => {
    expect([1, 2, 5, 21].map((count) => fill(ROWS, { count }, "en"))).toEqual([
      "1 row skipped",
      "2 rows skipped",
      "5 rows skipped",
      "21 rows skipped",
    ]);
    // Latvian: 1, 21, 31 (not 11) are "one"; 0, 10–20, 30 are "zero".
    expect([0, 1, 2, 11, 21, 30, 31].map((count) => pluralCategory(count, "lv"))).toEqual([
      "zero",
      "one",
      "other",
      "zero",
      "one",
      "zero",
      "one",
    ]);
    expect(fill(LV, { count: 21 }, "lv")).toBe("21 tukša rinda");
    expect(fill(LV, { count: 11 }, "lv")).toBe("11 tukšas rindas");
    expect(pluralCategory(1, "zh")).toBe("other");
  });

  it("prefers an exact =N branch and fills placeholders inside branches", () => {
    const text = "{n, plural, =0 {none} one {# of {total}} other {# of {total}}}";
    expect(fill(text, { n: 0, total: 9 }, "en")).toBe("none");
    expect(fill(text, { n: 1, total: 9 }, "en")).toBe("1 of 9");
    expect(fill(text, { n: 3, total: 9 }, "de")).toBe("3 of 9");
  });

  it("writes numbers and lists the language's way; formulas keep JavaScript's numbers", () => {
    expect(fill("{m} min", { m: 6.5 }, "sv")).toBe("6,5 min");
    expect(fill("{m} min", { m: 6.5 }, "zh")).toBe("6.5 min");
    expect(formatNumber(5123, "de")).toBe("5.123");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345.678, "de")).toBe("12.345,68");
    expect(formatList([3, 5, 8], "zh")).toBe("3、5、8");
    expect(formatList(["Survey", "Customers"], "sv")).toBe("Survey, Customers");
    expect(fill("{x}", { x: 6.5 }, null)).toBe("6.5");
    expect(t("definitions.sla.function", { target: 6.5, scheduleArg: "" }, "de")).toBe(
      "=SLA_RATE(A2:A; C2:C; 6.5)",
    );
    expect(t("definitions.sla.convention", { target: 6.5, hours: "" }, "de")).toContain("6,5 Stunden");
    expect(t("definitions.sla.convention", { target: 1, hours: "" }, "de")).toContain("1 Stunde.");
  });

  it("parses a plural into its branches", () => {
    expect(parseMessage("a {n, plural, one {x} other {y {z}}} b")).toEqual([
      "a ",
      { arg: "n", plural: { one: ["x"], other: ["y ", { arg: "z" }] } },
      " b",
    ]);
  });
});
