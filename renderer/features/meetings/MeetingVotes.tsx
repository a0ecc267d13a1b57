import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import {
  formatPercent,
  voteOutcome,
  voteOutcomeLabels,
  type VoteOutcome,
  nominationStateLabels,
  type MeetingDetail,
} from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { RemoveRowButton } from "../../components/RowButtons";

const pct = (agree: number, present: number) => formatPercent(agree, present, 2);

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

export function Votes({ d, locked }: { d: MeetingDetail; locked: boolean }) {
  const present = d.meeting.quorum.present;
  const recorded = d.items.map((i) =>
    i.votesPresent === present && i.votesAgree !== null ? i.votesAgree : "",
  );
  const [agree, setAgree] = useState<(number | "")[]>(recorded);
  useUnsavedChangesGuard(agree.some((a, i) => a !== recorded[i]));
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
