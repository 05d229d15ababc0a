/**
 * English messages. Sections keep each part of the product together; keys are namespaced by part
 * (`menu.`, `sidebar.`, `report.`, `kpi.`, `definitions.`, `error.`) so they never collide.
 */
export const en = {
  "app.name": "Support KPIs",

  // menu.
  "menu.build": "Build monthly report…",
  "menu.sample": "Insert sample data",
  "menu.definitions": "Metric definitions",
  "menu.help": "Help",
  "menu.helpText":
    'Support KPIs adds custom functions such as =NPS(B2:B), =CSAT(C2:C) and =FRT(A2:A; B2:B; "median"), ' +
    "and builds a monthly report tab from your ticket log. Open Build monthly report… to start.",
};
