/**
 * What an import's update writes over a directory record, and what the preview shows of it: one
 * rule for both, so the officer sees exactly what the commit will change.
 */
import { sameSpelling } from "../contract/text";

/** One field an update changes, as the preview shows it (old → new). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

type Value = string | number | boolean | null;

/**
 * Merges a row of the file into the record it updates: a blank cell (empty text or no value)
 * keeps what the directory has, and a text that differs only in where its tone mark sits keeps
 * the stored spelling. Returns the values to write and the labelled fields that really change
 * (`show` turns a value into what the officer reads).
 */
export function mergeUpdate<T extends { [K in keyof T]: Value }>(
  current: T,
  incoming: { [K in keyof T]?: T[K] | null },
  labels: { [K in keyof T]?: string },
  show: (field: keyof T, value: Value) => string = (_f, v) => (v === null ? "" : String(v)),
): { values: T; changes: FieldChange[] } {
  const values: T = { ...current };
  const changes: FieldChange[] = [];
  for (const field of Object.keys(labels) as (keyof T)[]) {
    const now: Value = current[field];
    const next: Value | undefined = incoming[field];
    if (next === undefined || next === null || next === "") continue;
    if (next === now) continue;
    if (typeof next === "string" && typeof now === "string" && sameSpelling(next, now)) continue;
    values[field] = next as T[keyof T];
    changes.push({ field: labels[field]!, from: show(field, now), to: show(field, next) });
  }
  return { values, changes };
}
