import type { FunctionSpec } from "./define";

export const ticketsFunctions: FunctionSpec[] = [];
