import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import {
  backupPath,
  createBackup,
  hasDailyBackupOn,
  latestGoodBackup,
  removeInterruptedBackups,
  verifyBackup,
  type BackupEntry,
} from "../db/backup";
import {
  DatabaseDamagedError,
  openDatabase,
  type Db,
  type OpenedDatabase,
} from "../db/open-database";
import { getSetting } from "../db/queries/app-settings";
import {
  appendAuditEvent,
  backupChain,
  chainHead,
  installAudit,
  comparedWithBackup,
  verifyChainInSlices,
  type AuditSwitch,
  type ChainCheck,
} from "../db/audit";
import { auditContext } from "./auth/actor";
import { ensureInstallationId } from "../db/queries/installation";
import { seedDefaultsOnce } from "../db/seed/apply-defaults";
import { loadDemo } from "../db/seed/demo";
import { handlers } from "./api";
import { registerDocumentResolvers } from "./api/document-resolvers";
import type { AppContext, Clock } from "./api/context";
import { AppError, type Logger } from "./api/errors";
import { isDiskFull } from "./app-errors";
import { createRouter, type Router } from "./api/router";
import { authorizer } from "./auth/authorize";
import { Sessions } from "./auth/sessions";
import { incomingDir } from "./api/files";
import { issuedDocuments } from "../db/queries/documents";
import { keepIssuedNumbers, repairRegister } from "./documents/register";
import type { BackupFailure, RestoreResult } from "./app-context";
import { unwritableData, type AppPaths } from "./paths";
import type { Platform } from "./platform/platform";

export interface BackendOptions {
  paths: AppPaths;
  platform: Platform;
  mode: "electron" | "browser";
  log: Logger;
  version: string;
  clock?: Clock;
  /** Load the demo dataset when the data folder is new (not set up yet). */
  demo?: boolean;
  validateOutput?: boolean;
  nativeBinding?: string;
  /** Take the once-a-day snapshot at start (off in unit tests that count backups). */
  dailyBackup?: boolean;
}

const systemClock: Clock = { now: () => Date.now() };

/**
 * What an earlier run may have left: interrupted backups, and uploaded files (personal data)
 * whose import preview died with the process that held it.
 */
function clearLeftovers(paths: AppPaths, log: Logger) {
  try {
    const partial = removeInterruptedBackups(paths.backups);
    if (partial.length) log.info("removed interrupted backups", partial);
    fs.rmSync(incomingDir(paths), { recursive: true, force: true });
  } catch (e) {
    log.error("could not clear leftovers at start", e);
  }
}

export class Backend implements AppContext {
  readonly router: Router;
  readonly sessions = new Sessions();
  readonly clock: Clock;
  private opened: OpenedDatabase | null = null;
  private installationId = "";
  private damageReason: string | null = null;
  /** The data cannot be written (see unwritableData): nothing was opened. */
  readOnly = false;
  /** The last backup that failed since start (the overview warns about it). */
  backupFailure: BackupFailure | null = null;
  readonly chosenFiles = new Set<string>();
  /** The audit chain as verified at open (null while nothing is open). */
  auditCheck: ChainCheck | null = null;
  /** The verification started at open, so callers (and tests) can wait for it. */
  auditVerified: Promise<ChainCheck | null> = Promise.resolve(null);
  private auditSwitch: AuditSwitch | null = null;
  private auditOn = true;
  /** Off only while the demo dataset loads (and in the audit bench's baseline). */
  get auditing() {
    return this.auditOn;
  }
  set auditing(on: boolean) {
    this.auditOn = on;
    this.auditSwitch?.set(on);
  }
  /** A pending daily backup, so callers (and tests) can wait for it. */
  startupBackup: Promise<unknown> = Promise.resolve();

  private constructor(private readonly opts: BackendOptions) {
    this.clock = opts.clock ?? systemClock;
    registerDocumentResolvers();
    this.router = createRouter(handlers, () => this, {
      validateOutput: opts.validateOutput ?? process.env.NODE_ENV !== "production",
      log: opts.log,
      authorize: authorizer(this, this.sessions),
    });
  }

  static async start(opts: BackendOptions): Promise<Backend> {
    const unwritable = unwritableData(opts.paths);
    if (unwritable) {
      opts.log.error("data folder not writable", unwritable);
      const backend = new Backend(opts);
      backend.damageReason = unwritable;
      backend.readOnly = true;
      return backend;
    }
    clearLeftovers(opts.paths, opts.log);
    const backend = new Backend(opts);
    await backend.open();
    if (backend.opened) {
      if (opts.demo && getSetting(backend.db, "setup_completed") !== true) {
        // Sample data is not anybody's work: it is not in the audit trail.
        backend.auditing = false;
        try {
          loadDemo(backend.db, backend.stamp(), new Date(backend.clock.now()).getFullYear());
        } finally {
          backend.auditing = true;
        }
      }
      await backend.checkRegister();
      if (opts.dailyBackup !== false) backend.startupBackup = backend.dailyBackupIfDue();
    }
    return backend;
  }

  /** The documents folder brought in line with the register (after a crash or a restore). */
  private async checkRegister() {
    try {
      const c = await repairRegister(this);
      if (c.completed.length || c.removed.length || c.movedAside.length || c.missing.length)
        this.opts.log.info("register check at start", c);
    } catch (e) {
      this.opts.log.error("could not check the documents folder against the register", e);
    }
  }

  /**
   * A database file that is missing or empty while good backups exist is a loss (a crash, a full
   * disk, a deleted file), not a new installation: offer the backup instead of the setup.
   */
  private lostDatabase(): string | null {
    const file = this.opts.paths.database;
    const missing = !fs.existsSync(file);
    if (!missing && fs.statSync(file).size > 0) return null;
    if (!latestGoodBackup(this.opts.paths.backups)) return null;
    const name = path.basename(file);
    return missing
      ? `Không tìm thấy tệp cơ sở dữ liệu ${name} trong khi thư mục sao lưu còn bản sao lưu tốt.`
      : `Tệp cơ sở dữ liệu ${name} trống (0 byte) trong khi thư mục sao lưu còn bản sao lưu tốt.`;
  }

  private async open() {
    const lost = this.lostDatabase();
    if (lost) {
      this.opts.log.error("database missing or empty while backups exist", lost);
      this.opened = null;
      this.damageReason = lost;
      return;
    }
    try {
      this.opened = await openDatabase({
        file: this.opts.paths.database,
        migrationsFolder: this.opts.paths.migrations,
        backupsDir: this.opts.paths.backups,
        now: () => this.clock.now(),
        ...(this.opts.nativeBinding ? { nativeBinding: this.opts.nativeBinding } : {}),
      });
      this.damageReason = null;
      this.installationId = ensureInstallationId(this.opened.db, this.clock.now());
      seedDefaultsOnce(this.opened.db, this.stamp());
      this.auditSwitch = installAudit(this.opened.sqlite, () => auditContext(this));
      if (!this.auditOn) this.auditSwitch.set(false);
      this.auditCheck = null;
      this.auditVerified = this.verifyAudit().catch((e: unknown) => {
        this.opts.log.error("could not verify the audit trail", e);
        return null;
      });
    } catch (e) {
      if (!(e instanceof DatabaseDamagedError)) throw e;
      this.opts.log.error("database damaged at open", e);
      this.opened = null;
      this.damageReason = `Tệp cơ sở dữ liệu ${path.basename(this.opts.paths.database)} bị hỏng, không mở được.`;
    }
  }

  private async dailyBackupIfDue() {
    try {
      if (!hasDailyBackupOn(this.paths.backups, this.clock.now())) await this.backup("daily");
    } catch (e) {
      this.opts.log.error("daily backup failed", e);
    }
  }

  /**
   * Walks the audit chain a slice at a time (the app answers meanwhile), then checks that the
   * newest backup's head is still in it; a break is logged and shown. At open and on demand.
   */
  async verifyAudit(): Promise<ChainCheck | null> {
    const sqlite = this.sqlite;
    try {
      let check = await verifyChainInSlices(sqlite);
      const cut = check.ok ? comparedWithBackup(sqlite, this.paths.backups) : null;
      if (cut) check = { ok: false, rows: check.rows, head: check.head, ...cut };
      // A restore or a repair may have swapped the database meanwhile: that one's check counts.
      if (this.opened?.sqlite !== sqlite) return null;
      this.auditCheck = check;
      if (!check.ok) this.opts.log.error("audit chain broken", check.problem);
      return check;
    } catch (e) {
      if (!sqlite.open) return null;
      throw e;
    }
  }

  get db(): Db {
    if (!this.opened) throw new AppError("DATABASE_DAMAGED");
    return this.opened.db;
  }
  get sqlite(): Database.Database {
    if (!this.opened) throw new AppError("DATABASE_DAMAGED");
    return this.opened.sqlite;
  }
  get origin() {
    return this.installationId;
  }
  get paths() {
    return this.opts.paths;
  }
  get platform() {
    return this.opts.platform;
  }
  get log() {
    return this.opts.log;
  }
  get mode() {
    return this.opts.mode;
  }
  get version() {
    return this.opts.version;
  }
  get damage() {
    return this.damageReason;
  }

  stamp() {
    return { now: this.clock.now(), origin: this.installationId };
  }

  async backup(kind: BackupEntry["kind"]): Promise<BackupEntry> {
    try {
      const made = await createBackup(this.sqlite, this.paths.backups, kind, this.clock.now());
      this.backupFailure = null;
      return made;
    } catch (e) {
      if (e instanceof AppError) throw e;
      this.opts.log.error("backup failed", e);
      if (isDiskFull(e)) throw new AppError("DISK_FULL");
      // A snapshot that fails its check usually means the database itself is damaged in a way
      // the quick check at start does not see (an index): the full check says so.
      const details = this.integrityProblems();
      this.backupFailure = {
        at: this.clock.now(),
        kind,
        damaged: details.length > 0,
        details,
        message: details.length
          ? "Bản sao lưu không đạt kiểm tra vì cơ sở dữ liệu đang dùng có chỗ hỏng. Dữ liệu vẫn mở được, nhưng cần sửa ngay: vào Cài đặt › Sao lưu và khôi phục, bấm “Sửa chữa cơ sở dữ liệu”, hoặc khôi phục bản sao lưu tốt gần nhất."
          : "Không tạo được bản sao lưu (kiểm tra dung lượng ổ đĩa và quyền ghi thư mục dữ liệu).",
      };
      throw new AppError("INTERNAL", this.backupFailure.message);
    }
  }

  /** What SQLite's full integrity check finds in the open database (empty when it is sound). */
  private integrityProblems(): string[] {
    const rows = this.sqlite.pragma("integrity_check(20)") as { integrity_check: string }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === "ok" ? [] : found;
  }

  /**
   * Repairs damage the full check finds: REINDEX rebuilds every index from its table; if that is
   * not enough, the rows are copied into a fresh file (VACUUM INTO), checked, and swapped in,
   * the damaged file kept aside. A backup is taken after, which also proves the repair.
   */
  async repair(): Promise<{ repaired: boolean; message: string }> {
    if (this.integrityProblems().length === 0) {
      const made = await this.backup("manual");
      return {
        repaired: true,
        message: `Cơ sở dữ liệu không có chỗ hỏng; đã sao lưu (${made.file}).`,
      };
    }
    this.sqlite.exec("REINDEX");
    if (this.integrityProblems().length > 0) await this.reload();
    const left = this.integrityProblems();
    if (left.length > 0) {
      this.opts.log.error("repair left problems", left);
      return {
        repaired: false,
        message:
          "Không sửa được cơ sở dữ liệu. Hãy khôi phục bản sao lưu tốt gần nhất trong danh sách dưới đây.",
      };
    }
    const made = await this.backup("manual");
    this.opts.log.info("database repaired", made.file);
    return {
      repaired: true,
      message: `Đã sửa chữa cơ sở dữ liệu và sao lưu lại (${made.file}).`,
    };
  }

  /** Copies the rows into a fresh file and swaps it in when it checks out; the old file is kept. */
  private async reload() {
    const db = this.paths.database;
    const fresh = `${db}.sua-${this.clock.now()}`;
    try {
      this.sqlite.prepare("VACUUM INTO ?").run(fresh);
    } catch (e) {
      this.opts.log.error("VACUUM INTO failed", e);
      fs.rmSync(fresh, { force: true });
      return;
    }
    if (!verifyBackup(fresh)) {
      fs.rmSync(fresh, { force: true });
      return;
    }
    this.opened?.sqlite.close();
    this.opened = null;
    const aside = `${db}.hong-${this.clock.now()}`;
    for (const suffix of ["-wal", "-shm"])
      if (fs.existsSync(db + suffix)) fs.renameSync(db + suffix, aside + suffix);
    fs.renameSync(db, aside);
    fs.renameSync(fresh, db);
    await this.open();
  }

  /**
   * Replace the database with a verified backup. The current state is snapshotted first (or, if
   * it cannot be opened, moved aside), so a restore never loses anything.
   */
  async restore(file: string): Promise<RestoreResult> {
    const source = backupPath(this.paths.backups, file);
    if (!source) throw new AppError("NOT_FOUND", "Không tìm thấy bản sao lưu này.");
    if (!verifyBackup(source))
      throw new AppError(
        "VALIDATION",
        "Bản sao lưu này bị hỏng, không thể khôi phục. Hãy chọn bản khác.",
      );
    const chain = backupChain(source);
    if (!chain.ok)
      throw new AppError(
        "VALIDATION",
        `Nhật ký trong bản sao lưu này đã bị can thiệp (${chain.problem}) Không khôi phục bản này; hãy chọn bản khác.`,
      );
    const replaced = this.opened ? chainHead(this.sqlite) : null;
    const safety = this.opened ? await this.backup("pre-restore") : null;
    // Numbers issued after the backup exist on paper: they stay used (see keepIssuedNumbers).
    const issuedBefore = this.opened ? issuedDocuments(this.db) : [];
    const db = this.paths.database;
    if (this.opened) {
      this.opened.sqlite.close();
      this.opened = null;
    } else if (fs.existsSync(db)) {
      // Keep the damaged file and its WAL together, aside, for whoever tries to rescue it.
      const aside = `${db}.hong-${this.clock.now()}`;
      for (const suffix of ["-wal", "-shm"])
        if (fs.existsSync(db + suffix)) fs.renameSync(db + suffix, aside + suffix);
      fs.renameSync(db, aside);
    }
    const incoming = `${db}.restoring`;
    fs.copyFileSync(source, incoming);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(db + suffix, { force: true });
    fs.renameSync(incoming, db);
    await this.open();
    if (!this.opened) throw new AppError("DATABASE_DAMAGED");
    this.opts.log.info(`restored from ${file}`);
    appendAuditEvent(this.sqlite, auditContext(this), {
      tableName: "backups",
      recordId: file,
      label: file,
      changes: {
        "nhật ký trước khi khôi phục": [
          replaced ? `đến dòng ${replaced.seq} (${replaced.hash.slice(0, 12)})` : "không mở được",
          `đến dòng ${chain.head.seq} của bản sao lưu`,
        ],
        ...(safety ? { "bản sao lưu an toàn": [null, safety.file] } : {}),
      },
    });
    const keptNumbers = keepIssuedNumbers(this, issuedBefore);
    await this.checkRegister();
    return { safetyBackup: safety, keptNumbers };
  }

  close() {
    this.opened?.sqlite.close();
    this.opened = null;
  }
}
