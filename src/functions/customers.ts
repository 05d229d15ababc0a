import type { FunctionSpec } from "./define";

export const customersFunctions: FunctionSpec[] = [];
