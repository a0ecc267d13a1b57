/**
 * Đăng ký thi đua: each unit's registration for a year (or a movement), its status, warnings,
 * pre-fill from last year, import from the office's .xlsx template, the roll-up and the office's
 * own Đăng ký giao ước thi đua.
 */
import { writeFileAtomic } from "../atomic-write";
import { documentInputOf } from "../../db/queries/documents";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { getSetting, setSetting } from "../../db/queries/app-settings";
import { awardVersions, legalBasisList } from "../../db/queries/catalogue";
import { liveUnitsSorted, peopleCountOfUnit, unitRows } from "../../db/queries/directory";
import { movementRows } from "../../db/queries/movements";
import {
  clearRegistrationLines,
  collectiveTitlesOfScope,
  insertRegistrationPeople,
  lineCountsOfScope,
  peopleCountsByTitle,
  peopleLinesOfScope,
  peopleOfRegistration,
  personIsLeader,
  personRatingOf,
  registeringPerson,
  registrationOf,
  registrationRows,
  registrationsOfScope,
  registrationTargetRows,
  registrationTitleRows,
  targetsOfRegistration,
  titlesOfRegistration,
  unitNamesOfScope,
  type RegistrationRow as RegRow,
  type ScopeLine,
} from "../../db/queries/registrations";
import type {
  Registration,
  RegistrationCapsSettings,
  RegistrationListRow,
  Rollup,
  registrationsProcedures,
} from "../contract";
import { familyCounts } from "../contract/vocabulary";
import { registrationInput } from "../contract/registrations";
import { formatDate } from "../contract/format";
import {
  approvalReasonProblem,
  checkRegistration,
  defaultRegistrationCaps,
  overCstdcsCap,
  type Rating,
} from "../domain/registration-checks";
import { foldForSearch, isoDateOf } from "../domain/vietnamese";
import { createDocument, requireProfile, toRow, type FillResolver } from "../documents/register";
import {
  pactFillData,
  pactSummary,
  rollupDocx,
  rollupReportFillData,
  rollupReportSummary,
  rollupTable,
  type PactInput,
  type RollupReportInput,
} from "../documents/registration-docs";
import {
  importedSubmission,
  planRegistrationImport,
  writeRegistrationTemplate,
  type RegistrationImportPlan,
  type TitleOption,
} from "../exchange/registration-import";
import { countByStatus, planFile, PreviewStore, shownFileName } from "../exchange/import-kit";
import { writeTable } from "../exchange/xlsx-write";
import { inExportsDir } from "../paths";
import type { AppContext } from "./context";
import { chosenSigner, documentContext } from "./lookups";
import { conflict, invalid, notFound } from "./errors";
import { withIncomingFile } from "./files";
import { deadlineProviders } from "./plans";
import type { HandlersFor } from "./router";

type P = typeof registrationsProcedures;
type Input = z.output<typeof registrationInput>;

const CAPS_KEY = "registration_caps";
const DEADLINES_KEY = "registration_deadlines";

const today = (ctx: AppContext) => isoDateOf(ctx.clock.now());

export function registrationCaps(ctx: AppContext): RegistrationCapsSettings {
  return { ...defaultRegistrationCaps, ...getSetting<RegistrationCapsSettings>(ctx.db, CAPS_KEY) };
}

function yearlyDeadline(ctx: AppContext, year: number): string | null {
  return getSetting<Record<string, string>>(ctx.db, DEADLINES_KEY)?.[String(year)] ?? null;
}

function movementOf(ctx: AppContext, movementId: string | null, year: number) {
  if (!movementId) return null;
  const m = movementRows.byId(ctx.db, movementId);
  if (!m) throw notFound("Không tìm thấy phong trào này (có thể đã bị xóa).");
  if (m.year !== year)
    throw invalid(`Phong trào “${m.name}” thuộc năm ${m.year}, không phải năm ${year}.`);
  return m;
}

function deadlineOf(ctx: AppContext, year: number, movementId: string | null): string | null {
  const m = movementOf(ctx, movementId, year);
  return m ? m.registrationDeadline : yearlyDeadline(ctx, year);
}

function unitOf(ctx: AppContext, unitId: string) {
  const u = unitRows.byId(ctx.db, unitId);
  if (!u) throw notFound("Không tìm thấy đơn vị này trong danh bạ (có thể đã bị xóa).");
  return u;
}

/** Titles and award forms in force during the year, one per code (the latest version). */
export function titleCatalogue(
  ctx: AppContext,
  year: number,
): (TitleOption & { sortOrder: number })[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const byCode = new Map<string, TitleOption & { sortOrder: number; validFrom: string }>();
  for (const a of awardVersions(ctx.db)) {
    if (a.recipientKind === "ho_gia_dinh") continue;
    if (a.validFrom > end || (a.validTo !== null && a.validTo < start)) continue;
    const prev = byCode.get(a.code);
    if (!prev || a.validFrom > prev.validFrom)
      byCode.set(a.code, {
        code: a.code,
        name: a.name,
        recipientKind: a.recipientKind,
        sortOrder: a.sortOrder,
        validFrom: a.validFrom,
      });
  }
  return [...byCode.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map(({ code, name, recipientKind, sortOrder }) => ({ code, name, recipientKind, sortOrder }));
}

function findRegistration(
  ctx: AppContext,
  year: number,
  movementId: string | null,
  unitId: string,
): RegRow | undefined {
  return registrationOf(ctx.db, year, movementId, unitId);
}

/** Units expected to register: the movement's unit kinds, or every active unit but villages. */
function expectedUnits(ctx: AppContext, year: number, movementId: string | null) {
  const m = movementOf(ctx, movementId, year);
  const kinds = m ? m.participantUnitKinds : [];
  return liveUnitsSorted(ctx.db).filter(
    (u) => u.active && (kinds.length ? kinds.includes(u.kind) : u.kind !== "thon_ban"),
  );
}

function scopeLines(ctx: AppContext, year: number, movementId: string | null): ScopeLine[] {
  return peopleLinesOfScope(ctx.db, year, movementId);
}

type Line = Input["people"][number];

/** Warnings of a set of lines as a unit's registration of that year and movement. */
function warningsFor(
  ctx: AppContext,
  year: number,
  movementId: string | null,
  unitId: string,
  lines: Line[],
): Registration["warnings"] {
  const own = findRegistration(ctx, year, movementId, unitId)?.id ?? null;
  const unitNames = unitNamesOfScope(ctx.db, year, movementId);
  const others = scopeLines(ctx, year, movementId)
    .filter((l) => l.registration_id !== own)
    .map((l) => ({
      personId: l.person_id,
      fullName: l.full_name,
      birthYear: l.birth_year,
      unitName: unitNames.get(l.registration_id) ?? "",
    }));
  const ids = [...new Set(lines.map((l) => l.personId).filter((x): x is string => !!x))];
  const ratings = new Map<string, Rating>();
  const leaders = new Map<string, boolean>();
  for (const id of ids) {
    const r = personRatingOf(ctx.db, id, year - 1);
    if (r) ratings.set(id, r);
    const leader = personIsLeader(ctx.db, id);
    if (leader !== undefined) leaders.set(id, leader);
  }
  const names = new Map(titleCatalogue(ctx, year).map((t) => [t.code, t.name]));
  return checkRegistration({
    lines: lines.map((l) => ({
      personId: l.personId,
      fullName: l.fullName,
      birthYear: l.birthYear,
      titleCode: l.titleCode,
      isLeader: l.personId ? (leaders.get(l.personId) ?? l.isLeader) : l.isLeader,
    })),
    others,
    lastYearRatings: ratings,
    lastYear: year - 1,
    caps: registrationCaps(ctx),
    titleNames: names,
  });
}

function lastYearRatings(ctx: AppContext, personIds: string[], year: number) {
  const out = new Map<string, string>();
  for (const id of personIds) {
    const r = personRatingOf(ctx.db, id, year - 1);
    if (r) out.set(id, r);
  }
  return out;
}

function loadRegistration(
  ctx: AppContext,
  year: number,
  movementId: string | null,
  unitId: string,
): Registration {
  const unit = unitOf(ctx, unitId);
  const reg = findRegistration(ctx, year, movementId, unitId);
  const deadline = deadlineOf(ctx, year, movementId);
  const titles = reg ? titlesOfRegistration(ctx.db, reg.id) : [];
  const targets = reg ? targetsOfRegistration(ctx.db, reg.id) : [];
  const people = reg ? peopleOfRegistration(ctx.db, reg.id) : [];
  const ratings = lastYearRatings(
    ctx,
    people.map((p) => p.personId).filter((x): x is string => !!x),
    year,
  );
  const lines = people.map((p) => ({
    personId: p.personId,
    fullName: p.fullName,
    birthYear: p.birthYear,
    position: p.position,
    isLeader: p.isLeader,
    titleCode: p.titleCode,
    note: p.note,
    lastYearRating: p.personId ? (ratings.get(p.personId) ?? null) : null,
  }));
  return {
    id: reg?.id ?? null,
    year,
    movementId,
    unitId,
    unitName: unit.name,
    status: reg?.status ?? "chua_nop",
    receivedDate: reg?.receivedDate ?? null,
    reason: reg?.reason ?? "",
    note: reg?.note ?? "",
    titles: titles.map((t) => ({ titleCode: t.titleCode, note: t.note })),
    targets: targets.map((t) => ({ text: t.text, number: t.number, unit: t.unit })),
    people: lines,
    warnings: warningsFor(ctx, year, movementId, unitId, lines),
    deadline,
    titleOptions: titleCatalogue(ctx, year).map((t) => ({
      code: t.code,
      name: t.name,
      recipientKind: t.recipientKind as "ca_nhan" | "tap_the",
    })),
  };
}

/**
 * Checks the grid against the directory and the catalogue and fills directory people's name,
 * birth year and leader flag from the directory. Throws a Vietnamese message naming the lines.
 */
function resolveInput(ctx: AppContext, input: Input): Input {
  unitOf(ctx, input.unitId);
  movementOf(ctx, input.movementId, input.year);
  const catalogue = new Map(titleCatalogue(ctx, input.year).map((t) => [t.code, t]));
  const problems: string[] = [];
  input.titles.forEach((t, i) => {
    const c = catalogue.get(t.titleCode);
    if (!c)
      problems.push(`Danh hiệu tập thể dòng ${i + 1} không có trong danh mục năm ${input.year}.`);
    else if (c.recipientKind !== "tap_the")
      problems.push(`“${c.name}” (dòng ${i + 1} phần tập thể) là danh hiệu cá nhân.`);
  });
  const seenTitles = new Set<string>();
  for (const t of input.titles) {
    if (seenTitles.has(t.titleCode))
      problems.push(
        `Danh hiệu tập thể “${catalogue.get(t.titleCode)?.name ?? t.titleCode}” được ghi hai lần.`,
      );
    seenTitles.add(t.titleCode);
  }
  const people = input.people.map((p, i) => {
    const c = catalogue.get(p.titleCode);
    if (!c) problems.push(`Danh hiệu của dòng ${i + 1} không có trong danh mục năm ${input.year}.`);
    else if (c.recipientKind !== "ca_nhan")
      problems.push(`“${c.name}” (dòng ${i + 1} phần cá nhân) là danh hiệu tập thể.`);
    if (!p.personId) return p;
    const d = registeringPerson(ctx.db, p.personId);
    if (!d) {
      problems.push(`Cá nhân ở dòng ${i + 1} không còn trong danh bạ; hãy chọn lại.`);
      return p;
    }
    return {
      ...p,
      fullName: d.full_name,
      birthYear: d.birth_year,
      position: p.position || d.position,
      isLeader: d.is_leader === 1,
    };
  });
  if (problems.length) throw invalid([...new Set(problems)].slice(0, 8).join(" "));
  return { ...input, people };
}

/** Replaces the registration's content (one transaction); status is kept. */
function writeRegistration(ctx: AppContext, input: Input): string {
  return ctx.db.transaction((tx) => {
    const existing = findRegistration(ctx, input.year, input.movementId, input.unitId);
    const id =
      existing?.id ??
      registrationRows.save(
        tx,
        undefined,
        {
          year: input.year,
          movementId: input.movementId,
          unitId: input.unitId,
          status: "chua_nop",
          note: input.note,
        },
        ctx.stamp(),
      )!;
    if (existing) registrationRows.save(tx, id, { note: input.note }, ctx.stamp());
    const now = ctx.clock.now();
    clearRegistrationLines(tx, id, now);
    input.titles.forEach((t, i) =>
      registrationTitleRows.save(
        tx,
        undefined,
        { ...t, registrationId: id, sortOrder: i },
        ctx.stamp(),
      ),
    );
    input.targets.forEach((t, i) =>
      registrationTargetRows.save(
        tx,
        undefined,
        { ...t, registrationId: id, sortOrder: i },
        ctx.stamp(),
      ),
    );
    insertRegistrationPeople(tx, id, input.people, ctx.stamp());
    return id;
  });
}

/** Every unit expected to register in a scope, with its status and whether it is late. */
export function listRows(ctx: AppContext, year: number, movementId: string | null) {
  const deadline = deadlineOf(ctx, year, movementId);
  const regs = registrationsOfScope(ctx.db, year, movementId);
  const byUnit = new Map(regs.map((r) => [r.unitId, r]));
  const titles = lineCountsOfScope(ctx.db, "registration_titles", year, movementId);
  const targets = lineCountsOfScope(ctx.db, "registration_targets", year, movementId);
  const byTitle = new Map<string, Record<string, number>>();
  for (const x of peopleCountsByTitle(ctx.db, year, movementId)) {
    const m = byTitle.get(x.id) ?? {};
    m[x.code] = x.n;
    byTitle.set(x.id, m);
  }
  const expected = expectedUnits(ctx, year, movementId);
  const expectedIds = new Set(expected.map((u) => u.id));
  const extra = regs
    .filter((r) => !expectedIds.has(r.unitId))
    .map((r) => unitRows.byId(ctx.db, r.unitId))
    .filter((u): u is NonNullable<typeof u> => !!u);
  const now = today(ctx);
  const rows: RegistrationListRow[] = [...expected, ...extra].map((u) => {
    const r = byUnit.get(u.id);
    const status = r?.status ?? "chua_nop";
    const counts = r ? (byTitle.get(r.id) ?? {}) : {};
    return {
      unitId: u.id,
      unitName: u.name,
      unitKind: u.kind,
      registrationId: r?.id ?? null,
      status,
      receivedDate: r?.receivedDate ?? null,
      reason: r?.reason ?? "",
      titles: r ? (titles.get(r.id) ?? 0) : 0,
      targets: r ? (targets.get(r.id) ?? 0) : 0,
      people: Object.values(counts).reduce((a, n) => a + n, 0),
      byTitle: counts,
      late:
        deadline !== null &&
        ((status === "chua_nop" && now > deadline) ||
          (r?.receivedDate !== null && r?.receivedDate !== undefined && r.receivedDate > deadline)),
    };
  });
  return { deadline, rows };
}

export function buildRollup(ctx: AppContext, year: number, movementId: string | null): Rollup {
  const m = movementOf(ctx, movementId, year);
  const { rows } = listRows(ctx, year, movementId);
  const catalogue = titleCatalogue(ctx, year);
  const collective = new Map<string, Record<string, number>>();
  for (const x of collectiveTitlesOfScope(ctx.db, year, movementId)) {
    const c = collective.get(x.id) ?? {};
    c[x.code] = 1;
    collective.set(x.id, c);
  }
  const registered = rows.filter(
    (r) => r.registrationId && (r.people > 0 || r.titles > 0 || r.targets > 0),
  );
  const out = registered.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    status: r.status,
    counts: {
      ...r.byTitle,
      ...familyCounts(r.byTitle),
      ...(collective.get(r.registrationId!) ?? {}),
    },
    people: r.people,
    targets: r.targets,
  }));
  const totals: Record<string, number> = {};
  for (const r of out)
    for (const [k, n] of Object.entries(r.counts)) totals[k] = (totals[k] ?? 0) + n;
  const always = new Set(["TTLDTT", "LDTT", "CSTDCS"]);
  const columns = catalogue
    .filter((c) => (totals[c.code] ?? 0) > 0 || always.has(c.code))
    .sort((a, b) =>
      a.recipientKind === b.recipientKind
        ? a.sortOrder - b.sortOrder
        : a.recipientKind === "tap_the"
          ? -1
          : 1,
    )
    .map((c) => ({
      code: c.code,
      // LĐTT and CSTĐCS count the people registered for a higher title too, as everywhere.
      name: c.code in familyCounts({}) ? `${c.name} (*)` : c.name,
      recipientKind: c.recipientKind as "ca_nhan" | "tap_the",
    }));
  return {
    year,
    movementId,
    title: m
      ? `Bảng tổng hợp đăng ký thi đua – ${m.name}`
      : `Bảng tổng hợp đăng ký thi đua năm ${year}`,
    columns,
    rows: out,
    totals,
    totalPeople: out.reduce((a, r) => a + r.people, 0),
    notRegistered: rows.filter((r) => r.status === "chua_nop").length,
  };
}

/** The yearly registration deadline joins the dashboard while units are still missing. */
deadlineProviders.push((ctx, year) => {
  const deadline = yearlyDeadline(ctx, year);
  if (!deadline) return [];
  const missing = listRows(ctx, year, null).rows.filter((r) => r.status === "chua_nop").length;
  return [
    {
      date: deadline,
      title: missing
        ? `Hạn các đơn vị nộp đăng ký thi đua năm ${year} (còn ${missing} đơn vị chưa nộp)`
        : `Hạn các đơn vị nộp đăng ký thi đua năm ${year} (đã nhận đủ)`,
      source: "Đăng ký thi đua",
      status: !missing ? "hoan_thanh" : today(ctx) > deadline ? "qua_han" : "chua_bat_dau",
      route: "/dang-ky",
    },
  ];
});

/** Import previews waiting for the officer's confirmation, with the registration they fill. */
const pending = new PreviewStore<{
  plan: RegistrationImportPlan;
  year: number;
  movementId: string | null;
}>();

function exportPath(ctx: AppContext, fileName: string) {
  const file = inExportsDir(ctx.paths, fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

const slug = (text: string) =>
  foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

interface PactDocumentInput {
  year: number;
  movementId: string | null;
  unitId: string;
  docDate: string;
  signerId: string;
  kinhGui: string;
  legalBasisIds: string[];
  noiNhan: string[];
}

const pactSigner = chosenSigner;

function pactInput(ctx: AppContext, input: PactDocumentInput): PactInput {
  const reg = loadRegistration(ctx, input.year, input.movementId, input.unitId);
  const headcount = peopleCountOfUnit(ctx.db, input.unitId);
  return {
    year: input.year,
    docDate: input.docDate,
    kinhGui: input.kinhGui,
    legalBasisIds: input.legalBasisIds,
    noiNhan: input.noiNhan,
    titleNames: new Map(titleCatalogue(ctx, input.year).map((t) => [t.code, t.name])),
    collectiveTitles: reg.titles.map((t) => t.titleCode),
    targets: reg.targets,
    people: reg.people,
    headcount,
  };
}

/** The register's source kind of the roll-up Báo cáo. */
export const ROLLUP_REPORT_SOURCE = "registration_rollup";

// The register refills the roll-up from the registrations as they are now.
export const registrationRollupFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as RollupReportInput;
  return rollupReportFillData(
    buildRollup(ctx, input.year, input.movementId),
    input,
    number,
    documentContext(ctx, row, chosenSigner(ctx, input.signerId)),
  );
};

// The register refills the document from the registration as it is now.
export const registrationPactFill: FillResolver = (ctx, row, number) => {
  const input = documentInputOf(row) as PactDocumentInput;
  return pactFillData(
    pactInput(ctx, input),
    number,
    documentContext(ctx, row, pactSigner(ctx, input.signerId)),
  );
};

export const registrationsHandlers: HandlersFor<P> = {
  "registrations.list": ({ year, movementId }, ctx) => listRows(ctx, year, movementId),
  "registrations.get": ({ year, movementId, unitId }, ctx) =>
    loadRegistration(ctx, year, movementId, unitId),
  "registrations.save": (input, ctx) => {
    const resolved = resolveInput(ctx, input);
    writeRegistration(ctx, resolved);
    return loadRegistration(ctx, input.year, input.movementId, input.unitId);
  },
  "registrations.check": (input, ctx) => {
    const resolved = resolveInput(ctx, input);
    return warningsFor(ctx, input.year, input.movementId, input.unitId, resolved.people);
  },
  "registrations.setStatus": ({ year, movementId, unitId, status, receivedDate, reason }, ctx) => {
    unitOf(ctx, unitId);
    movementOf(ctx, movementId, year);
    const existing = findRegistration(ctx, year, movementId, unitId);
    const now = today(ctx);
    if (receivedDate && receivedDate > now)
      throw invalid(
        `Ngày nhận ${formatDate(receivedDate)} chưa đến (hôm nay ${formatDate(now)}).`,
        {
          receivedDate: "Ngày nhận không được sau hôm nay",
        },
      );
    let values: Partial<RegRow>;
    if (status === "chua_nop") values = { status, receivedDate: null, reason: "" };
    else if (status === "da_nop") {
      if (!receivedDate)
        throw invalid("Hãy ghi ngày nhận bản đăng ký.", { receivedDate: "Chọn ngày nhận" });
      values = { status, receivedDate, reason: "" };
    } else if (status === "can_bo_sung") {
      if (!reason.trim())
        throw invalid("Hãy ghi lý do cần bổ sung để báo cho đơn vị.", { reason: "Ghi lý do" });
      values = {
        status,
        reason: reason.trim(),
        receivedDate: receivedDate ?? existing?.receivedDate ?? null,
      };
    } else {
      const reg = loadRegistration(ctx, year, movementId, unitId);
      if (!reg.id || (!reg.people.length && !reg.titles.length && !reg.targets.length))
        throw conflict("Đơn vị chưa có nội dung đăng ký nên chưa duyệt được.");
      if (!(existing?.receivedDate ?? receivedDate))
        throw invalid("Hãy ghi ngày nhận bản đăng ký trước khi duyệt.", {
          receivedDate: "Chọn ngày nhận",
        });
      // Over the CSTĐCS cap, approval takes the officer's written reason, kept with it.
      const problem = approvalReasonProblem(reg.warnings, reason);
      if (problem) throw invalid(problem, { reason: "Ghi lý do duyệt vượt tỷ lệ" });
      values = {
        status,
        reason: overCstdcsCap(reg.warnings) ? reason.trim() : "",
        receivedDate: receivedDate ?? existing?.receivedDate ?? null,
      };
    }
    if (existing) registrationRows.save(ctx.db, existing.id, values, ctx.stamp());
    else
      registrationRows.save(
        ctx.db,
        undefined,
        { year, movementId, unitId, note: "", ...values },
        ctx.stamp(),
      );
    return loadRegistration(ctx, year, movementId, unitId);
  },
  "registrations.delete": ({ year, movementId, unitId }, ctx) => {
    const existing = findRegistration(ctx, year, movementId, unitId);
    if (!existing) throw notFound("Đơn vị này chưa có bản đăng ký để xóa.");
    ctx.db.transaction((tx) => {
      const now = ctx.clock.now();
      clearRegistrationLines(tx, existing.id, now);
      registrationRows.tombstone(tx, existing.id, now);
    });
    return { ok: true as const };
  },
  "registrations.prefill": ({ year, movementId, unitId }, ctx) => {
    const unit = unitOf(ctx, unitId);
    movementOf(ctx, movementId, year);
    const fromYear = year - 1;
    const last = findRegistration(ctx, fromYear, null, unitId);
    if (!last)
      throw notFound(`Năm ${fromYear} ${unit.name} chưa có bản đăng ký thi đua để sao chép.`);
    const prev = loadRegistration(ctx, fromYear, null, unitId);
    const catalogue = new Set(titleCatalogue(ctx, year).map((t) => t.code));
    const ratings = lastYearRatings(
      ctx,
      prev.people.map((p) => p.personId).filter((x): x is string => !!x),
      year,
    );
    const people: Registration["people"] = [];
    let dropped = 0;
    for (const p of prev.people) {
      const d = p.personId ? registeringPerson(ctx.db, p.personId, unitId) : undefined;
      if (!p.personId || !d || !catalogue.has(p.titleCode)) {
        dropped++;
        continue;
      }
      people.push({
        personId: p.personId,
        fullName: d.full_name,
        birthYear: d.birth_year,
        position: d.position,
        isLeader: d.is_leader === 1,
        titleCode: p.titleCode,
        note: "",
        lastYearRating: ratings.get(p.personId) ?? null,
      });
    }
    return {
      fromYear,
      titles: prev.titles.filter((t) => catalogue.has(t.titleCode)),
      targets: prev.targets,
      people,
      dropped,
    };
  },
  "registrations.notRegistered": ({ year, movementId }, ctx) => {
    const { deadline, rows } = listRows(ctx, year, movementId);
    return {
      deadline,
      rows: rows.filter(
        (r) =>
          r.status === "chua_nop" ||
          (deadline !== null && r.receivedDate !== null && r.receivedDate > deadline),
      ),
    };
  },
  "registrations.getSettings": ({ year }, ctx) => ({
    caps: registrationCaps(ctx),
    deadline: yearlyDeadline(ctx, year),
  }),
  "registrations.saveSettings": ({ year, caps, deadline }, ctx) => {
    if (deadline && Number(deadline.slice(0, 4)) !== year)
      throw invalid(`Hạn đăng ký phải là một ngày trong năm ${year}.`, {
        deadline: `Chọn ngày trong năm ${year}`,
      });
    const now = ctx.clock.now();
    ctx.db.transaction((tx) => {
      setSetting(tx, CAPS_KEY, caps, now);
      const all = { ...getSetting<Record<string, string>>(tx, DEADLINES_KEY) };
      if (deadline) all[String(year)] = deadline;
      else delete all[String(year)];
      setSetting(tx, DEADLINES_KEY, all, now);
    });
    return { caps: registrationCaps(ctx), deadline: yearlyDeadline(ctx, year) };
  },
  "registrations.importTemplate": async ({ year, movementId, unitId }, ctx) => {
    const unit = unitOf(ctx, unitId);
    const m = movementOf(ctx, movementId, year);
    const fileName = `Mau-dang-ky-thi-dua-${year}-${slug(unit.shortName || unit.name)}.xlsx`;
    const file = exportPath(ctx, fileName);
    await writeRegistrationTemplate(
      file,
      `Đăng ký thi đua ${m ? `– ${m.name}` : `năm ${year}`} – ${unit.name}`,
      titleCatalogue(ctx, year),
    );
    return { path: file, fileName };
  },
  "registrations.previewImport": async ({ year, movementId, unitId, path: file }, ctx) => {
    const unit = unitOf(ctx, unitId);
    movementOf(ctx, movementId, year);
    const plan = await withIncomingFile(ctx, file, (abs) =>
      planFile(() =>
        planRegistrationImport(
          ctx.sqlite,
          abs,
          shownFileName(abs),
          unitId,
          titleCatalogue(ctx, year),
        ),
      ),
    );
    const token = pending.put(
      ctx.sqlite,
      { plan, year, movementId },
      ctx.clock.now(),
      plan.rows.length,
    );
    const counts = countByStatus(plan.rows, ["new", "update", "unchanged", "duplicate", "error"]);
    const existing = findRegistration(ctx, year, movementId, unitId);
    const hasContent = existing
      ? loadRegistration(ctx, year, movementId, unitId).people.length > 0 ||
        titlesOfRegistration(ctx.db, existing.id, false).length > 0 ||
        targetsOfRegistration(ctx.db, existing.id, false).length > 0
      : false;
    return {
      token,
      fileName: plan.fileName,
      unitName: unit.name,
      convertedCells: plan.convertedCells,
      formulaCells: plan.formulaCells,
      counts,
      people: plan.people.length,
      titles: plan.titles.length,
      targets: plan.targets.length,
      errors: counts.error,
      replaces: hasContent,
      rows: plan.rows,
    };
  },
  "registrations.commitImport": async ({ token }, ctx) => {
    const { plan, year, movementId } = pending.get(ctx.sqlite, token, ctx.clock.now());
    if (!plan.people.length && !plan.titles.length && !plan.targets.length)
      throw invalid("Tệp không có dòng đăng ký nào để nhập.");
    const current = findRegistration(ctx, year, movementId, plan.unitId);
    const input = resolveInput(
      ctx,
      registrationInput.parse({
        year,
        movementId,
        unitId: plan.unitId,
        note: current?.note ?? "",
        titles: plan.titles,
        targets: plan.targets,
        people: plan.people,
      }),
    );
    const saved = await ctx.backup("pre-import");
    pending.delete(token);
    const id = writeRegistration(ctx, input);
    // A unit's own file is its submission, received on the day the file says (never "today").
    const submission = importedSubmission(registrationRows.byId(ctx.db, id)!, plan, today(ctx));
    if (submission) registrationRows.save(ctx.db, id, submission, ctx.stamp());
    return {
      people: input.people.length,
      titles: input.titles.length,
      targets: input.targets.length,
      backup: path.basename(saved.file),
    };
  },
  "registrations.rollup": ({ year, movementId }, ctx) => buildRollup(ctx, year, movementId),
  "registrations.exportRollup": async ({ year, movementId, format }, ctx) => {
    const r = buildRollup(ctx, year, movementId);
    const fileName = `Tong-hop-dang-ky-thi-dua-${year}${movementId ? `-${slug(r.title.split("–")[1] ?? "")}` : ""}.${format}`;
    const file = exportPath(ctx, fileName);
    if (format === "docx") writeFileAtomic(file, await rollupDocx(r, requireProfile(ctx)));
    else {
      const t = rollupTable(r);
      await writeTable(
        file,
        "Tổng hợp",
        r.title,
        t.columns.map((c, i) => ({
          header: c.title,
          width: i === 1 ? 36 : i === 0 ? 6 : 14,
          value: (row: string[]) => {
            const v = row[i] ?? "";
            return i !== 1 && i !== t.columns.length - 1 && /^\d+$/.test(v) ? Number(v) : v;
          },
        })),
        t.rows,
      );
    }
    return { path: file, fileName };
  },
  "registrations.generateRollupReport": async (input, ctx) => {
    const signer = chosenSigner(ctx, input.signerId);
    const r = buildRollup(ctx, input.year, input.movementId);
    if (!r.rows.length)
      throw invalid(
        `Chưa có đơn vị nào đăng ký thi đua ${rollupReportSummary(r).replace(/^Kết quả đăng ký thi đua /, "")}: chưa có gì để báo cáo.`,
      );
    const stored: RollupReportInput = {
      year: input.year,
      movementId: input.movementId,
      docDate: input.docDate,
      signerId: input.signerId,
      kinhGui: input.kinhGui,
      noiNhan: input.noiNhan,
      legalBasisIds: [],
    };
    const row = await createDocument(ctx, {
      templateId: "bao-cao",
      docDate: input.docDate,
      summary: rollupReportSummary(r),
      signerName: signer.fullName,
      signer,
      sourceKind: ROLLUP_REPORT_SOURCE,
      sourceId: input.movementId,
      input: stored,
    });
    return toRow(ctx, row);
  },
  "registrations.generatePact": async (input, ctx) => {
    const signer = pactSigner(ctx, input.signerId);
    const known = new Set(legalBasisList(ctx.db).map((b) => b.id));
    if (input.legalBasisIds.some((id) => !known.has(id)))
      throw invalid("Có căn cứ không còn trong thư viện căn cứ pháp lý.", {
        legalBasisIds: "Chọn lại căn cứ",
      });
    const reg = loadRegistration(ctx, input.year, input.movementId, input.unitId);
    if (!reg.id || (!reg.people.length && !reg.titles.length && !reg.targets.length))
      throw invalid(
        `${reg.unitName} chưa có nội dung đăng ký năm ${input.year}. Hãy nhập danh hiệu, chỉ tiêu trước khi tạo văn bản.`,
      );
    const stored: PactDocumentInput = { ...input };
    const row = await createDocument(ctx, {
      templateId: "cong-van",
      docDate: input.docDate,
      summary: pactSummary(input.year),
      signerName: signer.fullName,
      signer,
      sourceKind: "registration_pact",
      sourceId: reg.id,
      input: stored,
    });
    return toRow(ctx, row);
  },
};
