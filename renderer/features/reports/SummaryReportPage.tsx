import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconFileText } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import {
  summaryPeriodLabels,
  summaryPeriods,
  type SummaryFigures,
  type SummaryPeriod,
  type SummaryProse,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatMoney } from "../../lib/format";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";

const emptyProse: SummaryProse = {
  dacDiem: "",
  lanhDao: "",
  phongTrao: "",
  dienHinh: "",
  tonTai: "",
  nguyenNhan: "",
  phuongHuong: "",
};

/** The parts the officer writes, in the order of the report. */
const proseFields: { key: keyof SummaryProse; label: string; hint: string }[] = [
  {
    key: "dacDiem",
    label: "I. Đặc điểm tình hình",
    hint: "Thuận lợi, khó khăn của địa phương trong kỳ",
  },
  {
    key: "lanhDao",
    label: "II.1. Công tác lãnh đạo, chỉ đạo",
    hint: "Thêm vào trước số văn bản đã ban hành (đếm từ Sổ văn bản)",
  },
  {
    key: "phongTrao",
    label: "II.2. Các phong trào thi đua",
    hint: "Nhận định chung; danh sách phong trào và số liệu lấy từ dữ liệu",
  },
  {
    key: "dienHinh",
    label: "II.5. Xây dựng, nhân rộng điển hình tiên tiến",
    hint: "Các gương điển hình, mô hình hay",
  },
  { key: "tonTai", label: "III.1. Tồn tại, hạn chế", hint: "" },
  { key: "nguyenNhan", label: "III.2. Nguyên nhân", hint: "" },
  {
    key: "phuongHuong",
    label: "IV. Phương hướng, nhiệm vụ",
    hint: "Lấy sẵn từ kế hoạch kỳ sau nếu đã lập; sửa lại cho phù hợp",
  },
];

/** Báo cáo tổng kết, sơ kết: the figures from the data, the officer's prose, the document. */
export function SummaryReportPage() {
  const year = useWorkingYear();
  const [period, setPeriod] = useState<SummaryPeriod>("nam");
  const [generating, setGenerating] = useState(false);
  const summary = useApiQuery("reports.summary", { year: year ?? 0, period }, { enabled: !!year });
  const form = useForm<SummaryProse>({ mode: "controlled", initialValues: emptyProse });
  useUnsavedChangesGuard(form.isDirty());
  const save = useApiMutation("reports.saveProse", {
    success: "Đã lưu phần nhận định của báo cáo",
    onSuccess: () => form.resetDirty(),
  });
  useEffect(() => {
    if (!summary.data) return;
    form.setValues(summary.data.prose);
    form.resetDirty(summary.data.prose);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form object is stable
  }, [summary.data?.prose]);
  if (!year || !summary.data) return <Loader />;
  const f = summary.data.figures;
  return (
    <>
      <PageHeader
        title="Báo cáo tổng kết, sơ kết"
        description="Số liệu lấy từ dữ liệu của ứng dụng; các phần nhận định do cơ quan viết và được lưu theo năm. Văn bản tạo ra là bản dự thảo trong Sổ văn bản, tự cập nhật số liệu khi tạo lại."
        actions={
          <Button
            leftSection={<IconFileText size={16} />}
            disabled={form.isDirty()}
            onClick={() => setGenerating(true)}
          >
            Tạo văn bản Báo cáo
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        value={period}
        onChange={(v) => setPeriod(v as SummaryPeriod)}
        data={summaryPeriods.map((p) => ({ value: p, label: `${summaryPeriodLabels[p]} ${year}` }))}
        aria-label="Kỳ báo cáo"
      />
      <Stack>
        <FiguresCard f={f} />
        <Card withBorder>
          <form onSubmit={form.onSubmit((prose) => save.mutate({ year, period, prose }))}>
            <Stack>
              <Title order={4}>Phần nhận định (cơ quan viết)</Title>
              {proseFields.map((p) => (
                <Textarea
                  key={p.key}
                  label={p.label}
                  description={p.hint || undefined}
                  autosize
                  minRows={2}
                  maxRows={12}
                  {...form.getInputProps(p.key)}
                />
              ))}
              <Group justify="flex-end">
                {form.isDirty() && (
                  <Text size="sm" c="orange.8">
                    Có thay đổi chưa lưu; lưu trước khi tạo văn bản.
                  </Text>
                )}
                <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                  Lưu phần nhận định
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
      {generating && (
        <GenerateModal year={year} period={period} onClose={() => setGenerating(false)} />
      )}
    </>
  );
}

function FiguresCard({ f }: { f: SummaryFigures }) {
  const t = f.awardTotals;
  const stat = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Số liệu từ dữ liệu ({formatDate(f.from)} – {formatDate(f.to)})
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        {stat(
          "Văn bản đã ban hành",
          f.documents.length ? f.documents.map((d) => `${d.n} ${d.label}`).join(", ") : "Chưa có",
        )}
        {stat("Phong trào thi đua", String(f.movements.length))}
        {stat("Khen thưởng", `${t.tapThe} tập thể, ${t.caNhan} cá nhân, ${t.hoGiaDinh} hộ`)}
        {stat("Tiền thưởng", `${formatMoney(f.money)} (${f.decisions} quyết định)`)}
        {stat("Đề nghị cấp trên", `${f.forwarded} (đã có quyết định: ${f.forwardedAwarded})`)}
        {stat("Cụm, khối thi đua", `${f.clusters} cụm, khối; ${f.scoreTables.length} bảng điểm`)}
        {stat("Sáng kiến, đề tài", String(f.initiatives.reduce((a, i) => a + i.n, 0)))}
      </SimpleGrid>
      {f.awards.length > 0 ? (
        <Table withTableBorder striped aria-label="Khen thưởng theo hình thức">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Hình thức khen thưởng</Table.Th>
              <Table.Th ta="right">Tập thể</Table.Th>
              <Table.Th ta="right">Cá nhân</Table.Th>
              <Table.Th ta="right">Hộ gia đình</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f.awards.map((a) => (
              <Table.Tr key={a.awardName}>
                <Table.Td>{a.awardName}</Table.Td>
                <Table.Td ta="right">{a.tapThe}</Table.Td>
                <Table.Td ta="right">{a.caNhan}</Table.Td>
                <Table.Td ta="right">{a.hoGiaDinh}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Alert color="gray">
          Chưa có khen thưởng nào trong kỳ này trong Sổ khen thưởng (ghi từ quyết định, nhập tay
          hoặc nhập Excel).
        </Alert>
      )}
    </Card>
  );
}

function GenerateModal({
  year,
  period,
  onClose,
}: {
  year: number;
  period: SummaryPeriod;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  // The office reports its own work: its head signs unless the officer picks another.
  const fields = useDocumentFields({
    noiNhan: ["Như trên", "Thường trực Hội đồng Thi đua - Khen thưởng", "Lưu: VT"],
    prefer: "office",
  });
  const [kinhGui, setKinhGui] = useState("");
  const generate = useApiMutation("reports.generate", {
    success: "Đã tạo bản dự thảo Báo cáo trong sổ văn bản",
    onSuccess: () => navigate("/van-ban/so"),
  });
  return (
    <DocumentFieldsModal
      title={`${summaryPeriodLabels[period]} ${year}`}
      state={fields}
      withNoiNhan
      afterDate={
        <TextInput
          label="Kính gửi"
          description="Để trống nếu báo cáo không có Kính gửi"
          value={kinhGui}
          onChange={(e) => setKinhGui(e.currentTarget.value)}
        />
      }
      submitLabel="Tạo bản dự thảo"
      saving={generate.isPending}
      onClose={onClose}
      onSubmit={(v) => generate.mutate({ year, period, kinhGui, ...v })}
    />
  );
}
