/** What one figure is checked against. */
export interface MetricSpec {
  /** "area.what_unit", e.g. "api.read_p95_ms"; `npm run bench -- PREFIX` filters on it. */
  name: string;
  unit: string;
  target: number;
  /** "max" (default): within target when value ≤ target (timings); "min": when value ≥ target (throughput). */
  bound?: "max" | "min";
}

/**
 * The unit the runner executes: one setup that measures one or several metrics (e.g. one server
 * for both api.read_p50_ms and api.read_p95_ms). `run` returns a value for every metric it declares.
 */
export interface MetricGroup {
  metrics: readonly MetricSpec[];
  run(): Promise<Record<string, number>>;
}

/** A metric measured on its own. */
export function metric(spec: MetricSpec, run: () => Promise<number>): MetricGroup {
  return { metrics: [spec], run: async () => ({ [spec.name]: await run() }) };
}

/** Several metrics from one setup; `run` returns values keyed by metric name. */
export function metricGroup(
  metrics: readonly MetricSpec[],
  run: () => Promise<Record<string, number>>,
): MetricGroup {
  return { metrics, run };
}

export function withinTarget(spec: MetricSpec, value: number): boolean {
  return (spec.bound ?? "max") === "max" ? value <= spec.target : value >= spec.target;
}
