/**
 * The look the add-on's tabs share (the report and the definitions tab): Google's blues and greys,
 * so the tabs read like the rest of Sheets.
 */
import type { CellStyle } from "./plan";

/** The tabs' colour, and the title band's background. */
export const TAB_COLOR = "#1a73e8";
/** The title band across the top of a tab. */
export const TITLE_STYLE: CellStyle = { bold: true, background: TAB_COLOR, fontColor: "#ffffff" };
/** A section's heading band (the KPI tracker, Ticket volume, Agents; a KPI on the definitions tab). */
export const SECTION_STYLE: CellStyle = { bold: true, background: "#e8f0fe", fontColor: "#174ea6" };
/** Columns a section heading's band spans on the report tab: the tracker's width. */
export const SECTION_WIDTH = 11;
/** A table's title inside a section. */
export const TABLE_TITLE_STYLE: CellStyle = { bold: true, fontColor: "#174ea6" };
/** A table's header row. */
export const HEADER_STYLE: CellStyle = { bold: true, background: "#f1f3f4" };
/** A label beside its value (the report's header, the definitions' text rows). */
export const LABEL_STYLE: CellStyle = { bold: true, fontColor: "#5f6368" };
/** Explanations and notes. */
export const NOTE_STYLE: CellStyle = { fontColor: "#5f6368" };
