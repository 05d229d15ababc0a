/**
 * Formulas typed into the playground (through its HTTP surface, as the page does) behave as in
 * Google Sheets: every formula the README, the Help text and the definitions tab show works as
 * written in the default en_US spreadsheet, array results spill, dates reach custom functions as
 * `Date`, and a formula too deep to evaluate is an error in its own cell, not a broken tab.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CellView, SheetView, WorkbookView } from "../../playground/types";
import { t } from "../../src/i18n/messages";
import { ROOT } from "./built";
import { startedPlayground } from "./started";

const started = startedPlayground();

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, started.playground.url), {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

async function type(sheet: string, a1: string, value: string): Promise<void> {
  const result = await call<{ ok: boolean; message?: string }>("/api/cell", { sheet, a1, value });
  expect(result, `${sheet}!${a1} ${value}`).toEqual({ ok: true });
}

async function tab(name: string): Promise<SheetView> {
  return call<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`);
}

function cell(view: SheetView, a1: string): CellView {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return view.cells[Number(m[2]) - 1][column - 1];
}

/** What went wrong in parsing or naming, rather than in the data the function was given. */
const NOT_AS_WRITTEN = /Parsing error|Expecting token|Unknown function/i;

const SCRATCH = t("sample.customers");
const SCRATCH_COLUMN = "R";

/** Rows between typed formulas, so a table result has room to spill; the page draws 300 rows. */
const SPACING = 20;
const BATCH = 14;

/** Types each formula into the scratch column (apart, for their spills) and returns what each cell shows. */
async function evaluate(formulas: string[]): Promise<{ formula: string; cell: CellView }[]> {
  const out: { formula: string; cell: CellView }[] = [];
  const at = (i: number) => `${SCRATCH_COLUMN}${1 + i * SPACING}`;
  for (let start = 0; start < formulas.length; start += BATCH) {
    const batch = formulas.slice(start, start + BATCH);
    for (const [i, formula] of batch.entries()) await type(SCRATCH, at(i), formula);
    const view = await tab(SCRATCH);
    out.push(...batch.map((formula, i) => ({ formula, cell: cell(view, at(i)) })));
    for (let i = 0; i < batch.length; i++) await type(SCRATCH, at(i), "");
  }
  return out;
}

describe("formulas as written", () => {
  it("every formula the README shows parses in the default (en_US) playground and runs its function", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const formulas = [...new Set([...readme.matchAll(/`(=[A-Z][A-Z_]*\([^`]*\))`/g)].map((m) => m[1]))];
    expect(formulas.length).toBeGreaterThan(20);
    for (const { formula, cell } of await evaluate(formulas)) {
      expect(cell.f, formula).toBe(formula);
      expect(cell.t, formula).not.toBe("#NAME?");
      expect(cell.m ?? "", formula).not.toMatch(NOT_AS_WRITTEN);
      // Those that need no ticket columns, or name the sample's tabs, give a value.
      if (!/\b[A-E]2:[A-E]\b/.test(formula) || /!B2:B/.test(formula))
        expect(cell.k, `${formula}: ${cell.m}`).not.toBe("e");
    }
  });

  it("every formula in the Help text parses and runs its function", async () => {
    const formulas = [...t("help.text").matchAll(/=[A-Z_]+\([^)]*\)/g)].map((m) => m[0]);
    expect(formulas.length).toBeGreaterThan(1);
    for (const { formula, cell } of await evaluate(formulas)) {
      expect(cell.t, formula).not.toBe("#NAME?");
      expect(cell.m ?? "", formula).not.toMatch(NOT_AS_WRITTEN);
    }
  });

  it("every example on the definitions tab gives a value on the sample's tabs (its ranges are the sample's columns)", async () => {
    await call("/api/menu", { functionName: "showDefinitions" });
    const workbook = await call<WorkbookView>("/api/workbook");
    const view = await tab(workbook.active);
    const examples = view.cells
      .flat()
      .filter((c) => !c.f && /^=[A-Z_]+\(/.test(c.t))
      .map((c) => c.t);
    expect(examples.length).toBeGreaterThanOrEqual(13);
    for (const { formula, cell } of await evaluate(examples)) {
      expect(cell.k, `${formula}: ${cell.m}`).not.toBe("e");
      expect(cell.t, formula).not.toBe("");
    }
  });
});

describe("formulas behave as in Sheets", () => {
  it("a table result spills below and to the right; a cell in the way makes it #REF! with the reason", async () => {
    const survey = t("sample.survey");
    await type(survey, "H2", `=NPS_STATS(B2:B)`);
    let view = await tab(survey);
    expect(cell(view, "H2").t).toBe("Responses");
    expect(cell(view, "H3").t).toMatch(/^Promoters/);
    expect(Number(cell(view, "I2").t.replace(/,/g, ""))).toBe(view.lastRow - 1);
    expect(cell(view, "I2").k).toBe("n");

    await type(survey, "I5", "in the way");
    view = await tab(survey);
    expect(cell(view, "H2")).toMatchObject({ t: "#REF!", k: "e" });
    expect(cell(view, "H2").m).toBe("Array result was not expanded because it would overwrite data in I5.");
    await type(survey, "I5", "");
    await type(survey, "H2", "");
  });

  it("DATE, TODAY and DATEVALUE reach custom functions as dates (BACKLOG's as_of)", async () => {
    const tickets = t("sample.tickets");
    const results = await evaluate([
      `=BACKLOG(${tickets}!B2:B, ${tickets}!D2:D, DATE(2026, 11, 1))`,
      `=BACKLOG(${tickets}!B2:B; ${tickets}!D2:D; DATE(2026; 11; 1))`,
      `=BACKLOG(${tickets}!B2:B, ${tickets}!D2:D, TODAY())`,
      `=BACKLOG(${tickets}!B2:B, ${tickets}!D2:D, DATEVALUE("2026-11-01"))`,
    ]);
    for (const { formula, cell } of results) {
      expect(cell.k, `${formula}: ${cell.m}`).toBe("n");
      expect(Number(cell.t), formula).toBeGreaterThanOrEqual(0);
    }
    expect(results[1].cell.t).toBe(results[0].cell.t);
  });

  it("a formula nested 150 parentheses deep is an error in its cell; the tab and the sidebar keep working", async () => {
    const deep = `=${"(".repeat(150)}1${")".repeat(150)}`;
    const [result] = await evaluate([deep]);
    expect(result.cell.k).toBe("e");
    expect(result.cell.m).toMatch(/150 levels deep/);

    await type(SCRATCH, "R1", deep);
    const view = await tab(SCRATCH);
    expect(cell(view, "A2").t).not.toBe("");
    const state = await fetch(new URL("/rpc/getSidebarState", started.playground.url), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "[]",
    });
    expect(state.status).toBe(200);
    await type(SCRATCH, "R1", "");
  });
});
