import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconChevronDown,
  IconChevronRight,
  IconFileSpreadsheet,
  IconHistory,
  IconPaperclip,
  IconPencil,
  IconPlus,
  IconTrash,
  IconX,
} from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  attachmentExtensions,
  isEditable,
  transitionRules,
  dossierKindLabels,
  manualNominationActions,
  nominationStateLabels,
  type DossierComponent,
  type DossierDetail,
  type ManualNominationAction,
  type Nomination,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload, pickFile } from "../../api/files";
import { notifyError, notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { EligibilityBadge, EligibilityResults } from "../../components/EligibilityResults";
import { PageHeader } from "../../components/PageHeader";
import { RemoveRowButton } from "../../components/RowButtons";
import { formatDate, formatDateTime } from "../../lib/format";
import { DossierFormModal } from "./DossierFormModal";
import { StateBadges } from "./DossiersPage";
import {
  AppraisalListMenu,
  EligibilityOverrideModal,
  HistoryModal,
  ImportNominationsModal,
  TransitionModal,
} from "./DossierModals";
import { actionButtons, stateColors } from "./labels";
import { NominationModal } from "./NominationModal";

export function DossierPage() {
  const { id = "" } = useParams();
  const detail = useApiQuery("dossiers.get", { id });
  if (detail.error)
    return (
      <Alert color="red" title="Không mở được hồ sơ">
        {detail.error.message}{" "}
        <Anchor component={Link} to="/ho-so">
          Về danh sách hồ sơ
        </Anchor>
      </Alert>
    );
  if (!detail.data) return null;
  return <DossierView key={id} data={detail.data} />;
}

function DossierView({ data }: { data: DossierDetail }) {
  const { dossier, components, nominations } = data;
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [nominationEdit, setNominationEdit] = useState<Nomination | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<Nomination | null>(null);
  const [overriding, setOverriding] = useState<Nomination | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [reasonFor, setReasonFor] = useState<{
    ids: string[];
    action: ManualNominationAction;
    who: string;
  } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const remove = useApiMutation("dossiers.delete", {
    success: "Đã xóa hồ sơ",
    onSuccess: () => void navigate("/ho-so"),
  });
  const transition = useApiMutation("dossiers.transition", {
    onSuccess: () => setSelected(new Set()),
  });
  const removeNomination = useApiMutation("dossiers.deleteNomination", {
    success: "Đã xóa đề nghị",
  });
  const withdrawOverride = useApiMutation("dossiers.overrideEligibility", {
    success: "Đã bỏ chấp nhận cảnh báo",
  });
  const toggleExpanded = (nid: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(nid)) next.delete(nid);
      else next.add(nid);
      return next;
    });

  const run = (ids: string[], action: ManualNominationAction, who: string) => {
    if (transitionRules[action].needsReason) setReasonFor({ ids, action, who });
    else
      transition.mutate(
        { ids, action },
        {
          onSuccess: ({ moved }) =>
            notifySuccess(
              moved > 1
                ? `${actionButtons[action].done}: ${moved} đề nghị`
                : actionButtons[action].done,
            ),
        },
      );
  };
  const selectedRows = nominations.filter((n) => selected.has(n.id));
  // Bulk actions: those every selected row can take.
  const bulkActions = manualNominationActions.filter(
    (a) =>
      selectedRows.length > 0 &&
      selectedRows.every((n) => n.actions.some((x) => x.action === a && !x.blockedBy)),
  );
  const toggle = (nid: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(nid)) next.delete(nid);
      else next.add(nid);
      return next;
    });
  const deletable = nominations.every((n) => n.state === "tiep_nhan");

  return (
    <>
      <PageHeader
        title={`Hồ sơ của ${dossier.unitName}`}
        description={
          <>
            <Anchor component={Link} to="/ho-so" size="sm">
              <IconArrowLeft size={12} /> Danh sách hồ sơ
            </Anchor>
            {" · "}
            {dossierKindLabels[dossier.kind]} · năm {dossier.year}
          </>
        }
        actions={
          <>
            <AppraisalListMenu target={{ dossierId: dossier.id }} />
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
            >
              Sửa thông tin
            </Button>
            <Tooltip label="Chỉ xóa được khi mọi đề nghị còn ở bước tiếp nhận" disabled={deletable}>
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} />}
                disabled={!deletable}
                onClick={() =>
                  confirmAction({
                    title: "Xóa hồ sơ",
                    message: `Xóa hồ sơ của ${dossier.unitName} cùng ${dossier.nominationCount} đề nghị và các tệp đính kèm? Việc này không hoàn tác được từ màn hình.`,
                    confirmLabel: "Xóa hồ sơ",
                    onConfirm: () => remove.mutate({ id: dossier.id }),
                  })
                }
              >
                Xóa hồ sơ
              </Button>
            </Tooltip>
          </>
        }
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Field label="Ngày tiếp nhận" value={formatDate(dossier.receivedDate)} />
          <Field
            label="Tờ trình của đơn vị"
            value={
              dossier.unitDocNumber
                ? `Số ${dossier.unitDocNumber}${dossier.unitDocDate ? ` ngày ${formatDate(dossier.unitDocDate)}` : ""}`
                : "Chưa ghi số"
            }
          />
          <Field label="Phong trào" value={dossier.movementName || "Không thuộc phong trào"} />
          <Field label="Đề nghị" value={<StateBadges counts={dossier.stateCounts} />} />
        </SimpleGrid>
        {dossier.note && (
          <Text size="sm" mt="sm">
            Ghi chú: {dossier.note}
          </Text>
        )}
      </Card>
      {dossier.missing.length > 0 && (
        <Alert
          color={dossier.overrideReason ? "yellow" : "orange"}
          icon={<IconAlertTriangle size={16} />}
          mb="md"
          title={`Hồ sơ còn thiếu ${dossier.missing.length} thành phần`}
        >
          {dossier.missing.join("; ")}.{" "}
          {dossier.overrideReason
            ? `Được chuyển tiếp với lý do: ${dossier.overrideReason}`
            : "Các đề nghị chưa thể thẩm định cho đến khi bổ sung đủ, hoặc ghi lý do bỏ qua ở “Sửa thông tin”."}
        </Alert>
      )}

      <Checklist dossierId={dossier.id} components={components} />

      <Group justify="space-between" mt="lg" mb="xs">
        <Title order={4}>Đề nghị khen thưởng ({nominations.length})</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => setImporting(true)}
          >
            Nhập từ Excel
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setNominationEdit("new")}>
            Thêm đề nghị
          </Button>
        </Group>
      </Group>
      {selectedRows.length > 0 && (
        <Group gap="xs" mb="xs" aria-label="Thao tác với các đề nghị đã chọn">
          <Text size="sm">Đã chọn {selectedRows.length}:</Text>
          {bulkActions.length === 0 && (
            <Text size="sm" c="dimmed">
              không có bước nào làm chung được cho các đề nghị này
            </Text>
          )}
          {bulkActions.map((a) => (
            <Button
              key={a}
              size="xs"
              color={actionButtons[a].color}
              variant="light"
              loading={transition.isPending}
              onClick={() => run([...selected], a, `${selectedRows.length} đề nghị`)}
            >
              {actionButtons[a].label}
            </Button>
          ))}
          <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
            Bỏ chọn
          </Button>
        </Group>
      )}
      {nominations.length === 0 ? (
        <Text c="dimmed">Hồ sơ chưa có đề nghị nào. Thêm từng đề nghị hoặc nhập từ Excel.</Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} aria-label="Các đề nghị trong hồ sơ">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>
                <Checkbox
                  aria-label="Chọn tất cả đề nghị"
                  checked={selected.size === nominations.length}
                  indeterminate={selected.size > 0 && selected.size < nominations.length}
                  onChange={(e) =>
                    setSelected(
                      e.currentTarget.checked ? new Set(nominations.map((n) => n.id)) : new Set(),
                    )
                  }
                />
              </Table.Th>
              <Table.Th w={40}>STT</Table.Th>
              <Table.Th>Đối tượng</Table.Th>
              <Table.Th>Danh hiệu, hình thức</Table.Th>
              <Table.Th>Tóm tắt thành tích</Table.Th>
              <Table.Th w={175}>Điều kiện</Table.Th>
              <Table.Th w={150}>Trạng thái</Table.Th>
              <Table.Th>Thao tác</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nominations.map((n, i) => (
              <Fragment key={n.id}>
                <Table.Tr aria-label={`Đề nghị ${n.nomineeName} – ${n.awardName}`}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Chọn ${n.nomineeName}`}
                      checked={selected.has(n.id)}
                      onChange={() => toggle(n.id)}
                    />
                  </Table.Td>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {n.nomineeName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {n.nomineeDetail}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{n.awardName}</Text>
                    {!n.officeCanConfer && (
                      <Badge size="xs" color="indigo" variant="outline">
                        Thẩm quyền cấp trên
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {n.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      aria-label={`Điều kiện của ${n.nomineeName}`}
                      aria-expanded={expanded.has(n.id)}
                      onClick={() => toggleExpanded(n.id)}
                    >
                      <Group gap={2} wrap="nowrap">
                        {expanded.has(n.id) ? (
                          <IconChevronDown size={14} />
                        ) : (
                          <IconChevronRight size={14} />
                        )}
                        <EligibilityBadge level={n.eligibility.level} />
                      </Group>
                    </UnstyledButton>
                    {n.eligibilityOverride && (
                      <Text size="xs" c="dimmed" mt={2}>
                        Đã chấp nhận cảnh báo
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stateColors[n.state]} variant="light">
                      {nominationStateLabels[n.state]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      {n.actions.map((a) => (
                        <Tooltip
                          key={a.action}
                          label={a.blockedBy ?? ""}
                          disabled={!a.blockedBy}
                          multiline
                          w={320}
                        >
                          <Button
                            size="compact-sm"
                            variant="light"
                            color={actionButtons[a.action].color}
                            disabled={!!a.blockedBy}
                            loading={transition.isPending}
                            onClick={() => run([n.id], a.action, n.nomineeName)}
                          >
                            {actionButtons[a.action].label}
                          </Button>
                        </Tooltip>
                      ))}
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Lịch sử ${n.nomineeName}`}
                        onClick={() => setHistory(n)}
                      >
                        <IconHistory size={16} />
                      </ActionIcon>
                      {isEditable(n.state) && (
                        <>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Sửa ${n.nomineeName}`}
                            onClick={() => setNominationEdit(n)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                          <RemoveRowButton
                            label={`Xóa ${n.nomineeName}`}
                            onClick={() =>
                              confirmAction({
                                title: "Xóa đề nghị",
                                message: `Xóa đề nghị “${n.awardName}” cho ${n.nomineeName}?`,
                                confirmLabel: "Xóa",
                                onConfirm: () => removeNomination.mutate({ id: n.id }),
                              })
                            }
                          />
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {expanded.has(n.id) && (
                  <Table.Tr aria-label={`Kết quả kiểm tra điều kiện của ${n.nomineeName}`}>
                    <Table.Td />
                    <Table.Td colSpan={7}>
                      <EligibilityPanel
                        nomination={n}
                        onOverride={() => setOverriding(n)}
                        onWithdraw={() =>
                          confirmAction({
                            title: "Bỏ chấp nhận cảnh báo",
                            message: `Bỏ lý do chấp nhận cảnh báo của ${n.nomineeName}? Đề nghị sẽ không chuyển tiếp được cho đến khi ghi lý do mới.`,
                            confirmLabel: "Bỏ chấp nhận",
                            onConfirm: () => withdrawOverride.mutate({ id: n.id, reason: "" }),
                          })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {editing && (
        <DossierFormModal dossier={dossier} year={dossier.year} onClose={() => setEditing(false)} />
      )}
      {nominationEdit && (
        <NominationModal
          dossier={dossier}
          nomination={nominationEdit}
          onClose={() => setNominationEdit(null)}
        />
      )}
      {importing && (
        <ImportNominationsModal dossierId={dossier.id} onClose={() => setImporting(false)} />
      )}
      {history && (
        <HistoryModal
          nominationId={history.id}
          who={history.nomineeName}
          onClose={() => setHistory(null)}
        />
      )}
      {overriding && (
        <EligibilityOverrideModal nomination={overriding} onClose={() => setOverriding(null)} />
      )}
      {reasonFor && (
        <TransitionModal
          {...reasonFor}
          onClose={() => {
            setReasonFor(null);
            setSelected(new Set());
          }}
        />
      )}
    </>
  );
}

const overridableStates = new Set(["tiep_nhan", "tham_dinh", "tra_lai"]);

/** Every rule's result with its data, and the officer's acceptance of the warnings. */
function EligibilityPanel({
  nomination: n,
  onOverride,
  onWithdraw,
}: {
  nomination: Nomination;
  onOverride: () => void;
  onWithdraw: () => void;
}) {
  const canChange = overridableStates.has(n.state);
  return (
    <Stack gap="xs">
      <EligibilityResults results={n.eligibility.results} withData />
      {n.eligibilityOverride ? (
        <Alert color="yellow" variant="light" p="xs">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              <b>Lý do chấp nhận cảnh báo:</b> {n.eligibilityOverride.reason}{" "}
              <Text span size="xs" c="dimmed">
                ({n.eligibilityOverride.by}, {formatDateTime(n.eligibilityOverride.at)})
              </Text>
            </Text>
            {canChange && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                style={{ flexShrink: 0 }}
                onClick={onWithdraw}
              >
                Bỏ chấp nhận
              </Button>
            )}
          </Group>
        </Alert>
      ) : (
        n.eligibility.level === "warning" &&
        canChange && (
          <Group>
            <Button size="compact-sm" color="yellow" variant="light" onClick={onOverride}>
              Chấp nhận cảnh báo…
            </Button>
            <Text size="xs" c="dimmed">
              Cần ghi lý do trước khi thẩm định hoặc trình Hội đồng.
            </Text>
          </Group>
        )
      )}
      {n.eligibility.level === "blocking" && (
        <Text size="xs" c="red">
          Đề nghị không đạt điều kiện: không thẩm định, không trình Hội đồng được; có thể trả lại
          đơn vị.
        </Text>
      )}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Stack>
  );
}

/** The dossier's components: present or not, with their files; evidence can be added. */
function Checklist({
  dossierId,
  components,
}: {
  dossierId: string;
  components: DossierComponent[];
}) {
  const [evidence, setEvidence] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const setPresent = useApiMutation("dossiers.setPresent");
  const attach = useApiMutation("dossiers.attachFile", { success: "Đã đính kèm tệp" });
  const removeFile = useApiMutation("dossiers.removeFile", { success: "Đã gỡ tệp" });
  const removeComponent = useApiMutation("dossiers.removeComponent", {
    success: "Đã xóa minh chứng",
  });
  const addEvidence = useApiMutation("dossiers.addEvidence", {
    success: "Đã thêm minh chứng",
    onSuccess: () => setEvidence(""),
  });
  const choose = async (c: DossierComponent) => {
    setBusy(c.id);
    try {
      const file = await pickFile({
        accept: [...attachmentExtensions],
        title: `Đính kèm: ${c.title}`,
      });
      if (file) attach.mutate({ componentId: c.id, path: file.path });
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  const download = async (fileId: string) => {
    try {
      const { path } = await call("dossiers.fileCopy", { id: fileId });
      await offerDownload(path, "open");
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Thành phần hồ sơ
      </Title>
      <Table verticalSpacing={4} aria-label="Thành phần hồ sơ">
        <Table.Tbody>
          {components.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td w={36}>
                <Checkbox
                  aria-label={`Đã có ${c.title}`}
                  checked={c.present}
                  onChange={(e) =>
                    setPresent.mutate({ id: c.id, present: e.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {c.title}
                  {!c.required && (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      (minh chứng, không bắt buộc)
                    </Text>
                  )}
                </Text>
                <Group gap={6}>
                  {c.files.map((f) => (
                    <Group key={f.id} gap={2} wrap="nowrap">
                      <Anchor
                        size="xs"
                        component="button"
                        type="button"
                        onClick={() => void download(f.id)}
                      >
                        <IconPaperclip size={12} /> {f.name}
                      </Anchor>
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Gỡ tệp ${f.name}`}
                        onClick={() =>
                          confirmAction({
                            title: "Gỡ tệp đính kèm",
                            message: `Gỡ tệp “${f.name}” khỏi “${c.title}”?`,
                            confirmLabel: "Gỡ tệp",
                            onConfirm: () => removeFile.mutate({ id: f.id }),
                          })
                        }
                      >
                        <IconX size={12} />
                      </ActionIcon>
                    </Group>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td w={220}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPaperclip size={14} />}
                    loading={
                      busy === c.id || (attach.isPending && attach.variables?.componentId === c.id)
                    }
                    onClick={() => void choose(c)}
                    aria-label={`Đính kèm ${c.title}`}
                  >
                    Đính kèm
                  </Button>
                  {!c.required && (
                    <RemoveRowButton
                      label={`Xóa ${c.title}`}
                      onClick={() =>
                        confirmAction({
                          title: "Xóa minh chứng",
                          message: `Xóa “${c.title}” và các tệp của nó khỏi hồ sơ?`,
                          confirmLabel: "Xóa",
                          onConfirm: () => removeComponent.mutate({ id: c.id }),
                        })
                      }
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (evidence.trim()) addEvidence.mutate({ dossierId, title: evidence });
        }}
      >
        <Group mt="xs" gap="xs">
          <TextInput
            size="xs"
            w={360}
            placeholder="VD: Quyết định công nhận sáng kiến số 12/QĐ-UBND"
            aria-label="Tên minh chứng mới"
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            type="submit"
            disabled={!evidence.trim()}
            loading={addEvidence.isPending}
            leftSection={<IconPlus size={14} />}
          >
            Thêm minh chứng
          </Button>
        </Group>
      </form>
    </Card>
  );
}
