import { Badge, Card, Table, Text, Title } from "@mantine/core";
import {
  formatPercent,
  disciplineMeasures,
  initiativeLevels,
  ratingLabels,
  type RatingValue,
} from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { formatDate } from "../../lib/format";
import { useAwardOptions } from "./options";

const str = (v: unknown, d: string) => (typeof v === "string" && v ? v : d);
const num = (v: unknown, d: number) => (typeof v === "number" ? v : d);
const pct = (x: number) => formatPercent(x, 1, 1);

/** One rule of the catalogue in the officer's words, with its numbers. */
export function describeRule(
  ruleCode: string,
  p: Record<string, unknown>,
  awardName: (code: string) => string,
): string {
  const rating = (d: RatingValue) =>
    (ratingLabels[str(p.minRating, d) as RatingValue] ?? d).toLowerCase();
  const measure = (d: keyof typeof disciplineMeasures) =>
    (
      disciplineMeasures[str(p.minMeasure, d) as keyof typeof disciplineMeasures] ?? d
    ).toLowerCase();
  const award = (d: string) => `“${awardName(str(p.award, d))}”`;
  switch (ruleCode) {
    case "rating_min":
      return `Xếp loại năm đề nghị từ “${rating("ht_tot")}” trở lên`;
    case "title_same_year":
      return `Cùng năm đạt ${award("LDTT")}`;
    case "excellence_one_of":
      return `Xếp loại “${rating("htxs")}”, hoặc có sáng kiến, đề tài được công nhận trong năm`;
    case "consecutive_titles":
      return `${num(p.count, 3)} năm liên tục đạt ${award("CSTDCS")}`;
    case "consecutive_ratings":
      return `${num(p.years, 4)} năm liên tục từ “${rating("ht_tot")}” trở lên, trong đó ít nhất ${num(p.minExcellent, 0)} năm hoàn thành xuất sắc`;
    case "initiative_level":
      return `Có sáng kiến, đề tài từ ${(initiativeLevels[str(p.minLevel, "tinh") as keyof typeof initiativeLevels] ?? "").toLowerCase()} trở lên trong ${num(p.years, 3)} năm gần nhất`;
    case "no_discipline_in_year":
      return `Không bị kỷ luật từ hình thức ${measure("khien_trach")} trở lên trong năm`;
    case "members_title_share":
      return `Ít nhất ${pct(num(p.minShare, 0.7))} thành viên đạt ${award("LDTT")}`;
    case "members_title_count":
      return `Ít nhất ${num(p.min, 1)} thành viên đạt ${award("CSTDCS")}`;
    case "members_rating_all":
      return `Mọi thành viên xếp loại từ “${rating("ht")}” trở lên`;
    case "members_no_discipline":
      return `Không thành viên nào bị kỷ luật từ hình thức ${measure("canh_cao")} trở lên`;
    case "cap_share":
      return `Số đề nghị không quá ${pct(num(p.maxShare, 0.15))} số ${award("LDTT")}`;
    default:
      return ruleCode;
  }
}

/**
 * The eligibility conditions the app checks on each nomination, by award and period. Always
 * checked besides these: duplicates, pending discipline, recipient kind and the movement's quotas.
 */
export function RulesCard() {
  const rules = useApiQuery("awards.listRules", {});
  const awards = useAwardOptions();
  const name = (code: string) => awards.all.find((a) => a.code === code)?.name ?? code;
  return (
    <Card withBorder mt="lg">
      <Title order={4}>Điều kiện kiểm tra tự động</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Ứng dụng kiểm tra các điều kiện này trên từng đề nghị khen thưởng theo giai đoạn hiệu lực;
        ngoài ra luôn kiểm tra đề nghị trùng, kỷ luật đang thi hành, đúng loại đối tượng và chỉ tiêu
        của phong trào. “Cảnh báo” cho phép cán bộ vẫn đề nghị kèm lý do.
      </Text>
      <Table striped verticalSpacing={4} aria-label="Điều kiện kiểm tra tự động">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Danh hiệu, hình thức</Table.Th>
            <Table.Th>Điều kiện</Table.Th>
            <Table.Th w={140}>Mức</Table.Th>
            <Table.Th w={190}>Hiệu lực</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rules.data ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{name(r.awardCode)}</Table.Td>
              <Table.Td>
                <Text size="sm">{describeRule(r.ruleCode, r.params, name)}</Text>
                {r.note && (
                  <Text size="xs" c="dimmed">
                    {r.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.level === "blocking" ? "red" : "yellow"}>
                  {r.level === "blocking" ? "Không đạt" : "Cảnh báo"}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : "nay"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
