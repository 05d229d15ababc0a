/**
 * Apps Script's enums as the offline services hand them out: one frozen object per value, whose
 * `toString()` is its name (as in Apps Script, where `String(ScriptApp.AuthMode.NONE)` is "NONE").
 * Code compares them by identity with the service's own enum, as Google documents.
 */
export interface OfflineEnumValue {
  readonly name: string;
  toString(): string;
}

function enumOf<const K extends string>(...names: K[]): Readonly<Record<K, OfflineEnumValue>> {
  const values = {} as Record<K, OfflineEnumValue>;
  for (const name of names) values[name] = Object.freeze({ name, toString: () => name });
  return Object.freeze(values);
}

/** `ScriptApp.AuthMode`. */
export const AUTH_MODE = enumOf("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");

/** `SpreadsheetApp.DeveloperMetadataVisibility`. */
export const METADATA_VISIBILITY = enumOf("DOCUMENT", "PROJECT");

/** `SpreadsheetApp.InterpolationType` (colour scale points). */
export const INTERPOLATION_TYPE = enumOf("NUMBER", "PERCENT", "PERCENTILE", "MIN", "MAX");
