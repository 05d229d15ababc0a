/**
 * Draws one tab as a Sheets-like grid: column letters and row numbers, the display values the
 * server rendered with numfmt, the recorded formats (bold, size, colours, alignment, wrap), merges,
 * column widths, frozen rows and columns, notes, formula errors with their message on hover, and
 * SPARKLINE cells' lines.
 */
import { columnLetters } from "../src/offline/a1";
import { h } from "./page-dom";
import { sparklineSvg, sparklineTitle } from "./page-sparkline";
import type { CellView, SheetView, StyleView } from "./types";

const ROW_HEADER_WIDTH = 46;

function classesOf(cell: CellView, style: StyleView | undefined, next: CellView | undefined): string[] {
  const classes: string[] = [];
  if (cell.k === "n") classes.push("num");
  else if (cell.k === "b") classes.push("bool");
  else if (cell.k === "e") classes.push("error");
  if (style?.wrap) classes.push("wrap");
  // Text spills into empty cells to its right, as in Sheets (not over a sparkline).
  else if (
    !cell.k &&
    cell.t !== "" &&
    !style?.align &&
    next &&
    next.t === "" &&
    !next.x &&
    !next.sp &&
    !cell.cs
  )
    classes.push("overflow");
  if (cell.n) classes.push("note");
  if (cell.sp) classes.push("sparkline");
  return classes;
}

function applyStyle(td: HTMLTableCellElement, style: StyleView | undefined): void {
  if (!style) return;
  if (style.bold) td.style.fontWeight = "bold";
  if (style.size) td.style.fontSize = `${style.size}pt`;
  if (style.color) td.style.color = style.color;
  if (style.background) td.style.background = style.background;
  if (style.align) td.style.textAlign = style.align;
  if (style.valign) td.style.verticalAlign = style.valign;
}

function cellTitle(cell: CellView): string | null {
  if (cell.m) return cell.m;
  if (cell.n) return cell.n;
  if (cell.sp) return sparklineTitle(cell.sp);
  return null;
}

/** Replaces the table's contents with the tab. Cells carry data-row/data-col (1-based). */
export function renderGrid(table: HTMLTableElement, view: SheetView): void {
  table.className = view.gridlinesHidden ? "grid no-gridlines" : "grid";
  table.replaceChildren();
  const totalWidth = ROW_HEADER_WIDTH + view.columnWidths.reduce((a, b) => a + b, 0);
  table.style.width = `${totalWidth}px`;

  // Hidden columns are not drawn at all; a merge across one spans only its visible columns.
  const hidden = new Set(view.hiddenColumns);
  const visibleIn = (from: number, count: number) => {
    let n = 0;
    for (let c = from; c < from + count; c++) if (!hidden.has(c)) n++;
    return n;
  };
  const colgroup = h("colgroup", {}, h("col", { style: `width:${ROW_HEADER_WIDTH}px` }));
  view.columnWidths.forEach((width, c) => {
    if (!hidden.has(c + 1)) colgroup.append(h("col", { style: `width:${width}px` }));
  });
  const head = h("tr", {}, h("th", { class: "corner", scope: "col" }));
  for (let c = 1; c <= view.columns; c++)
    if (!hidden.has(c)) head.append(h("th", { scope: "col" }, columnLetters(c)));
  const body = h("tbody");
  for (let r = 0; r < view.rows; r++) {
    const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
    const line = view.cells[r];
    for (let c = 0; c < view.columns; c++) {
      const cell = line[c];
      if (cell.x || hidden.has(c + 1)) continue;
      const span = cell.cs && cell.cs > 1 ? visibleIn(c + 1, cell.cs) : 1;
      const style = cell.s === undefined ? undefined : view.styles[cell.s];
      const td = h("td", {
        "data-row": r + 1,
        "data-col": c + 1,
        class: classesOf(cell, style, line[c + 1]).join(" ") || null,
        rowspan: cell.rs && cell.rs > 1 ? cell.rs : null,
        colspan: span > 1 ? span : null,
        title: cellTitle(cell),
      });
      td.textContent = cell.t;
      if (cell.sp) td.append(sparklineSvg(cell.sp));
      applyStyle(td, style);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(colgroup, h("thead", {}, head), body);
  freeze(table, view);
}

/** Frozen rows and columns stay in view while the grid scrolls (sticky cells). */
function freeze(table: HTMLTableElement, view: SheetView): void {
  const rows = Math.min(view.frozenRows, view.rows);
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 0; c < Math.min(view.frozenColumns, view.columns); c++) {
    lefts.push(left);
    left += view.columnWidths[c];
  }
  for (let r = 1; r <= view.rows; r++) {
    const tr = table.rows[r];
    const frozenRow = r <= rows;
    if (frozenRow) {
      const top = `${tr.offsetTop}px`;
      tr.classList.add("frozen");
      if (r === rows) tr.classList.add("frozen-last");
      for (const cell of tr.cells) cell.style.top = top;
    }
    for (const cell of tr.querySelectorAll("td")) {
      const c = Number(cell.dataset.col) - 1;
      const frozenColumn = c < lefts.length;
      if (!frozenRow && !frozenColumn) continue;
      cell.classList.add("frozen");
      if (frozenColumn) cell.style.left = `${lefts[c]}px`;
      // Left cells above right ones, so text spilling right is not hidden by the next background.
      cell.style.zIndex = String(10 + (frozenRow && frozenColumn ? 60 : 0) + (view.columns - c));
    }
  }
}

/** The drawn cell at (row, column), or null (not drawn, or under a merge). */
export function cellElement(
  table: HTMLTableElement,
  row: number,
  column: number,
): HTMLTableCellElement | null {
  return table.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-col="${column}"]`);
}
