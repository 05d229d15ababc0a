/**
 * The one entry file: the add-on's public surface, nothing else. The build turns each export into a
 * top-level function of `dist/Code.js` (Apps Script has no modules), and each registry entry into a
 * `@customfunction` stub that calls `customFunction`. Nothing here runs at load time.
 */

import type { Result } from "./functions/define";
import { callCustomFunction } from "./functions/registry";
import { spreadsheetTimeZone } from "./platform/time-zone";

export function customFunction(name: string, args: unknown[]): Result {
  return callCustomFunction(name, args, { timeZone: spreadsheetTimeZone });
}
