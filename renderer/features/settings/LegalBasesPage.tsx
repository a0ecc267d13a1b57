import { Badge, Button, Select, SimpleGrid, Table, Text, TextInput, Textarea } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { legalBasisInput, type LegalBasis } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { DateField } from "../../components/DateField";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { formatDate } from "../../lib/format";
import { todayIso } from "../../lib/today";
import { legalDocTypeLabels, toOptions } from "./labels";

type BasisForm = Omit<LegalBasis, "id">;
const blank: BasisForm = {
  title: "",
  docType: "nghi_dinh",
  number: "",
  issuedDate: null,
  issuer: "",
  effectiveFrom: "",
  effectiveTo: null,
  note: "",
};

function BasisModal({ basis, onClose }: { basis: LegalBasis | "new"; onClose: () => void }) {
  return (
    <RecordFormModal<BasisForm>
      channel="catalogue.saveLegalBasis"
      record={basis}
      blank={blank}
      schema={legalBasisInput}
      titles={{ create: "Thêm căn cứ pháp lý", edit: "Sửa căn cứ pháp lý" }}
      success="Đã lưu căn cứ"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <>
          <Textarea
            label="Trích dẫn (in sau chữ “Căn cứ”)"
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps("title")}
          />
          <SimpleGrid cols={2}>
            <Select
              label="Loại văn bản"
              data={toOptions(legalDocTypeLabels)}
              allowDeselect={false}
              {...form.getInputProps("docType")}
            />
            <TextInput
              label="Số, ký hiệu"
              description="Ví dụ: 06/2022/QH15"
              {...form.getInputProps("number")}
            />
            <TextInput label="Cơ quan ban hành" {...form.getInputProps("issuer")} />
            <DateField label="Ngày ban hành" clearable {...form.getInputProps("issuedDate")} />
            <DateField
              label="Có hiệu lực từ"
              withAsterisk
              {...form.getInputProps("effectiveFrom")}
            />
            <DateField
              label="Hết hiệu lực sau ngày"
              description="Để trống nếu còn hiệu lực"
              clearable
              {...form.getInputProps("effectiveTo")}
            />
          </SimpleGrid>
          <Textarea label="Ghi chú" autosize {...form.getInputProps("note")} />
        </>
      )}
    </RecordFormModal>
  );
}

export function LegalBasesPage() {
  const list = useApiQuery("catalogue.listLegalBases", {});
  const [editing, setEditing] = useState<LegalBasis | "new" | null>(null);
  const remove = useApiMutation("catalogue.deleteLegalBasis", { success: "Đã xóa căn cứ" });
  const today = todayIso();
  return (
    <>
      <PageHeader
        title="Căn cứ pháp lý"
        description="Thư viện văn bản được trích dẫn trong phần “Căn cứ…”. Văn bản nào hết hiệu lực vào ngày ban hành văn bản sẽ được cảnh báo trước khi ban hành."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
            Thêm căn cứ
          </Button>
        }
      />
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Văn bản</Table.Th>
            <Table.Th>Số, ký hiệu</Table.Th>
            <Table.Th>Hiệu lực</Table.Th>
            <Table.Th>Tình trạng</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((b) => {
            const expired = b.effectiveTo !== null && b.effectiveTo < today;
            const future = b.effectiveFrom > today;
            return (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Text size="sm">{b.title}</Text>
                  {b.note && (
                    <Text size="xs" c="dimmed">
                      {b.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {b.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {formatDate(b.effectiveFrom)} –{" "}
                    {b.effectiveTo ? formatDate(b.effectiveTo) : "nay"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {expired ? (
                    <Badge color="gray">Hết hiệu lực</Badge>
                  ) : future ? (
                    <Badge color="yellow">Chưa có hiệu lực</Badge>
                  ) : (
                    <Badge color="teal">Còn hiệu lực</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    label={b.number || b.title}
                    onEdit={() => setEditing(b)}
                    confirmDelete={{
                      title: "Xóa căn cứ?",
                      message: `Xóa “${b.title}” khỏi thư viện. Văn bản hết hiệu lực nên được giữ lại (có ngày hết hiệu lực) để cảnh báo.`,
                    }}
                    onDelete={() => remove.mutate({ id: b.id })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && <BasisModal basis={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
