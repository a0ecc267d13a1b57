import { Backend } from "../../../electron/backend";
import { startHttpServer, TOKEN_HEADER } from "../../../electron/http/server";
import { createHeadlessPlatform } from "../../../electron/platform/headless-platform";
import { metric, type MetricGroup } from "../define";
import {
  appVersion,
  assertNoLoggedErrors,
  benchPaths,
  collectingLogger,
  now,
  percentile,
  withTempDir,
} from "../helpers";

const YEARS = 10;
const ACTIVITIES_PER_YEAR = 60;

/** The dashboard's API call over HTTP, on the demo data plus 10 years × 60 activities. */
export const planMetrics: MetricGroup[] = [
  metric({ name: "plan.dashboard_p95_ms", unit: "ms", target: 20 }, () =>
    withTempDir("plans", async (dir) => {
      const log = collectingLogger();
      const backend = await Backend.start({
        paths: benchPaths(dir),
        platform: createHeadlessPlatform(),
        mode: "browser",
        log,
        version: appVersion(),
        demo: true,
      });
      await backend.startupBackup;
      const thisYear = new Date().getFullYear();
      for (let y = thisYear - YEARS + 1; y <= thisYear; y++) {
        const created = await backend.router("plans.create", { year: y, from: "template" });
        if (!created.ok) throw new Error(created.error.message);
        const planId = (created.value as { plan: { id: string } }).plan.id;
        for (let i = 18; i < ACTIVITIES_PER_YEAR; i++) {
          const month = (i % 12) + 1;
          const r = await backend.router("plans.saveActivity", {
            planId,
            title: `Hoạt động ${i} năm ${y}`,
            quarter: Math.floor((month - 1) / 3) + 1,
            dueDate: `${y}-${String(month).padStart(2, "0")}-15`,
            status: i % 3 === 0 ? "hoan_thanh" : "chua_bat_dau",
          });
          if (!r.ok) throw new Error(r.error.message);
        }
      }
      const server = await startHttpServer({ router: backend.router, rendererDir: null, log });
      try {
        const init: RequestInit = {
          method: "POST",
          headers: { [TOKEN_HEADER]: server.token, "content-type": "application/json" },
          body: JSON.stringify({ year: thisYear }),
        };
        const call = async () => {
          const res = await fetch(`${server.url}api/plans.dashboard`, init);
          const body = (await res.json()) as {
            ok: boolean;
            value?: { quarters: { total: number }[] };
          };
          if (
            !body.ok ||
            body.value!.quarters.reduce((n, q) => n + q.total, 0) !== ACTIVITIES_PER_YEAR
          )
            throw new Error("plans.dashboard: unexpected answer");
        };
        for (let i = 0; i < 20; i++) await call();
        const times: number[] = [];
        for (let i = 0; i < 200; i++) {
          const start = now();
          await call();
          times.push(now() - start);
        }
        assertNoLoggedErrors(log, "plan dashboard");
        return percentile(times, 95);
      } finally {
        await server.close();
        backend.close();
      }
    }),
  ),
];
