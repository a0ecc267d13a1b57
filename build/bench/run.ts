// npm run bench [-- PREFIX...]
// Runs the benchmarks (all, or those whose names start with one of the prefixes), prints one JSON
// line per metric on stdout, then a table. Missing a target is reported, not failed: the exit
// code is 0 unless a benchmark could not run (1) or no metric matched the prefixes (2).
import "./production-env";
import { withinTarget, type MetricGroup, type MetricSpec } from "./define";
import { round } from "./helpers";
import { allMetricGroups } from "./metrics";

interface Row {
  spec: MetricSpec;
  value: number | null;
  error?: string;
}

function checkNames(groups: readonly MetricGroup[]) {
  const seen = new Set<string>();
  for (const spec of groups.flatMap((g) => g.metrics)) {
    if (seen.has(spec.name)) throw new Error(`metric declared twice: ${spec.name}`);
    seen.add(spec.name);
  }
}

function selected(spec: MetricSpec, prefixes: readonly string[]) {
  return prefixes.length === 0 || prefixes.some((p) => spec.name.startsWith(p));
}

function printTable(rows: readonly Row[]) {
  const header = ["metric", "value", "unit", "target", "within"];
  const lines = rows.map((r) => [
    r.spec.name,
    r.value === null ? "—" : String(r.value),
    r.spec.unit,
    `${(r.spec.bound ?? "max") === "max" ? "≤" : "≥"} ${r.spec.target}`,
    r.value === null ? "ERROR" : withinTarget(r.spec, r.value) ? "✓" : "✗ MISSED",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const right = new Set([1, 3]);
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  console.log("");
  console.log(format(header));
  console.log(format(widths.map((w) => "-".repeat(w))));
  for (const l of lines) console.log(format(l));
  console.log("");

  const missed = rows.filter((r) => r.value !== null && !withinTarget(r.spec, r.value));
  const failed = rows.filter((r) => r.value === null);
  if (missed.length === 0 && failed.length === 0) {
    console.log(`All ${rows.length} metric(s) within target.`);
  }
  if (missed.length > 0) {
    console.log(
      `MISSED TARGET (${missed.length}/${rows.length}): ${missed.map((r) => r.spec.name).join(", ")}`,
    );
  }
  if (failed.length > 0) {
    console.log(
      `COULD NOT MEASURE (${failed.length}): ${failed.map((r) => `${r.spec.name} (${r.error})`).join("; ")}`,
    );
  }
}

async function main(): Promise<number> {
  const prefixes = process.argv.slice(2).filter((a) => a.trim() !== "");
  checkNames(allMetricGroups);
  const groups = allMetricGroups.filter((g) => g.metrics.some((m) => selected(m, prefixes)));
  if (groups.length === 0) {
    const names = allMetricGroups.flatMap((g) => g.metrics.map((m) => m.name));
    console.error(
      `No metric starts with ${prefixes.map((p) => `"${p}"`).join(" or ")}. Metrics: ${names.join(", ")}`,
    );
    return 2;
  }

  const rows: Row[] = [];
  for (const group of groups) {
    const wanted = group.metrics.filter((m) => selected(m, prefixes));
    console.error(`… ${wanted.map((m) => m.name).join(", ")}`);
    let values: Record<string, number> | null = null;
    let error: string | undefined;
    try {
      values = await group.run();
    } catch (e) {
      error = (e as Error).message;
      console.error(`  failed: ${(e as Error).stack ?? error}`);
    }
    for (const spec of wanted) {
      const raw = values?.[spec.name];
      if (values && (typeof raw !== "number" || !Number.isFinite(raw))) {
        rows.push({ spec, value: null, error: "no value returned" });
        continue;
      }
      if (raw === undefined) {
        rows.push({ spec, value: null, error: error ?? "not measured" });
        continue;
      }
      const value = round(raw);
      rows.push({ spec, value });
      console.log(
        JSON.stringify({ metric: spec.name, value, unit: spec.unit, target: spec.target }),
      );
    }
  }

  printTable(rows);
  return rows.some((r) => r.value === null) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error((e as Error).stack ?? String(e));
    process.exitCode = 1;
  },
);
