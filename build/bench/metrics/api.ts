import { Backend } from "../../../electron/backend";
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

const WARMUP_CALLS = 50;
const MEASURED_CALLS = 1000;
const READ_CHANNEL = "settings.getProfile";

/** A small read over real HTTP on 127.0.0.1, on the demo dataset, sequential, keep-alive. */
export const apiMetrics: MetricGroup[] = [
  metricGroup(
    [
      { name: "api.read_p50_ms", unit: "ms", target: 5 },
      { name: "api.read_p95_ms", unit: "ms", target: 5 },
    ],
    () =>
      withTempDir("api", async (dir) => {
        const log = collectingLogger();
        const backend = await Backend.start({
          paths: benchPaths(dir),
          platform: createHeadlessPlatform(),
          mode: "browser",
          log,
          version: appVersion(),
          demo: true,
        });
        // Let the start-up daily backup finish so it does not compete with the measured calls.
        await backend.startupBackup;
        const server = await startHttpServer({ router: backend.router, rendererDir: null, log });
        try {
          const url = `${server.url}api/${READ_CHANNEL}`;
          const init: RequestInit = {
            method: "POST",
            headers: { [TOKEN_HEADER]: server.token, "content-type": "application/json" },
            body: "{}",
          };
          const call = async () => {
            const res = await fetch(url, init);
            const body = (await res.json()) as {
              ok: boolean;
              value?: unknown;
              error?: { message: string };
            };
            if (res.status !== 200 || !body.ok) {
              throw new Error(`${READ_CHANNEL}: HTTP ${res.status} ${body.error?.message ?? ""}`);
            }
            return body.value;
          };

          if ((await call()) === null)
            throw new Error(`${READ_CHANNEL}: no profile — demo data not loaded`);
          for (let i = 1; i < WARMUP_CALLS; i++) await call();
          const times: number[] = [];
          for (let i = 0; i < MEASURED_CALLS; i++) {
            const start = now();
            await call();
            times.push(now() - start);
          }
          assertNoLoggedErrors(log, "api read");
          return {
            "api.read_p50_ms": percentile(times, 50),
            "api.read_p95_ms": percentile(times, 95),
          };
        } finally {
          await server.close();
          backend.close();
        }
      }),
  ),
];
