import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  NavLink,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import {
  IconAlertTriangle,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconFileWord,
  IconFiles,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { signerLabel, type FormResult, type FormVersion } from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatMoney } from "../../lib/format";

const covers = (v: FormVersion, year: number) =>
  v.validFrom <= `${year}-12-31` && (v.validTo === null || v.validTo >= `${year}-01-01`);

function cellText(v: number | null, format: FormResult["formats"][number]) {
  if (v === null) return "";
  if (format === "amount") return formatMoney(v);
  if (format === "percent") return String(v).replace(".", ",");
  return v.toLocaleString("vi-VN");
}

/** The form's grid as printed: merged header groups, A/B/C stubs, numbered columns. */
function FormGrid({ r }: { r: FormResult }) {
  const stubs = r.numbers.filter((n) => /^[ABC]$/.test(n)).length;
  return (
    <ScrollArea>
      <Table withTableBorder withColumnBorders fz="xs" aria-label={`Biểu ${r.form.code}`}>
        <Table.Thead>
          {r.header.map((cells, i) => (
            <Table.Tr key={i}>
              {cells.map((c) => (
                <Table.Th
                  key={c.col}
                  colSpan={c.colSpan}
                  rowSpan={c.rowSpan}
                  ta="center"
                  miw={c.col === 0 ? 260 : undefined}
                >
                  {c.text}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            {r.numbers.map((n, i) => (
              <Table.Th key={i} ta="center" fs="italic" fw={400}>
                {n}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.rows.map((row, i) => {
            const bold = row.style === "total" || row.style === "section" ? 700 : 400;
            return (
              <Table.Tr key={i}>
                <Table.Td fw={bold} fs={row.style === "sub" ? "italic" : undefined}>
                  {row.label}
                </Table.Td>
                {stubs > 1 && <Table.Td ta="center">{row.code}</Table.Td>}
                {stubs > 2 && <Table.Td ta="center">{row.unit}</Table.Td>}
                {row.values.map((v, j) => (
                  <Table.Td key={j} ta="right" fw={bold}>
                    {cellText(v, r.formats[j]!)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

interface PrintInput {
  preparer: string;
  signerId: string | null;
  receiver: string;
}

function FormPanel({ formId, year, print }: { formId: string; year: number; print: PrintInput }) {
  const result = useApiQuery("statistics.form", { formId, year });
  const exportForm = useApiMutation("statistics.exportForm", {
    onSuccess: (f) => {
      notifySuccess(f.message);
      void offerDownload(f.path, "open", f.fileName).catch(notifyError);
    },
  });
  const r = result.data;
  if (result.error)
    return (
      <Alert color="red" icon={<IconAlertTriangle />}>
        {result.error.message}
      </Alert>
    );
  if (!r) return null;
  const button = (format: "xlsx" | "docx" | "pdf", label: string, icon: React.ReactNode) => (
    <Button
      variant="light"
      leftSection={icon}
      disabled={r.missing !== null}
      loading={exportForm.isPending && exportForm.variables?.format === format}
      onClick={() => exportForm.mutate({ formId, year, format, ...print })}
    >
      {label}
    </Button>
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {r.form.group === "statutory" ? `Biểu số ${r.form.code}` : r.form.code} · theo{" "}
            {r.form.legalBasis} · áp dụng từ {formatDate(r.form.validFrom)}
            {r.form.validTo ? ` đến ${formatDate(r.form.validTo)}` : ""}
          </Text>
          <Title order={3}>{r.form.title}</Title>
          <Text size="sm">Năm {year}</Text>
        </div>
        <Group gap="xs">
          {button("xlsx", "Excel", <IconFileSpreadsheet size={16} />)}
          {button("docx", "Word", <IconFileWord size={16} />)}
          {button("pdf", "PDF", <IconFileTypePdf size={16} />)}
        </Group>
      </Group>
      {r.missing ? (
        <Alert color="orange" icon={<IconAlertTriangle />} title="Chưa có số liệu để in biểu này">
          <Text size="sm">{r.missing.message}</Text>
          <Text size="sm">
            {r.missing.where}{" "}
            <Anchor component={Link} to={r.missing.route}>
              Mở nơi nhập
            </Anchor>
          </Text>
        </Alert>
      ) : (
        <FormGrid r={r} />
      )}
      {r.unclassifiedTotal > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle />}
          title={`${r.unclassifiedTotal} bản ghi chưa phân loại`}
        >
          <Text size="sm" mb="xs">
            Các bản ghi này được đếm ở dòng, cột “Chưa phân loại” (bản ghi chưa rõ nhóm thống kê của
            hình thức thì chưa được đếm). Bấm vào từng bản ghi để phân loại.
          </Text>
          <List size="sm" spacing={2}>
            {r.unclassified.map((u, i) => (
              <List.Item key={i}>
                <Anchor component={Link} to={u.route}>
                  {u.label}
                </Anchor>{" "}
                — thiếu {u.missing.join(", ")}
              </List.Item>
            ))}
          </List>
          {r.unclassifiedTotal > r.unclassified.length && (
            <Text size="sm" mt="xs">
              … và {r.unclassifiedTotal - r.unclassified.length} bản ghi khác.
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** Biểu thống kê: the statistical forms and the summary forms of a year, from the data. */
export function FormsPage() {
  const workingYear = useWorkingYear();
  const [picked, setPicked] = useState<string | null>(null);
  const [preparer, setPreparer] = useLocalStorage({
    key: "bieu-thong-ke.nguoi-lap",
    defaultValue: "",
  });
  const [receiver, setReceiver] = useLocalStorage({
    key: "bieu-thong-ke.noi-nhan",
    defaultValue: "",
  });
  const [signerId, setSignerId] = useState<string | null>(null);
  const year = workingYear ?? 0;
  const forms = useApiQuery("statistics.forms", { year }, { enabled: year > 0 });
  const signers = useApiQuery("settings.listSigners", {});
  const exportAll = useApiMutation("statistics.exportAll", {
    onSuccess: (f) => {
      notifySuccess(f.message);
      void offerDownload(f.path, "open", f.fileName).catch(notifyError);
    },
  });
  if (!year) return null;
  const inForce = (forms.data ?? []).filter((f) => covers(f, year));
  const current = picked ?? inForce[0]?.id ?? null;
  const print = { preparer, receiver, signerId };
  const group = (g: FormVersion["group"], label: string) => (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm" mb={4}>
        {label}
      </Text>
      {inForce
        .filter((f) => f.group === g)
        .map((f) => (
          <NavLink
            component="button"
            key={f.id}
            active={f.id === current}
            onClick={() => setPicked(f.id)}
            label={f.code}
            description={f.title}
            rightSection={f.builtIn ? null : <Badge size="xs">Bổ sung</Badge>}
          />
        ))}
    </>
  );
  return (
    <>
      <PageHeader
        title="Biểu thống kê"
        description="Các biểu báo cáo thống kê thi đua, khen thưởng và các mẫu tổng hợp, đếm từ dữ liệu của năm làm việc. Xuất Excel đúng mẫu in, Word hoặc PDF để ký."
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <TextInput
            label="Người lập biểu"
            value={preparer}
            onChange={(e) => setPreparer(e.currentTarget.value)}
          />
          <Select
            label="Thủ trưởng ký"
            placeholder="Người ký mặc định"
            clearable
            data={(signers.data ?? []).map((s) => ({ value: s.id, label: signerLabel(s) }))}
            value={signerId}
            onChange={setSignerId}
          />
          <TextInput
            label="Đơn vị nhận báo cáo"
            placeholder="Theo cấp trên đã khai ở Trao đổi dữ liệu"
            value={receiver}
            onChange={(e) => setReceiver(e.currentTarget.value)}
          />
          <Button
            mt={24}
            leftSection={<IconFiles size={16} />}
            loading={exportAll.isPending}
            onClick={() => exportAll.mutate({ year, ...print })}
          >
            Xuất tất cả biểu (Excel)
          </Button>
        </SimpleGrid>
      </Card>
      <Group align="flex-start" wrap="nowrap">
        <Card withBorder w={300} p="xs" style={{ flexShrink: 0 }}>
          {group("statutory", "Biểu thống kê")}
          {group("summary", "Mẫu tổng hợp")}
          <Anchor component={Link} to="/cai-dat/thong-ke" size="sm" mt="sm" display="block">
            Danh sách tổ chức, công chức, quỹ và phiên bản biểu
          </Anchor>
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>
          {current && (
            <FormPanel key={`${current}-${year}`} formId={current} year={year} print={print} />
          )}
        </div>
      </Group>
    </>
  );
}
