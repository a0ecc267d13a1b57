import type {
  FormColumn,
  FormFilter,
  FormLayout,
  FormResult,
  FormRow,
} from "../contract/statistics";

/**
 * The statistical forms' engine: a layout (data) and a source's items in, the grid out. Every
 * cell is the number (or the money) of the items matching its row's and its column's filters;
 * no form is known by its number here.
 */

/** One record as a form sees it: its classification fields, and the money for amount forms. */
export type FormItem = Record<string, string | number | null> & { amount?: number };

export type FormGrid = Pick<FormResult, "header" | "numbers" | "rows" | "formats">;

export const matchesFilter = (item: FormItem, filter: FormFilter | undefined): boolean => {
  if (!filter) return true;
  for (const field in filter) {
    const v = item[field] ?? null;
    if (!filter[field]!.includes(v === null ? null : String(v))) return false;
  }
  return true;
};

/** The distinct values of a field among items, in the items' own order when they give one. */
function valuesOf(items: FormItem[], field: string): string[] {
  const order = new Map<string, number>();
  for (const it of items) {
    const v = it[field];
    if (v === null || v === undefined || order.has(String(v))) continue;
    const rank = it[`${field}Order`];
    order.set(String(v), typeof rank === "number" ? rank : Number.MAX_SAFE_INTEGER);
  }
  return [...order.keys()].sort(
    (a, b) => order.get(a)! - order.get(b)! || a.localeCompare(b, "vi"),
  );
}

interface Leaf {
  key: string;
  head: string[];
  number: string;
  filter: FormFilter;
  ratio?: { of: string; to: string };
  onlyIfNonZero?: boolean;
}

function leavesOf(col: FormColumn, items: FormItem[]): Leaf[] {
  const base = { key: col.key, head: col.head, number: col.number, filter: col.filter };
  if (col.ratio) return [{ ...base, ratio: col.ratio }];
  if (!col.each) return [{ ...base, onlyIfNonZero: col.onlyIfNonZero }];
  const values = valuesOf(
    items.filter((i) => matchesFilter(i, col.filter)),
    col.each,
  );
  // A group with nothing in it still prints, as one column of zeros under its heading.
  if (!values.length) return [{ ...base, onlyIfNonZero: col.onlyIfNonZero }];
  const subs = col.split ?? [{ label: "", filter: {} }];
  let n = 0;
  return values.flatMap((v) =>
    subs.map((s) => ({
      key: `${col.key}:${v}:${s.label}`,
      head: s.label ? [...col.head, v, s.label] : [...col.head, v],
      number: col.number ? `${col.number}.${++n}` : "",
      filter: { ...col.filter, [col.each!]: [v], ...s.filter },
      onlyIfNonZero: col.onlyIfNonZero,
    })),
  );
}

interface ExpandedRow {
  row: FormRow;
  label: string;
  filter: FormFilter | undefined;
}

function rowsOf(row: FormRow, items: FormItem[]): ExpandedRow[] {
  if (!row.each) return [{ row, label: row.label, filter: row.filter }];
  return valuesOf(
    items.filter((i) => matchesFilter(i, row.filter)),
    row.each,
  ).map((v) => ({ row, label: v, filter: { ...row.filter, [row.each!]: [v] } }));
}

/** The header's rows: stubs A, B, C (as the layout shows them), then the leaves' merged heads. */
function headerOf(layout: FormLayout, leaves: Leaf[]): FormGrid["header"] {
  const stubs = [
    "",
    ...(layout.showCode ? ["Mã số"] : []),
    ...(layout.showUnit ? ["Đơn vị tính"] : []),
  ];
  const depth = Math.max(1, ...leaves.map((l) => l.head.length));
  const rows: FormGrid["header"] = Array.from({ length: depth }, () => []);
  stubs.forEach((text, col) => rows[0]!.push({ text, col, colSpan: 1, rowSpan: depth }));
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < leaves.length;) {
      const head = leaves[i]!.head;
      if (level >= head.length) {
        i++;
        continue;
      }
      const last = level === head.length - 1;
      let span = 1;
      if (!last)
        while (
          i + span < leaves.length &&
          leaves[i + span]!.head.length > level + 1 &&
          leaves[i + span]!.head.slice(0, level + 1).join("\u0000") ===
            head.slice(0, level + 1).join("\u0000")
        )
          span++;
      rows[level]!.push({
        text: head[level]!,
        col: stubs.length + i,
        colSpan: span,
        rowSpan: last ? depth - level : 1,
      });
      i += span;
    }
  }
  return rows;
}

export function computeForm(layout: FormLayout, all: FormItem[]): FormGrid {
  const items = all.filter((i) => matchesFilter(i, layout.scope));
  const measure = (list: FormItem[]) =>
    layout.measure === "amount" ? list.reduce((a, i) => a + (i.amount ?? 0), 0) : list.length;

  let leaves = layout.columns.flatMap((c) => leavesOf(c, items));
  const expanded = layout.rows.flatMap((r) => rowsOf(r, items));
  const cells = expanded.map(({ filter }) => {
    if (!filter) return null;
    const inRow = items.filter((i) => matchesFilter(i, filter));
    const byKey = new Map<string, number>();
    for (const l of leaves)
      if (!l.ratio) byKey.set(l.key, measure(inRow.filter((i) => matchesFilter(i, l.filter))));
    for (const l of leaves)
      if (l.ratio) {
        const of = byKey.get(l.ratio.of) ?? 0;
        const to = byKey.get(l.ratio.to) ?? 0;
        byKey.set(l.key, to ? Math.round((of / to) * 1000) / 10 : 0);
      }
    return byKey;
  });

  const nonZero = (key: string) => cells.some((c) => c !== null && (c.get(key) ?? 0) !== 0);
  leaves = leaves.filter((l) => !l.onlyIfNonZero || nonZero(l.key));
  const rows = expanded
    .map(({ row, label, filter }, i) => ({
      code: row.code,
      label,
      unit: row.unit,
      style: row.each ? ("item" as const) : row.style,
      values: filter ? leaves.map((l) => cells[i]!.get(l.key) ?? 0) : null,
      onlyIfNonZero: row.onlyIfNonZero,
    }))
    .filter((r) => !r.onlyIfNonZero || (r.values ?? []).some((v) => v !== 0))
    .map(({ values, onlyIfNonZero: _, ...r }) => ({
      ...r,
      values: values ?? leaves.map(() => null),
    }));

  const stubLetters = ["A", ...(layout.showCode ? ["B"] : []), ...(layout.showUnit ? ["C"] : [])];
  return {
    header: headerOf(layout, leaves),
    numbers: [
      ...stubLetters,
      ...leaves.map((l, i) => (layout.numbering === "sequential" ? String(i + 1) : l.number)),
    ],
    rows,
    formats: leaves.map((l) => (l.ratio ? "percent" : layout.measure)),
  };
}

/** The fields a layout's filters read (to list the records missing one of them). */
export function fieldsRead(layout: FormLayout): Set<string> {
  const out = new Set<string>();
  const add = (f?: FormFilter) => Object.keys(f ?? {}).forEach((k) => out.add(k));
  add(layout.scope);
  for (const c of layout.columns) {
    add(c.filter);
    c.split?.forEach((s) => add(s.filter));
    if (c.each) out.add(c.each);
  }
  for (const r of layout.rows) {
    add(r.filter);
    if (r.each) out.add(r.each);
  }
  return out;
}

/** Whether the version is in force for some day of the report year. */
export const coversYear = (v: { validFrom: string; validTo: string | null }, year: number) =>
  v.validFrom <= `${year}-12-31` && (v.validTo === null || v.validTo >= `${year}-01-01`);
