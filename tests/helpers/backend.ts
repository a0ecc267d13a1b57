import path from "node:path";
import { Backend } from "../../electron/backend";
import type { Clock } from "../../electron/api/context";
import type { Logger } from "../../electron/api/errors";
import type { Channel, InputOf, OutputOf, Result } from "../../electron/contract";
import { resolvePaths, type AppPaths } from "../../electron/paths";
import { createHeadlessPlatform } from "../../electron/platform/headless-platform";
import { makeTempDir } from "./temp-dir";

export const projectRoot = path.resolve(__dirname, "..", "..");

export interface LogEntry {
  message: string;
  detail?: unknown;
}

/** A logger that writes nothing and keeps what it was told, so tests can look at it. */
export function createQuietLogger(): Logger & { errors: LogEntry[]; infos: LogEntry[] } {
  const errors: LogEntry[] = [];
  const infos: LogEntry[] = [];
  return {
    errors,
    infos,
    error: (message, detail) => void errors.push({ message, detail }),
    info: (message, detail) => void infos.push({ message, detail }),
  };
}

export interface TestClock extends Clock {
  set(at: number | Date): void;
  advance(ms: number): void;
}

/** A clock that only moves when the test moves it. Defaults to 10 March 2025, 09:00 local time. */
export function createTestClock(start: number | Date = new Date(2025, 2, 10, 9, 0, 0)): TestClock {
  let t = typeof start === "number" ? start : start.getTime();
  return {
    now: () => t,
    set: (at) => void (t = typeof at === "number" ? at : at.getTime()),
    advance: (ms) => void (t += ms),
  };
}

export interface TestBackendOptions {
  /** Use this data folder (the caller removes it); a fresh temp folder otherwise. */
  dataDir?: string;
  clock?: TestClock;
  /** Off by default so tests that count backups see only their own. */
  dailyBackup?: boolean;
  demo?: boolean;
  /** Replace the shipped migrations folder (migration tests). */
  migrationsFolder?: string;
}

export interface TestBackend {
  backend: Backend;
  paths: AppPaths;
  clock: TestClock;
  log: ReturnType<typeof createQuietLogger>;
  /** Call a procedure through the real router; returns the Result envelope. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Call a procedure and return its value; throws with the error payload when it fails. */
  expectOk<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Call the router with anything (unknown channels, malformed input). */
  callRaw(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Close the database (the data folder stays). */
  close(): void;
  /** Close and remove the data folder if this helper created it. */
  cleanup(): void;
}

export async function startTestBackend(opts: TestBackendOptions = {}): Promise<TestBackend> {
  const temp = opts.dataDir ? null : makeTempDir();
  const dataDir = opts.dataDir ?? temp!.path;
  const resolved = resolvePaths({ dataDir, resourcesRoot: projectRoot });
  const paths = opts.migrationsFolder
    ? { ...resolved, migrations: opts.migrationsFolder }
    : resolved;
  const clock = opts.clock ?? createTestClock();
  const log = createQuietLogger();
  let backend: Backend;
  try {
    backend = await Backend.start({
      paths,
      platform: createHeadlessPlatform(),
      mode: "browser",
      log,
      version: "0.0.0-test",
      clock,
      validateOutput: true,
      dailyBackup: opts.dailyBackup ?? false,
      demo: opts.demo ?? false,
    });
  } catch (e) {
    temp?.remove();
    throw e;
  }
  // The audit check at open runs beside the first calls; tests read its verdict.
  await backend.auditVerified;

  // Every change a call made is in the audit trail when it returns: a record noted by the
  // triggers and left unwritten means a write path escaped its transaction's end.
  const unwritten = () => {
    try {
      return backend.sqlite.prepare("SELECT count(*) FROM temp.audit_pending").pluck().get();
    } catch {
      return 0; // nothing open
    }
  };
  const callRaw = async (channel: string, input: unknown) => {
    const result = await backend.router(channel, input);
    const left = unwritten();
    if (left) throw new Error(`${channel}: ${String(left)} changed records left out of the trail`);
    return result;
  };
  const call = <C extends Channel>(channel: C, input: InputOf<C>) =>
    callRaw(channel, input) as Promise<Result<OutputOf<C>>>;
  const expectOk = async <C extends Channel>(channel: C, input: InputOf<C>) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return {
    backend,
    paths,
    clock,
    log,
    call,
    expectOk,
    callRaw,
    close: () => backend.close(),
    cleanup: () => {
      backend.close();
      temp?.remove();
    },
  };
}

/** A complete first-run setup, as the setup screen sends it. */
export function sampleSetup(placeName = "Vĩnh Cửu"): InputOf<"settings.completeSetup"> {
  return {
    profile: {
      preset: "phong_noi_vu_huyen",
      level: "huyen",
      parentBody: `Ủy ban nhân dân huyện ${placeName}`,
      issuingBody: "Phòng Nội vụ",
      abbreviation: "PNV",
      parentAbbreviation: "UBND",
      placeName,
      councilName: `Hội đồng Thi đua - Khen thưởng huyện ${placeName}`,
      councilAbbreviation: "HĐTĐKT",
    },
    signers: [
      {
        fullName: "Trần Văn Hùng",
        position: "Phó Chủ tịch",
        authority: "KT.",
        authorityOf: "Chủ tịch",
        onBehalfOf: "Ủy ban nhân dân",
      },
      { fullName: "Lê Thị Thu Hà", position: "Trưởng phòng" },
    ],
    councilMembers: [
      { fullName: "Nguyễn Văn Thắng", position: "Chủ tịch UBND huyện", role: "chu_tich" },
      { fullName: "Đặng Quốc Bảo", position: "Trưởng phòng Tài chính - Kế hoạch", role: "uy_vien" },
      { fullName: "Ngô Thanh Tâm", position: "Chuyên viên Phòng Nội vụ", role: "thu_ky" },
    ],
  };
}
