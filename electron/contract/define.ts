import type { z } from "zod";

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Queries only read; mutations change data (the renderer invalidates caches after them). */
  kind: "query" | "mutation";
}

export function query<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ProcedureDef<I, O> {
  return { input, output, kind: "query" };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ProcedureDef<I, O> {
  return { input, output, kind: "mutation" };
}
