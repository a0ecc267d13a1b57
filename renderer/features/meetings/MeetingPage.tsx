import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Modal,
  NumberInput,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconCheck, IconFileText, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import {
  formatPercent,
  voteOutcome,
  voteOutcomeLabels,
  type VoteOutcome,
  formatDate,
  meetingKindLabels,
  meetingStateLabels,
  nominationStateLabels,
  type MeetingDetail,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { RemoveRowButton } from "../../components/RowButtons";
import { todayIso } from "../../lib/today";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";
import { RegisterDocumentTable, useDocumentDialogs } from "../documents/RegisterDocumentActions";
import { councilRoleLabels } from "../settings/labels";
import { MeetingFormModal } from "./MeetingFormModal";

const pct = (agree: number, present: number) => formatPercent(agree, present, 2);

function Attendance({ d, locked }: { d: MeetingDetail; locked: boolean }) {
  const [rows, setRows] = useState(d.attendance);
  const save = useApiMutation("meetings.setAttendance", { success: "Đã lưu thành phần dự họp" });
  const present = rows.filter((r) => r.present).length;
  const q = d.meeting.quorum;
  const dirty = rows.some((r, i) => {
    const o = d.attendance[i]!;
    return r.present !== o.present || r.reason !== o.reason;
  });
  const set = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Thành phần dự họp</Title>
        <Badge
          size="lg"
          color={present >= q.required ? "teal" : "red"}
          variant="light"
          aria-label="Số thành viên có mặt"
        >
          Có mặt {present}/{q.total} — cần {q.required}
        </Badge>
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Có mặt</Table.Th>
            <Table.Th>Thành viên</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th>Lý do vắng</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Checkbox
                  aria-label={`${r.fullName} có mặt`}
                  checked={r.present}
                  disabled={locked}
                  onChange={(e) => set(i, { present: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {r.position}
                </Text>
              </Table.Td>
              <Table.Td>
                {meetingRole(
                  councilRoleLabels[r.role],
                  r.memberId === d.meeting.chairMemberId,
                  r.memberId === d.meeting.secretaryMemberId,
                )}
              </Table.Td>
              <Table.Td>
                {!r.present && (
                  <TextInput
                    size="xs"
                    aria-label={`Lý do ${r.fullName} vắng mặt`}
                    placeholder="Đi công tác, ốm…"
                    disabled={locked}
                    value={r.reason}
                    onChange={(e) => set(i, { reason: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!locked && (
        <Group justify="flex-end" mt="sm">
          <Button
            variant={dirty ? "filled" : "default"}
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                meetingId: d.meeting.id,
                rows: rows.map((r) => ({ id: r.id, present: r.present, reason: r.reason })),
              })
            }
          >
            Lưu thành phần dự họp
          </Button>
        </Group>
      )}
    </Card>
  );
}

function CandidatesModal({ d, onClose }: { d: MeetingDetail; onClose: () => void }) {
  const list = useApiQuery("meetings.candidates", { meetingId: d.meeting.id });
  const [picked, setPicked] = useState<string[]>([]);
  const add = useApiMutation("meetings.addItems", {
    success: "Đã đưa đề nghị vào phiên họp",
    onSuccess: onClose,
  });
  const all = list.data ?? [];
  return (
    <Modal opened onClose={onClose} title="Đưa đề nghị vào phiên họp" size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          Các đề nghị ở trạng thái “Trình Hội đồng” thuộc hồ sơ năm {d.meeting.year}, chưa có trong
          phiên họp nào.
        </Text>
        {list.data && all.length === 0 && (
          <Alert color="gray">
            Không có đề nghị nào đang chờ Hội đồng xét. Trình Hội đồng từ trang Hồ sơ khen thưởng.
          </Alert>
        )}
        {all.length > 0 && (
          <ScrollArea.Autosize mah={420}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Chọn tất cả"
                      checked={picked.length === all.length}
                      indeterminate={picked.length > 0 && picked.length < all.length}
                      onChange={(e) =>
                        setPicked(e.currentTarget.checked ? all.map((c) => c.nominationId) : [])
                      }
                    />
                  </Table.Th>
                  <Table.Th>Đối tượng</Table.Th>
                  <Table.Th>Hình thức</Table.Th>
                  <Table.Th>Đơn vị trình</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((c) => (
                  <Table.Tr key={c.nominationId}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Chọn ${c.nomineeName} – ${c.awardName}`}
                        checked={picked.includes(c.nominationId)}
                        onChange={(e) =>
                          setPicked(
                            e.currentTarget.checked
                              ? [...picked, c.nominationId]
                              : picked.filter((x) => x !== c.nominationId),
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.nomineeName}</Text>
                      <Text size="xs" c="dimmed">
                        {c.nomineeDetail}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.awardName}</Table.Td>
                    <Table.Td>{c.dossierUnit}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button
            disabled={!picked.length}
            loading={add.isPending}
            onClick={() => add.mutate({ meetingId: d.meeting.id, nominationIds: picked })}
          >
            Đưa {picked.length || ""} đề nghị vào phiên họp
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const outcomeColors: Record<VoteOutcome, string> = {
  dat: "teal",
  khong_dat: "red",
  chua_du: "gray",
};

function Votes({ d, locked }: { d: MeetingDetail; locked: boolean }) {
  const present = d.meeting.quorum.present;
  const [agree, setAgree] = useState<(number | "")[]>(
    d.items.map((i) => (i.votesPresent === present && i.votesAgree !== null ? i.votesAgree : "")),
  );
  const [picking, setPicking] = useState(false);
  const save = useApiMutation("meetings.recordVotes", { success: "Đã lưu phiếu biểu quyết" });
  const remove = useApiMutation("meetings.removeItem", { success: "Đã bỏ đề nghị khỏi phiên họp" });
  const move = useApiMutation("meetings.moveItem");
  const focusNext = (i: number) =>
    document.querySelector<HTMLInputElement>(`[data-vote-row="${i + 1}"]`)?.focus();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Title order={4}>Đề nghị và kết quả biểu quyết</Title>
          <Text size="sm" c="dimmed">
            {d.passRule}: cần ít nhất {d.votesNeeded} phiếu đồng ý trên {present} thành viên có mặt.
          </Text>
        </Stack>
        {!locked && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setPicking(true)}
          >
            Thêm đề nghị
          </Button>
        )}
      </Group>
      {d.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có đề nghị nào trong phiên họp.
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>STT</Table.Th>
              <Table.Th>Đối tượng</Table.Th>
              <Table.Th>Đơn vị trình</Table.Th>
              <Table.Th>Hình thức</Table.Th>
              <Table.Th w={150}>Đồng ý / có mặt</Table.Th>
              <Table.Th>Tỷ lệ</Table.Th>
              <Table.Th>Kết quả</Table.Th>
              {!locked && <Table.Th w={100} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.items.map((item, i) => {
              const a = agree[i];
              const live =
                locked || a === "" || a === undefined
                  ? item.outcome
                  : voteOutcome(a, present, d.votesNeeded);
              const badge = { color: outcomeColors[live], label: voteOutcomeLabels[live] };
              return (
                <Table.Tr key={item.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.nomineeName}</Text>
                    <Text size="xs" c="dimmed">
                      {item.nomineeDetail}
                    </Text>
                    {item.state !== "trinh_hoi_dong" && (
                      <Text size="xs" c={locked ? "dimmed" : "red"}>
                        {nominationStateLabels[item.state]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{item.dossierUnit}</Table.Td>
                  <Table.Td>{item.awardName}</Table.Td>
                  <Table.Td>
                    {locked ? (
                      `${item.votesAgree ?? ""}/${item.votesPresent ?? ""}`
                    ) : (
                      <Group gap={4} wrap="nowrap">
                        <NumberInput
                          size="xs"
                          w={70}
                          min={0}
                          max={present}
                          allowDecimal={false}
                          allowNegative={false}
                          clampBehavior="none"
                          hideControls
                          aria-label={`Số phiếu đồng ý – ${item.nomineeName}`}
                          data-vote-row={i}
                          value={a ?? ""}
                          onChange={(v) =>
                            setAgree(
                              agree.map((x, j) => (j === i ? (v === "" ? "" : Number(v)) : x)),
                            )
                          }
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              e.preventDefault();
                              focusNext(i);
                            }
                          }}
                          error={typeof a === "number" && a > present}
                        />
                        <Text size="sm">/ {present}</Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {locked ? item.percent : typeof a === "number" ? pct(a, present) : ""}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={badge.color} variant="light" tt="none">
                      {badge.label}
                    </Badge>
                  </Table.Td>
                  {!locked && (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Chuyển ${item.nomineeName} lên`}
                          disabled={i === 0}
                          onClick={() => move.mutate({ id: item.id, direction: "up" })}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Chuyển ${item.nomineeName} xuống`}
                          disabled={i === d.items.length - 1}
                          onClick={() => move.mutate({ id: item.id, direction: "down" })}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                        <RemoveRowButton
                          label={`Bỏ ${item.nomineeName} khỏi phiên họp`}
                          onClick={() => remove.mutate({ id: item.id })}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {!locked && d.items.length > 0 && (
        <Group justify="flex-end" mt="sm">
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                meetingId: d.meeting.id,
                votes: d.items.map((item, i) => {
                  const a = agree[i];
                  return { itemId: item.id, agree: a === "" || a === undefined ? null : a };
                }),
              })
            }
          >
            Lưu phiếu biểu quyết
          </Button>
        </Group>
      )}
      {picking && <CandidatesModal d={d} onClose={() => setPicking(false)} />}
    </Card>
  );
}

function ProposalModal({ d, onClose }: { d: MeetingDetail; onClose: () => void }) {
  const fields = useDocumentFields({
    date: todayIso() < d.meeting.meetingDate ? d.meeting.meetingDate : todayIso(),
    prefer: "office",
  });
  const create = useApiMutation("meetings.createProposal", {
    success: "Đã tạo bản dự thảo Tờ trình trong sổ văn bản",
    onSuccess: onClose,
  });
  return (
    <DocumentFieldsModal
      title="Tờ trình đề nghị khen thưởng"
      state={fields}
      dateLabel="Ngày Tờ trình"
      submitLabel="Tạo Tờ trình"
      saving={create.isPending}
      onClose={onClose}
      onSubmit={({ docDate, signerId }) =>
        create.mutate({ meetingId: d.meeting.id, docDate, signerId })
      }
    >
      <Text size="sm">
        Tờ trình của cơ quan Thường trực gửi Chủ tịch đề nghị khen thưởng{" "}
        {d.items.filter((i) => i.outcome === "dat").length} trường hợp Hội đồng đã thông qua, theo
        từng hình thức.
      </Text>
    </DocumentFieldsModal>
  );
}

function Documents({ d }: { d: MeetingDetail }) {
  const applied = d.meeting.state === "da_ap_dung";
  const [proposing, setProposing] = useState(false);
  const docDialogs = useDocumentDialogs();
  const minutes = useApiMutation("meetings.createMinutes", {
    success: "Đã tạo bản dự thảo Biên bản họp xét trong sổ văn bản",
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Văn bản của phiên họp</Title>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            loading={minutes.isPending}
            disabled={!d.items.length}
            onClick={() => minutes.mutate({ meetingId: d.meeting.id })}
          >
            Lập Biên bản họp xét
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            disabled={!applied}
            title={applied ? undefined : "Áp dụng kết quả trước khi lập Tờ trình"}
            onClick={() => setProposing(true)}
          >
            Lập Tờ trình đề nghị khen thưởng
          </Button>
        </Group>
      </Group>
      {d.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa lập văn bản nào. Biên bản lấy số theo sổ riêng của Hội đồng khi ban hành.
        </Text>
      ) : (
        <RegisterDocumentTable
          docs={d.documents}
          onPreview={docDialogs.preview}
          onIssue={docDialogs.issue}
        />
      )}
      {proposing && <ProposalModal d={d} onClose={() => setProposing(false)} />}
      {docDialogs.dialogs}
    </Card>
  );
}

/** "Ủy viên · chủ tọa"; a council secretary who is the meeting's secretary is "Thư ký" once. */
function meetingRole(councilRole: string, chair: boolean, secretary: boolean): string {
  const extra = chair ? "chủ tọa" : secretary ? "thư ký" : "";
  if (!extra || councilRole.toLowerCase() === extra) return councilRole;
  return `${councilRole} · ${extra}`;
}

export function MeetingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const q = useApiQuery("meetings.get", { id });
  const [editing, setEditing] = useState(false);
  const remove = useApiMutation("meetings.delete", {
    success: "Đã xóa phiên họp",
    onSuccess: () => void navigate("/hop-hoi-dong"),
  });
  const apply = useApiMutation("meetings.applyResults", {
    success: "Đã áp dụng kết quả biểu quyết vào các đề nghị",
  });
  const d = q.data;
  if (q.isError) return <Alert color="red">{q.error.message}</Alert>;
  if (!d) return null;
  const m = d.meeting;
  const locked = m.state === "da_ap_dung";
  const passed = d.items.filter((i) => i.outcome === "dat").length;
  // Editors remount when the data they started from changes (no setState in effects).
  const attendanceKey = d.attendance.map((a) => `${a.id}:${a.present}:${a.reason}`).join("|");
  const votesKey = `${m.quorum.present}|${d.items.map((i) => `${i.id}:${i.votesAgree}:${i.votesPresent}`).join("|")}`;
  return (
    <>
      <PageHeader
        title={`Phiên họp ngày ${formatDate(m.meetingDate)}`}
        description={`${meetingKindLabels[m.kind]} năm ${m.year} · ${m.startTime}${m.endTime ? `–${m.endTime}` : ""} · ${m.place}`}
        actions={
          <>
            <Badge size="lg" variant="light" color={locked ? "teal" : "blue"}>
              {meetingStateLabels[m.state]}
            </Badge>
            <Button variant="default" onClick={() => setEditing(true)}>
              Sửa thông tin
            </Button>
            {!locked && (
              <Button
                variant="default"
                color="red"
                onClick={() =>
                  confirmAction({
                    title: "Xóa phiên họp?",
                    message:
                      "Xóa phiên họp cùng thành phần và phiếu đã nhập. Các đề nghị vẫn ở trạng thái “Trình Hội đồng”.",
                    confirmLabel: "Xóa",
                    onConfirm: () => remove.mutate({ id: m.id }),
                  })
                }
              >
                Xóa
              </Button>
            )}
            {!locked && (
              <Button
                leftSection={<IconCheck size={16} />}
                disabled={d.problems.length > 0}
                loading={apply.isPending}
                onClick={() =>
                  confirmAction({
                    title: "Áp dụng kết quả biểu quyết?",
                    message: `${passed} đề nghị chuyển sang “Hội đồng đồng ý”, ${d.items.length - passed} đề nghị sang “Hội đồng không đồng ý”. Sau khi áp dụng, phiên họp bị khóa: không sửa thành phần, phiếu và danh sách đề nghị được nữa.`,
                    confirmLabel: "Áp dụng kết quả",
                    danger: false,
                    onConfirm: () => apply.mutate({ id: m.id }),
                  })
                }
              >
                Áp dụng kết quả
              </Button>
            )}
          </>
        }
      />
      <Stack>
        <Card withBorder>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Chủ tọa
              </Text>
              <Text size="sm">{m.chairName}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Thư ký
              </Text>
              <Text size="sm">{m.secretaryName}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Tỷ lệ có mặt
              </Text>
              <Text size="sm" c={m.quorum.met ? undefined : "red"}>
                {m.quorum.present}/{m.quorum.total} (cần {m.quorum.required})
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Kết quả
              </Text>
              <Text size="sm">
                {locked
                  ? `${passed} đạt, ${d.items.length - passed} không đạt`
                  : `${d.items.length} đề nghị`}
              </Text>
            </Stack>
          </SimpleGrid>
          {m.note && (
            <Text size="sm" mt="xs" style={{ whiteSpace: "pre-line" }}>
              {m.note}
            </Text>
          )}
        </Card>
        {!locked && d.problems.length > 0 && (
          <Alert color="yellow" title="Chưa áp dụng được kết quả">
            <List size="sm">
              {d.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {locked && (
          <Alert color="teal">
            Kết quả đã được áp dụng vào các đề nghị; phiên họp đã khóa. Các quyết định khen thưởng
            lập từ những đề nghị “Hội đồng đồng ý”.
          </Alert>
        )}
        <Attendance key={attendanceKey} d={d} locked={locked} />
        <Votes key={votesKey} d={d} locked={locked} />
        <Documents d={d} />
      </Stack>
      {editing && <MeetingFormModal year={m.year} existing={d} onClose={() => setEditing(false)} />}
    </>
  );
}
