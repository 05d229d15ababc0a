/**
 * Draws a SPARKLINE cell's line as an inline SVG that fills the cell, as Sheets draws it. The SVG
 * stretches with the cell (the viewBox is not kept in proportion) while the stroke keeps its width
 * in pixels.
 */
import type { SparklineView } from "./types";

const SVG = "http://www.w3.org/2000/svg";
/** viewBox units: the line is laid out in 0…100 both ways, then stretched to the cell. */
const SIZE = 100;

/** "x,y x,y …" for the points, scaled into the viewBox; y grows downwards. */
export function polylinePoints(view: SparklineView): string {
  const { points } = view;
  const low = view.min ?? Math.min(...points);
  const high = view.max ?? Math.max(...points);
  const span = high - low;
  const step = points.length > 1 ? SIZE / (points.length - 1) : 0;
  return points
    .map((value, i) => {
      const x = view.rtl ? SIZE - i * step : i * step;
      // Values past `ymin`/`ymax` stay on the cell's edge rather than spill out of it.
      const y = span > 0 ? clamp(SIZE - ((value - low) / span) * SIZE) : SIZE / 2;
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}

function clamp(y: number): number {
  return Math.min(SIZE, Math.max(0, y));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** What the tooltip says: the plotted values as their cells show them. */
export function sparklineTitle(view: SparklineView): string {
  return `Sparkline: ${view.labels.join(", ")}`;
}

/** The `<svg>` for a cell; a single point draws no line. */
export function sparklineSvg(view: SparklineView): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("viewBox", `0 0 ${SIZE} ${SIZE}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-label", sparklineTitle(view));
  svg.setAttribute("role", "img");
  const title = document.createElementNS(SVG, "title");
  title.textContent = sparklineTitle(view);
  svg.append(title);
  if (view.points.length >= 2) {
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("points", polylinePoints(view));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", view.color);
    line.setAttribute("stroke-width", String(view.lineWidth));
    line.setAttribute("stroke-linejoin", "round");
    line.setAttribute("stroke-linecap", "round");
    line.setAttribute("vector-effect", "non-scaling-stroke");
    svg.append(line);
  }
  return svg;
}
