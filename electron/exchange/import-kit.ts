/**
 * What every Excel import shares: reading the file into a plan with the officer's message for an
 * unreadable sheet, the preview held until the officer confirms (with an age and a count limit),
 * the counts shown in the preview, and the all-or-nothing refusal while rows are in error.
 * Each importer declares its columns (xlsx-read.ts `SheetColumn`) and its row planner; the
 * handlers take everything else from here.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { invalid, notFound } from "../app-errors";
import { SheetError } from "./xlsx-read";

/** A preview is dropped after an hour: the directory may have changed since. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000;
/** Previews hold whole files in memory: keep the newest few, the oldest goes first… */
export const MAX_PENDING_PREVIEWS = 8;
/** …and no more planned rows in all than a few large files (20,000 rows ≈ 100 MB of plan). */
export const MAX_PENDING_ROWS = 60_000;

export const expiredPreviewMessage =
  "Bản xem trước đã hết hạn hoặc đã được nhập. Hãy chọn lại tệp để xem trước.";

interface Pending<T> {
  value: T;
  at: number;
  /** Planned rows: what the preview costs in memory. */
  rows: number;
  /** The database the preview was planned against: a restore or another data folder voids it. */
  owner: unknown;
}

/** Previews waiting for the officer's confirmation, by token. */
export class PreviewStore<T> {
  private readonly entries = new Map<string, Pending<T>>();

  constructor(
    private readonly ttlMs = PREVIEW_TTL_MS,
    private readonly maxEntries = MAX_PENDING_PREVIEWS,
    private readonly maxRows = MAX_PENDING_ROWS,
  ) {}

  private totalRows() {
    let n = 0;
    for (const e of this.entries.values()) n += e.rows;
    return n;
  }

  /**
   * Keeps a preview of `rows` planned rows and returns its token; expired previews are dropped,
   * then the oldest ones while the count or the rows in all are over the limits.
   */
  put(owner: unknown, value: T, now: number, rows = 0): string {
    for (const [token, e] of this.entries) if (now - e.at > this.ttlMs) this.entries.delete(token);
    while (
      this.entries.size > 0 &&
      (this.entries.size >= this.maxEntries || this.totalRows() + rows > this.maxRows)
    ) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    const token = randomUUID();
    this.entries.set(token, { value, at: now, owner, rows });
    return token;
  }

  /** The preview of a token, or the officer's message when it is gone or belongs elsewhere. */
  get(owner: unknown, token: string, now: number): T {
    const e = this.entries.get(token);
    if (!e || e.owner !== owner || now - e.at > this.ttlMs) throw notFound(expiredPreviewMessage);
    return e.value;
  }

  delete(token: string) {
    this.entries.delete(token);
  }

  get size() {
    return this.entries.size;
  }
}

/** Runs a planner, turning an unreadable file into the officer's message. */
export async function planFile<P>(plan: () => Promise<P>): Promise<P> {
  try {
    return await plan();
  } catch (e) {
    if (e instanceof SheetError) throw invalid(e.message);
    throw e;
  }
}

/** The name the officer chose, without the unique prefix given to uploaded copies. */
export function shownFileName(file: string): string {
  return path
    .basename(file)
    .replace(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-/i, "");
}

/** How many planned rows have each status, every status listed (zero when absent). */
export function countByStatus<S extends string>(
  rows: readonly { status: S }[],
  statuses: readonly S[],
): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}
