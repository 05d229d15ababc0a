/**
 * The custom-function registry: every function Sheets can call, in the order the README lists them.
 * The build generates one top-level stub per entry; `callCustomFunction` is what each stub calls.
 * Help texts stay out of it (see define.ts): `reference.ts` adds them for the build and tests.
 */

import { customersFunctions } from "./customers";
import type { CallContext, CustomFunction, Result } from "./define";
import { forecastFunctions } from "./forecast";
import { staffingFunctions } from "./staffing";
import { surveyFunctions } from "./survey";
import { ticketsFunctions } from "./tickets";

export const FUNCTIONS: readonly CustomFunction[] = [
  ...surveyFunctions,
  ...customersFunctions,
  ...ticketsFunctions,
  ...staffingFunctions,
  ...forecastFunctions,
];

export function findFunction(name: string): CustomFunction | undefined {
  for (const spec of FUNCTIONS) if (spec.name === name) return spec;
  return undefined;
}

export function callCustomFunction(name: string, args: unknown[], context: CallContext): Result {
  const spec = findFunction(name);
  if (!spec) throw new Error(`Support KPIs has no function ${name}.`);
  if (args.length > spec.params.length) {
    const names = spec.params.map((p) => p.name).join(", ");
    throw new Error(
      `${name} takes at most ${spec.params.length} arguments (${names}); it was given ${args.length}.`,
    );
  }
  for (let i = 0; i < spec.params.length; i++) {
    const param = spec.params[i];
    if (!param.optional && (args[i] === undefined || args[i] === null)) {
      throw new Error(`${name}: ${param.name} is missing. Example: ${spec.example}`);
    }
  }
  return spec.run(args, context);
}
