import { newId } from "../../../db/ids";
import { awardSearchKey } from "../../../db/queries/awards";
import { seededRandom } from "../../../db/seed/demo-directory";
import { Backend } from "../../../electron/backend";
import { createHeadlessPlatform } from "../../../electron/platform/headless-platform";
import { metricGroup, type MetricGroup } from "../define";
import {
  appVersion,
  assertNoLoggedErrors,
  benchPaths,
  collectingLogger,
  now,
  withTempDir,
} from "../helpers";
import { generateDirectory } from "./directory";

const YEARS = [2020, 2021, 2022, 2023, 2024];

/**
 * Five years of history on the 50,000-person district: ratings for 2020–2021 beside the
 * directory's 2022–2024, the registry as the rules would have it (LĐTT, CSTĐCS, TTLĐTT), some
 * discipline and initiatives.
 */
export function generateHistory(backend: Backend, unitIds: string[], personIds: string[]) {
  const rnd = seededRandom(21);
  const db = backend.sqlite;
  const t = Date.now();
  const sync = "id, created_at, updated_at, origin";
  const insRating = db.prepare(
    `INSERT INTO ratings (${sync}, subject_kind, subject_id, year, rating) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)`,
  );
  const insAward = db.prepare(
    `INSERT INTO award_records (${sync}, year, recipient_kind, person_id, unit_id, recipient_name, award_code, award_name, decision_number, source, search_key)
     VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, 'nhap_excel', ?)`,
  );
  const insDiscipline = db.prepare(
    `INSERT INTO disciplines (${sync}, person_id, measure, decided_on, until) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)`,
  );
  const insInitiative = db.prepare(
    `INSERT INTO initiatives (${sync}, title, year, level, search_key) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)`,
  );
  const insAuthor = db.prepare(
    `INSERT INTO initiative_authors (${sync}, initiative_id, person_id) VALUES (?, ?, ?, 'bench', ?, ?)`,
  );
  const ratingsOf = db.prepare("SELECT subject_id, year, rating FROM ratings").raw();
  // The registry keeps the unit a person belonged to, as decisions and imports write it.
  const unitOf = new Map(
    (db.prepare("SELECT id, unit_id FROM people").raw().all() as [string, string | null][]).map(
      ([id, unit]) => [id, unit],
    ),
  );
  db.transaction(() => {
    for (const id of personIds)
      for (const y of [2020, 2021])
        insRating.run(newId(), t, t, "person", id, y, rnd.pick(["htxs", "ht_tot", "ht"]));
    for (const id of unitIds)
      for (const y of YEARS)
        insRating.run(newId(), t, t, "unit", id, y, rnd.pick(["htxs", "ht_tot", "ht_tot", "ht"]));
    for (const [id, year, rating] of ratingsOf.all() as [string, number, string][]) {
      if (rating === "ht") continue;
      const put = (code: string, name: string) =>
        insAward.run(
          newId(),
          t,
          t,
          year,
          "ca_nhan",
          id,
          unitOf.get(id) ?? null,
          "Bench",
          code,
          name,
          `${year}/QĐ`,
          awardSearchKey({
            recipientName: "bench",
            unitName: "",
            awardName: name,
            decisionNumber: "",
            issuer: "",
          }),
        );
      put("LDTT", "Lao động tiên tiến");
      if (rating === "htxs" && rnd.next() < 0.4) put("CSTDCS", "Chiến sĩ thi đua cơ sở");
    }
    for (const id of unitIds)
      for (const y of YEARS)
        if (rnd.next() < 0.5)
          insAward.run(
            newId(),
            t,
            t,
            y,
            "tap_the",
            null,
            id,
            "Bench",
            "TTLDTT",
            "Tập thể lao động tiên tiến",
            `${y}/QĐ`,
            "bench",
          );
    for (let i = 0; i < 1500; i++)
      insDiscipline.run(
        newId(),
        t,
        t,
        rnd.pick(personIds),
        rnd.pick(["khien_trach", "canh_cao"]),
        `${rnd.pick(YEARS)}-05-01`,
        rnd.next() < 0.2 ? null : `${rnd.pick(YEARS)}-12-31`,
      );
    for (let i = 0; i < 3000; i++) {
      const iid = newId();
      insInitiative.run(
        iid,
        t,
        t,
        `Sáng kiến ${i}`,
        rnd.pick(YEARS),
        rnd.pick(["co_so", "huyen", "tinh"]),
        `sang kien ${i}`,
      );
      insAuthor.run(newId(), t, t, iid, rnd.pick(personIds));
    }
  })();
  db.exec("ANALYZE");
}

export const eligibilityMetrics: MetricGroup[] = [
  metricGroup([{ name: "dossiers.eligibility_1000_s", unit: "s", target: 1 }], () =>
    withTempDir("eligibility", async (dir) => {
      const log = collectingLogger();
      const backend = await Backend.start({
        paths: benchPaths(dir),
        platform: createHeadlessPlatform(),
        mode: "browser",
        log,
        version: appVersion(),
      });
      await backend.startupBackup;
      try {
        const { unitIds, personIds } = generateDirectory(backend, "bench");
        generateHistory(backend, unitIds, personIds);
        const rnd = seededRandom(5);
        const personForms = ["LDTT", "CSTDCS", "CSTDCS", "CSTD_TINH", "BK_TINH_CN", "GK_CN"];
        const nominations = Array.from({ length: 1000 }, (_, i) =>
          i < 900
            ? {
                nominee: { kind: "ca_nhan" as const, id: rnd.pick(personIds), name: "" },
                awardCode: rnd.pick(personForms),
                year: 2024,
                unitId: rnd.pick(unitIds),
              }
            : {
                nominee: { kind: "tap_the" as const, id: rnd.pick(unitIds), name: "" },
                awardCode: rnd.pick(["TTLDTT", "TTLDXS"]),
                year: 2024,
                unitId: null,
              },
        );
        const quotas = [
          {
            awardCode: "GK_CN",
            totalQuota: 100,
            lines: [{ scope: "moi_don_vi" as const, quota: 2 }],
          },
        ];
        const times: number[] = [];
        for (let round = 0; round < 4; round++) {
          const start = now();
          const res = await backend.router("awards.checkEligibility", { nominations, quotas });
          if (!res.ok) throw new Error(`awards.checkEligibility: ${res.error.message}`);
          if ((res.value as unknown[]).length !== 1000) throw new Error("wrong number of results");
          if (round > 0) times.push(now() - start);
        }
        times.sort((a, b) => a - b);
        assertNoLoggedErrors(log, "eligibility");
        return { "dossiers.eligibility_1000_s": times[Math.floor(times.length / 2)]! / 1000 };
      } finally {
        backend.close();
      }
    }),
  ),
];
