import { Badge, List, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconX } from "@tabler/icons-react";
import {
  formatPercent,
  eligibilityLevels,
  ratingLabels,
  type EligibilityResultRow,
  type RatingValue,
} from "../../electron/contract";

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
    <Badge
      color={eligibilityColor[level]}
      variant="light"
      leftSection={levelIcon[level]}
      style={{ flexShrink: 0, overflow: "visible" }}
    >
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
const ratingKeys = new Set(["rating", "minRating"]);

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "number" && shareKeys.has(key)) return formatPercent(value, 1, 1);
  if (typeof value === "string" && ratingKeys.has(key) && value in ratingLabels)
    return ratingLabels[value as RatingValue];
  if (Array.isArray(value))
    return value.length ? value.map((v) => show("", v)).join("; ") : "không có";
  if (typeof value === "object")
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== "")
      .map((v) => show("", v))
      .join(", ");
  return String(value);
}

/** The facts behind one result, as "Năm: 2025 · Xếp loại: …". */
export function dataLine(data: Record<string, unknown>): string {
  return (
    Object.entries(data)
      // "missing" only marks a result about absent data; its message already says what is absent.
      .filter(([k]) => k !== "id" && k !== "missing")
      .map(([k, v]) => `${dataLabels[k] ?? k}: ${show(k, v)}`)
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
              {dataLine(r.data)}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
