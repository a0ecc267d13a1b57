import type { MetricGroup } from "../define";
import { apiMetrics } from "./api";
import { authMetrics } from "./auth";
import { auditMetrics } from "./audit";
import { certificatesMetrics } from "./certificates";
import { decisionsMetrics } from "./decisions";
import { directoryMetrics } from "./directory";
import { documentsMetrics } from "./documents";
import { eligibilityMetrics } from "./eligibility";
import { exchangeMetrics } from "./exchange";
import { planMetrics } from "./plans";
import { registrationsMetrics } from "./registrations";
import { reportsMetrics } from "./reports";
import { scoringMetrics } from "./scoring";
import { startupMetrics } from "./startup";
import { testsMetrics } from "./tests";
import { uiMetrics } from "./ui";

/** Every benchmark, in run order. A new area: add metrics/<area>.ts and list it here. */
export const allMetricGroups: MetricGroup[] = [
  ...startupMetrics,
  ...apiMetrics,
  ...directoryMetrics,
  ...planMetrics,
  ...scoringMetrics,
  ...registrationsMetrics,
  ...documentsMetrics,
  ...eligibilityMetrics,
  ...certificatesMetrics,
  ...decisionsMetrics,
  ...exchangeMetrics,
  ...reportsMetrics,
  ...authMetrics,
  ...auditMetrics,
  // The built app in Chromium, then the end-to-end suite (it rebuilds out/ for development).
  ...uiMetrics,
  ...testsMetrics,
];
