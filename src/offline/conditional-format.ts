/**
 * Conditional format rules: the builder (`SpreadsheetApp.newConditionalFormatRule()`) and the rule
 * it builds, recording the custom formula, the colors and the ranges.
 */
import type {
  ConditionalFormatRuleBuilderLike,
  ConditionalFormatRuleLike,
  RangeLike,
} from "../platform/services";
import type { CallLog } from "./call-log";
import { OfflineRange } from "./range";

/** A rule as plain data. */
export interface ConditionalRuleSpec {
  /** The custom formula, relative to the top-left cell of the first range (as in Sheets). */
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  ranges: { sheet: string; a1: string }[];
}

/** A built rule; immutable, like Apps Script's. */
export class OfflineConditionalFormatRule implements ConditionalFormatRuleLike {
  constructor(
    readonly formula: string | null,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly OfflineRange[],
  ) {}

  /** The rule as plain data (not counted as a service call). */
  spec(): ConditionalRuleSpec {
    return {
      formula: this.formula,
      background: this.background,
      fontColor: this.fontColor,
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

  constructor(private readonly calls: CallLog) {}

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
    return new OfflineConditionalFormatRule(this.formula, this.background, this.fontColor, [...this.ranges]);
  }
}
