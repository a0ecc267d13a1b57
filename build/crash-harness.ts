// The kill -9 harness: nothing is lost when the process dies at any instant. For each kind of
// write (documents created and issued, uploads, backups, Excel imports, USB packages) the built app runs in
// browser mode as its own process over a data folder of its own, a workload repeats that write,
// the process gets SIGKILL at a random instant, the app starts again on the same folder (its
// start-up checks run) and the folder is checked: the database intact, every register row with
// its file and its number in it, no half-written file under a final name, no import half applied.
//
//   npm run crash                 20 trials of each workload
//   npm run crash -- --trials 3   (what npm test runs)
//   npm run crash -- --only documents
//
// Needs the built app (npm run crash builds it). Prints one line per workload and exits non-zero
// when any trial left an inconsistency.
import { verifyChain } from "../db/audit";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nameKeys, unitKeys } from "../db/queries/directory";
import { newId } from "../db/ids";
import { importColumns } from "../electron/exchange/directory-import";
import { buildPackage, generateInstallationKeys, readPackage } from "../electron/exchange/package";
import { startBrowserMode } from "./browser-mode";

const root = path.resolve(import.meta.dirname, "..");
const mainFile = path.join(root, "out", "electron", "browser-main.cjs");
const TOKEN_HEADER = "x-tdkt-token";

interface App {
  child: ChildProcess;
  base: string;
  token: string;
  dataDir: string;
}

async function start(dataDir: string): Promise<App> {
  const { child, url } = startBrowserMode({
    mainFile,
    dataDir,
    args: ["--demo"],
    timeoutMs: 120_000,
  });
  const address = new URL(await url);
  return {
    child,
    base: address.origin,
    token: address.searchParams.get("token") ?? "",
    dataDir,
  };
}

function kill(app: App): Promise<void> {
  return new Promise((resolve) => {
    if (app.child.exitCode !== null || app.child.signalCode !== null) return resolve();
    app.child.once("exit", () => resolve());
    app.child.kill("SIGKILL");
  });
}

function stop(app: App): Promise<void> {
  return new Promise((resolve) => {
    if (app.child.exitCode !== null || app.child.signalCode !== null) return resolve();
    app.child.once("exit", () => resolve());
    app.child.kill("SIGTERM");
  });
}

async function api<T = unknown>(app: App, channel: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${app.base}/api/${channel}`, {
    method: "POST",
    headers: { "content-type": "application/json", [TOKEN_HEADER]: app.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value as T;
}

async function upload(app: App, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const res = await fetch(`${app.base}/upload?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", [TOKEN_HEADER]: app.token },
    body: new Blob([bytes]),
  });
  const body = (await res.json()) as { ok: boolean; value?: { path: string } };
  if (!body.ok || !body.value) throw new Error(`upload refused: ${JSON.stringify(body)}`);
  return body.value.path;
}

interface Workload {
  name: string;
  /** One write, repeated until the process is killed; `n` counts them. */
  step(app: App, n: number): Promise<void>;
  /** What is wrong in the data folder (after the app started again). */
  check(app: App): Promise<string[]>;
}

/** Files anywhere under a folder. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** The database as SQLite sees it: intact, and its references whole. */
function checkDatabase(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, "tdkt.sqlite"), { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== "ok")
      problems.push(`integrity_check: ${JSON.stringify(integrity.slice(0, 3))}`);
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
    // The audit trail is written in the same transactions: its chain is whole, whatever the instant.
    const chain = verifyChain(db);
    if (!chain.ok) problems.push(`audit chain: ${chain.problem}`);
    return problems;
  } finally {
    db.close();
  }
}

interface RegisterRow {
  id: string;
  state: string;
  number: string;
  filePath: string;
}

const documents: Workload = {
  name: "documents",
  async step(app, n) {
    const signers = await api<{ id: string }[]>(app, "settings.listSigners");
    const row = await api<RegisterRow>(app, "documents.createGeneric", {
      kind: "to-trinh",
      docDate: new Date().toISOString().slice(0, 10),
      summary: `Về việc thử ghi văn bản lần ${n}`,
      kinhGui: "Chủ tịch Ủy ban nhân dân huyện",
      legalBasisIds: [],
      paragraphs: ["Phòng Nội vụ kính trình xem xét."],
      noiNhan: ["Như trên"],
      signerId: signers[0]!.id,
    });
    await api(app, "documents.issue", { id: row.id });
  },
  async check(app) {
    const problems: string[] = [];
    const rows = await api<RegisterRow[]>(app, "documents.list", { search: "" });
    for (const r of rows) {
      const file = path.join(app.dataDir, r.filePath);
      if (!r.filePath || !fs.existsSync(file)) {
        problems.push(`${r.number} (${r.state}): no file`);
        continue;
      }
      let xml: string;
      try {
        xml = strFromU8(unzipSync(fs.readFileSync(file))["word/document.xml"]!);
      } catch {
        problems.push(`${r.number}: ${r.filePath} is not a readable .docx`);
        continue;
      }
      if (!xml.includes(r.number)) problems.push(`${r.number}: the file does not carry its number`);
    }
    const documentsDir = path.join(app.dataDir, "documents");
    for (const f of filesUnder(documentsDir))
      if (/\.(tmp|pending)$/.test(f))
        problems.push(`left behind: ${path.relative(app.dataDir, f)}`);
    return problems;
  },
};

const uploads: Workload = {
  name: "upload",
  async step(app, n) {
    await upload(app, `tep-${n}.xlsx`, new Uint8Array(6 * 1024 * 1024).fill(n % 251));
  },
  async check(app) {
    // Start-up clears incoming/ (personal data of previews that died with the process); a kill
    // mid-upload must not leave a file that looks whole anywhere else.
    return filesUnder(app.dataDir)
      .filter((f) => f.endsWith(".partial") || f.includes(`${path.sep}incoming${path.sep}`))
      .map((f) => `left behind: ${path.relative(app.dataDir, f)}`);
  },
};

const backups: Workload = {
  name: "backup",
  async step(app) {
    await api(app, "system.createBackup");
  },
  async check(app) {
    const problems: string[] = [];
    for (const f of filesUnder(path.join(app.dataDir, "backups"))) {
      if (!f.endsWith(".sqlite")) {
        problems.push(`left behind: ${path.relative(app.dataDir, f)}`);
        continue;
      }
      try {
        const db = new Database(f, { readonly: true, fileMustExist: true });
        const ok = (db.pragma("integrity_check") as { integrity_check: string }[])[0];
        db.close();
        if (ok?.integrity_check !== "ok") problems.push(`backup ${path.basename(f)} is damaged`);
      } catch (e) {
        problems.push(`backup ${path.basename(f)} does not open: ${(e as Error).message}`);
      }
    }
    return problems;
  },
};

const IMPORT_ROWS = 150;
const syllables = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nam"];
/** A name for person i of batch k, unique and made of letters only: "Thử Lô Bình An Cường". */
const importName = (k: number, i: number) =>
  `Thử Lô ${[k, Math.floor(i / 100), Math.floor(i / 10) % 10, i % 10]
    .map((d) => syllables[d % 10])
    .join(" ")}`;

const imports: Workload = {
  name: "import",
  async step(app, n) {
    const units = await api<{ name: string; active: boolean }[]>(app, "directory.listUnits");
    const unit = units.find((u) => u.active)!.name;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cá nhân");
    // The headers the import itself reads (and its template writes).
    ws.addRow(importColumns.people.map((c) => c.header));
    // Batch numbers past 9 wrap the first syllable: batches are told apart by the note.
    // Each value under its column, wherever the import's columns put it.
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const row: Record<string, string | number> = {
        fullName: importName(n, i),
        gender: "Nam",
        birth: 1980,
        category: "Công chức",
        isLeader: "Không",
        unit,
        notes: `lô ${n}`,
      };
      ws.addRow(importColumns.people.map((c) => row[c.key] ?? ""));
    }
    const file = await upload(app, `lo-${n}.xlsx`, new Uint8Array(await wb.xlsx.writeBuffer()));
    const preview = await api<{ token: string }>(app, "directory.previewImport", {
      kind: "people",
      path: file,
    });
    await api(app, "directory.commitImport", { token: preview.token });
  },
  async check(app) {
    const db = new Database(path.join(app.dataDir, "tdkt.sqlite"), { readonly: true });
    try {
      const batches = db
        .prepare(
          "select notes, count(*) as n from people where notes like 'lô %' and deleted_at is null group by notes",
        )
        .all() as { notes: string; n: number }[];
      // Every person imported is listed in the import's audit row (the same transaction).
      const unaudited = db
        .prepare(
          `with audited(id) as materialized (select e.value ->> 1 from audit_log a,
              json_each(a.changes) e where a.action = 'records'
                and a.procedure = 'directory.commitImport'
                and e.value ->> 0 = 'people' and e.value ->> 2 = 'insert')
            select count(*) from people p where p.notes like 'lô %'
              and not exists (select 1 from audited where audited.id = p.id)`,
        )
        .pluck()
        .get() as number;
      // The first import finished before the kill: finding none means this check looks wrong.
      return [
        ...(batches.length ? [] : ["no imported batch found (the check reads the wrong column?)"]),
        ...batches
          .filter((b) => b.n !== IMPORT_ROWS)
          .map((b) => `import “${b.notes}” half applied: ${b.n} of ${IMPORT_ROWS} people`),
        ...(unaudited ? [`${unaudited} imported people without their audit row`] : []),
      ];
    } finally {
      db.close();
    }
  },
};

const PACKAGE_ROWS = 120;
/** A unit installation that is not the app: it signs the packages the office receives. */
const sender = { installationId: newId(), keys: generateInstallationKeys(), unitId: newId() };

/** The n-th package of XA01 (a demo commune): PACKAGE_ROWS new people marked "goi-<n>". */
function unitPackage(n: number): Uint8Array {
  const unit = {
    id: sender.unitId,
    origin: sender.installationId,
    deleted_at: null,
    code: "XA01",
    name: "Xã thử",
    short_name: "",
    kind: "xa_thi_tran",
    parent_id: null,
    address: "",
    head_name: "",
    head_position: "",
    search_key: unitKeys("Xã thử", "", "XA01").searchKey,
    sort_key: unitKeys("Xã thử", "", "XA01").sortKey,
  };
  const people = Array.from({ length: PACKAGE_ROWS }, (_, i) => {
    // Every digit of n and i spelled as a syllable: names never repeat across packages.
    const spell = (x: number, width: number) =>
      String(x)
        .padStart(width, "0")
        .split("")
        .map((d) => syllables[Number(d)])
        .join(" ");
    const name = `Thử Gói ${spell(n, 3)} ${spell(i, 3)}`;
    const keys = nameKeys(name);
    return {
      id: newId(),
      origin: sender.installationId,
      deleted_at: null,
      full_name: name,
      gender: "nam",
      birth_year: 1980 + (n % 20),
      birth_date: null,
      category: "cong_chuc",
      position: "",
      is_leader: 0,
      unit_id: sender.unitId,
      phone: `goi-${n}`,
      search_key: keys.searchKey,
      sort_key: keys.sortKey,
    };
  });
  const jsonl = (rows: object[]) =>
    Buffer.from(rows.map((r) => JSON.stringify(r)).join("\n") + "\n", "utf8");
  return buildPackage(
    {
      schemaVersion: 1,
      appVersion: "crash-harness",
      packageId: newId(),
      createdAt: new Date().toISOString(),
      sender: {
        installationId: sender.installationId,
        unitCode: "XA01",
        unitName: "Xã thử",
        level: "co_quan",
        publicKey: sender.keys.publicKey,
      },
      recipient: { unitCode: "XA01" },
      purpose: "don_vi_gui",
      period: "2030",
      previousPackageId: null,
      counts: { units: 1, people: PACKAGE_ROWS },
    },
    [
      { path: "data/units.jsonl", data: jsonl([unit]) },
      { path: "data/people.jsonl", data: jsonl(people) },
    ],
    sender.keys.privateKey,
  );
}

/**
 * USB packages: each step receives a unit's package (copy, verify, dry run, backup, commit) and
 * writes one (.partial, flush, rename, re-read). A package is imported whole or not at all, its
 * import log written with it; every package file under its final name verifies.
 */
const exchange: Workload = {
  name: "exchange",
  async step(app, n) {
    // The app plays the commune's own installation here, so that it can also write packages.
    await api(app, "exchange.saveIdentity", {
      unitCode: "XA01",
      parentCode: "PNV-VC",
      parentName: "",
    });
    const file = await upload(app, `goi-${n}.tdkt`, new Uint8Array(unitPackage(n)));
    const opened = await api<{ kind: string; token: string }>(app, "exchange.open", { path: file });
    if (opened.kind === "plan")
      await api(app, "exchange.commit", { token: opened.token, confirmKey: true });
    await api(app, "exchange.send", { purpose: "don_vi_gui", year: 2030 });
  },
  async check(app) {
    const problems: string[] = [];
    const db = new Database(path.join(app.dataDir, "tdkt.sqlite"), { readonly: true });
    try {
      const batches = db
        .prepare(
          "select phone, count(*) as n from people where phone like 'goi-%' and deleted_at is null group by phone",
        )
        .all() as { phone: string; n: number }[];
      // The first package was received before the kill.
      if (!batches.length) problems.push("no received package found (the check reads wrongly?)");
      for (const b of batches.filter((x) => x.n !== PACKAGE_ROWS))
        problems.push(`package “${b.phone}” half imported: ${b.n} of ${PACKAGE_ROWS} people`);
      const logged = db
        .prepare("select count(*) from exchange_packages where direction = 'nhan'")
        .pluck()
        .get() as number;
      if (logged !== batches.length)
        problems.push(`${batches.length} packages imported but ${logged} in the import log`);
    } finally {
      db.close();
    }
    for (const f of filesUnder(path.join(app.dataDir, "exports", "goi-du-lieu"))) {
      if (f.endsWith(".partial")) continue; // cleaned by the next write, never taken for a package
      try {
        readPackage(fs.readFileSync(f));
      } catch (e) {
        problems.push(`${path.basename(f)} under its final name does not verify: ${e}`);
      }
    }
    return problems;
  },
};

const workloads = [documents, uploads, backups, imports, exchange];

/** A random instant in a trial: after the workload's first write, within the next writes. */
const killDelay = () => 20 + Math.floor(Math.random() * 600);

async function runWorkload(w: Workload, trials: number): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tdkt-crash-${w.name}-`));
  const problems: string[] = [];
  let app = await start(dataDir);
  let n = 0;
  try {
    for (let trial = 1; trial <= trials; trial++) {
      let running = true;
      let firstDone: () => void = () => undefined;
      const first = new Promise<void>((resolve) => (firstDone = resolve));
      const loop = (async () => {
        while (running) {
          try {
            await w.step(app, ++n);
          } catch (e) {
            // After the kill every call fails; before it, a failure is a finding.
            if (running) problems.push(`trial ${trial}: a write failed before the kill: ${e}`);
            running = false;
          }
          firstDone();
        }
      })();
      await first;
      await new Promise((r) => setTimeout(r, killDelay()));
      running = false;
      await kill(app);
      await loop;
      app = await start(dataDir);
      const found = [...checkDatabase(dataDir), ...(await w.check(app))];
      for (const p of found) problems.push(`trial ${trial}: ${p}`);
    }
  } finally {
    await stop(app);
    if (!problems.length) fs.rmSync(dataDir, { recursive: true, force: true });
    else problems.push(`data folder kept for inspection: ${dataDir}`);
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const trials = Number(arg("--trials") ?? 20);
  const only = arg("--only");
  if (!fs.existsSync(mainFile))
    throw new Error("out/electron/browser-main.cjs is missing: run npm run build");
  let failed = 0;
  for (const w of workloads.filter((x) => !only || x.name === only)) {
    const began = Date.now();
    const problems = await runWorkload(w, trials);
    const secs = ((Date.now() - began) / 1000).toFixed(0);
    console.log(
      `${problems.length ? "✗" : "✓"} kill -9 during ${w.name}: ${trials} trials, ${problems.length ? `${problems.length} inconsistencies` : "0 inconsistencies"} (${secs} s)`,
    );
    for (const p of problems) console.log(`    ${p}`);
    if (problems.length) failed++;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
