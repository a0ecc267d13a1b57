import fs from "node:fs";
import path from "node:path";
import { newId } from "../../../db/ids";
import type { Backend } from "../../../electron/backend";
import { benchProfile, timeRuns, withBenchBackend } from "../backend-run";
import { metric, type MetricGroup } from "../define";
import { median, round } from "../helpers";
import { generateDirectory } from "./directory";

const COUNT = 1000;
const RUNS = 3;

/**
 * 1,000 approved nominations (Giấy khen cá nhân) of 2024 in one dossier on the 50,000-person
 * district. The states are written directly: the meeting that approved them is not measured.
 */
function approvedNominations(backend: Backend, unitIds: string[], personIds: string[]): string[] {
  const db = backend.sqlite;
  const t = Date.now();
  const sync = "id, created_at, updated_at, origin";
  const dossierId = newId();
  db.prepare(
    `INSERT INTO dossiers (${sync}, unit_id, year, kind, received_date) VALUES (?, ?, ?, 'bench', ?, 2024, 'thuong_xuyen', '2025-03-01')`,
  ).run(dossierId, t, t, unitIds[0]);
  const ins = db.prepare(
    `INSERT INTO nominations (${sync}, dossier_id, nominee_kind, person_id, award_code, summary, state, state_changed_at, sort_order)
     VALUES (?, ?, ?, 'bench', ?, 'ca_nhan', ?, 'GK_CN', 'Hoàn thành xuất sắc nhiệm vụ năm 2024', 'hoi_dong_dong_y', ?, ?)`,
  );
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const id = newId();
      ins.run(id, t, t, dossierId, personIds[(i * 37) % personIds.length], t, i);
      ids.push(id);
    }
  })();
  return ids;
}

/** dossiers.decision_1000_s: a decision with 1,000 recipients, from the nominations to its .docx. */
export const decisionsMetrics: MetricGroup[] = [
  metric({ name: "dossiers.decision_1000_s", unit: "s", target: 1.5 }, () =>
    withBenchBackend("decisions", "decisions bench", async ({ backend, dir, call }) => {
      await call("settings.completeSetup", {
        profile: benchProfile,
        signers: [
          {
            fullName: "Trần Văn Hùng",
            position: "Phó Chủ tịch",
            authority: "KT.",
            authorityOf: "Chủ tịch",
            onBehalfOf: "Ủy ban nhân dân",
          },
        ],
        councilMembers: [],
      });
      const signerId = (await call<{ id: string }[]>("settings.listSigners", {}))[0]!.id;
      const { unitIds, personIds } = generateDirectory(backend, "bench");
      const ids = approvedNominations(backend, unitIds, personIds);
      const make = async (nominationIds: string[]) => {
        const { decision } = await call<{ decision: { id: string; recipientCount: number } }>(
          "decisions.create",
          {
            decisionDate: "2025-03-20",
            signerId,
            fund: "Quỹ thi đua, khen thưởng huyện",
            year: 2024,
            grouping: "award",
            key: "GK_CN",
            nominationIds,
          },
        );
        const doc = await call<{ filePath: string }>("decisions.generateDocument", {
          id: decision.id,
        });
        return { decision, file: path.join(dir, doc.filePath) };
      };
      // Warm-up on a few, then removed so the 1,000 are free again.
      const warm = await make(ids.slice(0, 20));
      await call("decisions.delete", { id: warm.decision.id });
      const times = await timeRuns(
        RUNS,
        () => make(ids),
        async (out) => {
          if (out.decision.recipientCount !== COUNT || fs.statSync(out.file).size < 20_000)
            throw new Error(
              `decision bench: ${out.decision.recipientCount} recipients in ${out.file}`,
            );
          await call("decisions.delete", { id: out.decision.id });
        },
      );
      return round(median(times) / 1000, 3);
    }),
  ),
];
