import type { MetricGroup } from "../define";
import { apiMetrics } from "./api";
import { directoryMetrics } from "./directory";
import { documentsMetrics } from "./documents";
import { planMetrics } from "./plans";
import { scoringMetrics } from "./scoring";
import { startupMetrics } from "./startup";

/** Every benchmark, in run order. A new area: add metrics/<area>.ts and list it here. */
export const allMetricGroups: MetricGroup[] = [
  ...startupMetrics,
  ...apiMetrics,
  ...directoryMetrics,
  ...planMetrics,
  ...scoringMetrics,
  ...documentsMetrics,
];
