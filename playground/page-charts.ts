/**
 * Draws the charts the add-on inserted, from their recorded specs, with Chart.js: at their anchor
 * cell over the grid as Sheets places them, or under the grid when the anchor is not drawn.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import { h } from "./page-dom";
import { cellElement } from "./page-grid";
import type { ChartView, SheetView } from "./types";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Title,
  Tooltip,
);

/** Google Charts' default series colours, so the lines look as they will in Sheets. */
const PALETTE = [
  "#3366cc",
  "#dc3912",
  "#ff9900",
  "#109618",
  "#990099",
  "#0099c6",
  "#dd4477",
  "#66aa00",
  "#b82e2e",
  "#316395",
];

const drawn: Chart[] = [];

function axisTitle(text: string) {
  return { display: text !== "", text, color: "#5f6368", font: { size: 12, style: "italic" as const } };
}

function draw(canvas: HTMLCanvasElement, chart: ChartView): Chart {
  const colors = chart.colors ?? PALETTE;
  const legend = chart.legend === "none" ? null : (chart.legend as "right" | "bottom" | "top" | "left");
  const columns = chart.type === "COLUMN";
  return new Chart(canvas, {
    type: columns ? "bar" : "line",
    data: {
      labels: chart.labels,
      datasets: chart.series.map((s, i) => ({
        label: s.name,
        data: s.data,
        borderColor: colors[i % colors.length],
        backgroundColor: colors[i % colors.length],
        borderWidth: 2,
        pointRadius: chart.labels.length > 24 ? 0 : 2,
        tension: 0,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      layout: { padding: { top: 8, right: 12, bottom: 4, left: 12 } },
      plugins: {
        title: {
          display: chart.title !== "",
          text: chart.title,
          align: "start",
          color: "#202124",
          font: { size: 15, weight: "normal" },
        },
        legend: {
          display: legend !== null,
          position: legend ?? "right",
          labels: { boxWidth: 14, boxHeight: 3, color: "#444746", font: { size: 11 } },
        },
      },
      scales: {
        x: {
          stacked: columns && chart.stacked,
          title: axisTitle(chart.hAxisTitle),
          grid: { display: false },
          // Level labels, thinned to fit, as Sheets draws a date axis.
          ticks: { color: "#5f6368", maxRotation: 0, autoSkip: true, autoSkipPadding: 12 },
        },
        y: {
          stacked: columns && chart.stacked,
          title: axisTitle(chart.vAxisTitle),
          min: chart.minValue ?? undefined,
          grid: { color: "#e8eaed" },
          ticks: { color: "#5f6368", precision: 0 },
        },
      },
    },
  });
}

/** Where the chart's top-left corner goes over the grid, or null when its anchor is not drawn. */
function anchorPoint(
  table: HTMLTableElement,
  chart: ChartView,
  view: SheetView,
): { x: number; y: number } | null {
  const a = chart.anchor;
  if (!a || a.row > view.rows || a.column > view.columns) return null;
  const row = table.rows[a.row];
  const header = table.rows[0]?.cells[a.column];
  if (!row || !header) return null;
  // A merged anchor cell is not its own element; the row and the column header still give the spot.
  const cell = cellElement(table, a.row, a.column);
  return {
    x: (cell?.offsetLeft ?? header.offsetLeft) + a.offsetX,
    y: row.offsetTop + a.offsetY,
  };
}

/** Removes the previous tab's charts and draws this tab's. */
export function renderCharts(
  view: SheetView,
  table: HTMLTableElement,
  layer: HTMLElement,
  below: HTMLElement,
): void {
  for (const chart of drawn.splice(0)) chart.destroy();
  layer.replaceChildren();
  below.replaceChildren();
  for (const chart of view.charts) {
    const box = h("figure", {
      class: "chart",
      "data-chart-id": chart.id,
      "aria-label": chart.title || "Chart",
      title: `Data: ${chart.source}`,
    });
    box.style.width = `${chart.width}px`;
    box.style.height = `${chart.height}px`;
    box.style.margin = "0";
    const point = anchorPoint(table, chart, view);
    if (point) {
      box.style.left = `${point.x}px`;
      box.style.top = `${point.y}px`;
      layer.append(box);
    } else below.append(box);
    if (chart.problem) {
      box.append(h("p", { class: "chart-problem" }, `This chart cannot be drawn: ${chart.problem}.`));
      continue;
    }
    const canvas = h("canvas", { width: chart.width - 2, height: chart.height - 2 });
    box.append(canvas);
    drawn.push(draw(canvas, chart));
  }
}
