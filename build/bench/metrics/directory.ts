import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { newId } from "../../../db/ids";
import { nameKeys, unitKeys } from "../../../db/queries/directory";
import { seededRandom } from "../../../db/seed/demo-directory";
import { Backend } from "../../../electron/backend";
import { commitPlan, planImport } from "../../../electron/exchange/directory-import";
import { commitImport, lookups } from "../../../electron/api/directory-exchange";
import { startHttpServer, TOKEN_HEADER } from "../../../electron/http/server";
import { createHeadlessPlatform } from "../../../electron/platform/headless-platform";
import { metricGroup, type MetricGroup } from "../define";
import {
  appVersion,
  assertNoLoggedErrors,
  benchPaths,
  collectingLogger,
  now,
  percentile,
  withTempDir,
} from "../helpers";
import { FAMILY, GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M } from "../../../db/seed/demo-directory";

const UNITS = 500;
const PEOPLE = 50_000;
export const IMPORT_ROWS = 5_000;
// The demo's Vietnamese name lists, so benchmark data looks like the demo's.
const MIDDLE = [...MIDDLE_M, ...MIDDLE_F];
const GIVEN = [...GIVEN_M, ...GIVEN_F];

/** The generated district: 500 units, 50,000 people with a unit history and three years of ratings. */
export function generateDirectory(backend: Backend, origin: string) {
  const rnd = seededRandom(7);
  const db = backend.sqlite;
  const t = Date.now();
  const sync = "id, created_at, updated_at, origin";
  const insUnit = db.prepare(
    `INSERT INTO units (${sync}, code, name, short_name, kind, parent_id, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const insPerson = db.prepare(
    `INSERT INTO people (${sync}, full_name, gender, birth_year, category, position, unit_id, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insHist = db.prepare(
    `INSERT INTO person_units (${sync}, person_id, unit_id, from_date, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insRating = db.prepare(
    `INSERT INTO ratings (${sync}, subject_kind, subject_id, year, rating) VALUES (?, ?, ?, ?, 'person', ?, ?, ?)`,
  );
  const unitIds: string[] = [];
  const personIds: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < UNITS; i++) {
      const id = newId();
      const name = i < 30 ? `Xã Số ${i + 1}` : `Đơn vị ${rnd.pick(GIVEN)} ${i + 1}`;
      const keys = unitKeys(name, "", `DV${i + 1}`);
      insUnit.run(
        id,
        t,
        t,
        origin,
        `DV${i + 1}`,
        name,
        "xa_thi_tran",
        i < 30 ? null : unitIds[i % 30]!,
        keys.searchKey,
        keys.sortKey,
      );
      unitIds.push(id);
    }
    for (let i = 0; i < PEOPLE; i++) {
      const id = newId();
      const fullName = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
      const unitId = rnd.pick(unitIds);
      const keys = nameKeys(fullName);
      insPerson.run(
        id,
        t,
        t,
        origin,
        fullName,
        rnd.next() < 0.5 ? "nam" : "nu",
        rnd.int(1960, 2000),
        "cong_chuc",
        "Chuyên viên",
        unitId,
        keys.searchKey,
        keys.sortKey,
      );
      insHist.run(newId(), t, t, origin, id, unitId, "2015-01-01", "Chuyên viên");
      for (const y of [2022, 2023, 2024])
        insRating.run(newId(), t, t, origin, id, y, rnd.pick(["htxs", "ht_tot", "ht"]));
      personIds.push(id);
    }
  })();
  db.exec("ANALYZE");
  return { unitIds, personIds };
}

/** The 5,000-person .xlsx the import benchmarks read (units DV1…DV500 of generateDirectory). */
export async function writePeopleXlsx(file: string) {
  const rnd = seededRandom(11);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cá nhân");
  ws.addRow([
    "Họ và tên",
    "Giới tính",
    "Ngày sinh (dd/mm/yyyy) hoặc năm sinh",
    "Đối tượng",
    "Chức vụ",
    "Lãnh đạo (Có/Không)",
    "Đơn vị (tên hoặc mã)",
    "Điện thoại",
    "Ghi chú",
  ]);
  for (let i = 0; i < IMPORT_ROWS; i++)
    ws.addRow([
      `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)} ${rnd.pick(GIVEN)}`,
      rnd.next() < 0.5 ? "Nam" : "Nữ",
      `${String(rnd.int(1, 28)).padStart(2, "0")}/${String(rnd.int(1, 12)).padStart(2, "0")}/${rnd.int(1960, 2000)}`,
      "Công chức",
      "Chuyên viên",
      "Không",
      `DV${rnd.int(1, UNITS)}`,
      "",
      "",
    ]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

/** What a person types, one keystroke at a time, without tone marks. */
const TYPED = [
  "nguyen van duc",
  "tran thi lan",
  "le minh hai",
  "dang quoc",
  "pham thu",
  "huynh ngoc yen",
  "vo van tuan",
  "do thanh hung",
];

export const directoryMetrics: MetricGroup[] = [
  metricGroup(
    [
      { name: "directory.search_p95_ms", unit: "ms", target: 5 },
      { name: "directory.person_page_p95_ms", unit: "ms", target: 20 },
      { name: "directory.import_5000_s", unit: "s", target: 3 },
      { name: "directory.insert_ratio", unit: "×", target: 2 },
    ],
    () =>
      withTempDir("directory", async (dir) => {
        const log = collectingLogger();
        const backend = await Backend.start({
          paths: benchPaths(dir),
          platform: createHeadlessPlatform(),
          mode: "browser",
          log,
          version: appVersion(),
        });
        await backend.startupBackup;
        const { personIds } = generateDirectory(backend, "bench");
        const server = await startHttpServer({ router: backend.router, rendererDir: null, log });
        try {
          const call = async (channel: string, input: unknown) => {
            const res = await fetch(`${server.url}api/${channel}`, {
              method: "POST",
              headers: { [TOKEN_HEADER]: server.token, "content-type": "application/json" },
              body: JSON.stringify(input),
            });
            const body = (await res.json()) as {
              ok: boolean;
              value?: unknown;
              error?: { message: string };
            };
            if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
            return body.value;
          };
          // Search as you type: every prefix of each typed name, through HTTP.
          const searchTimes: number[] = [];
          for (let round = 0; round < 3; round++)
            for (const text of TYPED)
              for (let n = 1; n <= text.length; n++) {
                const start = now();
                await call("directory.listPeople", { q: text.slice(0, n), pageSize: 50 });
                if (round > 0) searchTimes.push(now() - start);
              }
          const rnd = seededRandom(3);
          const pageTimes: number[] = [];
          for (let i = 0; i < 600; i++) {
            const id = rnd.pick(personIds);
            const start = now();
            await call("directory.getPerson", { id });
            if (i >= 100) pageTimes.push(now() - start);
          }

          const file = path.join(dir, "incoming", "bench-5000.xlsx");
          await writePeopleXlsx(file);

          // Commit alone vs raw prepared-statement inserts of the same rows, each rolled back.
          const plan = await planImport(backend.sqlite, "people", file, "bench", lookups(backend));
          if (plan.rows.some((r) => r.status !== "new"))
            throw new Error("import plan: expected only new rows");
          const rollback = (fn: () => void) => {
            const start = now();
            try {
              backend.sqlite.transaction(() => {
                fn();
                throw new Error("rollback");
              })();
            } catch (e) {
              if ((e as Error).message !== "rollback") throw e;
            }
            return now() - start;
          };
          const raw = backend.sqlite.prepare(
            `INSERT INTO people (id, created_at, updated_at, origin, full_name, gender, birth_year, birth_date, category, position, is_leader, unit_id, phone, notes, search_key, sort_key)
             VALUES (?, 1, 1, 'x', ?, 'nam', 1980, '1980-01-01', 'cong_chuc', 'Chuyên viên', 0, ?, '', '', ?, ?)`,
          );
          const rawHistory = backend.sqlite.prepare(
            `INSERT INTO person_units (id, created_at, updated_at, origin, person_id, unit_id, from_date, position) VALUES (?, 1, 1, 'x', ?, ?, '2025-01-01', 'Chuyên viên')`,
          );
          const unitId = backend.sqlite
            .prepare("SELECT id FROM units LIMIT 1")
            .pluck()
            .get() as string;
          const prepared = plan.rows.map((r) => ({
            name: r.label,
            keys: nameKeys(r.label),
            id: newId(),
            historyId: newId(),
          }));
          // Import 5,000 people from .xlsx: parse, validate and preview through the API, then the
          // commit (one transaction). The pre-import backup is the foundation's and is timed apart.
          const importStart = now();
          const preview = (await call("directory.previewImport", {
            kind: "people",
            path: file,
          })) as { token: string; counts: Record<string, number> };
          await commitImport(backend, preview.token, false);
          const importSeconds = (now() - importStart) / 1000;
          if (preview.counts.new !== IMPORT_ROWS)
            throw new Error(
              `import: expected ${IMPORT_ROWS} new rows, got ${JSON.stringify(preview.counts)}`,
            );
          const ratios: number[] = [];
          for (let i = 0; i < 5; i++) {
            const rawMs = rollback(() => {
              for (const p of prepared) {
                raw.run(p.id, p.name, unitId, p.keys.searchKey, p.keys.sortKey);
                rawHistory.run(p.historyId, p.id, unitId);
              }
            });
            const commitMs = rollback(
              () => void commitPlan(backend.sqlite, plan, "bench", Date.now()),
            );
            ratios.push(commitMs / rawMs);
          }

          assertNoLoggedErrors(log, "directory");
          return {
            "directory.search_p95_ms": percentile(searchTimes, 95),
            "directory.person_page_p95_ms": percentile(pageTimes, 95),
            "directory.import_5000_s": importSeconds,
            "directory.insert_ratio": percentile(ratios, 50),
          };
        } finally {
          await server.close();
          backend.close();
        }
      }),
  ),
];
