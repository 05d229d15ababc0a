/** `SpreadsheetApp` for the offline spreadsheet: the entry the add-on reaches everything through. */
import type {
  ConditionalFormatRuleBuilderLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
  UiLike,
} from "../platform/services";
import { OfflineConditionalFormatRuleBuilder } from "./conditional-format";
import { INTERPOLATION_TYPE, METADATA_VISIBILITY } from "./enums";
import type { OfflineSpreadsheet } from "./spreadsheet";
import type { OfflineUi } from "./ui";

/** `SpreadsheetApp`, counted; the active spreadsheet is the offline one. */
export class OfflineSpreadsheetApp implements SpreadsheetAppLike {
  /** How many times `flush()` was called. */
  flushes = 0;
  readonly DeveloperMetadataVisibility = METADATA_VISIBILITY;
  readonly InterpolationType = INTERPOLATION_TYPE;

  constructor(
    private readonly spreadsheet: OfflineSpreadsheet,
    private readonly ui: OfflineUi,
  ) {}

  getActiveSpreadsheet(): SpreadsheetLike {
    this.spreadsheet.calls.count("SpreadsheetApp.getActiveSpreadsheet");
    return this.spreadsheet;
  }

  getUi(): UiLike {
    this.spreadsheet.calls.count("SpreadsheetApp.getUi");
    return this.ui;
  }

  flush(): void {
    this.spreadsheet.calls.count("SpreadsheetApp.flush");
    this.flushes++;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike {
    this.spreadsheet.calls.count("SpreadsheetApp.newConditionalFormatRule");
    return new OfflineConditionalFormatRuleBuilder(this.spreadsheet.calls);
  }
}
