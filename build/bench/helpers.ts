import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Logger } from "../../electron/api/errors";
import { findProjectRoot, resolvePaths, type AppPaths } from "../../electron/paths";

let root: string | null = null;
/** The repository (db/migrations, templates, package.json); looked up on first use. */
export function projectRoot(): string {
  root ??= findProjectRoot(__dirname);
  return root;
}

export function appVersion(root: string = projectRoot()): string {
  return (
    JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }
  ).version;
}

/** App paths for a data folder, with the shipped resources taken from the repository. */
export function benchPaths(dataDir: string, root: string = projectRoot()): AppPaths {
  return resolvePaths({ dataDir, resourcesRoot: root });
}

/** A fresh, empty folder under the OS temp folder. */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tdkt-bench-${label}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Run `fn` with a temp folder that is removed afterwards, whatever happens. */
export async function withTempDir<T>(label: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = makeTempDir(label);
  try {
    return await fn(dir);
  } finally {
    removeDir(dir);
  }
}

/** A logger that keeps what it is told, so a benchmark can tell whether the backend complained. */
export interface CollectingLogger extends Logger {
  errors: { message: string; detail?: unknown }[];
  infos: { message: string; detail?: unknown }[];
}

export function collectingLogger(): CollectingLogger {
  const errors: CollectingLogger["errors"] = [];
  const infos: CollectingLogger["infos"] = [];
  return {
    errors,
    infos,
    error: (message, detail) => void errors.push({ message, detail }),
    info: (message, detail) => void infos.push({ message, detail }),
  };
}

/** Fail the measurement when the backend logged errors: a figure from a failing path is worthless. */
export function assertNoLoggedErrors(log: CollectingLogger, what: string): void {
  if (log.errors.length === 0) return;
  const first = log.errors[0];
  const detail =
    first?.detail instanceof Error ? first.detail.message : JSON.stringify(first?.detail);
  throw new Error(
    `${what}: the backend logged ${log.errors.length} error(s), first: ${first?.message} ${detail ?? ""}`,
  );
}

/** Milliseconds, high resolution. */
export const now = (): number => performance.now();

export async function timeMs(fn: () => unknown): Promise<number> {
  const start = now();
  await fn();
  return now() - start;
}

/** The p-th percentile (0–100), linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
