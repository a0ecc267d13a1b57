import fs from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { blockParagraphs, dataTable } from "../../../electron/documents/blocks";
import { fillTemplate } from "../../../electron/documents/fill";
import { nomineeTable, sampleData } from "../../../electron/documents/sample-data";
import { templateCatalog } from "../../../electron/documents/template-catalog";
import { templateBody, templateDocument } from "../../templates/generate";
import { benchProfile, timeRuns, withBenchBackend } from "../backend-run";
import { metricGroup, type MetricGroup } from "../define";
import { median, round, timeMs } from "../helpers";

const TOTRINH_RUNS = 30;
const DECISION_RUNS = 5;
const LIST_SIZE = 1000;

/**
 * documents.totrinh_ms: a Tờ trình from the register's form to a .docx on disk, through the real
 * router and database. documents.decision_1000_s: a Quyết định with a 1,000-line attached list
 * filled from the bundled template and written. documents.overhead_ratio: that time over docx
 * alone building and packing the same document (the template's content plus the list).
 */
export const documentsMetrics: MetricGroup[] = [
  metricGroup(
    [
      { name: "documents.totrinh_ms", unit: "ms", target: 80 },
      { name: "documents.decision_1000_s", unit: "s", target: 1.5 },
      { name: "documents.overhead_ratio", unit: "×", target: 1.3 },
    ],
    () =>
      withBenchBackend("documents", "documents bench", async ({ dir, paths, call }) => {
        await call("settings.completeSetup", {
          profile: benchProfile,
          signers: [{ fullName: "Nguyễn Văn Bench", position: "Trưởng phòng" }],
        });
        const signers: { id: string }[] = await call("settings.listSigners", {});
        const input = {
          kind: "to-trinh",
          docDate: "2025-02-05",
          summary: "Về việc đề nghị tặng Giấy khen năm 2024",
          kinhGui: "Chủ tịch Ủy ban nhân dân huyện Vĩnh Cửu",
          legalBasisIds: [],
          paragraphs: Array.from(
            { length: 6 },
            (_, i) => `Đoạn nội dung thứ ${i + 1} của tờ trình.`,
          ),
          noiNhan: ["Như trên", "Lưu: VT, NV"],
          signerId: signers[0]!.id,
        };
        for (let i = 0; i < 5; i++) await call("documents.createGeneric", input);
        const totrinh = await timeRuns(TOTRINH_RUNS, () => call("documents.createGeneric", input));

        const template = fs.readFileSync(path.join(paths.bundledTemplates, "quyet-dinh.docx"));
        const data = sampleData("quyet-dinh", LIST_SIZE);
        const out = path.join(dir, "qd.docx");
        const engine: number[] = [];
        const alone: number[] = [];
        await fillTemplate("quyet-dinh", template, data); // warm-up
        for (let i = 0; i < DECISION_RUNS; i++) {
          engine.push(
            await timeMs(async () =>
              fs.writeFileSync(out, await fillTemplate("quyet-dinh", template, data)),
            ),
          );
          alone.push(
            await timeMs(async () => {
              const doc = templateDocument(templateCatalog["quyet-dinh"], [
                ...templateBody("quyet-dinh"),
                ...blockParagraphs(data.can_cu as string[], "canCu"),
                dataTable(nomineeTable(LIST_SIZE)),
              ]);
              fs.writeFileSync(out, await Packer.toBuffer(doc));
            }),
          );
        }
        return {
          "documents.totrinh_ms": round(median(totrinh)),
          "documents.decision_1000_s": round(median(engine) / 1000, 3),
          "documents.overhead_ratio": round(median(engine) / median(alone), 2),
        };
      }),
  ),
];
