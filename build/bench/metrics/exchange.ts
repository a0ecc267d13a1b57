import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { newId } from "../../../db/ids";
import { nameKeys } from "../../../db/queries/directory";
import {
  FAMILY,
  GIVEN_F,
  GIVEN_M,
  MIDDLE_F,
  MIDDLE_M,
  seededRandom,
} from "../../../db/seed/demo-directory";
import { incomingDir } from "../../../electron/api/files";
import { isoDateOf } from "../../../electron/domain/vietnamese";
import { benchProfile, timeRuns, withBenchBackend, type BenchBackend } from "../backend-run";
import { metricGroup, type MetricGroup } from "../define";
import { median, now, round } from "../helpers";
import { generateDirectory } from "./directory";

// Every figure here is measured on the unit → office package ("don_vi_gui"), the only kind of
// package the app writes so far; the office → upper-level package will use the same engine
// (electron/exchange/usb.ts, merge.ts), so it should cost about the same per record and per byte.

const YEAR = 2024;
const NOMINATIONS = 5_000;
const DOSSIERS = 50;
const SUB_UNITS = 20;
const ATTACHMENTS = 500;
const ATTACHMENT_BYTES = 200 * 1024;
const RUNS = 3;
const NOOP_RUNS = 5;
const UNIT_PEOPLE = 30;

const signer = {
  fullName: "Trần Văn Hùng",
  position: "Phó Chủ tịch",
  authority: "KT.",
  authorityOf: "Chủ tịch",
  onBehalfOf: "Ủy ban nhân dân",
};

/** The office: Phòng Nội vụ huyện Vĩnh Cửu (PNV-VC), with UBND xã Bình Lư (XA_BL) in its directory. */
async function setUpOffice({ call }: BenchBackend) {
  await call("settings.completeSetup", {
    profile: benchProfile,
    signers: [signer],
    councilMembers: [],
  });
  await call("directory.saveUnit", { code: "XA_BL", name: "UBND xã Bình Lư", kind: "xa_thi_tran" });
  await call("exchange.saveIdentity", {
    unitCode: "PNV-VC",
    parentCode: "SNV-DN",
    parentName: "Sở Nội vụ",
  });
}

/** The unit's own installation: UBND xã Bình Lư, sending to PNV-VC; returns its unit's id. */
async function setUpUnit({ call }: BenchBackend): Promise<string> {
  await call("settings.completeSetup", {
    profile: {
      ...benchProfile,
      preset: "don_vi_co_so",
      level: "co_quan",
      parentBody: "Huyện Vĩnh Cửu",
      issuingBody: "Ủy ban nhân dân xã Bình Lư",
      abbreviation: "UBND",
    },
    signers: [signer],
    councilMembers: [],
  });
  const { id } = await call<{ id: string }>("directory.saveUnit", {
    code: "XA_BL",
    name: "UBND xã Bình Lư",
    kind: "xa_thi_tran",
  });
  await call("exchange.saveIdentity", {
    unitCode: "XA_BL",
    parentCode: "PNV-VC",
    parentName: "Phòng Nội vụ huyện Vĩnh Cửu",
  });
  return id;
}

/** A Vietnamese full name and gender from the demo's lists. */
function personName(rnd: ReturnType<typeof seededRandom>) {
  const male = rnd.next() < 0.5;
  return {
    fullName: `${rnd.pick(FAMILY)} ${rnd.pick(male ? MIDDLE_M : MIDDLE_F)} ${rnd.pick(male ? GIVEN_M : GIVEN_F)}`,
    gender: male ? "nam" : "nu",
    birthYear: rnd.int(1965, 2000),
  };
}

/**
 * The unit's year at scale: 20 sub-units (schools, villages) under XA_BL; 5,000 people in them
 * (the rows directory.savePerson writes: the person and an open unit period); 50 dossiers of
 * XA_BL (dossiers.save) holding 100 nominations each (the rows dossiers.saveNomination writes:
 * the nomination in tiếp nhận, its "tạo" event, one Báo cáo thành tích component per nominee);
 * and 500 distinct 200 KB attachments (the rows and files dossiers.attachFile writes: the file
 * under attachments/<sha256>.pdf, a dossier_files row, the component marked present), ten per
 * dossier: the Tờ trình, the Biên bản họp xét and eight Báo cáo thành tích.
 */
async function unitYearAtScale(b: BenchBackend, rootId: string) {
  const { backend, call, paths } = b;
  const rnd = seededRandom(19);
  const unitIds: string[] = [];
  for (let i = 0; i < SUB_UNITS; i++) {
    const school = i % 2 === 0;
    const { id } = await call<{ id: string }>("directory.saveUnit", {
      name: school ? `Trường Tiểu học Bình Lư ${i / 2 + 1}` : `Ấp ${Math.ceil(i / 2)}`,
      kind: school ? "truong_hoc" : "thon_ban",
      parentId: rootId,
    });
    unitIds.push(id);
  }
  const dossierIds: string[] = [];
  for (let d = 0; d < DOSSIERS; d++) {
    const { id } = await call<{ id: string }>("dossiers.save", {
      unitId: rootId,
      year: YEAR,
      kind: "thuong_xuyen",
      receivedDate: "2025-01-15",
      unitDocNumber: `${d + 1}/TTr-UBND`,
      unitDocDate: "2025-01-10",
    });
    dossierIds.push(id);
  }

  const db = backend.sqlite;
  const origin = backend.origin;
  const t = Date.now();
  const today = isoDateOf(t);
  const sync = "id, created_at, updated_at, origin";
  const insPerson = db.prepare(
    `INSERT INTO people (${sync}, full_name, gender, birth_year, birth_date, category, position, is_leader, unit_id, phone, notes, search_key, sort_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'vien_chuc', ?, ?, ?, '', '', ?, ?)`,
  );
  const insPeriod = db.prepare(
    `INSERT INTO person_units (${sync}, person_id, unit_id, from_date, to_date, position) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insNomination = db.prepare(
    `INSERT INTO nominations (${sync}, dossier_id, nominee_kind, person_id, unit_id, household_id, award_code, summary, state, state_changed_at, sort_order)
     VALUES (?, ?, ?, ?, ?, 'ca_nhan', ?, NULL, NULL, ?, ?, 'tiep_nhan', ?, ?)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO nomination_events (${sync}, nomination_id, action, from_state, to_state, reason, actor, at)
     VALUES (?, ?, ?, ?, ?, 'tao', NULL, 'tiep_nhan', '', ?, ?)`,
  );
  const insComponent = db.prepare(
    `INSERT INTO dossier_components (${sync}, dossier_id, kind, title, present, nominee_kind, nominee_id, sort_order)
     VALUES (?, ?, ?, ?, ?, 'bao_cao_thanh_tich', '', 0, 'ca_nhan', ?, ?)`,
  );
  const fixedComponent = db.prepare(
    "SELECT id FROM dossier_components WHERE dossier_id = ? AND kind = ? AND deleted_at IS NULL",
  );
  const insFile = db.prepare(
    `INSERT INTO dossier_files (${sync}, component_id, name, path, sha256, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setPresent = db.prepare(
    "UPDATE dossier_components SET present = 1, updated_at = ? WHERE id = ?",
  );
  const perDossier = NOMINATIONS / DOSSIERS;
  const filesPerDossier = ATTACHMENTS / DOSSIERS;
  fs.mkdirSync(paths.attachments, { recursive: true });
  const attach = (componentId: string, name: string) => {
    const bytes = randomBytes(ATTACHMENT_BYTES);
    const sha = createHash("sha256").update(bytes).digest("hex");
    fs.writeFileSync(path.join(paths.attachments, `${sha}.pdf`), bytes);
    insFile.run(
      newId(),
      t,
      t,
      origin,
      componentId,
      name,
      `attachments/${sha}.pdf`,
      sha,
      bytes.length,
    );
    setPresent.run(t, componentId);
  };
  db.transaction(() => {
    let made = 0;
    dossierIds.forEach((dossierId, d) => {
      const reports: string[] = [];
      for (let i = 0; i < perDossier; i++, made++) {
        const p = personName(rnd);
        const unitId = unitIds[made % SUB_UNITS]!;
        const position = i === 0 ? "Hiệu trưởng" : "Giáo viên";
        const personId = newId();
        const keys = nameKeys(p.fullName);
        insPerson.run(
          personId,
          t,
          t,
          origin,
          p.fullName,
          p.gender,
          p.birthYear,
          position,
          i === 0 ? 1 : 0,
          unitId,
          keys.searchKey,
          keys.sortKey,
        );
        insPeriod.run(newId(), t, t, origin, personId, unitId, today, position);
        const nominationId = newId();
        insNomination.run(
          nominationId,
          t,
          t,
          origin,
          dossierId,
          personId,
          i % 8 === 0 ? "CSTDCS" : "LDTT",
          `Hoàn thành xuất sắc nhiệm vụ năm ${YEAR}; tham gia tích cực các phong trào thi đua của xã (đề nghị ${made + 1})`,
          t,
          i,
        );
        insEvent.run(newId(), t, t, origin, nominationId, origin, t);
        const componentId = newId();
        insComponent.run(componentId, t, t, origin, dossierId, personId, 11 + i);
        reports.push(componentId);
      }
      const toTrinh = fixedComponent.pluck().get(dossierId, "to_trinh") as string;
      const bienBan = fixedComponent.pluck().get(dossierId, "bien_ban_hop_xet") as string;
      attach(toTrinh, `to-trinh-${d + 1}.pdf`);
      attach(bienBan, `bien-ban-hop-xet-${d + 1}.pdf`);
      for (let f = 0; f < filesPerDossier - 2; f++)
        attach(reports[f]!, `bao-cao-thanh-tich-${d + 1}-${f + 1}.pdf`);
    });
  })();
  db.exec("ANALYZE");
}

/** Puts a package where browser mode's upload would (the USB's part of the trip). */
function carry(file: string, to: BenchBackend): string {
  fs.mkdirSync(incomingDir(to.paths), { recursive: true });
  const target = path.join(incomingDir(to.paths), `${newId()}-${path.basename(file)}`);
  fs.copyFileSync(file, target);
  return target;
}

interface Sent {
  path: string;
  sizeBytes: number;
}
type Opened =
  | { kind: "plan"; token: string; report: { refused: unknown[]; tables: TableReport[] } }
  | { kind: "already" };
interface TableReport {
  table: string;
  counts: Record<string, number>;
}

function expectPlan(opened: Opened, nominations: number) {
  if (opened.kind !== "plan") throw new Error(`exchange.open: expected a plan, got ${opened.kind}`);
  const r = opened.report;
  const n = r.tables.find((x) => x.table === "nominations")?.counts.new;
  if (r.refused.length || n !== nominations)
    throw new Error(
      `exchange.open: ${n} new nominations, ${r.refused.length} refused: ${JSON.stringify(r.refused.slice(0, 3))}`,
    );
  return opened;
}

/** The office's live nominations of the year received from packages. */
const receivedNominations = (office: BenchBackend) =>
  office.backend.sqlite
    .prepare(
      "SELECT count(*) FROM nominations n JOIN dossiers d ON d.id = n.dossier_id WHERE d.year = ? AND n.deleted_at IS NULL AND n.state = 'tiep_nhan'",
    )
    .pluck()
    .get(YEAR) as number;

/**
 * A unit's package of a whole year at scale (unitYearAtScale: 5,000 nominations in 50 dossiers,
 * their 5,000 people, 500 attachments of 200 KB, about 100 MB), measured on the unit → office
 * package ("don_vi_gui"), the only kind the app writes so far; the office → upper-level package
 * will use the same engine. The office holds the 50,000-person district directory of
 * directory.ts, so its pre-import backup is a real office's size.
 *
 * - exchange.export_year_s: exchange.send at the unit (collect, zip, sign, write .partial, flush,
 *   rename, re-read and verify); median of 3.
 * - exchange.import_verify_s: exchange.open at the office of the file found under incoming/ (read,
 *   unzip, check signature and every file's SHA-256, copy into the inbox, dry run of every
 *   record); median of 3 (opening writes no record).
 * - exchange.import_commit_s: exchange.commit with confirmKey (attachments written, pre-import
 *   backup, every record in one transaction, import log); one run.
 * - exchange.reimport_noop_s: exchange.open of the same package again, which must answer
 *   "already" (the package is still read and verified before it is recognised); median of 5.
 * - exchange.bytes_per_nomination: the package's size over 5,000. Report only: there is no
 *   report-only notion in define.ts, so the target is a generous 50,000 bytes; the attachments
 *   alone are 20,480 bytes per nomination (incompressible), so the figure mostly tells whether the
 *   records or the zip ever start to weigh more than the scans.
 */
const yearPackage = metricGroup(
  [
    { name: "exchange.export_year_s", unit: "s", target: 10 },
    { name: "exchange.import_verify_s", unit: "s", target: 10 },
    { name: "exchange.import_commit_s", unit: "s", target: 10 },
    { name: "exchange.reimport_noop_s", unit: "s", target: 1 },
    { name: "exchange.bytes_per_nomination", unit: "bytes", target: 50_000 },
  ],
  () =>
    withBenchBackend("exchange-unit", "exchange year package (unit)", async (unit) => {
      const rootId = await setUpUnit(unit);
      await unitYearAtScale(unit, rootId);
      return withBenchBackend(
        "exchange-office",
        "exchange year package (office)",
        async (office) => {
          await setUpOffice(office);
          generateDirectory(office.backend, office.backend.origin);

          let sent: Sent | null = null;
          const exportTimes = await timeRuns(
            RUNS,
            () => unit.call<Sent>("exchange.send", { purpose: "don_vi_gui", year: YEAR }),
            (s) => {
              if (!fs.existsSync(s.path) || s.sizeBytes < ATTACHMENTS * ATTACHMENT_BYTES)
                throw new Error(`exchange.send: ${s.sizeBytes} bytes in ${s.path}`);
              sent = s;
            },
          );
          const pkg = sent as Sent | null;
          if (!pkg) throw new Error("exchange.send wrote nothing");

          let token = "";
          const verifyTimes: number[] = [];
          for (let i = 0; i < RUNS; i++) {
            const upload = carry(pkg.path, office);
            const start = now();
            const opened = await office.call<Opened>("exchange.open", { path: upload });
            verifyTimes.push(now() - start);
            token = expectPlan(opened, NOMINATIONS).token;
          }

          const commitStart = now();
          await office.call("exchange.commit", { token, confirmKey: true });
          const commitMs = now() - commitStart;
          if (receivedNominations(office) !== NOMINATIONS)
            throw new Error(`exchange.commit: ${receivedNominations(office)} nominations received`);

          const noopTimes: number[] = [];
          for (let i = 0; i < NOOP_RUNS; i++) {
            const upload = carry(pkg.path, office);
            const start = now();
            const again = await office.call<Opened>("exchange.open", { path: upload });
            noopTimes.push(now() - start);
            if (again.kind !== "already")
              throw new Error(`exchange.open again: expected "already", got ${again.kind}`);
          }

          return {
            "exchange.export_year_s": round(median(exportTimes) / 1000, 3),
            "exchange.import_verify_s": round(median(verifyTimes) / 1000, 3),
            "exchange.import_commit_s": round(commitMs / 1000, 3),
            "exchange.reimport_noop_s": round(median(noopTimes) / 1000, 3),
            "exchange.bytes_per_nomination": Math.round(pkg.sizeBytes / NOMINATIONS),
          };
        },
      );
    }),
);

/**
 * exchange.unit_package_s: the everyday case, measured on the unit → office package
 * ("don_vi_gui"), the only kind the app writes so far (the office → upper-level package will use
 * the same engine). A unit fills its registration (two collective titles, three targets, 30
 * people) and one dossier of 30 nominations through the procedures; then, timed as one: the
 * unit's exchange.send, the copy under the office's incoming/ (a few kilobytes), the office's
 * exchange.open and exchange.commit (first contact, key confirmed). Median of 3, each on a fresh
 * pair of installations.
 */
const unitPackage = metricGroup(
  [{ name: "exchange.unit_package_s", unit: "s", target: 2 }],
  async () => {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++)
      times.push(
        await withBenchBackend(
          "exchange-small-unit",
          "exchange unit package (unit)",
          async (unit) => {
            const rootId = await setUpUnit(unit);
            const rnd = seededRandom(23 + run);
            const people: string[] = [];
            for (let i = 0; i < UNIT_PEOPLE; i++) {
              const p = personName(rnd);
              const { id } = await unit.call<{ id: string }>("directory.savePerson", {
                ...p,
                category: "cong_chuc",
                position: i === 0 ? "Chủ tịch UBND xã" : "Công chức",
                isLeader: i < 2,
                unitId: rootId,
              });
              people.push(id);
            }
            const title = (i: number) => (i % 8 === 0 ? "CSTDCS" : "LDTT");
            await unit.call("registrations.save", {
              year: YEAR,
              unitId: rootId,
              titles: [{ titleCode: "TTLDTT" }, { titleCode: "TTLDXS" }],
              targets: [
                {
                  text: "100% hồ sơ thủ tục hành chính giải quyết đúng hạn",
                  number: 100,
                  unit: "%",
                },
                { text: "Thu ngân sách vượt dự toán", number: 5, unit: "%" },
                { text: "Chỉ số cải cách hành chính xếp loại Tốt" },
              ],
              people: people.map((personId, i) => ({ personId, titleCode: title(i) })),
            });
            const dossier = await unit.call<{ id: string }>("dossiers.save", {
              unitId: rootId,
              year: YEAR,
              kind: "thuong_xuyen",
              receivedDate: "2025-01-15",
              unitDocNumber: "12/TTr-UBND",
              unitDocDate: "2025-01-10",
            });
            for (const [i, personId] of people.entries())
              await unit.call("dossiers.saveNomination", {
                dossierId: dossier.id,
                nomineeKind: "ca_nhan",
                personId,
                awardCode: title(i),
                summary: `Hoàn thành xuất sắc nhiệm vụ năm ${YEAR}`,
              });
            return withBenchBackend(
              "exchange-small-office",
              "exchange unit package (office)",
              async (office) => {
                await setUpOffice(office);
                const start = now();
                const sent = await unit.call<Sent>("exchange.send", {
                  purpose: "don_vi_gui",
                  year: YEAR,
                });
                const opened = await office.call<Opened>("exchange.open", {
                  path: carry(sent.path, office),
                });
                const { token } = expectPlan(opened, UNIT_PEOPLE);
                await office.call("exchange.commit", { token, confirmKey: true });
                const ms = now() - start;
                if (receivedNominations(office) !== UNIT_PEOPLE)
                  throw new Error(
                    `unit package: ${receivedNominations(office)} nominations received`,
                  );
                return ms;
              },
            );
          },
        ),
      );
    return { "exchange.unit_package_s": round(median(times) / 1000, 3) };
  },
);

export const exchangeMetrics: MetricGroup[] = [yearPackage, unitPackage];
