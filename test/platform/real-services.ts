/**
 * Compile-time only (`npm run typecheck` checks it; it holds no test to run): Apps Script's own
 * types satisfy every interface of src/platform/services.ts, so the narrow interface the add-on
 * codes against cannot drift from what Google provides.
 */
import type {
  DeveloperMetadataFinderLike,
  DeveloperMetadataLike,
  LockLike,
  PropertiesLike,
  RangeLike,
  ScriptAppLike,
  Services,
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
} from "../../src/platform/services";

type Satisfies<Real extends Narrow, Narrow> = [Real, Narrow];

export type RealServices = [
  Satisfies<GoogleAppsScript.Spreadsheet.Range, RangeLike>,
  Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetLike>,
  Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetLike>,
  Satisfies<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppLike>,
  Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadataLike>,
  Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinderLike>,
  Satisfies<GoogleAppsScript.Script.ScriptApp, ScriptAppLike>,
  Satisfies<GoogleAppsScript.Properties.Properties, PropertiesLike>,
  Satisfies<GoogleAppsScript.Lock.Lock, LockLike>,
  Satisfies<
    {
      spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      propertiesService: GoogleAppsScript.Properties.PropertiesService;
      lockService: GoogleAppsScript.Lock.LockService;
      htmlService: GoogleAppsScript.HTML.HtmlService;
      scriptApp: GoogleAppsScript.Script.ScriptApp;
    },
    Services
  >,
];
