import { Badge, List, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconX } from "@tabler/icons-react";
import {
  disciplineMeasures,
  eligibilityLevels,
  formatDate,
  formatPercent,
  initiativeLevels,
  ratingLabels,
  recipientKindLabels,
  type EligibilityResultRow,
} from "../../electron/contract";
import { useApiQuery } from "../api/hooks";

/** Green / yellow / red, as everywhere the eligibility checks are shown. */
export const eligibilityColor = { ok: "teal", warning: "yellow", blocking: "red" } as const;
export type EligibilityLevel = keyof typeof eligibilityColor;

const levelIcon = {
  ok: <IconCheck size={14} />,
  warning: <IconAlertTriangle size={14} />,
  blocking: <IconX size={14} />,
} as const;

export function EligibilityBadge({ level }: { level: EligibilityLevel }) {
  return (
    <Badge color={eligibilityColor[level]} variant="light" leftSection={levelIcon[level]}>
      {eligibilityLevels[level]}
    </Badge>
  );
}

/** Names of the facts the rules attach to their results (electron/domain/eligibility.ts). */
const dataLabels: Record<string, string> = {
  year: "Năm",
  years: "Các năm",
  from: "Từ năm",
  to: "Đến năm",
  rating: "Xếp loại",
  minRating: "Xếp loại tối thiểu",
  minExcellent: "Số năm xuất sắc cần có",
  excellent: "Năm xuất sắc",
  below: "Chưa đạt",
  noRating: "Chưa có xếp loại",
  unrated: "Chưa có xếp loại",
  award: "Danh hiệu",
  awardCode: "Hình thức",
  lacking: "Còn thiếu năm",
  count: "Số đề nghị",
  quota: "Chỉ tiêu",
  baseCount: "Số làm căn cứ",
  maxShare: "Tỷ lệ tối đa",
  cap: "Tối đa",
  minLevel: "Cấp tối thiểu",
  initiatives: "Sáng kiến",
  holders: "Số thành viên đạt",
  members: "Tổng số thành viên",
  share: "Tỷ lệ",
  minShare: "Tỷ lệ tối thiểu",
  min: "Số tối thiểu",
  minMeasure: "Mức kỷ luật tính từ",
  disciplined: "Bị kỷ luật",
  disciplines: "Kỷ luật",
  decisionNumber: "Số quyết định",
  other: "Trùng với đề nghị thứ",
  others: "Đã đề nghị ở",
  awardKind: "Hình thức dành cho",
  nomineeKind: "Đối tượng",
  inBatch: "Đang được đề nghị",
};
const shareKeys = new Set(["share", "minShare", "maxShare"]);
/** The facts that hold a code: shown by the label the officer knows, never the code itself. */
const labelsOf: Record<string, Readonly<Record<string, string>>> = {
  rating: ratingLabels,
  minRating: ratingLabels,
  measure: disciplineMeasures,
  minMeasure: disciplineMeasures,
  minLevel: initiativeLevels,
  level: initiativeLevels,
  awardKind: recipientKindLabels,
  nomineeKind: recipientKindLabels,
};
const awardKeys = new Set(["award", "awardCode"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function show(key: string, value: unknown, awardNames: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "number" && shareKeys.has(key)) return formatPercent(value, 1, 1);
  if (typeof value === "string") {
    if (awardKeys.has(key)) return awardNames.get(value) ?? "danh hiệu, hình thức khác";
    const label = labelsOf[key]?.[value];
    if (label) return label;
    if (ISO_DATE.test(value)) return formatDate(value);
  }
  if (Array.isArray(value))
    return value.length ? value.map((v) => show(key, v, awardNames)).join("; ") : "không có";
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== "")
      .map(([k, v]) => show(k, v, awardNames))
      .join(", ");
  return String(value);
}

/**
 * The facts behind one result, as "Năm: 2025 · Xếp loại: …": codes (awards, discipline measures,
 * ratings, initiative levels, recipient kinds) by their names, dates as dd/mm/yyyy.
 */
export function dataLine(
  data: Record<string, unknown>,
  awardNames: ReadonlyMap<string, string> = new Map(),
): string {
  return (
    Object.entries(data)
      // "missing" only marks a result about absent data; its message already says what is absent.
      .filter(([k]) => k !== "id" && k !== "missing")
      .map(([k, v]) => `${dataLabels[k] ?? k}: ${show(k, v, awardNames)}`)
      .join(" · ")
  );
}

/** The results of one nomination, worst first; with `withData`, the facts under each rule. */
export function EligibilityResults({
  results,
  withData = false,
}: {
  results: EligibilityResultRow[];
  withData?: boolean;
}) {
  const awards = useApiQuery("catalogue.listAwards", {}, { enabled: withData });
  const awardNames = new Map((awards.data ?? []).map((a) => [a.code, a.name]));
  const order = { blocking: 0, warning: 1, ok: 2 } as const;
  const sorted = [...results].sort((a, b) => order[a.level] - order[b.level]);
  return (
    <List spacing={6} center aria-label="Kết quả kiểm tra điều kiện">
      {sorted.map((r, i) => (
        <List.Item
          key={`${r.ruleCode}-${i}`}
          icon={
            <ThemeIcon color={eligibilityColor[r.level]} size={20} radius="xl">
              {levelIcon[r.level]}
            </ThemeIcon>
          }
        >
          <Text size="sm">{r.message}</Text>
          {withData && Object.keys(r.data).length > 0 && (
            <Text size="xs" c="dimmed">
              {dataLine(r.data, awardNames)}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
