// The kill -9 harness: nothing is lost when the process dies at any instant. For each kind of
// write (documents created and issued, uploads, backups, Excel imports) the built app runs in
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
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importColumns } from "../electron/exchange/directory-import";
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
    for (let i = 0; i < IMPORT_ROWS; i++)
      ws.addRow([importName(n, i), "Nam", 1980, "Công chức", "", "Không", unit, "", `lô ${n}`]);
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
      return batches
        .filter((b) => b.n !== IMPORT_ROWS)
        .map((b) => `import “${b.notes}” half applied: ${b.n} of ${IMPORT_ROWS} people`);
    } finally {
      db.close();
    }
  },
};

const workloads = [documents, uploads, backups, imports];

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
