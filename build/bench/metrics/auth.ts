import { benchProfile, timeRuns, withBenchBackend } from "../backend-run";
import { metricGroup, type MetricGroup } from "../define";
import { median, round } from "../helpers";

const RUNS = 5;

/** Signing in: scrypt at the chosen cost (N = 2^17, r = 8, p = 1), through the router. */
export const authMetrics: MetricGroup[] = [
  metricGroup([{ name: "auth.login_ms", unit: "ms", target: 700 }], () =>
    withBenchBackend("auth", "auth", async (b) => {
      await b.call("settings.completeSetup", {
        profile: benchProfile,
        signers: [{ fullName: "Trần Văn Hùng", position: "Phó Chủ tịch" }],
        councilMembers: [],
      });
      await b.call("auth.createFirstAdmin", {
        fullName: "Lê Thị Thu Hà",
        username: "ha.le",
        password: "Mat-khau-2026",
      });
      const times = await timeRuns(RUNS, () =>
        b.call("auth.login", { username: "ha.le", password: "Mat-khau-2026" }),
      );
      return { "auth.login_ms": round(median(times), 0) };
    }),
  ),
];
