import path from "node:path";
import { verifyChainInSlices } from "../../../db/audit";
import { commitPlan, planImport } from "../../../electron/exchange/directory-import";
import { lookups } from "../../../electron/api/directory-exchange";
import { withBenchBackend } from "../backend-run";
import { metricGroup, type MetricGroup } from "../define";
import { median, now, percentile, round } from "../helpers";
import { generateDirectory, IMPORT_ROWS, writePeopleXlsx } from "./directory";

const RUNS = 7;
const CHAIN = 100_000;

/**
 * The audit trail's cost: the 5,000-person import (its preview, then its commit in one
 * transaction, rolled back) with the audit triggers writing and without, alternated; and walking
 * a 100,000-row chain the way the app does at start and on demand (a slice at a time).
 */
export const auditMetrics: MetricGroup[] = [
  metricGroup(
    [
      { name: "audit.import_overhead_ratio", unit: "×", target: 1.15 },
      { name: "audit.verify_100k_s", unit: "s", target: 2 },
      { name: "audit.record_history_p95_ms", unit: "ms", target: 300 },
      { name: "audit.page_p95_ms", unit: "ms", target: 100 },
    ],
    () =>
      withBenchBackend("audit", "audit", async ({ backend, dir, call }) => {
        // The district is generated, not typed: its rows are not in the trail.
        backend.auditing = false;
        const { personIds } = generateDirectory(backend, "bench");
        backend.auditing = true;
        const file = path.join(dir, "incoming", "bench-5000.xlsx");
        await writePeopleXlsx(file);
        const preview = async () => {
          const start = now();
          const plan = await planImport(backend.sqlite, "people", file, "bench", lookups(backend));
          if (plan.rows.filter((r) => r.status === "new").length !== IMPORT_ROWS)
            throw new Error("audit bench: expected only new rows");
          return { plan, ms: now() - start };
        };
        const { plan } = await preview();
        const auditRows = () =>
          backend.sqlite.prepare("SELECT count(*) FROM audit_log").pluck().get() as number;
        const commitMs = (auditing: boolean) => {
          backend.auditing = auditing;
          const sqlite = backend.sqlite;
          const start = now();
          let written: number;
          // The commit's own transaction runs inside a savepoint that is then rolled back: its
          // audit row is written (at its end, as in the app) and measured, then undone.
          sqlite.exec("SAVEPOINT bench");
          try {
            const before = auditRows();
            commitPlan(sqlite, plan, "bench", Date.now());
            written = auditRows() - before;
          } finally {
            sqlite.exec("ROLLBACK TO bench; RELEASE bench");
            backend.auditing = true;
          }
          // The import's transaction: one audit row listing each person and their unit history.
          if (written !== (auditing ? 1 : 0))
            throw new Error(`audit bench: ${written} audit rows with auditing ${auditing}`);
          return now() - start;
        };
        commitMs(true);
        commitMs(false);
        // The import as the officer runs it: the file read and checked (the preview, the same
        // either way), then the commit.
        const ratios: number[] = [];
        const commitRatios: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const read = (await preview()).ms;
          const off = commitMs(false);
          const on = commitMs(true);
          ratios.push((read + on) / (read + off));
          commitRatios.push(on / off);
        }
        console.error(
          `audit: the commit alone with auditing vs without: ${round(median(commitRatios), 2)}×`,
        );

        // The import committed, then 100,000 rows as the app writes them: one change per transaction (everyone's position
        // changed, then back, and on).
        commitPlan(backend.sqlite, plan, "bench", Date.now());
        const move = backend.sqlite.prepare("UPDATE people SET position = ? WHERE id = ?");
        for (let i = 0; auditRows() < CHAIN; i++)
          for (const id of personIds.slice(0, Math.min(personIds.length, CHAIN - auditRows())))
            move.run(i % 2 ? "Chuyên viên" : "Chuyên viên chính", id);
        const start = now();
        const check = await verifyChainInSlices(backend.sqlite);
        const verifySeconds = (now() - start) / 1000;
        if (!check.ok || check.rows < CHAIN)
          throw new Error(`audit bench: chain of ${check.rows} rows, ok ${check.ok}`);

        // A record's history (a person's page) and the Nhật ký's first page, over that trail: an
        // imported person (inside the import's row) and one whose position changed twice.
        const imported = backend.sqlite
          .prepare("SELECT id FROM people WHERE origin = 'bench' ORDER BY rowid DESC LIMIT 1")
          .pluck()
          .get() as string;
        const listed = async (input: object, expected: (n: number) => boolean) => {
          const ms: number[] = [];
          for (let i = 0; i < 20; i++) {
            const start = now();
            const { entries } = await call<{ entries: unknown[] }>("audit.list", input);
            ms.push(now() - start);
            if (!expected(entries.length))
              throw new Error(
                `audit bench: ${entries.length} entries for ${JSON.stringify(input)}`,
              );
          }
          return percentile(ms, 95);
        };
        const history = Math.max(
          await listed({ recordId: imported }, (n) => n >= 1),
          await listed({ recordId: personIds[0] }, (n) => n >= 2),
        );
        const page = await listed({}, (n) => n === 100);
        return {
          "audit.import_overhead_ratio": round(median(ratios), 3),
          "audit.verify_100k_s": round(verifySeconds, 2),
          "audit.record_history_p95_ms": round(history, 1),
          "audit.page_p95_ms": round(page, 1),
        };
      }),
  ),
];
