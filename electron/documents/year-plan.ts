/**
 * The year plan as a Kế hoạch in seed 001's structure: I. Mục đích, yêu cầu; II. Nội dung, with
 * Quý I … Quý IV and their activities as bullets; III. Tổ chức thực hiện.
 */
import type { PlanActivity, YearPlan } from "../contract";
import { formatDate } from "../contract/format";
import type { FillData } from "./fill";
import { commonFillData, type CommonInput, type GenericContext } from "./generic";

const quarterNames = ["Quý I", "Quý II", "Quý III", "Quý IV"];

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The trích yếu: the plan's title without its leading "Kế hoạch". */
export function planSummary(title: string): string {
  const rest = title.replace(/^kế hoạch\s+/i, "").trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function yearPlanFillData(
  plan: YearPlan,
  activities: PlanActivity[],
  input: Omit<CommonInput, "summary" | "legalBasisIds">,
  number: string,
  c: GenericContext,
): FillData {
  const content: string[] = [];
  for (let q = 1; q <= 4; q++) {
    const inQuarter = activities.filter((a) => a.quarter === q);
    if (!inQuarter.length) continue;
    content.push(`**${q}. ${quarterNames[q - 1]}:**`);
    for (const a of inQuarter) {
      const due = a.dueDate ? ` (thời hạn: ${formatDate(a.dueDate)})` : "";
      const lead = a.leadUnit ? ` Đơn vị chủ trì: ${a.leadUnit}.` : "";
      content.push(`- ${a.title.replace(/[.;]+$/, "")}${due}.${lead}`);
    }
  }
  const organisation = plan.organisation.length
    ? plan.organisation.flatMap((o, i) => [`**${i + 1}. ${o.unit}:**`, ...lines(o.tasks)])
    : [
        `Giao ${c.profile.issuingBody} (Thường trực ${c.profile.councilName}) phối hợp các đơn vị có liên quan tham mưu triển khai thực hiện và theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch này.`,
      ];
  return {
    ...commonFillData(
      { ...input, summary: planSummary(plan.title), legalBasisIds: plan.legalBasisIds },
      number,
      c,
    ),
    muc_dich_yeu_cau: [
      "**1. Mục đích:**",
      ...lines(plan.purposes),
      "**2. Yêu cầu:**",
      ...lines(plan.requirements),
    ],
    noi_dung: [...(plan.intro ? lines(plan.intro) : []), ...content],
    hoat_dong_quy: { columns: [], rows: [] },
    to_chuc_thuc_hien: organisation,
  };
}
