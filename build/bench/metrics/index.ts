import type { MetricGroup } from "../define";
import { apiMetrics } from "./api";
import { planMetrics } from "./plans";
import { startupMetrics } from "./startup";

/** Every benchmark, in run order. A new area: add metrics/<area>.ts and list it here. */
export const allMetricGroups: MetricGroup[] = [...startupMetrics, ...apiMetrics, ...planMetrics];
