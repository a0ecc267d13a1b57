import { BarChart } from "@mantine/charts";
import {
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconFileSpreadsheet, IconPhoto } from "@tabler/icons-react";
import { useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import {
  statisticsCharts,
  type StatisticsChart,
  type StatisticsFilterInput,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { chartAsPng, saveBlob } from "../../lib/chart-image";
import { formatMoney } from "../../lib/format";
import { kindOptions, useAwardOptions } from "../awards/options";
import { useUnits } from "../directory/shared";

/** Thống kê: the registry, the money and the nominations as charts, each exportable. */
export function StatisticsPage() {
  const workingYear = useWorkingYear();
  const [filter, setFilter] = useState<Partial<StatisticsFilterInput>>({});
  const toYear = filter.toYear ?? workingYear ?? 0;
  const input: StatisticsFilterInput = {
    fromYear: filter.fromYear ?? toYear - 4,
    toYear,
    recipientKind: filter.recipientKind ?? null,
    awardCode: filter.awardCode ?? null,
    unitId: filter.unitId ?? null,
    movementId: filter.movementId ?? null,
  };
  const valid = toYear > 0 && input.toYear >= input.fromYear;
  const stats = useApiQuery("reports.statistics", input, { enabled: valid });
  const awards = useAwardOptions();
  const units = useUnits();
  // The movements of the last year shown (a movement is listed under the year it starts).
  const movements = useApiQuery("movements.list", { year: toYear }, { enabled: toYear > 0 });
  const set = (v: Partial<StatisticsFilterInput>) => setFilter((f) => ({ ...f, ...v }));
  const s = stats.data;
  return (
    <>
      <PageHeader
        title="Thống kê"
        description="Khen thưởng theo năm và theo đơn vị, tiền thưởng, các bước của đề nghị khen thưởng. Mỗi biểu đồ xuất được số liệu ra Excel và ảnh PNG để dán vào báo cáo."
      />
      <Group mb="md" align="flex-end">
        <NumberInput
          label="Từ năm"
          w={110}
          value={input.fromYear}
          onChange={(v) => typeof v === "number" && set({ fromYear: v })}
        />
        <NumberInput
          label="Đến năm"
          w={110}
          value={input.toYear}
          error={valid ? undefined : "Phải từ năm đầu trở đi"}
          onChange={(v) => typeof v === "number" && set({ toYear: v })}
        />
        <Select
          label="Đối tượng"
          w={160}
          clearable
          placeholder="Tất cả"
          data={kindOptions}
          value={input.recipientKind}
          onChange={(v) =>
            set({ recipientKind: (v as StatisticsFilterInput["recipientKind"]) ?? null })
          }
        />
        <Select
          label="Hình thức"
          w={260}
          clearable
          searchable
          placeholder="Tất cả"
          data={awards.options}
          value={input.awardCode}
          onChange={(v) => set({ awardCode: v })}
        />
        <Select
          label="Đơn vị (kể cả đơn vị trực thuộc)"
          w={300}
          clearable
          searchable
          placeholder="Tất cả"
          data={units.options}
          value={input.unitId}
          onChange={(v) => set({ unitId: v })}
        />
        <Select
          label="Phong trào"
          w={280}
          clearable
          searchable
          placeholder="Tất cả"
          nothingFoundMessage={`Năm ${toYear} chưa có phong trào`}
          data={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={input.movementId}
          onChange={(v) => set({ movementId: v })}
        />
      </Group>
      {s && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ChartCard chart="theo_nam" input={input}>
            <BarChart
              h={260}
              data={s.perYear}
              dataKey="year"
              type="stacked"
              withLegend
              series={[
                { name: "caNhan", label: "Cá nhân", color: "blue.6" },
                { name: "tapThe", label: "Tập thể", color: "red.6" },
                { name: "hoGiaDinh", label: "Hộ gia đình", color: "teal.6" },
              ]}
            />
          </ChartCard>
          <ChartCard chart="theo_don_vi" input={input}>
            {s.perUnit.length ? (
              <BarChart
                h={Math.max(200, s.perUnit.length * 26)}
                data={s.perUnit}
                dataKey="unitName"
                orientation="vertical"
                yAxisProps={{ width: 190 }}
                series={[{ name: "n", label: "Lượt khen thưởng", color: "red.6" }]}
              />
            ) : (
              <Text c="dimmed">Không có khen thưởng nào theo bộ lọc này.</Text>
            )}
          </ChartCard>
          <ChartCard
            chart="tien_thuong"
            input={input}
            note={
              s.money.every((m) => m.received === 0) && (
                <>
                  Chưa có khoản thu nào vào quỹ trong những năm này; các khoản thu được nhập ở{" "}
                  <Anchor component={Link} to="/cai-dat/thong-ke" size="xs">
                    Cài đặt → Số liệu thống kê → Quỹ thi đua, khen thưởng
                  </Anchor>
                  .
                </>
              )
            }
          >
            {s.money.every((m) => m.money === 0 && m.received === 0) ? (
              <Text c="dimmed">
                Chưa có quyết định khen thưởng nào ban hành trong ứng dụng trong những năm này.
              </Text>
            ) : (
              <BarChart
                h={260}
                data={s.money}
                dataKey="year"
                withLegend
                valueFormatter={(v) => formatMoney(v)}
                yAxisProps={{ width: 110 }}
                series={[
                  { name: "money", label: "Tiền thưởng đã chi", color: "orange.6" },
                  { name: "received", label: "Thu vào quỹ", color: "teal.6" },
                ]}
              />
            )}
          </ChartCard>
          <ChartCard chart="de_nghi" input={input} note={`Năm ${input.toYear}`}>
            {s.funnel.every((f) => f.n === 0) ? (
              <Text c="dimmed">Chưa có hồ sơ đề nghị khen thưởng nào của năm {input.toYear}.</Text>
            ) : (
              <BarChart
                h={260}
                data={s.funnel}
                dataKey="stage"
                series={[{ name: "n", label: "Số đề nghị", color: "grape.6" }]}
              />
            )}
          </ChartCard>
          <ChartCard
            chart="dang_ky"
            input={input}
            note={`Năm ${input.toYear}, 20 đơn vị đăng ký nhiều nhất`}
          >
            {s.registered.length ? (
              <BarChart
                h={Math.max(200, s.registered.length * 30)}
                data={s.registered}
                dataKey="unitName"
                orientation="vertical"
                withLegend
                yAxisProps={{ width: 190 }}
                series={[
                  { name: "registered", label: "Đăng ký", color: "blue.4" },
                  { name: "achieved", label: "Đạt được", color: "teal.6" },
                ]}
              />
            ) : (
              <Text c="dimmed">Chưa có đơn vị nào đăng ký thi đua năm {input.toYear}.</Text>
            )}
          </ChartCard>
          <ChartCard chart="xep_hang" input={input} image={false}>
            {s.rankings.length ? (
              <Table withTableBorder striped aria-label="Xếp hạng cụm, khối">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Năm</Table.Th>
                    <Table.Th>Bảng điểm</Table.Th>
                    <Table.Th>Hạng Nhất</Table.Th>
                    <Table.Th>Hạng Nhì</Table.Th>
                    <Table.Th>Hạng Ba</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.rankings.map((r, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{r.year}</Table.Td>
                      <Table.Td>{r.table}</Table.Td>
                      <Table.Td>{r.first || "—"}</Table.Td>
                      <Table.Td>{r.second || "—"}</Table.Td>
                      <Table.Td>{r.third || "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text c="dimmed">Chưa có bảng điểm cụm, khối nào trong những năm này.</Text>
            )}
          </ChartCard>
        </SimpleGrid>
      )}
    </>
  );
}

function ChartCard({
  chart,
  input,
  note,
  image = true,
  children,
}: {
  chart: StatisticsChart;
  input: StatisticsFilterInput;
  /** A line under the title (outside the chart's image). */
  note?: ReactNode;
  /** A chart to save as PNG (a table has none). */
  image?: boolean;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const exportXlsx = useApiMutation("reports.exportStatistics", {
    onSuccess: (f) => void offerDownload(f.path, "reveal", f.fileName).catch(notifyError),
  });
  const title = statisticsCharts[chart];
  return (
    <Card withBorder aria-label={title} role="region">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={note ? 0 : "xs"}>
        <Title order={4}>{title}</Title>
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconFileSpreadsheet size={14} />}
            loading={exportXlsx.isPending}
            onClick={() => exportXlsx.mutate({ ...input, chart })}
          >
            Excel
          </Button>
          {image && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPhoto size={14} />}
              onClick={() =>
                void chartAsPng(box.current!)
                  .then((png) =>
                    saveBlob(png, `Thong-ke-${chart}-${input.fromYear}-${input.toYear}.png`),
                  )
                  .catch(notifyError)
              }
            >
              Ảnh PNG
            </Button>
          )}
        </Group>
      </Group>
      {note && (
        <Text size="xs" c="dimmed" mb="xs">
          {note}
        </Text>
      )}
      <div ref={box}>{children}</div>
    </Card>
  );
}
