import {
  Badge,
  Button,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { IconPlus, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { awardInput, type Award } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { formatDate, formatNumber } from "../../lib/format";
import { todayIso } from "../../lib/today";
import { RulesCard } from "../awards/RulesCard";
import { awardKindLabels, recipientKindLabels, toOptions } from "./labels";
import { statGroupLabels } from "../../../electron/contract/vocabulary";

type AwardForm = Omit<Award, "id" | "sortOrder">;
const blank: AwardForm = {
  code: "",
  name: "",
  recipientKind: "ca_nhan",
  kind: "danh_hieu",
  conferredBy: "",
  coefficient: null,
  criteria: "",
  statGroup: null,
  validFrom: "2024-01-01",
  validTo: null,
};

function AwardModal({ award, onClose }: { award: Award | "new"; onClose: () => void }) {
  return (
    <RecordFormModal<AwardForm>
      channel="catalogue.saveAward"
      record={award}
      blank={blank}
      schema={awardInput}
      titles={{ create: "Thêm danh hiệu, hình thức", edit: "Sửa danh hiệu, hình thức" }}
      success="Đã lưu danh hiệu/hình thức"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <>
          <SimpleGrid cols={2}>
            <TextInput
              label="Mã"
              description="Chữ in hoa không dấu, ví dụ LDTT"
              withAsterisk
              data-autofocus
              {...form.getInputProps("code")}
              onChange={(e) => form.setFieldValue("code", e.currentTarget.value.toUpperCase())}
            />
            <TextInput label="Tên" withAsterisk {...form.getInputProps("name")} />
            <Select
              label="Đối tượng"
              data={toOptions(recipientKindLabels)}
              allowDeselect={false}
              {...form.getInputProps("recipientKind")}
            />
            <Select
              label="Loại"
              data={toOptions(awardKindLabels)}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
            <TextInput label="Thẩm quyền quyết định" {...form.getInputProps("conferredBy")} />
            <NumberInput
              label="Hệ số tiền thưởng (× lương cơ sở)"
              description="Để trống nếu không có tiền thưởng"
              decimalSeparator=","
              thousandSeparator="."
              decimalScale={3}
              value={form.values.coefficient ?? ""}
              error={form.errors.coefficient}
              onChange={(v) => form.setFieldValue("coefficient", v === "" ? null : Number(v))}
            />
            <Select
              label="Nhóm thống kê"
              description="Cột của biểu thống kê khen thưởng mà hình thức này được đếm vào"
              placeholder="Chưa phân loại"
              clearable
              data={toOptions(statGroupLabels)}
              {...form.getInputProps("statGroup")}
            />
            <DateField label="Có hiệu lực từ" withAsterisk {...form.getInputProps("validFrom")} />
            <DateField
              label="Hết hiệu lực sau ngày"
              description="Để trống nếu đang áp dụng"
              clearable
              {...form.getInputProps("validTo")}
            />
          </SimpleGrid>
          <Textarea label="Tiêu chuẩn" autosize minRows={3} {...form.getInputProps("criteria")} />
        </>
      )}
    </RecordFormModal>
  );
}

export function CataloguePage() {
  const [scope, setScope] = useState<"current" | "all">("current");
  const list = useApiQuery(
    "catalogue.listAwards",
    scope === "current" ? { onDate: todayIso() } : {},
  );
  const [editing, setEditing] = useState<Award | "new" | null>(null);
  const remove = useApiMutation("catalogue.deleteAward", { success: "Đã xóa khỏi danh mục" });
  const restore = useApiMutation("catalogue.restoreDefaults", {
    onSuccess: (r) => confirmRestored(r.awardsAdded),
  });
  return (
    <>
      <PageHeader
        title="Danh hiệu thi đua và hình thức khen thưởng"
        description="Danh mục dùng cho đăng ký, hồ sơ, quyết định và tính tiền thưởng. Mỗi mã có thể có nhiều giai đoạn hiệu lực không chồng lấn."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              loading={restore.isPending}
              onClick={() => restore.mutate({})}
            >
              Bổ sung mục mặc định còn thiếu
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
              Thêm
            </Button>
          </>
        }
      />
      <SegmentedControl
        mb="md"
        value={scope}
        onChange={(v) => setScope(v as "current" | "all")}
        data={[
          { value: "current", label: "Đang có hiệu lực" },
          { value: "all", label: "Tất cả (kể cả hết hiệu lực)" },
        ]}
      />
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mã</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th>Đối tượng</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th ta="right">Hệ số</Table.Th>
            <Table.Th>Hiệu lực</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {a.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {a.name}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1} title={a.criteria}>
                  {a.conferredBy}
                </Text>
              </Table.Td>
              <Table.Td>{recipientKindLabels[a.recipientKind]}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.kind === "danh_hieu" ? "blue" : "grape"}>
                  {a.kind === "danh_hieu" ? "Danh hiệu" : "Hình thức"}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                {a.coefficient === null ? "—" : formatNumber(a.coefficient)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatDate(a.validFrom)} – {a.validTo ? formatDate(a.validTo) : "nay"}
                </Text>
              </Table.Td>
              <Table.Td>
                <RowActions
                  label={a.name}
                  onEdit={() => setEditing(a)}
                  confirmDelete={{
                    title: "Xóa khỏi danh mục?",
                    message: `Xóa “${a.name}” (${a.code}). Nếu chỉ không còn áp dụng, nên sửa và nhập ngày hết hiệu lực để giữ lịch sử.`,
                  }}
                  onDelete={() => remove.mutate({ id: a.id })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && (
        <Text c="dimmed" mt="md">
          Không có mục nào trong phạm vi đang chọn.
        </Text>
      )}
      <RulesCard />
      {editing && <AwardModal award={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function confirmRestored(added: number) {
  confirmAction({
    title: "Bổ sung danh mục mặc định",
    message: added
      ? `Đã bổ sung ${added} mục mặc định còn thiếu.`
      : "Danh mục đã có đủ các mục mặc định; không bổ sung gì.",
    confirmLabel: "Đóng",
    danger: false,
    onConfirm: () => undefined,
  });
}
