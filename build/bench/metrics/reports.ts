import { newId } from "../../../db/ids";
import { seededRandom } from "../../../db/seed/demo-directory";
import { benchProfile, timeRuns, withBenchBackend, type BenchBackend } from "../backend-run";
import { metricGroup, type MetricGroup } from "../define";
import { median, percentile, round } from "../helpers";
import { generateDirectory } from "./directory";
import { generateHistory } from "./eligibility";

const YEAR = 2024;
const RUNS = 3;
const FILTER_CHANGES = 40;

/**
 * Beside the eligibility benchmark's five years of registry on the 50,000-person district: what
 * the statistical forms read besides — upper-level awards classified for 0602/0603, movements
 * with their launching level and scope, the TĐKT staff and bodies, and the fund's receipts.
 */
function generateStatistics({ backend }: BenchBackend, unitIds: string[], personIds: string[]) {
  const rnd = seededRandom(33);
  const db = backend.sqlite;
  const t = Date.now();
  const sync = "id, created_at, updated_at, origin";
  const insAward = db.prepare(
    `INSERT INTO award_records (${sync}, year, recipient_kind, person_id, unit_id, recipient_name, award_code, award_name,
       decision_number, decision_date, source, recipient_category, award_type, proposing_body, search_key)
     VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, 'Bench', ?, ?, ?, ?, 'nhap_tay', ?, ?, ?, 'bench')`,
  );
  const insMovement = db.prepare(
    `INSERT INTO movements (${sync}, kind, name, start_date, end_date, year, launch_level, scope, launch_decision_date)
     VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const categories = ["lanh_dao_khac", "truc_tiep", "truc_tiep", null];
  const types = ["thuong_xuyen", "thuong_xuyen", "chuyen_de", "dot_xuat", null];
  db.transaction(() => {
    for (let year = YEAR - 4; year <= YEAR; year++) {
      for (let i = 0; i < 1000; i++) {
        const state = i < 60;
        const [code, name] = state
          ? rnd.pick([
              ["BK_TTG_CN", "Bằng khen của Thủ tướng Chính phủ"],
              ["HC_LD3_CN", "Huân chương Lao động hạng Ba"],
              ["CSTD_TQ", "Chiến sĩ thi đua toàn quốc"],
            ])
          : rnd.pick([
              ["BK_TINH_CN", "Bằng khen của Chủ tịch UBND tỉnh"],
              ["CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh"],
            ]);
        insAward.run(
          newId(),
          t,
          t,
          year,
          "ca_nhan",
          rnd.pick(personIds),
          null,
          code!,
          name!,
          `${100 + i}/QĐ`,
          `${year}-${String(rnd.int(1, 12)).padStart(2, "0")}-15`,
          rnd.pick(categories),
          rnd.pick(types),
          state ? rnd.pick(["tinh", "bo_nganh", null]) : null,
        );
      }
      for (let i = 0; i < 100; i++)
        insAward.run(
          newId(),
          t,
          t,
          year,
          "tap_the",
          null,
          rnd.pick(unitIds),
          "BK_TINH_TT",
          "Bằng khen của Chủ tịch UBND tỉnh",
          `${500 + i}/QĐ`,
          `${year}-06-20`,
          null,
          rnd.pick(types),
          null,
        );
      for (let i = 0; i < 40; i++) {
        const start = `${year}-${String(rnd.int(1, 12)).padStart(2, "0")}-01`;
        const years = rnd.pick([0, 1, 3, 5]);
        insMovement.run(
          newId(),
          t,
          t,
          rnd.pick(["thuong_xuyen", "chuyen_de", "dot"]),
          `Phong trào ${year}-${i}`,
          start,
          `${year + years}-12-31`,
          year,
          rnd.pick(["trung_uong", "bo_tinh", "co_quan", null]),
          rnd.pick(["toan_quoc", "bo_nganh_dia_phuong", "cum_khoi", "co_quan", null]),
          start,
        );
      }
    }
  })();
  db.exec("ANALYZE");
}

async function setUp(b: BenchBackend) {
  await b.call("settings.completeSetup", {
    profile: benchProfile,
    signers: [
      {
        fullName: "Trần Văn Hùng",
        position: "Phó Chủ tịch",
        authority: "KT.",
        authorityOf: "Chủ tịch",
        onBehalfOf: "Ủy ban nhân dân",
      },
    ],
    councilMembers: [],
  });
  const { unitIds, personIds } = generateDirectory(b.backend, "bench");
  generateHistory(b.backend, unitIds, personIds);
  generateStatistics(b, unitIds, personIds);
  for (let i = 0; i < 30; i++)
    await b.call("statistics.saveStaff", {
      fullName: `Công chức ${i + 1}`,
      gender: i % 2 ? "nam" : "nu",
      birthYear: 1965 + i,
      training: "dai_hoc",
      sinceYear: 2000 + (i % 20),
    });
  await b.call("statistics.saveBody", {
    name: "Phòng Thi đua – Khen thưởng",
    level: "phong_so_noi_vu",
    fromYear: 2020,
  });
  for (const item of ["Ngân sách cấp", "Đóng góp"])
    await b.call("statistics.saveFundReceipt", {
      year: YEAR,
      fund: "Quỹ thi đua, khen thưởng huyện Vĩnh Cửu",
      item,
      amount: 100_000_000,
    });
  return { unitIds };
}

export const reportsMetrics: MetricGroup[] = [
  metricGroup(
    [
      { name: "reports.year_report_s", unit: "s", target: 2 },
      { name: "reports.forms_all_s", unit: "s", target: 2 },
      { name: "stats.page_p95_ms", unit: "ms", target: 100 },
    ],
    () =>
      withBenchBackend("reports", "reports", async (b) => {
        const { unitIds } = await setUp(b);
        const [signer] = await b.call<{ id: string }[]>("settings.listSigners", {});
        const report = await timeRuns(RUNS, () =>
          b.call("reports.generate", {
            year: YEAR,
            period: "nam",
            docDate: `${YEAR + 1}-01-15`,
            signerId: signer!.id,
            kinhGui: "Ban Thi đua - Khen thưởng tỉnh",
            noiNhan: ["Như trên", "Lưu: VT"],
          }),
        );
        const forms = await timeRuns(
          RUNS,
          () =>
            b.call<{ message: string }>("statistics.exportAll", {
              year: YEAR,
              preparer: "Bench",
              signerId: null,
              receiver: "",
            }),
          (r) => {
            if (!/Đã xuất 5 biểu/.test(r.message)) throw new Error(`forms: ${r.message}`);
          },
        );
        // The Thống kê page: one call per filter change (years, kind, form, unit).
        const rnd = seededRandom(9);
        const filters = Array.from({ length: FILTER_CHANGES }, () => ({
          fromYear: YEAR - rnd.int(0, 4),
          toYear: YEAR,
          recipientKind: rnd.pick([null, "ca_nhan", "tap_the"]),
          awardCode: rnd.pick([null, "LDTT", "CSTDCS", "BK_TINH_CN"]),
          unitId: rnd.next() < 0.3 ? rnd.pick(unitIds) : null,
        }));
        await b.call("reports.statistics", filters[0]); // warm
        const page = await timeRuns(FILTER_CHANGES, async () => {
          const f = filters.shift()!;
          await b.call("reports.statistics", f);
        });
        return {
          "reports.year_report_s": round(median(report) / 1000),
          "reports.forms_all_s": round(median(forms) / 1000),
          "stats.page_p95_ms": round(percentile(page, 95), 1),
        };
      }),
  ),
];
