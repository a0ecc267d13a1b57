/**
 * Records in and out of a package: collect the sender's rows, and at the receiver classify every
 * incoming record (the dry run) and apply the classification (the commit).
 *
 * A record's version is the hash of the columns its sender owns. For each record the receiver
 * keeps the hash of the version both sides last agreed on (its base). Then, as Morango's
 * (installation, counter) versions would tell in a two-party exchange:
 *   ours = theirs               → identical;
 *   ours = base ≠ theirs        → fast-forward (we did not change it; take theirs);
 *   theirs = base ≠ ours        → ours is newer (they did not change it; keep ours);
 *   otherwise                   → conflict: shown side by side, ours kept unless the officer
 *                                 takes theirs; the version not kept is set aside, never lost.
 * Only owned columns travel, so a column the sender does not own is never erased or changed.
 */
import crypto from "node:crypto";
import {
  awardCodeKnown,
  baseHashes,
  idMapOf,
  insertRecord,
  liveIdsWhere,
  mapId,
  otherNomination,
  rowById,
  rowExists,
  selectRows,
  setAside,
  setBaseHash,
  updateRecord,
  type Row,
} from "../../db/queries/exchange";
import { newId } from "../../db/ids";
import type { Db } from "../../db/open-database";
import { columnLabel } from "../contract/columns";
import { type RefTable, type Scope, type TableSpec } from "./purposes";

export type RecordAction =
  "new" | "identical" | "update" | "keep" | "conflict" | "skip" | "refused";

export interface RecordPlan {
  table: string;
  remoteId: string;
  localId: string;
  /** Matched to a record of ours with another id (by code or name). */
  matched: boolean;
  action: RecordAction;
  /** The sender's owned columns, references translated to our ids. */
  values: Row;
  origin: string;
  hash: string;
  label: string;
  /** Ours, for updates and conflicts. */
  ours?: Row;
  oursLocal?: Row;
  reason?: string;
}

export interface ConflictField {
  field: string;
  label: string;
  ours: unknown;
  theirs: unknown;
}

export const recordKey = (p: { table: string; localId: string }) => `${p.table}:${p.localId}`;

const canonical = (v: unknown) =>
  v === undefined ? null : typeof v === "boolean" ? (v ? 1 : 0) : v;

/**
 * A record's version: the hash of its owned columns. A column added later counts only when it
 * holds something, appended with its name, so a record without it keeps the version it had.
 */
export function versionHash(spec: TableSpec, row: Row): string {
  const added = new Set(spec.addedFields ?? []);
  const values: unknown[] = spec.fields.filter((f) => !added.has(f)).map((f) => canonical(row[f]));
  for (const f of spec.fields) {
    const v = canonical(row[f]);
    if (added.has(f) && v !== null && v !== "") values.push([f, v]);
  }
  return crypto.createHash("sha256").update(JSON.stringify(values)).digest("hex").slice(0, 32);
}

/**
 * The sender's rows of each table in scope. Sent to a peer whose records we matched under other
 * ids (its people, its units), ids and references go out as the peer knows them.
 */
export function collectRecords(
  db: Db,
  specs: readonly TableSpec[],
  scope: Scope,
  peer: string | null = null,
) {
  const reverse = new Map<string, Map<string, string>>();
  const theirs = (t: string, id: unknown) => {
    if (!peer || typeof id !== "string") return id;
    let m = reverse.get(t);
    if (!m) {
      m = new Map([...idMapOf(db, peer, t)].map(([remote, local]) => [local, remote]));
      reverse.set(t, m);
    }
    return m.get(id) ?? id;
  };
  const out = new Map<string, Row[]>();
  for (const spec of specs) {
    const w = spec.where(scope);
    const rows = selectRows(db, spec.table, spec.fields, w.sql, w.params);
    if (peer)
      for (const r of rows) {
        r.id = theirs(spec.table, r.id);
        for (const [col, target] of Object.entries(spec.refs ?? {})) {
          const t = typeof target === "function" ? target(r) : target;
          if (t) r[col] = theirs(t, r[col]);
        }
      }
    out.set(spec.table, rows);
  }
  return out;
}

/** Rows in an order where every parent in the list comes before its children. */
function parentsFirst(rows: Row[]): Row[] {
  const ids = new Set(rows.map((r) => r.id as string));
  const done = new Set<string>();
  const out: Row[] = [];
  let pending = rows;
  while (pending.length) {
    const next: Row[] = [];
    for (const r of pending) {
      const parent = r.parent_id as string | null;
      if (!parent || !ids.has(parent) || done.has(parent)) {
        out.push(r);
        done.add(r.id as string);
      } else next.push(r);
    }
    if (next.length === pending.length) return [...out, ...next]; // a cycle: keep the order
    pending = next;
  }
  return out;
}

const display = (v: unknown) => (v === null || v === undefined ? "" : v);

export interface PlanContext {
  db: Db;
  /** The sender's installation id (the id maps are per sender). */
  peer: string;
  specs: readonly TableSpec[];
  records: Map<string, Row[]>;
  /** The year the package is for (nominee duplicates are checked within it). */
  year: number;
  /** Attachments the package carries, by SHA-256. */
  attachments: Set<string>;
  /** The sender's own unit here, with its code: units it sends without a parent go under it. */
  sender?: { unitId: string; code: string };
}

const tableLabels: Record<RefTable, string> = {
  units: "đơn vị",
  people: "cá nhân",
  households: "hộ gia đình",
  movements: "phong trào",
  registrations: "bản đăng ký",
  dossiers: "hồ sơ",
  dossier_components: "thành phần hồ sơ",
  score_tables: "bảng điểm",
  score_criteria: "tiêu chí chấm điểm",
  clusters: "cụm, khối thi đua",
};

/** Classifies every record of the package; writes nothing. */
export function planRecords(c: PlanContext): RecordPlan[] {
  const { db, peer } = c;
  const plans: RecordPlan[] = [];
  /** Per table: remote id → local id of the records accepted so far; null when refused. */
  const seen = new Map<string, Map<string, string | null>>();
  const idMaps = new Map<string, Map<string, string>>();
  const idMap = (t: string) => {
    let m = idMaps.get(t);
    if (!m) idMaps.set(t, (m = idMapOf(db, peer, t)));
    return m;
  };
  const resolve = (t: string, remote: string): string | null => {
    const inPackage = seen.get(t)?.get(remote);
    if (inPackage !== undefined) return inPackage;
    const mapped = idMap(t).get(remote);
    if (mapped) return mapped;
    return rowExists(db, t, remote) ? remote : null;
  };
  const nomineeKeys = new Set<string>();

  for (const spec of c.specs) {
    const rows = c.records.get(spec.table) ?? [];
    // A record may point at its parent in the same table (a unit, a criterion): parents first.
    const ordered = spec.refs?.parent_id === spec.table ? parentsFirst(rows) : rows;
    const seenHere = new Map<string, string | null>();
    seen.set(spec.table, seenHere);
    const candidates: RecordPlan[] = [];
    for (const row of ordered) {
      const remoteId = String(row.id);
      const deleted = row.deleted_at !== null && row.deleted_at !== undefined;
      const values: Row = {};
      // A column the sender's app does not have yet is neither written nor compared.
      for (const f of spec.fields) if (f in row) values[f] = canonical(row[f]);
      const plan: RecordPlan = {
        table: spec.table,
        remoteId,
        localId: remoteId,
        matched: false,
        action: "new",
        values,
        origin: typeof row.origin === "string" && row.origin ? row.origin : peer,
        hash: "",
        label: spec.describe(row),
      };
      let reason: string | null = null;
      if (
        spec.table === "units" &&
        c.sender &&
        values.parent_id === null &&
        values.code !== c.sender.code
      )
        values.parent_id = c.sender.unitId;
      for (const [col, target] of Object.entries(spec.refs ?? {})) {
        const v = values[col];
        if (v === null || v === undefined || v === "") continue;
        const t = typeof target === "function" ? target(values) : target;
        if (!t) continue;
        const local = resolve(t, String(v));
        if (local === null && spec.softRefs?.includes(col)) values[col] = null;
        else if (local === null) {
          reason ??= `${columnLabel(spec.table, col)}: ${tableLabels[t]} này không có ở nơi nhận (và không có trong gói)`;
        } else values[col] = local;
      }
      if (!deleted)
        for (const col of spec.awardCodes ?? []) {
          const code = String(values[col] ?? "");
          if (!awardCodeKnown(db, code))
            reason ??= `Mã danh hiệu, hình thức “${code}” không có trong danh mục ở nơi nhận`;
        }
      if (!deleted && spec.table === "dossier_files") {
        const sha = String(values.sha256 ?? "");
        const ok =
          /^[0-9a-f]{64}$/.test(sha) &&
          new RegExp(`^attachments/${sha}\\.[a-z0-9]{1,8}$`).test(String(values.path ?? ""));
        if (!ok) reason ??= "Đường dẫn tệp đính kèm không hợp lệ";
        else if (!c.attachments.has(sha)) reason ??= "Gói thiếu tệp đính kèm này";
      }
      // Which of our records it is: the same id, a mapped id, or one recognised by its key.
      const mapped = idMap(spec.table).get(remoteId);
      if (mapped) {
        plan.localId = mapped;
        plan.matched = true;
      } else if (!rowExists(db, spec.table, remoteId) && reason === null) {
        const cols = spec.matchBy?.(values);
        if (cols) {
          const hits = liveIdsWhere(
            db,
            spec.table,
            cols,
            cols.map((k) => values[k]),
          );
          if (hits.length === 1) {
            plan.localId = hits[0]!;
            plan.matched = true;
          }
        }
      }
      plan.hash = versionHash(spec, values);
      // Later rows of the same table may point at this one (a unit's parent).
      seenHere.set(remoteId, reason === null ? plan.localId : null);
      if (reason !== null) {
        if (deleted && !rowExists(db, spec.table, plan.localId)) plan.action = "skip";
        else {
          plan.action = "refused";
          plan.reason = reason;
        }
      }
      candidates.push(plan);
    }
    const bases = baseHashes(
      db,
      spec.table,
      candidates.map((p) => p.localId),
    );
    for (const plan of candidates) {
      if (plan.action === "refused" || plan.action === "skip") {
        seenHere.set(plan.remoteId, null);
        plans.push(plan);
        continue;
      }
      const local = rowById(
        db,
        spec.table,
        [...spec.fields, ...(spec.localColumns ?? [])],
        plan.localId,
      );
      const deleted = plan.values.deleted_at !== null && plan.values.deleted_at !== undefined;
      if (!local) {
        plan.action = deleted ? "skip" : "new";
      } else {
        const ours: Row = {};
        for (const f of spec.fields) ours[f] = canonical(local[f]);
        plan.ours = ours;
        plan.oursLocal = local;
        const oursHash = versionHash(spec, ours);
        const base = bases.get(plan.localId);
        const lock = spec.locked?.(local) ?? null;
        if (spec.insertOnly || oursHash === plan.hash) plan.action = "identical";
        else if (base === plan.hash) plan.action = "keep";
        else if (base === oursHash && !lock) plan.action = "update";
        else {
          plan.action = "conflict";
          if (lock) plan.reason = lock;
        }
      }
      if (spec.table === "nominations" && !deleted && plan.action !== "keep") {
        const key = ["person_id", "unit_id", "household_id", "award_code"]
          .map((k) => String(plan.values[k] ?? ""))
          .join("|");
        const other = otherNomination(
          db,
          {
            id: plan.localId,
            award_code: plan.values.award_code,
            person_id: plan.values.person_id,
            unit_id: plan.values.unit_id,
            household_id: plan.values.household_id,
          },
          c.year,
        );
        if (nomineeKeys.has(key) || other) {
          plan.action = "refused";
          plan.reason = `Người (tập thể) này đã được đề nghị ${String(plan.values.award_code)} năm ${c.year} trong hồ sơ khác`;
        }
        nomineeKeys.add(key);
      }
      const accepted = plan.action !== "refused" && plan.action !== "skip";
      seenHere.set(plan.remoteId, accepted ? plan.localId : null);
      plans.push(plan);
    }
  }
  return plans;
}

/** The fields that differ between ours and theirs, for the side-by-side view. */
export function conflictFields(plan: RecordPlan): ConflictField[] {
  if (!plan.ours) return [];
  return Object.keys(plan.values)
    .filter((f) => canonical(plan.ours![f]) !== canonical(plan.values[f]))
    .map((f) => ({
      field: f,
      label: columnLabel(plan.table, f),
      ours: display(plan.ours![f]),
      theirs: display(plan.values[f]),
    }));
}

export interface ApplyContext {
  db: Db;
  peer: string;
  packageId: string;
  specs: readonly TableSpec[];
  /** Conflicts whose sender's version the officer took (record keys). */
  takeTheirs: ReadonlySet<string>;
  now: number;
  today: string;
  /** The receiver's installation id (the actor of the nomination events it writes). */
  actor: string;
}

/** Writes what the plan decided; the caller runs it in one transaction. */
export function applyRecords(a: ApplyContext, plans: readonly RecordPlan[]): void {
  const specs = new Map<string, TableSpec>(a.specs.map((s) => [s.table, s]));
  /** Parents whose lines changed, to be received again as a whole (table → ids). */
  const touched = new Map<string, Set<string>>();
  for (const p of plans) {
    if (p.action === "refused" || p.action === "skip") continue;
    const spec = specs.get(p.table)!;
    if (p.matched && p.localId !== p.remoteId) mapId(a.db, a.peer, p.table, p.remoteId, p.localId);
    const takeTheirs =
      p.action === "update" || (p.action === "conflict" && a.takeTheirs.has(recordKey(p)));
    if (p.action === "new") {
      insertRecord(
        a.db,
        p.table,
        p.localId,
        p.origin,
        { ...p.values, ...(spec.onInsert?.(p.values, a.today, a.now) ?? {}) },
        a.now,
      );
      if (p.table === "nominations") {
        insertRecord(
          a.db,
          "nomination_events",
          newId(),
          a.actor,
          {
            nomination_id: p.localId,
            action: "nhan_goi",
            from_state: null,
            to_state: "tiep_nhan",
            reason: "",
            actor: a.actor,
            at: a.now,
          },
          a.now,
        );
      }
    } else if (takeTheirs) {
      const local = p.oursLocal ?? {};
      updateRecord(
        a.db,
        p.table,
        p.localId,
        { ...p.values, ...(spec.onUpdate?.(local, a.today) ?? {}) },
        a.now,
      );
      if (p.action === "conflict")
        setAside(
          a.db,
          {
            packageId: a.packageId,
            table: p.table,
            recordId: p.localId,
            kept: "theirs",
            other: p.ours!,
          },
          a.now,
        );
    } else if (p.action === "conflict") {
      setAside(
        a.db,
        {
          packageId: a.packageId,
          table: p.table,
          recordId: p.localId,
          kept: "ours",
          other: p.values,
        },
        a.now,
      );
    }
    setBaseHash(a.db, p.table, p.localId, p.hash);
    const changed = p.action === "new" || takeTheirs;
    if (changed && spec.parent) {
      const ids = touched.get(spec.parent.table) ?? new Set<string>();
      ids.add(String(p.values[spec.parent.column]));
      touched.set(spec.parent.table, ids);
    }
  }
  for (const [table, ids] of touched) {
    const spec = specs.get(table)!;
    for (const id of ids) {
      const local = rowById(a.db, table, spec.localColumns ?? [], id);
      const extra = local ? (spec.onUpdate?.(local, a.today) ?? {}) : {};
      if (Object.keys(extra).length) updateRecord(a.db, table, id, extra, a.now);
    }
  }
}
