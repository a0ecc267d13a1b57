import { timeRuns, withBenchBackend } from "../backend-run";
import { metric, type MetricGroup } from "../define";
import { median } from "../helpers";

const MEMBERS = 20;

/** Ranking a 20-member cluster: the scoring.getTable call that totals and ranks every member. */
export const scoringMetrics: MetricGroup[] = [
  metric({ name: "scoring.rank_ms", unit: "ms", target: 20 }, () =>
    withBenchBackend("scoring", "scoring rank", async ({ call }) => {
      const year = 2025;
      const unitIds: string[] = [];
      for (let i = 0; i < MEMBERS; i++)
        unitIds.push(
          (
            await call<{ id: string }>("directory.saveUnit", {
              name: `UBND xã số ${i + 1}`,
              kind: "xa_thi_tran",
            })
          ).id,
        );
      await call("directory.saveCluster", { name: "Cụm thi đua số 1", kind: "cum" });
      const clusterId = (await call<{ id: string }[]>("directory.listClusters", { year }))[0]!.id;
      await call("directory.setClusterMembers", {
        clusterId,
        year,
        members: unitIds.map((unitId) => ({ unitId, role: "thanh_vien" })),
      });
      const table = await call<{ id: string }>("scoring.createTable", {
        year,
        clusterId,
        name: "Bảng điểm",
        from: "seed002",
      });
      const detail = await call<{ criteria: { id: string; maxPoints: number }[] }>(
        "scoring.getTable",
        { id: table.id },
      );
      for (const [i, unitId] of unitIds.entries()) {
        const entries = detail.criteria.map((c) => ({
          criterionId: c.id,
          selfScore: c.maxPoints - (i % 5),
          selfNote: "",
          reviewedScore: c.maxPoints - (i % 7),
          reviewNote: "",
        }));
        await call("scoring.saveScores", {
          tableId: table.id,
          unitId,
          entries: entries.map((e) => ({
            ...e,
            selfScore: Math.max(0, e.selfScore),
            reviewedScore: Math.max(0, e.reviewedScore),
          })),
        });
      }
      for (let i = 0; i < 10; i++) await call("scoring.getTable", { id: table.id });
      const times = await timeRuns(
        50,
        () => call<{ results: { rank: number }[] }>("scoring.getTable", { id: table.id }),
        (d) => {
          if (d.results.filter((r) => r.rank > 0).length !== MEMBERS)
            throw new Error("scoring.getTable: not every member ranked");
        },
      );
      return median(times);
    }),
  ),
];
