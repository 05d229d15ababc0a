/**
 * One layer of a sheet (values, or one kind of format) stored as rows of arrays, 0-based.
 *
 * Why rows of arrays: the add-on reads and writes whole blocks, and a 100,000-row tab must load and
 * read back in well under a second; a Map per cell would not. Rows never written stay `undefined`,
 * so formats on a few cells of a large tab cost nothing. `undefined` is "not set" everywhere.
 */
export class Grid<T> {
  private rows: (T[] | undefined)[] = [];

  /** True when nothing was ever set (lets readers skip a layer entirely). */
  isEmpty(): boolean {
    return this.rows.length === 0;
  }

  get(row: number, column: number): T | undefined {
    const r = this.rows[row];
    return r === undefined ? undefined : r[column];
  }

  /** The stored row (may be shorter than the sheet); do not modify it. */
  row(row: number): readonly (T | undefined)[] | undefined {
    return this.rows[row];
  }

  /** The stored row to write into, created or lengthened to at least `width` cells. */
  writableRow(row: number, width: number): (T | undefined)[] {
    while (this.rows.length <= row) this.rows.push(undefined);
    let r = this.rows[row] as (T | undefined)[] | undefined;
    if (r === undefined) {
      r = new Array<T | undefined>(width).fill(undefined);
      this.rows[row] = r as T[];
    } else {
      while (r.length < width) r.push(undefined);
    }
    return r;
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined && this.get(row, column) === undefined) return;
    this.writableRow(row, column + 1)[column] = value;
  }

  /** Sets every cell of a block to one value (`undefined` clears). */
  fill(row: number, column: number, numRows: number, numColumns: number, value: T | undefined): void {
    const end = column + numColumns;
    for (let r = row; r < row + numRows; r++) {
      if (value === undefined && this.rows[r] === undefined) continue;
      this.writableRow(r, end).fill(value, column, end);
    }
  }

  /** Writes a block from rows of values (already validated to the block's size). */
  write(row: number, column: number, values: readonly (readonly (T | undefined)[])[]): void {
    for (let i = 0; i < values.length; i++) {
      const source = values[i];
      const target = this.writableRow(row + i, column + source.length);
      for (let j = 0; j < source.length; j++) target[column + j] = source[j];
    }
  }

  /** Inserts `howMany` empty rows before 0-based `row`. */
  insertRows(row: number, howMany: number): void {
    if (row >= this.rows.length) return;
    // concat, not splice(...spread): spreading 100,000 arguments overflows the stack.
    this.rows = this.rows.slice(0, row).concat(new Array(howMany).fill(undefined), this.rows.slice(row));
  }

  /** Inserts `howMany` empty columns before 0-based `column` in every stored row. */
  insertColumns(column: number, howMany: number): void {
    const blanks = new Array<T | undefined>(howMany).fill(undefined);
    for (const r of this.rows as (T | undefined)[][]) {
      if (r !== undefined && r.length > column) r.splice(column, 0, ...blanks);
    }
  }

  /** 0-based index of the last row holding a value, or -1. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((v) => v !== undefined)) return r;
    }
    return -1;
  }

  /** 0-based index of the last column holding a value in any row, or -1. */
  lastColumn(): number {
    let last = -1;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Calls `visit` for every set cell, row by row. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) visit(row[c], r, c);
    }
  }

  /** Set cells as [row, column, value] triples, 0-based: a stable, compact form for snapshots. */
  entries(): [number, number, T][] {
    const out: [number, number, T][] = [];
    this.forEach((value, r, c) => {
      out.push([r, c, value]);
    });
    return out;
  }

  clear(): void {
    this.rows = [];
  }
}
