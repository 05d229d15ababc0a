import type { FunctionSpec } from "./define";

export const surveyFunctions: FunctionSpec[] = [];
