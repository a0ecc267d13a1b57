import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Select,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { IconDots, IconFileExport, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import {
  documentFileName,
  extensionOf,
  signedCopyExtensions,
  documentStateLabels,
  documentStates,
  type DocumentRow,
  type DocumentState,
  type GenericDocumentInput,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload, pickFile } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { GenericDocumentModal } from "./GenericDocumentModal";
import { IssueModal } from "./IssueModal";
import { PreviewModal } from "./PreviewModal";
import { templateNames } from "./labels";

const stateColor: Record<DocumentState, string> = { du_thao: "gray", da_ban_hanh: "teal" };

function RowMenu({
  doc,
  onIssue,
  onPreview,
  onEdit,
}: {
  doc: DocumentRow;
  onIssue: () => void;
  onPreview: () => void;
  onEdit: () => void;
}) {
  const regenerate = useApiMutation("documents.regenerate", { success: "Đã tạo lại văn bản" });
  const remove = useApiMutation("documents.deleteDraft", { success: "Đã xóa bản dự thảo" });
  const pdf = useApiMutation("documents.exportPdf", {
    onSuccess: ({ path }) =>
      void offerDownload(path, "open", documentFileName(doc, "pdf")).catch(notifyError),
  });
  const print = useApiMutation("documents.print", {
    onSuccess: ({ path }) => {
      // Browser mode has no printer access: the file is offered to print from Word.
      if (!window.bridge)
        void offerDownload(path, "reveal", documentFileName(doc, extensionOf(path))).catch(
          notifyError,
        );
    },
  });
  const attach = useApiMutation("documents.attachSigned", { success: "Đã đính kèm bản đã ký" });
  const draft = doc.state === "du_thao";
  const open = (
    action: "open" | "reveal",
    path = doc.filePath,
    name = documentFileName(doc, "docx"),
  ) => void offerDownload(path, action, name).catch(notifyError);
  const pickSigned = async () => {
    try {
      const file = await pickFile({
        accept: [...signedCopyExtensions],
        title: "Chọn bản scan đã ký, đóng dấu",
      });
      if (file) attach.mutate({ id: doc.id, path: file.path });
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={`Thao tác với văn bản ${doc.number}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onPreview}>Xem trước</Menu.Item>
        <Menu.Item onClick={() => open("open")}>Mở bằng Word</Menu.Item>
        <Menu.Item onClick={() => print.mutate({ id: doc.id })}>In</Menu.Item>
        <Menu.Item onClick={() => pdf.mutate({ id: doc.id })}>Xuất PDF</Menu.Item>
        <Menu.Item onClick={() => open("reveal")}>Mở thư mục</Menu.Item>
        <Menu.Divider />
        {draft && <Menu.Item onClick={onIssue}>Ban hành (cấp số)…</Menu.Item>}
        {draft && doc.sourceKind === "generic" && <Menu.Item onClick={onEdit}>Sửa</Menu.Item>}
        {draft && (
          <Menu.Item onClick={() => regenerate.mutate({ id: doc.id })}>
            Tạo lại từ dữ liệu hiện tại
          </Menu.Item>
        )}
        {!draft && <Menu.Item onClick={() => void pickSigned()}>Đính kèm bản đã ký…</Menu.Item>}
        {doc.signedCopyPath && (
          <Menu.Item
            onClick={() => open("open", doc.signedCopyPath ?? "", doc.signedCopyName ?? undefined)}
          >
            Mở bản đã ký
          </Menu.Item>
        )}
        {draft && (
          <Menu.Item
            color="red"
            onClick={() =>
              confirmAction({
                title: "Xóa bản dự thảo?",
                message: `Xóa “${doc.summary}” khỏi sổ văn bản. Văn bản đã ban hành không xóa được.`,
                confirmLabel: "Xóa",
                onConfirm: () => remove.mutate({ id: doc.id }),
              })
            }
          >
            Xóa bản dự thảo
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

export function RegisterPage() {
  const [search, setSearch] = useState("");
  const [state, setState] = useState<DocumentState | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const filters = {
    search,
    ...(state ? { state } : {}),
    ...(year ? { year: Number(year) } : {}),
  };
  const list = useApiQuery("documents.list", filters);
  const all = useApiQuery("documents.list", { search: "" });
  const years = [...new Set((all.data ?? []).map((d) => d.year))].sort((a, b) => b - a);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ id: string; input: GenericDocumentInput } | null>(null);
  const [issuing, setIssuing] = useState<DocumentRow | null>(null);
  const [previewing, setPreviewing] = useState<DocumentRow | null>(null);
  const exportXlsx = useApiMutation("documents.exportRegister", {
    onSuccess: ({ path }) => void offerDownload(path).catch(notifyError),
  });
  const edit = async (doc: DocumentRow) => {
    try {
      const input = await call("documents.genericInput", { id: doc.id });
      if (input) setEditing({ id: doc.id, input });
    } catch (e) {
      notifyError(e);
    }
  };
  const rows = list.data ?? [];
  return (
    <>
      <PageHeader
        title="Sổ văn bản"
        description="Mọi văn bản ứng dụng tạo ra. Số văn bản được cấp khi ban hành, theo từng cơ quan, loại văn bản và năm; bắt đầu lại từ 01 vào ngày 1 tháng 1."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileExport size={16} />}
              loading={exportXlsx.isPending}
              onClick={() => exportXlsx.mutate(filters)}
            >
              Xuất Excel
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Tạo văn bản
            </Button>
          </>
        }
      />
      <Group mb="sm">
        <TextInput
          placeholder="Tìm theo số, trích yếu, người ký (không cần dấu)"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={380}
          aria-label="Tìm văn bản"
        />
        <Select
          placeholder="Mọi trạng thái"
          aria-label="Trạng thái"
          clearable
          data={documentStates.map((s) => ({ value: s, label: documentStateLabels[s] }))}
          value={state}
          onChange={(v) => setState(v as DocumentState | null)}
          w={180}
        />
        <Select
          placeholder="Mọi năm"
          aria-label="Năm"
          clearable
          data={years.map(String)}
          value={year}
          onChange={setYear}
          w={120}
        />
      </Group>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Số, ký hiệu</Table.Th>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th>Người ký</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th w={50} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{d.number || "Không số"}</Table.Td>
              <Table.Td>{formatDate(d.docDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{templateNames[d.templateId]}</Table.Td>
              <Table.Td>
                <Text size="sm">{d.summary}</Text>
                {d.signedCopyName && (
                  <Text size="xs" c="dimmed">
                    Bản đã ký: {d.signedCopyName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.signerName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={stateColor[d.state]}>{documentStateLabels[d.state]}</Badge>
                  {d.outdated && (
                    <Badge color="yellow" title="Dữ liệu gốc đã thay đổi sau khi tạo văn bản">
                      Cần tạo lại
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <RowMenu
                  doc={d}
                  onIssue={() => setIssuing(d)}
                  onPreview={() => setPreviewing(d)}
                  onEdit={() => void edit(d)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
          {list.isSuccess && rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {search || state || year
                    ? "Không có văn bản nào khớp điều kiện tìm."
                    : "Chưa có văn bản nào. Bấm “Tạo văn bản” để soạn tờ trình, công văn hoặc báo cáo."}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {(creating || editing) && (
        <GenericDocumentModal
          editing={editing}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
        />
      )}
      {issuing && <IssueModal doc={issuing} onClose={() => setIssuing(null)} />}
      {previewing && <PreviewModal doc={previewing} onClose={() => setPreviewing(null)} />}
    </>
  );
}
