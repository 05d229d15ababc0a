/**
 * The definitions tab's staffing calculator: Erlang C for a number of agents, in native Sheets
 * formulas only, so anyone the sheet is shared with can change its yellow cells without the add-on.
 *
 * Erlang B in one cell, in closed form: B = (A^N ÷ N!) ÷ Σₖ₌₀…N (A^k ÷ k!), summed over SEQUENCE
 * with SUMPRODUCT. Each term is computed as EXP of GAMMALN and LN differences, divided by the
 * largest term (k = min(N, ⌊A⌋)) first, so no term exceeds 1 and a thousand agents neither
 * overflow nor underflow into an error (A^N ÷ N! alone overflows long before). Not REDUCE/LAMBDA,
 * which would run the recursion too: HyperFormula, which checks this tab offline and runs the
 * playground, has neither. The other cells follow from B as in metrics/erlang.ts. Locale-proof
 * like the whole tab: `;` separators, whole numbers only, no `{}`. A blank or zero input shows ""
 * and too few agents a short text, never #DIV/0!.
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
        formula: (at) => {
          const [n, a] = [at("agents"), at("traffic")];
          const m = `MIN(${n};INT(${a}))`;
          const k = `SEQUENCE(${n}+1;1;0)`;
          // B = t_N ÷ Σ t_k with t_k = A^k ÷ k!, every term divided by the largest (k = m) first.
          const top = `EXP(GAMMALN(${m}+1)+(${n}-${m})*LN(${a})-GAMMALN(${n}+1))`;
          const sum = `SUMPRODUCT(ARRAYFORMULA(EXP(GAMMALN(${m}+1)-GAMMALN(${k}+1)+(${k}-${m})*LN(${a}))))`;
          return `=IF(OR(${a}="";${n}="";N(${n})<1;${n}<>INT(${n}));"";IF(${a}=0;0;${top}/${sum}))`;
        },
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
