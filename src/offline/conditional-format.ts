/**
 * Conditional format rules: the builder (`SpreadsheetApp.newConditionalFormatRule()`) and the rule
 * it builds, recording the custom formula and its colors, or a colour scale (gradient), and the ranges.
 */
import type {
  ConditionalFormatRuleBuilderLike,
  ConditionalFormatRuleLike,
  RangeLike,
} from "../platform/services";
import type { CallLog } from "./call-log";
import { INTERPOLATION_TYPE } from "./enums";
import { OfflineRange } from "./range";

/** A colour scale: `min` colours the number `minValue`, `max` the largest number in the rule's ranges. */
export interface GradientSpec {
  min: string;
  minValue: number;
  max: string;
}

/** A rule as plain data. */
export interface ConditionalRuleSpec {
  /** The custom formula, relative to the top-left cell of the first range (as in Sheets). */
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  gradient: GradientSpec | null;
  ranges: { sheet: string; a1: string }[];
}

function rgb(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new Error(`Invalid color: ${color}.`);
  const n = Number.parseInt(m[1], 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** The colour a gradient gives `value` when the ranges' largest number is `top` (linear, as Sheets draws it). */
export function gradientColor(gradient: GradientSpec, value: number, top: number): string {
  const span = top - gradient.minValue;
  const t = span <= 0 ? 1 : Math.min(1, Math.max(0, (value - gradient.minValue) / span));
  const [a, b] = [rgb(gradient.min), rgb(gradient.max)];
  const mix = a.map((x, i) => Math.round(x + (b[i] - x) * t));
  return `#${mix.map((x) => x.toString(16).padStart(2, "0")).join("")}`;
}

/** A built rule; immutable, like Apps Script's. */
export class OfflineConditionalFormatRule implements ConditionalFormatRuleLike {
  constructor(
    readonly formula: string | null,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly OfflineRange[],
    readonly gradient: GradientSpec | null = null,
  ) {}

  /** The rule as plain data (not counted as a service call). */
  spec(): ConditionalRuleSpec {
    return {
      formula: this.formula,
      background: this.background,
      fontColor: this.fontColor,
      gradient: this.gradient,
      ranges: this.ranges.map((r) => ({ sheet: r.sheet.name, a1: r.a1() })),
    };
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`: every method is a counted call returning the builder. */
export class OfflineConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderLike {
  private formula: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: OfflineRange[] = [];
  private gradientMin: { color: string; value: number } | null = null;
  private gradientMax: string | null = null;

  constructor(private readonly calls: CallLog) {}

  setGradientMinpointWithValue(
    color: string,
    type: unknown,
    value: string,
  ): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.setGradientMinpointWithValue");
    rgb(color);
    if (type !== INTERPOLATION_TYPE.NUMBER)
      throw new Error("setGradientMinpointWithValue: only InterpolationType.NUMBER is modelled offline.");
    const number = Number(value);
    if (typeof value !== "string" || value.trim() === "" || !Number.isFinite(number))
      throw new Error(
        `setGradientMinpointWithValue: the value must be a number as text, got ${JSON.stringify(value)}.`,
      );
    this.gradientMin = { color, value: number };
    return this;
  }

  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.setGradientMaxpoint");
    rgb(color);
    this.gradientMax = color;
    return this;
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.whenFormulaSatisfied");
    if (typeof formula !== "string" || !formula.startsWith("="))
      throw new Error(
        `whenFormulaSatisfied: the formula must start with "=", got ${JSON.stringify(formula)}.`,
      );
    this.formula = formula;
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.setBackground");
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.setFontColor");
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike {
    this.calls.count("ConditionalFormatRuleBuilder.setRanges");
    this.ranges = ranges.map((r) => {
      if (!(r instanceof OfflineRange)) throw new Error("setRanges: a range is not from this spreadsheet.");
      return r;
    });
    return this;
  }

  build(): ConditionalFormatRuleLike {
    this.calls.count("ConditionalFormatRuleBuilder.build");
    if ((this.gradientMin === null) !== (this.gradientMax === null))
      throw new Error("build: a colour scale needs both its minpoint and its maxpoint.");
    const gradient =
      this.gradientMin && this.gradientMax
        ? { min: this.gradientMin.color, minValue: this.gradientMin.value, max: this.gradientMax }
        : null;
    if (gradient && this.formula !== null)
      throw new Error("build: a rule is either a colour scale or a formula, not both.");
    return new OfflineConditionalFormatRule(
      this.formula,
      this.background,
      this.fontColor,
      [...this.ranges],
      gradient,
    );
  }
}
