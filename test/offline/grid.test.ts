import { describe, expect, it } from "vitest";
import { Grid } from "../../src/offline/grid";

describe("Grid", () => {
  it("stores sparse cells and finds the last row and column with a value", () => {
    const g = new Grid<number>();
    expect(g.isEmpty()).toBe(true);
    expect(g.lastRow()).toBe(-1);
    g.set(4, 2, 7);
    g.set(1, 5, 3);
    expect(g.get(4, 2)).toBe(7);
    expect(g.get(0, 0)).toBeUndefined();
    expect(g.lastRow()).toBe(4);
    expect(g.lastColumn()).toBe(5);
    g.set(4, 2, undefined);
    expect(g.lastRow()).toBe(1);
    expect(g.entries()).toEqual([[1, 5, 3]]);
  });

  it("fills blocks and shifts cells when rows or columns are inserted", () => {
    const g = new Grid<string>();
    g.fill(0, 0, 2, 2, "x");
    g.insertRows(1, 3);
    expect(g.get(0, 0)).toBe("x");
    expect(g.get(1, 0)).toBeUndefined();
    expect(g.get(4, 1)).toBe("x");
    g.insertColumns(1, 2);
    expect(g.get(4, 0)).toBe("x");
    expect(g.get(4, 1)).toBeUndefined();
    expect(g.get(4, 3)).toBe("x");
    g.fill(0, 0, 5, 5, undefined);
    expect(g.lastRow()).toBe(-1);
  });

  it("inserts many rows in the middle at once", () => {
    const g = new Grid<number>();
    g.set(0, 0, 1);
    g.set(1, 0, 2);
    g.insertRows(1, 200_000);
    expect(g.get(0, 0)).toBe(1);
    expect(g.get(200_001, 0)).toBe(2);
    expect(g.lastRow()).toBe(200_001);
  });
});
