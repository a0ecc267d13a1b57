import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconFileText, IconFileZip } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import {
  nomineeKindLabels,
  type DocumentRow,
  type ForwardedItem,
  type ForwardingList,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { LegalBasisSelect } from "../../components/LegalBasisSelect";
import { PageHeader } from "../../components/PageHeader";
import { todayIso } from "../../lib/today";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";
import {
  RegisterDocumentActions,
  RegisterDocumentTable,
  useDocumentDialogs,
} from "../documents/RegisterDocumentActions";

/** Only the Tờ trình is issued from here; a Báo cáo thành tích goes up with it unnumbered. */
const issuable = (d: DocumentRow) => d.templateId === "to-trinh";

function ProposalModal({
  year,
  list,
  ids,
  onClose,
  onCreated,
}: {
  year: number;
  list: ForwardingList;
  ids: string[];
  onClose: () => void;
  onCreated: (d: DocumentRow) => void;
}) {
  const fields = useDocumentFields({
    prefer: "office",
    noiNhan: ["Như trên;", "Thường trực Hội đồng Thi đua - Khen thưởng"],
  });
  const [kinhGui, setKinhGui] = useState(list.defaultKinhGui);
  const [legalBasisIds, setLegalBasisIds] = useState<string[]>([]);
  const create = useApiMutation("forwarding.createProposal", {
    success: "Đã tạo bản dự thảo Tờ trình trong sổ văn bản",
    onSuccess: (d) => {
      onClose();
      onCreated(d);
    },
  });
  const chosen = list.groups
    .map((g) => ({ g, n: g.items.filter((i) => ids.includes(i.nominationId)).length }))
    .filter((x) => x.n > 0);
  return (
    <DocumentFieldsModal
      title="Lập Tờ trình đề nghị cấp trên khen thưởng"
      size="lg"
      state={fields}
      dateLabel="Ngày Tờ trình"
      withNoiNhan
      submitLabel="Tạo Tờ trình"
      saving={create.isPending}
      onClose={onClose}
      onSubmit={(v) => create.mutate({ year, nominationIds: ids, kinhGui, legalBasisIds, ...v })}
      afterDate={
        <>
          <TextInput
            label="Kính gửi"
            withAsterisk
            value={kinhGui}
            onChange={(e) => setKinhGui(e.currentTarget.value)}
          />
          <LegalBasisSelect
            placeholder="Chọn văn bản làm căn cứ"
            onDate={fields.docDate}
            value={legalBasisIds}
            onChange={setLegalBasisIds}
          />
        </>
      }
    >
      <Text size="sm">
        {ids.length} trường hợp:{" "}
        {chosen.map((x) => `${x.g.awardName} (${x.n})`).join("; ") || "chưa chọn"}.
      </Text>
    </DocumentFieldsModal>
  );
}

function ReportButton({
  item,
  onCreated,
}: {
  item: ForwardedItem;
  onCreated: (d: DocumentRow) => void;
}) {
  const create = useApiMutation("forwarding.createReport", {
    success: "Đã tạo Báo cáo thành tích trong sổ văn bản",
    onSuccess: onCreated,
  });
  // A household sends its own summary; a report already made is refreshed with “Tạo lại”.
  if (item.nomineeKind === "ho_gia_dinh" || item.report) return null;
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconFileText size={14} />}
      loading={create.isPending}
      onClick={() => create.mutate({ nominationId: item.nominationId, docDate: todayIso() })}
    >
      Báo cáo thành tích
    </Button>
  );
}

export function ForwardingPage() {
  const year = useWorkingYear();
  const q = useApiQuery("forwarding.list", { year: year ?? 0 }, { enabled: !!year });
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const docDialogs = useDocumentDialogs();
  const papers = useApiMutation("exchange.upwardPapers", {
    onSuccess: (z) => {
      notifySuccess(
        z.pdf
          ? `Đã xuất bộ hồ sơ: ${z.papers} văn bản (.docx và .pdf), ${z.attached} giấy tờ của đơn vị`
          : `Đã xuất bộ hồ sơ: ${z.papers} văn bản chỉ ở dạng .docx (máy này không có LibreOffice hay Microsoft Word để tạo .pdf), ${z.attached} giấy tờ của đơn vị`,
      );
      void offerDownload(z.path, "reveal", z.fileName).catch(notifyError);
    },
  });
  if (!year) return null;
  const list = q.data;
  const allIds = list?.groups.flatMap((g) => g.items.map((i) => i.nominationId)) ?? [];
  // Selections of nominations no longer listed (another year, or gone) are ignored.
  const chosen = selected.filter((id) => allIds.includes(id));
  const toggle = (ids: string[], on: boolean) =>
    setSelected((s) => (on ? [...new Set([...s, ...ids])] : s.filter((x) => !ids.includes(x))));
  return (
    <>
      <PageHeader
        title="Trình cấp trên"
        description={`Đề nghị năm ${year} thuộc thẩm quyền khen thưởng của cấp trên (trạng thái “Chuyển cấp trên”): Tờ trình đề nghị cấp trên và Báo cáo thành tích của từng trường hợp.`}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileZip size={16} />}
              loading={papers.isPending}
              disabled={allIds.length === 0}
              title="Mỗi văn bản dạng .docx và .pdf, kèm giấy tờ của đơn vị, để gửi cấp trên hoặc nộp lên Hệ thống hồ sơ điện tử"
              onClick={() => papers.mutate({ year })}
            >
              Xuất bộ hồ sơ (.zip)
            </Button>
            <Button
              leftSection={<IconFileText size={16} />}
              disabled={chosen.length === 0}
              title={chosen.length ? undefined : "Chọn các đề nghị cần đưa vào Tờ trình"}
              onClick={() => setProposing(true)}
            >
              Lập Tờ trình ({chosen.length})
            </Button>
          </>
        }
      />
      {q.isError && <Alert color="red">{q.error.message}</Alert>}
      {list && list.total === 0 && (
        <Alert color="gray">
          Năm {year} chưa có đề nghị nào chuyển cấp trên. Trong{" "}
          <Link to="/ho-so">Hồ sơ khen thưởng</Link>, đề nghị có hình thức thuộc thẩm quyền cấp trên
          (Bằng khen, Chiến sĩ thi đua cấp tỉnh, Cờ thi đua…) sau khi thẩm định được “Chuyển cấp
          trên” và hiện ở đây.
        </Alert>
      )}
      <Stack>
        {list?.groups.map((g) => {
          const ids = g.items.map((i) => i.nominationId);
          const all = ids.every((id) => chosen.includes(id));
          const some = ids.some((id) => chosen.includes(id));
          return (
            <Card withBorder key={g.awardCode}>
              <Group mb="xs" gap="sm">
                <Checkbox
                  aria-label={`Chọn tất cả: ${g.awardName}`}
                  checked={all}
                  indeterminate={some && !all}
                  onChange={(e) => toggle(ids, e.currentTarget.checked)}
                />
                <Title order={4}>{g.awardName}</Title>
                <Badge variant="light">{g.items.length}</Badge>
              </Group>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40} />
                    <Table.Th>Đối tượng</Table.Th>
                    <Table.Th>Chức vụ, đơn vị</Table.Th>
                    <Table.Th>Hồ sơ</Table.Th>
                    <Table.Th>Báo cáo thành tích</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.items.map((i) => (
                    <Table.Tr key={i.nominationId}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Chọn ${i.nomineeName}`}
                          checked={chosen.includes(i.nominationId)}
                          onChange={(e) => toggle([i.nominationId], e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {i.nomineeName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {nomineeKindLabels[i.nomineeKind]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{[i.position, i.unitName].filter(Boolean).join(", ")}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" component={Link} to={`/ho-so/${i.dossierId}`}>
                          {i.dossierLabel}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ReportButton item={i} onCreated={docDialogs.preview} />
                          {i.report && (
                            <RegisterDocumentActions
                              doc={i.report}
                              onPreview={docDialogs.preview}
                              onIssue={docDialogs.issue}
                              canIssue={issuable}
                            />
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          );
        })}
        {list && list.proposals.length > 0 && (
          <Card withBorder>
            <Title order={4} mb="xs">
              Tờ trình đã lập
            </Title>
            <RegisterDocumentTable
              docs={list.proposals}
              onPreview={docDialogs.preview}
              onIssue={docDialogs.issue}
              canIssue={issuable}
            />
          </Card>
        )}
      </Stack>
      {proposing && list && (
        <ProposalModal
          year={year}
          list={list}
          ids={chosen}
          onClose={() => setProposing(false)}
          onCreated={docDialogs.preview}
        />
      )}
      {docDialogs.dialogs}
    </>
  );
}
