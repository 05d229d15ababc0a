/**
 * Reusable typed arrays for a custom function's temporaries (compacted timestamps, elapsed times).
 *
 * Why: a million-row call needs tens of megabytes of them; allocating them afresh on every call
 * makes V8 collect garbage for the external memory each time, a large part of the call's cost.
 * A slot's contents are valid only until the next request for the same slot, and never leave the
 * call that asked for them (results handed to Sheets are always fresh arrays).
 */

export type ScratchSlot = "starts" | "ends" | "elapsed" | "times";

let floats: Partial<Record<ScratchSlot, Float64Array>> | undefined;
let rows: Int32Array | undefined;

/** Capacity grows in powers of two, so a range growing row by row does not reallocate each time. */
function capacityFor(length: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(length, 1024)));
}

/** A Float64Array of `length` elements for `slot`; its contents are undefined (not zeroed). */
export function scratchFloat64(slot: ScratchSlot, length: number): Float64Array {
  floats ??= {};
  let buffer = floats[slot];
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(capacityFor(length));
    floats[slot] = buffer;
  }
  return buffer.subarray(0, length);
}

/** An Int32Array of `length` elements for row numbers; its contents are undefined. */
export function scratchRows(length: number): Int32Array {
  if (!rows || rows.length < length) rows = new Int32Array(capacityFor(length));
  return rows.subarray(0, length);
}
