/**
 * The documented registry: every custom function with its help texts, in the registry's order.
 * The build writes the `@customfunction` JSDoc stubs and the README's function reference from it;
 * tests check it. The add-on never imports this module, so the help texts are not in its bundle.
 */

import { customersDocs } from "./customers";
import { type FunctionSpec, specOf } from "./define";
import { forecastDocs } from "./forecast";
import { staffingDocs } from "./staffing";
import { surveyDocs } from "./survey";
import { ticketsDocs } from "./tickets";

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  ...surveyDocs,
  ...customersDocs,
  ...ticketsDocs,
  ...staffingDocs,
  ...forecastDocs,
].map((docs) => specOf(docs()));
