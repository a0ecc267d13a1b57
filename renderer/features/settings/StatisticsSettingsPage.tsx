import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { IconCopy, IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import {
  formVersionInput,
  fundReceiptInput,
  tdktBodyInput,
  tdktStaffInput,
  type FormVersion,
} from "../../../electron/contract";
import {
  genderLabels,
  tdktBodyLevelLabels,
  trainingLevelLabels,
} from "../../../electron/contract/vocabulary";
import type { z } from "zod";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { formatDate, formatMoney } from "../../lib/format";
import { toOptions } from "./labels";

type Body = z.input<typeof tdktBodyInput>;
type Staff = z.input<typeof tdktStaffInput>;
type Receipt = z.input<typeof fundReceiptInput>;
type Version = z.input<typeof formVersionInput>;

/** A year field that keeps null for "blank" (a number input gives "" when cleared). */
const yearProps = (p: { value?: unknown; onChange: (v: unknown) => void; error?: ReactNode }) => ({
  ...p,
  value: (p.value as number | null) ?? "",
  onChange: (v: string | number) => p.onChange(v === "" ? null : Number(v)),
});

function ListTable({
  heads,
  rows,
  empty,
}: {
  heads: string[];
  rows: ReactNode[][];
  empty: string;
}) {
  return rows.length ? (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {heads.map((h) => (
            <Table.Th key={h}>{h}</Table.Th>
          ))}
          <Table.Th w={100} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((cells, i) => (
          <Table.Tr key={i}>
            {cells.map((c, j) => (
              <Table.Td key={j}>{c}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  ) : (
    <Text c="dimmed" py="md">
      {empty}
    </Text>
  );
}

function BodiesTab() {
  const list = useApiQuery("statistics.bodies", {});
  const remove = useApiMutation("statistics.deleteBody", { success: "Đã xóa" });
  const [editing, setEditing] = useState<(Body & { id: string }) | "new" | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          Các tổ chức làm công tác thi đua, khen thưởng (biểu 0604): mỗi tổ chức tính cho các năm nó
          tồn tại.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
          Thêm tổ chức
        </Button>
      </Group>
      <ListTable
        heads={["Tên tổ chức", "Cơ cấu", "Từ năm", "Đến năm"]}
        empty="Chưa có tổ chức nào."
        rows={(list.data ?? []).map((b) => [
          b.name,
          tdktBodyLevelLabels[b.level],
          b.fromYear,
          b.toYear ?? "nay",
          <RowActions
            key="a"
            label={b.name}
            onEdit={() => setEditing(b)}
            confirmDelete={{ title: "Xóa tổ chức?", message: `Xóa “${b.name}” khỏi danh sách.` }}
            onDelete={() => remove.mutate({ id: b.id })}
          />,
        ])}
      />
      {editing && (
        <RecordFormModal<Body>
          channel="statistics.saveBody"
          record={editing}
          blank={{
            name: "",
            level: "phong_so_noi_vu",
            fromYear: new Date().getFullYear(),
            toYear: null,
            note: "",
          }}
          schema={tdktBodyInput}
          titles={{ create: "Thêm tổ chức làm công tác TĐKT", edit: "Sửa tổ chức" }}
          success="Đã lưu tổ chức"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput
                label="Tên tổ chức"
                withAsterisk
                data-autofocus
                {...form.getInputProps("name")}
              />
              <Select
                label="Cơ cấu tổ chức bộ máy"
                withAsterisk
                allowDeselect={false}
                data={toOptions(tdktBodyLevelLabels)}
                {...form.getInputProps("level")}
              />
              <SimpleGrid cols={2}>
                <NumberInput
                  label="Từ năm"
                  withAsterisk
                  {...yearProps(form.getInputProps("fromYear"))}
                />
                <NumberInput
                  label="Đến năm"
                  description="Để trống nếu còn hoạt động"
                  {...yearProps(form.getInputProps("toYear"))}
                />
              </SimpleGrid>
              <TextInput label="Ghi chú" {...form.getInputProps("note")} />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}

function StaffTab() {
  const list = useApiQuery("statistics.staff", {});
  const remove = useApiMutation("statistics.deleteStaff", { success: "Đã xóa" });
  const [editing, setEditing] = useState<(Staff & { id: string }) | "new" | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          Công chức làm công tác thi đua, khen thưởng (biểu 0605): tuổi và thâm niên tính theo năm
          báo cáo.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
          Thêm công chức
        </Button>
      </Group>
      <ListTable
        heads={[
          "Họ và tên",
          "Giới tính",
          "Năm sinh",
          "Trình độ đào tạo",
          "Làm TĐKT từ năm",
          "Đến năm",
        ]}
        empty="Chưa có công chức nào."
        rows={(list.data ?? []).map((s) => [
          s.fullName,
          genderLabels[s.gender],
          s.birthYear,
          trainingLevelLabels[s.training],
          s.sinceYear,
          s.untilYear ?? "nay",
          <RowActions
            key="a"
            label={s.fullName}
            onEdit={() => setEditing(s)}
            confirmDelete={{
              title: "Xóa công chức?",
              message: `Xóa “${s.fullName}” khỏi danh sách.`,
            }}
            onDelete={() => remove.mutate({ id: s.id })}
          />,
        ])}
      />
      {editing && (
        <RecordFormModal<Staff>
          channel="statistics.saveStaff"
          record={editing}
          blank={{
            fullName: "",
            gender: "nu",
            birthYear: 1990,
            training: "dai_hoc",
            sinceYear: new Date().getFullYear(),
            untilYear: null,
            note: "",
          }}
          schema={tdktStaffInput}
          titles={{ create: "Thêm công chức làm công tác TĐKT", edit: "Sửa công chức" }}
          success="Đã lưu công chức"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput
                label="Họ và tên"
                withAsterisk
                data-autofocus
                {...form.getInputProps("fullName")}
              />
              <SimpleGrid cols={3}>
                <Select
                  label="Giới tính"
                  allowDeselect={false}
                  data={toOptions(genderLabels)}
                  {...form.getInputProps("gender")}
                />
                <NumberInput
                  label="Năm sinh"
                  withAsterisk
                  {...yearProps(form.getInputProps("birthYear"))}
                />
                <Select
                  label="Trình độ đào tạo"
                  allowDeselect={false}
                  data={toOptions(trainingLevelLabels)}
                  {...form.getInputProps("training")}
                />
                <NumberInput
                  label="Làm công tác TĐKT từ năm"
                  withAsterisk
                  {...yearProps(form.getInputProps("sinceYear"))}
                />
                <NumberInput
                  label="Đến năm"
                  description="Để trống nếu đang làm"
                  {...yearProps(form.getInputProps("untilYear"))}
                />
              </SimpleGrid>
              <TextInput label="Ghi chú" {...form.getInputProps("note")} />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}

function FundTab() {
  const year = useWorkingYear() ?? new Date().getFullYear();
  const list = useApiQuery("statistics.fundReceipts", { year });
  const remove = useApiMutation("statistics.deleteFundReceipt", { success: "Đã xóa" });
  const [editing, setEditing] = useState<(Receipt & { id: string }) | "new" | null>(null);
  const funds = [...new Set((list.data ?? []).map((r) => r.fund))];
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          Các khoản thu vào quỹ thi đua, khen thưởng năm {year}. Khoản chi lấy từ các quyết định
          khen thưởng đã ban hành.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
          Thêm khoản thu
        </Button>
      </Group>
      <ListTable
        heads={["Quỹ", "Nguồn thu", "Số tiền (đồng)", "Ngày", "Ghi chú"]}
        empty={`Chưa có khoản thu nào năm ${year}.`}
        rows={(list.data ?? []).map((r) => [
          r.fund,
          r.item,
          formatMoney(r.amount),
          r.receivedOn ? formatDate(r.receivedOn) : "",
          r.note,
          <RowActions
            key="a"
            label={`${r.item} ${formatMoney(r.amount)}`}
            onEdit={() => setEditing(r)}
            confirmDelete={{
              title: "Xóa khoản thu?",
              message: `Xóa khoản “${r.item}” ${formatMoney(r.amount)} đồng.`,
            }}
            onDelete={() => remove.mutate({ id: r.id })}
          />,
        ])}
      />
      {editing && (
        <RecordFormModal<Receipt>
          channel="statistics.saveFundReceipt"
          record={editing}
          blank={{
            year,
            fund: funds[0] ?? "",
            item: "Ngân sách cấp",
            amount: 0,
            receivedOn: null,
            note: "",
          }}
          schema={fundReceiptInput}
          titles={{ create: "Thêm khoản thu vào quỹ", edit: "Sửa khoản thu" }}
          success="Đã lưu khoản thu"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput
                label="Tên quỹ"
                withAsterisk
                data-autofocus
                placeholder="Quỹ thi đua, khen thưởng huyện …"
                {...form.getInputProps("fund")}
              />
              <TextInput label="Nguồn thu" withAsterisk {...form.getInputProps("item")} />
              <SimpleGrid cols={3}>
                <NumberInput label="Năm" withAsterisk {...yearProps(form.getInputProps("year"))} />
                <NumberInput
                  label="Số tiền (đồng)"
                  withAsterisk
                  thousandSeparator="."
                  decimalSeparator=","
                  {...form.getInputProps("amount")}
                />
                <DateField label="Ngày thu" clearable {...form.getInputProps("receivedOn")} />
              </SimpleGrid>
              <TextInput label="Ghi chú" {...form.getInputProps("note")} />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}

function VersionsTab() {
  const year = useWorkingYear() ?? new Date().getFullYear();
  const list = useApiQuery("statistics.forms", { year });
  const remove = useApiMutation("statistics.deleteForm", { success: "Đã xóa phiên bản" });
  const [editing, setEditing] = useState<(Version & { id: string }) | "new" | null>(null);
  const [copyOf, setCopyOf] = useState<FormVersion | null>(null);
  const copy = (f: FormVersion) => {
    setCopyOf(f);
    setEditing("new");
  };
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Mỗi biểu gắn với văn bản quy định và thời gian áp dụng. Khi thông tư mới thay đổi biểu, hãy
        sao chép phiên bản đang dùng, ghi căn cứ và ngày áp dụng mới rồi sửa bố cục (JSON).
      </Text>
      <ListTable
        heads={["Biểu", "Tên biểu", "Căn cứ", "Áp dụng"]}
        empty="Chưa có biểu nào."
        rows={(list.data ?? []).map((f) => [
          f.code,
          f.title,
          f.legalBasis,
          `${formatDate(f.validFrom)} – ${f.validTo ? formatDate(f.validTo) : "nay"}`,
          <Group key="a" gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconCopy size={14} />}
              onClick={() => copy(f)}
            >
              Sao chép
            </Button>
            {!f.builtIn && (
              <RowActions
                label={`${f.code} ${f.legalBasis}`}
                onEdit={() => setEditing(f)}
                confirmDelete={{
                  title: "Xóa phiên bản biểu?",
                  message: `Xóa phiên bản ${f.code} theo ${f.legalBasis}.`,
                }}
                onDelete={() => remove.mutate({ id: f.id })}
              />
            )}
          </Group>,
        ])}
      />
      {editing && (
        <RecordFormModal<Version>
          channel="statistics.saveForm"
          record={editing}
          blank={{
            code: copyOf?.code ?? "",
            title: copyOf?.title ?? "",
            legalBasis: "",
            validFrom: `${year}-01-01`,
            validTo: null,
            layout: copyOf ? JSON.stringify(JSON.parse(copyOf.layout), null, 2) : "",
          }}
          schema={formVersionInput}
          titles={{ create: "Thêm phiên bản biểu", edit: "Sửa phiên bản biểu" }}
          success="Đã lưu phiên bản biểu"
          size="xl"
          onClose={() => {
            setEditing(null);
            setCopyOf(null);
          }}
        >
          {(form) => (
            <>
              <SimpleGrid cols={2}>
                <TextInput label="Số hiệu biểu" withAsterisk {...form.getInputProps("code")} />
                <TextInput label="Tên biểu" withAsterisk {...form.getInputProps("title")} />
              </SimpleGrid>
              <TextInput
                label="Căn cứ ban hành"
                withAsterisk
                placeholder="Thông tư số …/2025/TT-BNV ngày … của Bộ Nội vụ"
                {...form.getInputProps("legalBasis")}
              />
              <SimpleGrid cols={2}>
                <DateField label="Áp dụng từ" withAsterisk {...form.getInputProps("validFrom")} />
                <DateField label="Đến hết ngày" clearable {...form.getInputProps("validTo")} />
              </SimpleGrid>
              <Textarea
                label="Bố cục (JSON)"
                autosize
                minRows={8}
                maxRows={20}
                styles={{ input: { fontFamily: "monospace", fontSize: 12 } }}
                {...form.getInputProps("layout")}
              />
            </>
          )}
        </RecordFormModal>
      )}
    </>
  );
}

/** Settings → Biểu thống kê: the registers the forms 0604/0605 and the fund report read. */
export function StatisticsSettingsPage() {
  return (
    <>
      <PageHeader
        title="Số liệu thống kê"
        description="Danh sách tổ chức và công chức làm công tác thi đua, khen thưởng, các khoản thu của quỹ, và các phiên bản biểu theo văn bản quy định."
      />
      <Tabs defaultValue="to-chuc" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="to-chuc">Tổ chức làm công tác TĐKT</Tabs.Tab>
          <Tabs.Tab value="cong-chuc">Công chức làm công tác TĐKT</Tabs.Tab>
          <Tabs.Tab value="quy">Quỹ thi đua, khen thưởng</Tabs.Tab>
          <Tabs.Tab value="phien-ban">Phiên bản biểu</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="to-chuc">
          <BodiesTab />
        </Tabs.Panel>
        <Tabs.Panel value="cong-chuc">
          <StaffTab />
        </Tabs.Panel>
        <Tabs.Panel value="quy">
          <FundTab />
        </Tabs.Panel>
        <Tabs.Panel value="phien-ban">
          <VersionsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
