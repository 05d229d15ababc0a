/** The sparkline's points laid out in the 100 × 100 viewBox the page stretches over the cell. */
import { describe, expect, it } from "vitest";
import { polylinePoints, sparklineTitle } from "../../playground/page-sparkline";
import type { SparklineView } from "../../playground/types";

function view(points: number[], more: Partial<SparklineView> = {}): SparklineView {
  return {
    points,
    labels: points.map(String),
    color: "#4285f4",
    lineWidth: 1,
    min: null,
    max: null,
    rtl: false,
    ...more,
  };
}

describe("polylinePoints", () => {
  it("spreads the points evenly left to right, the lowest at the bottom and the highest at the top", () => {
    // x: 0, 50, 100; y: 100 − (v − 2) ÷ (6 − 2) × 100.
    expect(polylinePoints(view([2, 6, 3]))).toBe("0,100 50,0 100,75");
  });

  it("draws right to left, keeps ymin/ymax and clamps values past them to the edge", () => {
    expect(polylinePoints(view([5, 20, -1], { rtl: true, min: 0, max: 10 }))).toBe("100,50 50,0 0,100");
  });

  it("draws a flat series across the middle", () => {
    expect(polylinePoints(view([7, 7, 7, 7]))).toBe("0,50 33.33,50 66.67,50 100,50");
  });

  it("titles the line with the values as displayed", () => {
    expect(sparklineTitle(view([1, 2], { labels: ["1.0 h", "2.0 h"] }))).toBe("Sparkline: 1.0 h, 2.0 h");
  });
});
