/**
 * The unit shown inside each target and staffing box ("h", "%", "p", "st", "小时", "min", "秒") fits its slot: the space the
 * box's right padding keeps free (sidebar.css), measured by character width as the report measures
 * words for column widths (src/report/grid.ts: 8 px per character of 10 pt type, i.e. 0.6 em),
 * with Chinese characters a full em.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locale";
import { t, useLocale } from "../../src/i18n/sidebar-messages";

const CSS = readFileSync(new URL("../../src/ui/sidebar.css", import.meta.url), "utf8");

function px(selector: string, property: string): number {
  const block = CSS.slice(CSS.indexOf(`${selector} {`));
  const match = new RegExp(`\\n\\s*${property}:\\s*(\\d+)px`).exec(block.slice(0, block.indexOf("}")));
  if (!match) throw new Error(`sidebar.css: no ${property} in ${selector}`);
  return Number(match[1]);
}

/** A label's width in em: 0.6 per Latin character, 1 per Chinese one. */
function widthEm(label: string): number {
  return [...label].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.6), 0);
}

const UNITS = [
  "sidebar.unit.hours",
  "sidebar.unit.percent",
  "sidebar.unit.points",
  "sidebar.unit.tickets",
  "sidebar.unit.minutes",
  "sidebar.unit.seconds",
] as const;
/** Between the unit and the number typed in front of it. */
const GAP_PX = 4;

describe("target boxes' unit labels", () => {
  const fontPx = px(".with-unit .unit", "font-size");
  const slotPx =
    px('.with-unit input[type="text"]', "padding-right") - px(".with-unit .unit", "right") - GAP_PX;

  it("measure so that a long word does not fit (the check can fail)", () => {
    expect(slotPx).toBeGreaterThan(0);
    expect(widthEm("pieteikumi") * fontPx).toBeGreaterThan(slotPx);
    expect(widthEm("Tickets") * fontPx).toBeLessThanOrEqual(slotPx);
  });

  for (const locale of LOCALES) {
    it(`fit their slot in ${locale}`, () => {
      useLocale(locale);
      try {
        for (const key of UNITS) {
          const label = t(key);
          expect(widthEm(label) * fontPx, `${locale} ${key} "${label}"`).toBeLessThanOrEqual(slotPx);
        }
      } finally {
        useLocale("en");
      }
    });
  }
});
