import { Backend } from "../../electron/backend";
import type { AppPaths } from "../../electron/paths";
import { createHeadlessPlatform } from "../../electron/platform/headless-platform";
import {
  appVersion,
  assertNoLoggedErrors,
  benchPaths,
  collectingLogger,
  now,
  withTempDir,
} from "./helpers";

/** A backend started for one measurement, with a router call that throws when a procedure fails. */
export interface BenchBackend {
  backend: Backend;
  dir: string;
  paths: AppPaths;
  call<T = never>(channel: string, input: unknown): Promise<T>;
}

/**
 * Runs `fn` against a fresh backend (no daily backup) in a temp folder that is removed afterwards;
 * the backend is closed whatever happens, and the measurement fails when it logged errors.
 */
export function withBenchBackend<T>(
  label: string,
  what: string,
  fn: (b: BenchBackend) => Promise<T>,
): Promise<T> {
  return withTempDir(label, async (dir) => {
    const log = collectingLogger();
    const paths = benchPaths(dir);
    const backend = await Backend.start({
      paths,
      platform: createHeadlessPlatform(),
      mode: "browser",
      log,
      version: appVersion(),
      dailyBackup: false,
    });
    const call = async <R>(channel: string, input: unknown): Promise<R> => {
      const r = await backend.router(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as R;
    };
    try {
      const result = await fn({ backend, dir, paths, call });
      assertNoLoggedErrors(log, what);
      return result;
    } finally {
      backend.close();
    }
  });
}

/**
 * Runs `fn` `runs` times and returns each run's milliseconds; `after` checks (and may clean up
 * after) each result, untimed.
 */
export async function timeRuns<R>(
  runs: number,
  fn: () => Promise<R>,
  after: (result: R) => void | Promise<void> = () => undefined,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    const result = await fn();
    times.push(now() - start);
    await after(result);
  }
  return times;
}

/** The office profile the document benchmarks set up: Phòng Nội vụ of huyện Vĩnh Cửu. */
export const benchProfile = {
  preset: "phong_noi_vu_huyen",
  level: "huyen",
  parentBody: "Ủy ban nhân dân huyện Vĩnh Cửu",
  issuingBody: "Phòng Nội vụ",
  abbreviation: "PNV",
  parentAbbreviation: "UBND",
  placeName: "Vĩnh Cửu",
  councilName: "Hội đồng Thi đua - Khen thưởng huyện Vĩnh Cửu",
  councilAbbreviation: "HĐTĐKT",
};
