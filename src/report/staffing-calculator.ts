/**
 * The definitions tab's staffing calculator: Erlang C for a number of agents, in native Sheets
 * formulas only, so anyone the sheet is shared with can change its yellow cells without the add-on.
 *
 * Erlang B runs by its recursion Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁) in one cell, with REDUCE over
 * SEQUENCE(N) and a LAMBDA (no factorials, so hundreds of agents work); the other cells follow
 * from it as in metrics/erlang.ts. Locale-proof like the whole tab: `;` separators, whole numbers
 * only, no `{}`. A blank or zero input shows "" and too few agents a short text, never #DIV/0!.
 */
import { type Locale, t } from "../i18n/messages";
import type { CalculatorSpec } from "./definitions";
import { quoted } from "./grid";
import { UNIT_FORMAT } from "./kpis-catalog";

/** Call Centre Helper's worked example: 100 contacts in 30 minutes at 180 s, 14 agents, 20 s. */
const EXAMPLE = { contacts: 100, interval: 30, handle: 180, agents: 14, within: 20 };

const ERLANGS_FORMAT = "0.00";
const SECONDS_FORMAT = '0.0" s"';

export function staffingCalculator(locale: Locale): CalculatorSpec {
  const label = (key: Parameters<typeof t>[0]) => t(key, undefined, locale);
  const input = (key: keyof typeof EXAMPLE, text: Parameters<typeof t>[0]) => ({
    key,
    label: label(text),
    value: EXAMPLE[key],
    format: key === "contacts" || key === "agents" ? UNIT_FORMAT.count : "",
  });
  /** The probability of waiting is a number only when every input is usable and N > A. */
  const ready = (at: (key: string) => string) => `ISNUMBER(${at("waiting")})`;
  return {
    inputs: [
      input("contacts", "definitions.calc.contacts"),
      input("interval", "definitions.calc.intervalMinutes"),
      input("handle", "definitions.calc.handleSeconds"),
      input("agents", "definitions.calc.agents"),
      input("within", "definitions.calc.answerWithinSeconds"),
    ],
    outputs: [
      {
        key: "traffic",
        label: label("definitions.calc.traffic"),
        format: ERLANGS_FORMAT,
        formula: (at) =>
          `=IF(OR(${at("contacts")}="";${at("interval")}="";${at("handle")}="";N(${at("interval")})<=0;N(${at("handle")})<=0);"";${at("contacts")}*${at("handle")}/(${at("interval")}*60))`,
      },
      {
        key: "blocking",
        label: label("definitions.calc.erlangB"),
        format: UNIT_FORMAT.fraction,
        formula: (at) =>
          `=IF(OR(${at("traffic")}="";${at("agents")}="";N(${at("agents")})<1;${at("agents")}<>INT(${at("agents")}));"";REDUCE(1;SEQUENCE(${at("agents")});LAMBDA(b;k;${at("traffic")}*b/(k+${at("traffic")}*b))))`,
      },
      {
        key: "waiting",
        label: label("definitions.calc.waitProbability"),
        format: UNIT_FORMAT.fraction,
        formula: (at) => {
          const [n, a, b] = [at("agents"), at("traffic"), at("blocking")];
          const tooFew = `${quoted(t("definitions.calc.tooFewAgents", undefined, locale))}&(INT(${a})+1)`;
          return `=IF(${b}="";"";IF(${n}<=${a};${tooFew};${n}*${b}/(${n}-${a}*(1-${b}))))`;
        },
      },
      {
        key: "serviceLevel",
        label: label("definitions.calc.serviceLevel"),
        format: UNIT_FORMAT.fraction,
        formula: (at) =>
          `=IF(OR(NOT(${ready(at)});${at("within")}="");"";1-${at("waiting")}*EXP(-(${at("agents")}-${at("traffic")})*${at("within")}/${at("handle")}))`,
      },
      {
        key: "occupancy",
        label: label("definitions.calc.occupancy"),
        format: UNIT_FORMAT.fraction,
        formula: (at) => `=IF(${ready(at)};${at("traffic")}/${at("agents")};"")`,
      },
      {
        key: "speedOfAnswer",
        label: label("definitions.calc.averageSpeedOfAnswer"),
        format: SECONDS_FORMAT,
        formula: (at) =>
          `=IF(${ready(at)};${at("waiting")}*${at("handle")}/(${at("agents")}-${at("traffic")});"")`,
      },
    ],
  };
}
