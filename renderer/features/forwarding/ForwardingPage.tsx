import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconFileText } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import {
  formatDate,
  nomineeKindLabels,
  type DocumentRow,
  type ForwardedItem,
  type ForwardingList,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { DateField } from "../../components/DateField";
import { FormActions } from "../../components/FormActions";
import { PageHeader } from "../../components/PageHeader";
import { todayIso } from "../../lib/today";
import { IssueModal } from "../documents/IssueModal";
import { PreviewModal } from "../documents/PreviewModal";

/** Opens a register document: preview, Word, regenerate when outdated, issue. */
function DocumentButtons({
  doc,
  onPreview,
  onIssue,
}: {
  doc: DocumentRow;
  onPreview: (d: DocumentRow) => void;
  onIssue: (d: DocumentRow) => void;
}) {
  const regenerate = useApiMutation("documents.regenerate", { success: "Đã tạo lại văn bản" });
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="subtle" onClick={() => onPreview(doc)}>
        Xem trước
      </Button>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => void offerDownload(doc.filePath, "open").catch(notifyError)}
      >
        Mở bằng Word
      </Button>
      {doc.state === "du_thao" && doc.outdated && (
        <Button size="xs" variant="subtle" onClick={() => regenerate.mutate({ id: doc.id })}>
          Tạo lại
        </Button>
      )}
      {doc.state === "du_thao" && doc.templateId === "to-trinh" && (
        <Button size="xs" variant="subtle" onClick={() => onIssue(doc)}>
          Ban hành (cấp số)
        </Button>
      )}
    </Group>
  );
}

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
  const signers = useApiQuery("settings.listSigners", {});
  const bases = useApiQuery("catalogue.listLegalBases", {});
  const [docDate, setDocDate] = useState<string | null>(todayIso());
  const [signerId, setSignerId] = useState<string | null>(null);
  const [kinhGui, setKinhGui] = useState(list.defaultKinhGui);
  const [legalBasisIds, setLegalBasisIds] = useState<string[]>([]);
  const [noiNhan, setNoiNhan] = useState("Như trên;\nThường trực Hội đồng Thi đua - Khen thưởng");
  const shownSigner =
    signerId ?? signers.data?.find((s) => s.authority === "")?.id ?? signers.data?.[0]?.id ?? null;
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
    <Modal opened onClose={onClose} title="Lập Tờ trình đề nghị cấp trên khen thưởng" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (docDate && shownSigner)
            create.mutate({
              year,
              nominationIds: ids,
              docDate,
              signerId: shownSigner,
              kinhGui,
              legalBasisIds,
              noiNhan: noiNhan.split("\n"),
            });
        }}
      >
        <Stack>
          <Text size="sm">
            {ids.length} trường hợp:{" "}
            {chosen.map((x) => `${x.g.awardName} (${x.n})`).join("; ") || "chưa chọn"}.
          </Text>
          <DateField label="Ngày Tờ trình" withAsterisk value={docDate} onChange={setDocDate} />
          <TextInput
            label="Kính gửi"
            withAsterisk
            value={kinhGui}
            onChange={(e) => setKinhGui(e.currentTarget.value)}
          />
          <MultiSelect
            label="Căn cứ"
            placeholder="Chọn văn bản làm căn cứ"
            searchable
            data={(bases.data ?? []).map((b) => ({ value: b.id, label: b.title }))}
            value={legalBasisIds}
            onChange={setLegalBasisIds}
          />
          <Select
            label="Người ký"
            withAsterisk
            allowDeselect={false}
            data={(signers.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.fullName} – ${s.position}`,
            }))}
            value={shownSigner}
            onChange={setSignerId}
          />
          <Textarea
            label="Nơi nhận"
            description="Mỗi dòng một nơi; dòng “Lưu: VT, …” được thêm tự động."
            autosize
            minRows={3}
            value={noiNhan}
            onChange={(e) => setNoiNhan(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} saving={create.isPending} submitLabel="Tạo Tờ trình" />
        </Stack>
      </form>
    </Modal>
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
  const [previewing, setPreviewing] = useState<DocumentRow | null>(null);
  const [issuing, setIssuing] = useState<DocumentRow | null>(null);
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
          <Button
            leftSection={<IconFileText size={16} />}
            disabled={chosen.length === 0}
            title={chosen.length ? undefined : "Chọn các đề nghị cần đưa vào Tờ trình"}
            onClick={() => setProposing(true)}
          >
            Lập Tờ trình ({chosen.length})
          </Button>
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
                          <ReportButton item={i} onCreated={setPreviewing} />
                          {i.report && (
                            <DocumentButtons
                              doc={i.report}
                              onPreview={setPreviewing}
                              onIssue={setIssuing}
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
            <Table>
              <Table.Tbody>
                {list.proposals.map((doc) => (
                  <Table.Tr key={doc.id}>
                    <Table.Td>{doc.number}</Table.Td>
                    <Table.Td>{doc.summary}</Table.Td>
                    <Table.Td>{formatDate(doc.docDate)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={doc.state === "du_thao" ? "gray" : "teal"}>
                        {doc.state === "du_thao" ? "Dự thảo" : "Đã ban hành"}
                      </Badge>
                      {doc.outdated && doc.state === "du_thao" && (
                        <Badge variant="light" color="yellow" ml={4}>
                          Dữ liệu đã đổi
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DocumentButtons doc={doc} onPreview={setPreviewing} onIssue={setIssuing} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </Stack>
      {proposing && list && (
        <ProposalModal
          year={year}
          list={list}
          ids={chosen}
          onClose={() => setProposing(false)}
          onCreated={setPreviewing}
        />
      )}
      {previewing && <PreviewModal doc={previewing} onClose={() => setPreviewing(null)} />}
      {issuing && <IssueModal doc={issuing} onClose={() => setIssuing(null)} />}
    </>
  );
}
