import { Skeleton, Table } from "@mantine/core";
import { keepPreviousData, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { Link } from "react-router";
import { useFetchWhileRendering } from "../api/hooks";
import classes from "./VirtualTable.module.css";

/** One page of a long list as the backend returns it. */
export interface Paged<R> {
  rows: R[];
  total: number;
}

/** The visible rows of a virtual table: first and last index (inclusive). */
export type RowRange = readonly [number, number];

/**
 * A long list fetched page by page, only the pages the virtual table shows (scrolling to the end
 * of 5,000 rows fetches the last page, not the 24 before it). Query keys are `[channel, input]`
 * like every other query, so mutations refresh them. A page is fetched as soon as the table
 * scrolls to it (not a render later), and a page already in the cache shows in the same frame.
 */
export function usePagedRows<R>(
  channel: string,
  filter: object,
  fetchPage: (page: number, pageSize: number) => Promise<Paged<R>>,
  pageSize = 200,
) {
  const queryClient = useQueryClient();
  const filterKey = JSON.stringify(filter);
  const [range, setRange] = useState<{ key: string; pages: readonly number[] }>({
    key: filterKey,
    pages: [1],
  });
  // A new filter starts at the top: the old range's pages are not fetched for it.
  const pages = range.key === filterKey ? range.pages : [1];
  const queryFor = (page: number) => ({
    queryKey: [channel, { ...filter, page, pageSize }],
    queryFn: () => fetchPage(page, pageSize),
  });
  // Page 1 carries the total and keeps the previous filter's rows until the new ones arrive.
  useFetchWhileRendering(queryFor(1));
  const first = useQuery({ ...queryFor(1), placeholderData: keepPreviousData });
  // Subscribed so that a page arriving re-renders the table (rows are read from the cache, so
  // say which changes matter: React Query re-renders only for the properties read).
  const rest = useQueries({
    queries: pages
      .filter((p) => p > 1)
      .map((p) => ({ ...queryFor(p), notifyOnChangeProps: ["data", "error"] as const })),
  });
  const pageRows = (page: number): R[] | undefined =>
    page === 1
      ? first.data?.rows
      : queryClient.getQueryData<Paged<R>>(queryFor(page).queryKey)?.rows;
  return {
    total: first.data?.total ?? 0,
    isLoading: first.isLoading,
    error: first.error ?? rest.find((r) => r.error)?.error ?? null,
    /** The row at `index`, or undefined while its page loads. */
    row: (index: number): R | undefined =>
      pageRows(Math.floor(index / pageSize) + 1)?.[index % pageSize],
    /** Give to VirtualTable: which rows are on screen, hence which pages to fetch. */
    onRangeChange: ([start, end]: RowRange) => {
      const wanted: number[] = [];
      for (let p = Math.floor(start / pageSize) + 1; p <= Math.floor(end / pageSize) + 1; p++)
        wanted.push(p);
      for (const p of wanted) if (p > 1) void queryClient.prefetchQuery(queryFor(p));
      setRange((r) =>
        r.key === filterKey && r.pages.join() === wanted.join()
          ? r
          : { key: filterKey, pages: wanted },
      );
    },
  };
}

export interface VirtualColumn<R> {
  key: string;
  header: ReactNode;
  /** CSS width; the table has a fixed layout so columns do not jump while scrolling. */
  width?: number | string;
  cell: (row: R) => ReactNode;
  /** Plain text of the cell, shown as a tooltip when the cell is cut off. */
  title?: (row: R) => string | undefined;
}

interface VirtualTableProps<R> {
  "aria-label": string;
  rowCount: number;
  /** The row at an index, or undefined while it loads (a placeholder is shown). */
  row: (index: number) => R | undefined;
  rowKey: (row: R, index: number) => string;
  columns: VirtualColumn<R>[];
  onRangeChange?: (range: RowRange) => void;
  /** When this changes (e.g. a new filter or sort), the list goes back to its top. */
  resetKey?: string;
  /** Every row has this height in px (cells are one line, cut off with …). */
  rowHeight?: number;
  /** The list scrolls inside a box this high at most (CSS length; the box shrinks to few rows). */
  maxHeight?: string;
}

const OVERSCAN = 12;

const trClass = `mantine-Table-tr ${Table.classes.tr}`;
const tdClass = `mantine-Table-td ${Table.classes.td}`;

/** A link in a row (to the row's own page): looks like Mantine's Anchor, costs a plain link. */
export function RowLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={classes.link}>
      {children}
    </Link>
  );
}

const cellStyle: CSSProperties = {
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
};

/**
 * A table that renders only the rows in view (plus a few), so 5,000 or 50,000 rows cost what 30
 * do. It stays a real table: the header row is sticky, rows carry aria-rowindex out of
 * aria-rowcount for screen readers, links in rows are reached with Tab (the browser scrolls the
 * focused row into view, which renders the next ones), and the scroll box itself takes focus so
 * arrow keys, Page Up/Down, Home and End scroll it.
 */
export function VirtualTable<R>({
  rowCount,
  row,
  rowKey,
  columns,
  onRangeChange,
  resetKey,
  rowHeight = 33,
  maxHeight = "calc(100dvh - 300px)",
  ...aria
}: VirtualTableProps<R>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const onRange = useRef(onRangeChange);
  useEffect(() => {
    onRange.current = onRangeChange;
  });
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // The box is not measured before the first render: assume the window's height, so the first
    // render already has its rows instead of a second one right after the measure.
    initialRect: { width: 0, height: window.innerHeight },
    // Called on the scroll event itself: the rows' data is asked for before React renders.
    onChange: (v) => {
      if (v.range)
        onRange.current?.([
          Math.max(0, v.range.startIndex - OVERSCAN),
          Math.min(rowCount - 1, v.range.endIndex + OVERSCAN),
        ]);
    },
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? 0;

  // The first rows, and any change of range that did not come from a scroll (new row count).
  useEffect(() => {
    onRange.current?.([start, end]);
  }, [start, end]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" style={{ height }}>
        <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
      </tr>
    );

  return (
    <div
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={`${aria["aria-label"]} (cuộn bằng phím mũi tên)`}
      style={{
        // A known height from the start, so the first render already fills the box.
        height: `min(${maxHeight}, ${rowCount * rowHeight + 40}px)`,
        overflowY: "auto",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: 4,
      }}
    >
      <Table
        stickyHeader
        verticalSpacing={4}
        aria-label={aria["aria-label"]}
        aria-rowcount={rowCount + 1}
        style={{ tableLayout: "fixed" }}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width} style={{ zIndex: 1 }}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spacer(top)}
          {items.map((item) => {
            const r = row(item.index);
            // Plain elements with Mantine's classes: a row is drawn on every scroll step, and 30
            // rows of Table.Tr/Table.Td components cost tens of milliseconds per render.
            return (
              <tr
                className={trClass}
                data-with-row-border
                key={r === undefined ? `loading-${item.index}` : rowKey(r, item.index)}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                style={{
                  height: rowHeight,
                  background: item.index % 2 === 0 ? "var(--mantine-color-gray-0)" : undefined,
                }}
              >
                {columns.map((c) => (
                  <td key={c.key} className={tdClass} style={cellStyle} title={r && c.title?.(r)}>
                    {r === undefined ? <Skeleton height={12} radius="sm" /> : c.cell(r)}
                  </td>
                ))}
              </tr>
            );
          })}
          {spacer(bottom)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
