import { newId } from "../../../db/ids";
import { nameKeys, unitKeys } from "../../../db/queries/directory";
import { FAMILY, GIVEN_M, MIDDLE_M, seededRandom } from "../../../db/seed/demo-directory";
import type { Backend } from "../../../electron/backend";
import { timeRuns, withBenchBackend } from "../backend-run";
import { metric, type MetricGroup } from "../define";
import { median } from "../helpers";

const UNITS = 90;
const PEOPLE = 5_000;
const YEAR = 2025;

/** 90 units that registered 5,000 people between them (LĐTT, about 12% CSTĐCS) and collective titles. */
function generateRegistrations(backend: Backend, origin: string) {
  const rnd = seededRandom(11);
  const db = backend.sqlite;
  const t = Date.now();
  const sync = "id, created_at, updated_at, origin";
  const insUnit = db.prepare(
    `INSERT INTO units (${sync}, code, name, short_name, kind, search_key, sort_key) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const insPerson = db.prepare(
    `INSERT INTO people (${sync}, full_name, gender, birth_year, category, position, is_leader, unit_id, search_key, sort_key) VALUES (?, ?, ?, ?, ?, 'nam', ?, 'cong_chuc', ?, ?, ?, ?, ?)`,
  );
  const insReg = db.prepare(
    `INSERT INTO registrations (${sync}, year, unit_id, status, received_date) VALUES (?, ?, ?, ?, ?, ?, 'da_nop', ?)`,
  );
  const insTitle = db.prepare(
    `INSERT INTO registration_titles (${sync}, registration_id, title_code) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insLine = db.prepare(
    `INSERT INTO registration_people (${sync}, registration_id, person_id, full_name, birth_year, is_leader, title_code, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    let made = 0;
    for (let u = 0; u < UNITS; u++) {
      const unitId = newId();
      const name = u < 30 ? `Xã Số ${u + 1}` : `Cơ quan số ${u + 1}`;
      const keys = unitKeys(name, "", `DV${u + 1}`);
      insUnit.run(
        unitId,
        t,
        t,
        origin,
        `DV${u + 1}`,
        name,
        u < 30 ? "xa_thi_tran" : "co_quan_chuyen_mon",
        keys.searchKey,
        keys.sortKey,
      );
      const regId = newId();
      insReg.run(regId, t, t, origin, YEAR, unitId, `${YEAR}-01-20`);
      insTitle.run(newId(), t, t, origin, regId, "TTLDTT");
      if (u % 3 === 0) insTitle.run(newId(), t, t, origin, regId, "TTLDXS");
      const count = u === UNITS - 1 ? PEOPLE - made : Math.floor(PEOPLE / UNITS);
      for (let i = 0; i < count; i++, made++) {
        const fullName = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE_M)} ${rnd.pick(GIVEN_M)}`;
        const birthYear = 1965 + Math.floor(rnd.next() * 35);
        const isLeader = i < 2;
        const personId = newId();
        const k = nameKeys(fullName);
        insPerson.run(
          personId,
          t,
          t,
          origin,
          fullName,
          birthYear,
          i < 2 ? "Trưởng phòng" : "Chuyên viên",
          isLeader ? 1 : 0,
          unitId,
          k.searchKey,
          k.sortKey,
        );
        const title = i % 8 === 0 ? "CSTDCS" : "LDTT";
        insLine.run(
          newId(),
          t,
          t,
          origin,
          regId,
          personId,
          fullName,
          birthYear,
          isLeader ? 1 : 0,
          title,
          i,
        );
      }
    }
  })();
}

/** The roll-up (bảng tổng hợp đăng ký thi đua): counts per title per unit and in total. */
export const registrationsMetrics: MetricGroup[] = [
  metric({ name: "registrations.rollup_ms", unit: "ms", target: 300 }, () =>
    withBenchBackend("registrations", "registrations rollup", async ({ backend, call }) => {
      generateRegistrations(backend, "bench");
      for (let i = 0; i < 3; i++) await call("registrations.rollup", { year: YEAR });
      const times = await timeRuns(
        20,
        () =>
          call<{ totalPeople: number; rows: unknown[] }>("registrations.rollup", { year: YEAR }),
        (r) => {
          if (r.totalPeople !== PEOPLE || r.rows.length !== UNITS)
            throw new Error(
              `registrations.rollup: ${r.rows.length} units, ${r.totalPeople} people`,
            );
        },
      );
      return median(times);
    }),
  ),
];
