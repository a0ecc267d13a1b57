/**
 * Sending and receiving USB packages (../shared/design/EXCHANGE.md): the installation's identity
 * and keys, writing a package for a recipient, opening one (copy, verify, dry run), committing it
 * (backup, one transaction, import log) and the receipt that travels back.
 */
import { chainHead } from "../../db/audit";
import fs from "node:fs";
import path from "node:path";
import { backupFileName } from "../../db/backup";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import {
  latestReceived,
  latestSent,
  liveUnitIdByCode,
  markReceipt,
  packageById,
  packageBySha,
  peerByCode,
  peerById,
  pinPeer,
  recordPackage,
  schemaVersion,
  type PackageRow,
  type Row,
} from "../../db/queries/exchange";
import { newId } from "../../db/ids";
import type { Db } from "../../db/open-database";
import type { AppContext } from "../api/context";
import { AppError, invalid } from "../api/errors";
import { writeFileAtomic } from "../atomic-write";
import type { Profile } from "../contract";
import { isoDateOf } from "../domain/vietnamese";
import { exportsDir } from "../paths";
import { FORWARD_PROPOSAL_SOURCE, FORWARD_REPORT_SOURCE } from "../api/forwarding";
import { ROLLUP_REPORT_SOURCE } from "../api/registrations";
import { documentIdsOfSourceKind } from "../../db/queries/forwarding";
import { documentFileName } from "../contract/format";
import { readableFileName } from "../contract/text";
import { zipSync, type Zippable } from "fflate";
import { convertToPdf, findSoffice, NoOfficeSuiteError } from "../documents/office-convert";
import { getDocument, toRow } from "../documents/register";
import type { DocumentRecord } from "../documents/register";
import {
  applyRecords,
  collectRecords,
  conflictFields,
  planRecords,
  recordKey,
  type RecordAction,
  type RecordPlan,
} from "./merge";
import {
  buildPackage,
  buildPackageInSteps,
  generateInstallationKeys,
  keyFingerprint,
  PackageError,
  readPackage,
  sha256,
  writePackageFile,
  type InstallationKeys,
  type ManifestDraft,
  type PackageManifest,
  type ReadPackage,
  type StepProgress,
} from "./package";
import { isPurpose, purposes, type PurposeKey } from "./purposes";

/** Who this installation is in the exchange: its unit code and its parent's. */
export interface ExchangeIdentity {
  unitCode: string;
  parentCode: string;
  parentName: string;
}

const IDENTITY_KEY = "exchange.identity";
const KEYS_KEY = "exchange.keys";
export const RECEIPT_PURPOSE = "bien_nhan";
/** FAT32 cannot hold a file of 4 GiB or more. */
export const FAT32_MAX_FILE = 4 * 1024 ** 3 - 1;

export function exchangeIdentity(ctx: AppContext): ExchangeIdentity {
  return (
    getSetting<ExchangeIdentity>(ctx.db, IDENTITY_KEY) ?? {
      unitCode: "",
      parentCode: "",
      parentName: "",
    }
  );
}

export function saveExchangeIdentity(ctx: AppContext, identity: ExchangeIdentity): void {
  setSetting(ctx.db, IDENTITY_KEY, identity, ctx.clock.now());
}

/** The installation's key pair, made on first use and kept with its data (a full copy keeps it). */
export function installationKeys(ctx: AppContext): InstallationKeys {
  const stored = getSetting<InstallationKeys>(ctx.db, KEYS_KEY);
  if (stored) return stored;
  const keys = generateInstallationKeys();
  setSetting(ctx.db, KEYS_KEY, keys, ctx.clock.now());
  return keys;
}

export const outboxDir = (ctx: AppContext) => path.join(exportsDir(ctx.paths), "goi-du-lieu");
const inboxDir = (ctx: AppContext) => path.join(ctx.paths.dataDir, "exchange", "inbox");

const profileName = (ctx: AppContext) => getSetting<Profile>(ctx.db, "profile")?.issuingBody ?? "";

const safeCode = (code: string) => code.replace(/_/g, "-").replace(/[^A-Za-z0-9.-]/g, "") || "X";
const stampOf = (at: number) => {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};
export const packageFileName = (from: string, to: string, at: number, id: string) =>
  `TDKT_${safeCode(from)}_${safeCode(to)}_${stampOf(at)}_${id.slice(-8)}.tdkt`;

/**
 * Refuses a write the target cannot hold: not enough room, or 4 GiB and more where the folder is
 * on FAT32 — or may be, when the system does not say (`fat32` null).
 */
export function checkRoom(size: number, target: { free: number; fat32: boolean | null }): void {
  if (target.fat32 !== false && size > FAT32_MAX_FILE)
    throw invalid(
      `Gói dữ liệu lớn ${(size / 1024 ** 3).toFixed(1).replace(".", ",")} GB, vượt giới hạn 4 GB của USB định dạng FAT32${target.fat32 ? "" : " (không xác định được định dạng của nơi ghi)"}. Hãy định dạng USB sang exFAT hoặc NTFS, hoặc gửi theo từng năm, từng đợt nhỏ hơn.`,
    );
  if (size > target.free)
    throw invalid(
      `Không đủ chỗ trống để ghi gói dữ liệu: cần ${megabytes(size)}, còn ${megabytes(target.free)}. Hãy xóa bớt tệp hoặc dùng USB khác.`,
    );
}
const megabytes = (n: number) => `${(n / 1024 ** 2).toFixed(1).replace(".", ",")} MB`;

/**
 * Free space, and whether the folder is on FAT: Linux tells it by the statfs type
 * (MSDOS_SUPER_MAGIC); elsewhere the type is not comparable, so it stays unknown.
 */
function targetOf(folder: string): { free: number; fat32: boolean | null } {
  try {
    const s = fs.statfsSync(folder);
    const free = Number(s.bavail) * Number(s.bsize);
    return { free, fat32: process.platform === "linux" ? Number(s.type) === 0x4d44 : null };
  } catch {
    return { free: Number.MAX_SAFE_INTEGER, fat32: null };
  }
}

interface Outgoing {
  manifest: Omit<PackageManifest, "files" | "format" | "formatVersion">;
  /** The rows sent, per table (empty for a full copy). */
  records: Map<string, Row[]>;
  entries: { path: string; data: Uint8Array }[];
  counts: Record<string, number>;
  attachmentBytes: number;
}

/** The records and files a unit's package carries, and the manifest that lists them. */
function assemble(
  ctx: AppContext,
  input: { purpose: PurposeKey; recipientCode: string; year: number },
): Outgoing {
  const identity = exchangeIdentity(ctx);
  if (!identity.unitCode)
    throw invalid(
      "Chưa khai báo mã đơn vị của nơi này. Hãy vào Trao đổi dữ liệu → Định danh để nhập mã đơn vị (do cấp trên cấp).",
    );
  // Upward a unit sends its own records; downward the office sends the recipient unit's; the
  // forwarded dossiers are the office's whatever unit they came from.
  const upward = purposes[input.purpose].direction === "len";
  const scopeCode = upward ? identity.unitCode : input.recipientCode;
  const rootUnitId = purposes[input.purpose].byRoot ? liveUnitIdByCode(ctx.db, scopeCode) : "";
  if (rootUnitId === undefined)
    throw invalid(
      upward
        ? `Danh bạ chưa có đơn vị mang mã ${scopeCode}. Hãy nhập đúng mã này cho đơn vị của mình trong Danh bạ → Đơn vị.`
        : `Danh bạ chưa có đơn vị mang mã ${scopeCode}.`,
    );
  const specs = purposes[input.purpose].tables;
  const records = collectRecords(
    ctx.db,
    specs,
    { rootUnitId, year: input.year },
    peerByCode(ctx.db, input.recipientCode)?.installationId ?? null,
  );
  const entries: Outgoing["entries"] = [];
  const counts: Record<string, number> = {};
  for (const [table, rows] of records) {
    counts[table] = rows.length;
    if (!rows.length) continue;
    entries.push({
      path: `data/${table}.jsonl`,
      data: Buffer.from(rows.map((r) => JSON.stringify(r)).join("\n") + "\n", "utf8"),
    });
  }
  const files = new Set<string>();
  let attachmentBytes = 0;
  for (const f of records.get("dossier_files") ?? []) {
    if (f.deleted_at !== null || files.has(String(f.sha256))) continue;
    const abs = path.join(ctx.paths.dataDir, String(f.path));
    if (!fs.existsSync(abs))
      throw invalid(
        `Tệp đính kèm “${String(f.name)}” không còn trong thư mục dữ liệu. Hãy đính kèm lại rồi gửi.`,
      );
    const data = fs.readFileSync(abs);
    files.add(String(f.sha256));
    attachmentBytes += data.length;
    entries.push({ path: `attachments/${String(f.sha256)}`, data });
  }
  return {
    manifest: manifestFor(ctx, input.purpose, input.recipientCode, String(input.year), counts),
    records,
    entries,
    counts,
    attachmentBytes,
  };
}

function manifestFor(
  ctx: AppContext,
  purpose: string,
  recipientCode: string,
  period: string,
  counts: Record<string, number>,
): Outgoing["manifest"] {
  const identity = exchangeIdentity(ctx);
  const now = ctx.clock.now();
  return {
    schemaVersion: schemaVersion(ctx.db),
    appVersion: ctx.version,
    packageId: newId(),
    createdAt: new Date(now).toISOString(),
    sender: {
      installationId: ctx.origin,
      unitCode: identity.unitCode,
      unitName: profileName(ctx),
      level: getSetting<Profile>(ctx.db, "profile")?.level ?? "",
      publicKey: installationKeys(ctx).publicKey,
    },
    recipient: { unitCode: recipientCode },
    purpose,
    period,
    previousPackageId: latestSent(ctx.db, recipientCode)?.id ?? null,
    counts,
    auditHead: chainHead(ctx.sqlite),
  };
}

// The whole installation, to move it to a replacement PC -----------------------------------------

export const FULL_COPY_PURPOSE = "toan_bo";
/** The folders of the data folder a full copy carries besides the database. */
const copiedAreas = ["attachments", "documents", "templates"];

function filesToCopy(ctx: AppContext): { rel: string; abs: string; size: number }[] {
  const out: { rel: string; abs: string; size: number }[] = [];
  for (const area of copiedAreas) {
    const dir = path.join(ctx.paths.dataDir, area);
    if (!fs.existsSync(dir)) continue;
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const abs = path.join(e.parentPath, e.name);
      const rel = path.relative(ctx.paths.dataDir, abs).split(path.sep).join("/");
      out.push({ rel, abs, size: fs.statSync(abs).size });
    }
  }
  return out;
}

/** What a full copy would carry: the database and the files. */
export function previewFullCopy(ctx: AppContext) {
  const files = filesToCopy(ctx);
  return {
    tables: [{ table: "database", label: "Cơ sở dữ liệu (mọi năm, mọi bảng)", count: 1 }],
    attachments: files.length,
    attachmentBytes: files.reduce((a, f) => a + f.size, 0),
    papers: [],
    pdf: false,
  };
}

/** The database (a checked backup, so consistent) and every file, for the installation itself. */
async function assembleFullCopy(ctx: AppContext): Promise<Outgoing> {
  const snapshot = await ctx.backup("manual");
  const entries: Outgoing["entries"] = [
    {
      path: "full/database.sqlite",
      data: fs.readFileSync(path.join(ctx.paths.backups, snapshot.file)),
    },
  ];
  let attachmentBytes = 0;
  for (const f of filesToCopy(ctx)) {
    const data = fs.readFileSync(f.abs);
    attachmentBytes += data.length;
    entries.push({ path: `full/files/${f.rel}`, data });
  }
  const counts = { files: entries.length - 1 };
  const identity = exchangeIdentity(ctx);
  return {
    manifest: manifestFor(ctx, FULL_COPY_PURPOSE, identity.unitCode, "", counts),
    records: new Map(),
    entries,
    counts,
    attachmentBytes,
  };
}

const tableLabel = (purpose: PurposeKey, table: string) =>
  purposes[purpose].tables.find((t) => t.table === table)?.label ?? table;

/** What a package would carry: counts per table and the attachments' size. */
export function previewOutgoing(
  ctx: AppContext,
  input: { purpose: PurposeKey; recipientCode: string; year: number },
) {
  const out = assemble(ctx, input);
  const papers = papersOf(ctx, input.purpose, input.year, out);
  return {
    tables: Object.entries(out.counts)
      .filter(([, n]) => n > 0)
      .map(([table, count]) => ({ table, label: tableLabel(input.purpose, table), count })),
    attachments: out.entries.filter((e) => e.path.startsWith("attachments/")).length,
    attachmentBytes: out.attachmentBytes,
    papers: papers.map((d) => documentFileName(toRow(ctx, d), "docx")),
    pdf: papers.length > 0 && officeSuiteAvailable(),
  };
}

const officeSuiteAvailable = () => findSoffice() !== null || process.platform === "win32";

/**
 * The papers an upward package carries for people without the app: the year's Tờ trình to the
 * upper level, the Báo cáo thành tích of each forwarded nomination and the registration roll-up.
 */
function papersOf(ctx: AppContext, purpose: PurposeKey, year: number, out: Outgoing) {
  if (purpose !== "trinh_cap_tren") return [];
  return upwardPapers(ctx, year, out.records.get("nominations") ?? []);
}

/** The register's papers of a year's forwarded nominations (see papersOf). */
function upwardPapers(ctx: AppContext, year: number, nominations: Row[]) {
  const forwarded = new Set(nominations.map((r) => String(r.id)));
  return [
    ...documentIdsOfSourceKind(ctx.db, FORWARD_PROPOSAL_SOURCE, year),
    ...documentIdsOfSourceKind(ctx.db, ROLLUP_REPORT_SOURCE, year),
    ...documentIdsOfSourceKind(ctx.db, FORWARD_REPORT_SOURCE),
  ]
    .map((id) => getDocument(ctx, id))
    .filter((d) => d.sourceKind !== FORWARD_REPORT_SOURCE || forwarded.has(d.sourceId ?? ""))
    .filter((d) => d.filePath && fs.existsSync(path.join(ctx.paths.dataDir, d.filePath)));
}

/** Each paper as .docx, and as .pdf where LibreOffice or Word can make one. */
async function paperEntries(ctx: AppContext, papers: DocumentRecord[]) {
  const entries: Outgoing["entries"] = [];
  let pdf = officeSuiteAvailable();
  fs.mkdirSync(path.join(ctx.paths.dataDir, "cache"), { recursive: true });
  const work = fs.mkdtempSync(path.join(ctx.paths.dataDir, "cache", "giay-to-"));
  try {
    for (const d of papers) {
      const name = documentFileName(toRow(ctx, d), "docx");
      const docx = path.join(ctx.paths.dataDir, d.filePath);
      entries.push({ path: `documents/${name}`, data: fs.readFileSync(docx) });
      if (!pdf) continue;
      try {
        const made = await convertToPdf(docx, work, {
          profileDir: path.join(ctx.paths.dataDir, "cache", "lo-profile"),
        });
        entries.push({
          path: `documents/${name.replace(/\.docx$/, ".pdf")}`,
          data: fs.readFileSync(made),
        });
      } catch (e) {
        if (!(e instanceof NoOfficeSuiteError)) ctx.log.error("exchange: PDF conversion failed", e);
        pdf = false;
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { entries, pdf };
}

/**
 * The forwarded dossiers of a year as one .zip for the upper level or the national electronic
 * dossier system: the papers (Tờ trình, Báo cáo thành tích, roll-up) as .docx and .pdf under
 * their register names, and the units' own papers as they were attached, per unit.
 */
export async function writeUpwardPapersZip(ctx: AppContext, year: number) {
  const records = collectRecords(ctx.db, purposes.trinh_cap_tren.tables, { rootUnitId: "", year });
  const nominations = records.get("nominations") ?? [];
  if (!nominations.length)
    throw invalid(`Năm ${year} chưa có đề nghị nào đã chuyển cấp trên: chưa có hồ sơ để xuất.`);
  const papers = await paperEntries(ctx, upwardPapers(ctx, year, nominations));
  const files: Zippable = {};
  for (const e of papers.entries)
    files[`Van ban/${path.basename(e.path)}`] = [e.data, { level: 0 }];
  const byId = (table: string) => new Map((records.get(table) ?? []).map((r) => [String(r.id), r]));
  const units = byId("units");
  const dossiers = byId("dossiers");
  const components = byId("dossier_components");
  let attached = 0;
  for (const f of records.get("dossier_files") ?? []) {
    if (f.deleted_at !== null) continue;
    const c = components.get(String(f.component_id));
    const d = c && dossiers.get(String(c.dossier_id));
    const unit = d ? String(units.get(String(d.unit_id))?.name ?? "Don vi") : "Don vi";
    const abs = path.join(ctx.paths.dataDir, String(f.path));
    if (!fs.existsSync(abs)) continue;
    const folder = readableFileName(unit, "Don vi", 60);
    const kind = c ? readableFileName(String(c.title || c.kind), "Giay to", 50) : "Giay to";
    let name = `Ho so don vi/${folder}/${kind} - ${readableFileName(String(f.name), "tep", 80)}`;
    for (let i = 2; name in files; i++) name = name.replace(/( \(\d+\))?(\.[^.]*)?$/, ` (${i})$2`);
    files[name] = [fs.readFileSync(abs), { level: 0 }];
    attached++;
  }
  const fileName = `Ho-so-trinh-cap-tren-${year}.zip`;
  const file = path.join(exportsDir(ctx.paths), fileName);
  writeFileAtomic(file, zipSync(files));
  return {
    path: file,
    fileName,
    papers: papers.entries.filter((e) => e.path.endsWith(".docx")).length,
    attached,
    pdf: papers.pdf,
  };
}

/** A package's row in the outbox (gui) or the import log (nhan, with its settled report). */
function logPackage(
  db: Db,
  m: ManifestDraft,
  file: { direction: "gui" | "nhan"; path: string; sha256: string; size: number },
  at: number,
  report: object | null = null,
) {
  recordPackage(db, {
    id: m.packageId,
    direction: file.direction,
    sha256: file.sha256,
    fileName: path.basename(file.path),
    sizeBytes: file.size,
    senderInstallation: m.sender.installationId,
    senderCode: m.sender.unitCode,
    senderName: m.sender.unitName,
    recipientCode: m.recipient.unitCode,
    purpose: m.purpose,
    period: m.period,
    createdAt: Date.parse(m.createdAt),
    countsJson: JSON.stringify(m.counts),
    reportJson: report ? JSON.stringify(report) : "",
    at,
  });
}

/**
 * Writes the package into `folder` (the outbox under exports/ when none): checks room and FAT32,
 * writes `.partial`, flushes, renames, re-reads and verifies; then lists it in the outbox.
 */
export async function writeOutgoing(
  ctx: AppContext,
  input: { purpose: PurposeKey | typeof FULL_COPY_PURPOSE; recipientCode: string; year: number },
  folder = outboxDir(ctx),
  progress: StepProgress = () => undefined,
) {
  const out =
    input.purpose === FULL_COPY_PURPOSE
      ? await assembleFullCopy(ctx)
      : assemble(ctx, { ...input, purpose: input.purpose });
  if (input.purpose !== FULL_COPY_PURPOSE) {
    const papers = await paperEntries(ctx, papersOf(ctx, input.purpose, input.year, out));
    out.entries.push(...papers.entries);
  }
  const bytes = await buildPackageInSteps(
    out.manifest,
    out.entries,
    installationKeys(ctx).privateKey,
    progress,
  );
  fs.mkdirSync(folder, { recursive: true });
  checkRoom(bytes.length, targetOf(folder));
  const file = path.join(
    folder,
    packageFileName(
      out.manifest.sender.unitCode,
      out.manifest.recipient.unitCode,
      ctx.clock.now(),
      out.manifest.packageId,
    ),
  );
  const digest = await writeWithMessage(file, bytes, progress);
  logPackage(
    ctx.db,
    out.manifest,
    { direction: "gui", path: file, sha256: digest, size: bytes.length },
    ctx.clock.now(),
  );
  return {
    file,
    fileName: path.basename(file),
    sizeBytes: bytes.length,
    packageId: out.manifest.packageId,
  };
}

/** writePackageFile with a full disk or a pulled stick told in Vietnamese. */
async function writeWithMessage(
  file: string,
  bytes: Uint8Array,
  progress?: StepProgress,
): Promise<string> {
  try {
    return await writePackageFile(file, bytes, progress);
  } catch (e) {
    if (e instanceof PackageError) throw invalid(e.message);
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOSPC")
      throw invalid(
        "USB (ổ đĩa) đã đầy khi đang ghi: gói chưa được ghi. Hãy giải phóng chỗ trống hoặc dùng USB khác.",
      );
    throw invalid(
      "Không ghi được gói dữ liệu (USB bị rút ra, chỉ đọc hoặc lỗi): không có tệp nào được để lại. Hãy cắm lại USB và ghi lại.",
    );
  }
}

// Receiving ------------------------------------------------------------------------------------

export interface TableCounts {
  table: string;
  label: string;
  counts: Record<RecordAction, number>;
}

export interface OpenedPackage {
  pkg: ReadPackage;
  file: string;
  plans: RecordPlan[];
  receiptFor: PackageRow | null;
  firstContact: boolean;
}

const refuse = (message: string): never => {
  throw invalid(message);
};

/** Copies the chosen file into the data folder, verifies it and plans it; writes no record. */
export type KeyChanged = {
  keyChanged: { unitName: string; unitCode: string; pinned: string; now: string };
};

export function openIncoming(
  ctx: AppContext,
  chosen: string,
  /** The officer confirmed by phone that the sender's new key is genuine. */
  acceptNewKey = false,
): OpenedPackage | { already: PackageRow } | KeyChanged {
  const bytes = fs.readFileSync(chosen);
  // The very same file again: answered before unpacking anything.
  const replay = packageBySha(ctx.db, sha256(bytes));
  if (replay?.direction === "nhan") return { already: replay };
  let pkg: ReadPackage;
  try {
    // The key is compared below: a changed key is a question for the officer, not a refusal.
    pkg = readPackage(bytes);
  } catch (e) {
    if (e instanceof PackageError) throw invalid(e.message);
    throw e;
  }
  const m = pkg.manifest;
  const earlier = packageById(ctx.db, m.packageId) ?? packageBySha(ctx.db, pkg.sha256);
  if (earlier?.direction === "nhan") return { already: earlier };
  if (m.sender.installationId === ctx.origin)
    refuse("Đây là gói do chính máy này gửi đi, không phải gói nhận được.");
  const identity = exchangeIdentity(ctx);
  // A full copy carries the whole installation, its identity included: it goes to a new PC.
  if (m.purpose !== FULL_COPY_PURPOSE && m.recipient.unitCode !== identity.unitCode)
    refuse(
      `Gói này gửi cho đơn vị mang mã “${m.recipient.unitCode}”, không phải đơn vị này (mã “${identity.unitCode || "chưa khai báo"}”). Không nhận.`,
    );
  if (m.schemaVersion > schemaVersion(ctx.db))
    refuse(
      "Gói dữ liệu được tạo bởi phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng rồi nhận lại gói.",
    );
  fs.mkdirSync(inboxDir(ctx), { recursive: true });
  const file = path.join(inboxDir(ctx), `${m.packageId}.tdkt`);
  writeFileAtomic(file, bytes);
  const pinned = peerById(ctx.db, m.sender.installationId);
  if (pinned && pinned.publicKey !== m.sender.publicKey && !acceptNewKey)
    return {
      keyChanged: {
        unitName: m.sender.unitName,
        unitCode: m.sender.unitCode,
        pinned: keyFingerprint(pinned.publicKey),
        now: keyFingerprint(m.sender.publicKey),
      },
    };
  // A new sender, or a new key the officer is about to confirm: asked again before commit.
  const firstContact = !pinned || pinned.publicKey !== m.sender.publicKey;
  if (m.purpose === RECEIPT_PURPOSE) {
    const sent = packageById(ctx.db, m.period);
    if (!sent || sent.direction !== "gui")
      refuse("Biên nhận này cho một gói không có trong danh sách đã gửi của máy này.");
    return { pkg, file, plans: [], receiptFor: sent!, firstContact };
  }
  if (m.purpose === FULL_COPY_PURPOSE) {
    const allowed = (name: string) =>
      name === "full/database.sqlite" ||
      copiedAreas.some((area) => name.startsWith(`full/files/${area}/`));
    if (!pkg.files.has("full/database.sqlite") || [...pkg.files.keys()].some((n) => !allowed(n)))
      refuse(
        "Gói sao chép toàn bộ không đúng cấu trúc (thiếu cơ sở dữ liệu hoặc có tệp lạ). Không nhận.",
      );
    return { pkg, file, plans: [], receiptFor: null, firstContact };
  }
  if (!isPurpose(m.purpose))
    refuse(`Gói có mục đích “${m.purpose}” mà phiên bản ứng dụng này chưa nhận được.`);
  const purpose = m.purpose as PurposeKey;
  const newer = latestReceived(ctx.db, m.sender.installationId, m.purpose, m.period);
  if (newer && newer.createdAt > Date.parse(m.createdAt))
    refuse(
      `Gói này cũ hơn gói đã nhận từ ${m.sender.unitName} (tạo lúc ${new Date(newer.createdAt).toLocaleString("vi-VN")}): không nhận để khỏi ghi đè dữ liệu mới bằng dữ liệu cũ.`,
    );
  if (purposes[purpose].direction === "xuong" && m.sender.unitCode !== identity.parentCode)
    refuse(
      `Gói này do ${m.sender.unitName} (mã ${m.sender.unitCode}) gửi, không phải cấp trên của đơn vị này (mã cấp trên đã khai báo: “${identity.parentCode || "chưa khai báo"}”). Không nhận.`,
    );
  if (purposes[purpose].direction === "len" && !liveUnitIdByCode(ctx.db, m.sender.unitCode))
    refuse(
      `Danh bạ chưa có đơn vị gửi “${m.sender.unitName}” (mã ${m.sender.unitCode}). Hãy thêm đơn vị với đúng mã này trong Danh bạ → Đơn vị rồi nhận lại gói.`,
    );
  const specs = purposes[purpose].tables;
  const records = new Map<string, Row[]>();
  const known = new Set<string>(specs.map((s) => s.table));
  const attachments = new Set<string>();
  for (const [name, data] of pkg.files) {
    if (name.startsWith("attachments/")) {
      attachments.add(name.slice("attachments/".length));
      continue;
    }
    if (name.startsWith("documents/") && /\.(docx|pdf)$/.test(name)) continue;
    const table = /^data\/([a-z_]+)\.jsonl$/.exec(name)?.[1];
    if (!table || !known.has(table))
      refuse(`Gói có dữ liệu “${name}” không thuộc loại gói này. Không nhận.`);
    const spec = specs.find((s) => s.table === table)!;
    const rows: Row[] = [];
    for (const line of Buffer.from(data).toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        return refuse(`Dữ liệu “${name}” trong gói không đọc được. Không nhận.`);
      }
      const r = raw as Row;
      if (!r || typeof r !== "object" || typeof r.id !== "string" || !r.id)
        refuse(`Dữ liệu “${name}” trong gói có bản ghi thiếu mã. Không nhận.`);
      const row: Row = { id: r.id, origin: r.origin, deleted_at: r.deleted_at ?? null };
      for (const f of spec.fields) {
        // A column added after the sender's app was made: absent, so left alone, not emptied.
        if (r[f] === undefined && spec.addedFields?.includes(f)) continue;
        row[f] = r[f] === undefined ? null : r[f];
      }
      rows.push(row);
    }
    records.set(table!, rows);
  }
  const senderUnitId = liveUnitIdByCode(ctx.db, m.sender.unitCode);
  const plans = planRecords({
    db: ctx.db,
    peer: m.sender.installationId,
    specs,
    records,
    year: Number(m.period),
    attachments,
    sender: senderUnitId ? { unitId: senderUnitId, code: m.sender.unitCode } : undefined,
  });
  return { pkg, file, plans, receiptFor: null, firstContact };
}

const actions: RecordAction[] = [
  "new",
  "identical",
  "update",
  "keep",
  "conflict",
  "skip",
  "refused",
];

/** The dry-run report the officer reads before committing. */
export function reportOf(opened: OpenedPackage) {
  const m = opened.pkg.manifest;
  const purpose = isPurpose(m.purpose) ? m.purpose : null;
  const tables: TableCounts[] = [];
  for (const spec of purpose ? purposes[purpose].tables : []) {
    const counts = Object.fromEntries(actions.map((a) => [a, 0])) as Record<RecordAction, number>;
    for (const p of opened.plans) if (p.table === spec.table) counts[p.action]++;
    if (actions.some((a) => counts[a] > 0))
      tables.push({ table: spec.table, label: spec.label, counts });
  }
  return {
    packageId: m.packageId,
    purpose: m.purpose,
    purposeLabel:
      m.purpose === RECEIPT_PURPOSE
        ? "Biên nhận"
        : m.purpose === FULL_COPY_PURPOSE
          ? "Toàn bộ dữ liệu (chuyển sang máy mới)"
          : purpose
            ? purposes[purpose].label
            : m.purpose,
    period: m.period,
    createdAt: Date.parse(m.createdAt),
    sender: {
      unitCode: m.sender.unitCode,
      unitName: m.sender.unitName,
      fingerprint: keyFingerprint(m.sender.publicKey),
    },
    firstContact: opened.firstContact,
    receiptFor: opened.receiptFor
      ? { fileName: opened.receiptFor.fileName, at: opened.receiptFor.at }
      : null,
    tables,
    conflicts: opened.plans
      .filter((p) => p.action === "conflict")
      .map((p) => ({
        key: recordKey(p),
        tableLabel: purpose ? tableLabel(purpose, p.table) : p.table,
        label: p.label,
        note: p.reason ?? "",
        fields: conflictFields(p).map((f) => ({
          label: f.label,
          ours: String(f.ours),
          theirs: String(f.theirs),
        })),
      })),
    refused: opened.plans
      .filter((p) => p.action === "refused")
      .map((p) => ({
        tableLabel: purpose ? tableLabel(purpose, p.table) : p.table,
        label: p.label,
        reason: p.reason ?? "",
      })),
  };
}
export type ImportReport = ReturnType<typeof reportOf>;

/**
 * Commits an opened package: refuses while any record is refused (all or nothing) or a new
 * sender's key is not confirmed; writes the attachments, backs up, then in one transaction the
 * records, the pinned key and the import log.
 */
export async function commitIncoming(
  ctx: AppContext,
  opened: OpenedPackage,
  opts: { takeTheirs: readonly string[]; confirmKey: boolean },
) {
  const report = reportOf(opened);
  const m = opened.pkg.manifest;
  if (report.refused.length)
    refuse(
      `Gói có ${report.refused.length} bản ghi không nhận được (xem lý do trong báo cáo): chưa nhập gì. Hãy bổ sung ở nơi nhận (danh mục, danh bạ) hoặc đề nghị đơn vị sửa rồi gửi lại.`,
    );
  if (opened.firstContact && !opts.confirmKey)
    refuse(
      `Lần đầu nhận gói từ ${m.sender.unitName}: hãy gọi điện đối chiếu mã nhận dạng ${report.sender.fingerprint} rồi đánh dấu “Đã xác nhận”.`,
    );
  if (m.purpose === FULL_COPY_PURPOSE) return replaceWithFullCopy(ctx, opened, report);
  const conflictKeys = new Set(report.conflicts.map((c) => c.key));
  const takeTheirs = new Set(opts.takeTheirs.filter((k) => conflictKeys.has(k)));
  for (const p of opened.plans) {
    if (p.table !== "dossier_files" || !["new", "update"].includes(p.action)) continue;
    const target = path.join(ctx.paths.dataDir, String(p.values.path));
    if (!fs.existsSync(target))
      writeFileAtomic(target, opened.pkg.files.get(`attachments/${String(p.values.sha256)}`)!);
  }
  const papers = extractPapers(ctx, opened);
  const saved = await ctx.backup("pre-import");
  const now = ctx.clock.now();
  const settled = {
    ...report,
    papers,
    takenTheirs: [...takeTheirs],
    backup: path.basename(saved.file),
    importedAt: now,
  };
  ctx.db.transaction((tx) => {
    if (opened.firstContact)
      pinPeer(tx, {
        installationId: m.sender.installationId,
        unitCode: m.sender.unitCode,
        unitName: m.sender.unitName,
        publicKey: m.sender.publicKey,
        confirmedAt: now,
      });
    if (opened.receiptFor) markReceipt(tx, opened.receiptFor.id, now);
    else {
      const purpose = m.purpose as PurposeKey;
      applyRecords(
        {
          db: tx,
          peer: m.sender.installationId,
          packageId: m.packageId,
          specs: purposes[purpose].tables,
          takeTheirs,
          now,
          today: isoDateOf(now),
          actor: ctx.origin,
        },
        opened.plans,
      );
    }
    logReceived(tx, opened, settled, now);
  });
  return settled;
}

/** The import log's row of a package received here, with its settled report. */
const logReceived = (db: Db, opened: OpenedPackage, settled: object, now: number) =>
  logPackage(
    db,
    opened.pkg.manifest,
    {
      direction: "nhan",
      path: opened.file,
      sha256: opened.pkg.sha256,
      size: fs.statSync(opened.file).size,
    },
    now,
    settled,
  );

/** The papers a package carries, written under exports/ for the officer to open or print. */
function extractPapers(ctx: AppContext, opened: OpenedPackage) {
  const m = opened.pkg.manifest;
  const folder = path.join(
    exportsDir(ctx.paths),
    "giay-to-nhan",
    `${safeCode(m.sender.unitCode)}_${stampOf(Date.parse(m.createdAt))}_${m.packageId.slice(-8)}`,
  );
  const out: { name: string; path: string }[] = [];
  for (const [name, data] of opened.pkg.files) {
    if (!name.startsWith("documents/")) continue;
    const file = path.join(folder, path.basename(name));
    writeFileAtomic(file, data);
    out.push({ name: path.basename(name), path: file });
  }
  return out;
}

/**
 * Moves an installation onto this PC: its files into the data folder, its database restored over
 * this one (which is backed up first, as every restore does). The installation keeps its identity
 * and keys, which live in its database.
 */
async function replaceWithFullCopy(ctx: AppContext, opened: OpenedPackage, report: ImportReport) {
  const m = opened.pkg.manifest;
  for (const [name, data] of opened.pkg.files) {
    if (!name.startsWith("full/files/")) continue;
    writeFileAtomic(path.join(ctx.paths.dataDir, name.slice("full/files/".length)), data);
  }
  const snapshot = backupFileName("manual", Date.parse(m.createdAt));
  writeFileAtomic(
    path.join(ctx.paths.backups, snapshot),
    opened.pkg.files.get("full/database.sqlite")!,
  );
  const restored = await ctx.restore(snapshot);
  const now = ctx.clock.now();
  const settled = {
    ...report,
    papers: [],
    takenTheirs: [],
    backup: restored.safetyBackup ? path.basename(restored.safetyBackup.file) : "",
    importedAt: now,
  };
  logReceived(ctx.db, opened, settled, now);
  return settled;
}

/** A receipt for a package imported here, to carry back to its sender. */
export async function writeReceipt(ctx: AppContext, packageId: string, folder = outboxDir(ctx)) {
  const received = packageById(ctx.db, packageId);
  if (!received || received.direction !== "nhan")
    throw invalid("Chỉ lập biên nhận cho gói đã nhận vào máy này.");
  const identity = exchangeIdentity(ctx);
  const keys = installationKeys(ctx);
  const now = ctx.clock.now();
  const id = newId();
  const body = Buffer.from(
    JSON.stringify({
      packageId: received.id,
      sha256: received.sha256,
      importedAt: received.at,
      counts: JSON.parse(received.countsJson) as unknown,
    }),
    "utf8",
  );
  const bytes = buildPackage(
    {
      schemaVersion: schemaVersion(ctx.db),
      appVersion: ctx.version,
      packageId: id,
      createdAt: new Date(now).toISOString(),
      sender: {
        installationId: ctx.origin,
        unitCode: identity.unitCode,
        unitName: profileName(ctx),
        level: getSetting<Profile>(ctx.db, "profile")?.level ?? "",
        publicKey: keys.publicKey,
      },
      recipient: { unitCode: received.senderCode },
      purpose: RECEIPT_PURPOSE,
      period: received.id,
      previousPackageId: null,
      auditHead: chainHead(ctx.sqlite),
      counts: {},
    },
    [{ path: "data/bien_nhan.json", data: body }],
    keys.privateKey,
  );
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(
    folder,
    `BienNhan_${packageFileName(identity.unitCode, received.senderCode, now, id)}`,
  );
  await writeWithMessage(file, bytes);
  return { file, fileName: path.basename(file) };
}
