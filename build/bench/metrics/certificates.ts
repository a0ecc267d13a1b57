import fs from "node:fs";
import {
  FAMILY,
  GIVEN_F,
  GIVEN_M,
  MIDDLE_F,
  MIDDLE_M,
  seededRandom,
} from "../../../db/seed/demo-directory";
import { renderCertificates } from "../../../electron/api/certificates";
import type { CertificateRecord } from "../../../electron/contract";
import { timeRuns, withBenchBackend } from "../backend-run";
import { metric, type MetricGroup } from "../define";
import { median, round } from "../helpers";

const COUNT = 1000;
const RUNS = 3;
const UNITS = [
  "Phòng Nội vụ huyện Vĩnh Cửu",
  "Ủy ban nhân dân xã Thạnh Phú",
  "Trường Trung học cơ sở Nguyễn Bỉnh Khiêm xã Thạnh Phú huyện Vĩnh Cửu",
  "Trung tâm Y tế huyện Vĩnh Cửu",
  "Hội Liên hiệp Phụ nữ xã Tân Bình",
];
const POSITIONS = ["Chuyên viên", "Giáo viên", "Bác sĩ", "Chủ tịch Hội", "Kế toán"];

/** 1,000 recipients of one decision, with the demo's Vietnamese names and a few long units. */
function recipients(): CertificateRecord[] {
  const rnd = seededRandom(11);
  return Array.from({ length: COUNT }, (_, i) => {
    const female = rnd.next() < 0.5;
    const name = `${rnd.pick(FAMILY)} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(female ? GIVEN_F : GIVEN_M)}`;
    return {
      conferrer: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
      giveWord: "TẶNG",
      awardTitle: "GIẤY KHEN",
      recipientName: `${female ? "Bà" : "Ông"} ${name}`,
      recipientDetail: `${rnd.pick(POSITIONS)} ${rnd.pick(UNITS)}`,
      achievement:
        "Đã có thành tích xuất sắc trong phong trào thi đua “Vĩnh Cửu chung sức xây dựng nông thôn mới” năm 2024",
      decisionNumber: "125/QĐ-UBND",
      decisionDate: "2025-02-05",
      goldenBookNumber: String(i + 1),
      placeName: "Vĩnh Cửu",
      date: "2025-02-05",
      signer: {
        authority: "KT.",
        authorityOf: "Chủ tịch",
        position: "Phó Chủ tịch",
        fullName: "Trần Văn Hùng",
      },
    };
  });
}

/** dossiers.certificates_1000_s: 1,000 Giấy khen in phôi mode to one PDF on disk. */
export const certificatesMetrics: MetricGroup[] = [
  metric({ name: "dossiers.certificates_1000_s", unit: "s", target: 5 }, () =>
    withBenchBackend("certificates", "certificates bench", async ({ backend }) => {
      const records = recipients();
      await renderCertificates(backend, records.slice(0, 20), { mode: "phoi" }); // warm-up
      const times = await timeRuns(
        RUNS,
        () => renderCertificates(backend, records, { mode: "phoi" }),
        (out) => {
          if (out.pages !== COUNT || fs.statSync(out.path).size < 10_000)
            throw new Error(`certificates bench: ${out.pages} pages in ${out.path}`);
        },
      );
      return round(median(times) / 1000, 3);
    }),
  ),
];
