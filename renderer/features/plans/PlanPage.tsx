import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Popover,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconCheck,
  IconCopy,
  IconDotsVertical,
  IconFileText,
  IconPencil,
  IconPlus,
  IconReportAnalytics,
  IconTemplate,
} from "@tabler/icons-react";
import { useCallback, useState } from "react";
import type { PlanActivity } from "../../../electron/contract";
import { call } from "../../api/client";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { MoveButtonsVertical } from "./MoveButtonsVertical";
import { PageHeader } from "../../components/PageHeader";
import { DateField } from "../../components/DateField";
import { RowActions } from "../../components/RowActions";
import { formatDate } from "../../lib/format";
import { todayIso } from "../../lib/today";
import { ActivityDocumentsModal } from "./ActivityDocumentsModal";
import { ActivityModal } from "./ActivityModal";
import { PeriodReportModal } from "./PeriodReportModal";
import { PlanContentModal } from "./PlanContentModal";
import { PlanDocumentModal } from "./PlanDocumentModal";
import { quarterNames, reviewLabels, statusLabels } from "./labels";
import { useQueryClient } from "@tanstack/react-query";

function StartYear({ year }: { year: number }) {
  const previous = useApiQuery("plans.get", { year: year - 1 });
  const create = useApiMutation("plans.create", {
    onSuccess: (r) =>
      notifications.show({
        color: "teal",
        message: `Đã tạo kế hoạch năm ${year} với ${r.activities} hoạt động${r.toReview ? `; ${r.toReview} hạn rơi vào cuối tuần hoặc nghỉ Tết cần xem lại` : ""}.`,
      }),
  });
  return (
    <Card withBorder padding="xl" maw={720}>
      <Stack>
        <Title order={3}>Chưa có kế hoạch năm {year}</Title>
        <Text size="sm" c="dimmed">
          Tạo nhanh kế hoạch công tác thi đua, khen thưởng năm {year}, rồi sửa các hoạt động cho phù
          hợp.
        </Text>
        <Group>
          <Button
            leftSection={<IconCopy size={16} />}
            disabled={!previous.data}
            loading={create.isPending && create.variables?.from === "copy"}
            onClick={() => create.mutate({ year, from: "copy", sourceYear: year - 1 })}
          >
            Sao chép từ năm {year - 1}
          </Button>
          <Button
            variant="light"
            leftSection={<IconTemplate size={16} />}
            loading={create.isPending && create.variables?.from === "template"}
            onClick={() => create.mutate({ year, from: "template" })}
          >
            Dùng bộ hoạt động mẫu theo 4 quý
          </Button>
        </Group>
        {!previous.data && (
          <Text size="xs" c="dimmed">
            Chưa có kế hoạch năm {year - 1} để sao chép.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function StatusBadge({ a }: { a: PlanActivity }) {
  const s = statusLabels[a.shownStatus];
  return (
    <Badge color={s.color} variant={a.shownStatus === "qua_han" ? "filled" : "light"}>
      {s.label}
    </Badge>
  );
}

/**
 * The ✓ of an activity: asks the day it was done (today unless the officer says otherwise) before
 * marking it done, so work finished last week is not recorded as finished today.
 */
function CompleteButton({
  a,
  opened,
  onOpen,
  onClose,
  onConfirm,
  saving,
}: {
  a: PlanActivity;
  opened: boolean;
  onOpen: () => void;
  onClose: () => void;
  onConfirm: (completedOn: string) => void;
  saving: boolean;
}) {
  const [date, setDate] = useState<string | null>(todayIso());
  // Focus goes to "Xác nhận" (Enter keeps today), not into the date, whose calendar would cover
  // the form; without scrolling, which would carry the ✓ out of view and its form with it.
  // The form mounts on each opening, and its button with it.
  const confirm = useCallback(
    (button: HTMLButtonElement | null) => button?.focus({ preventScroll: true }),
    [],
  );
  return (
    // A form being filled in stays on screen even if the page shifts the ✓ out of view.
    <Popover
      opened={opened}
      onDismiss={onClose}
      position="bottom-end"
      withArrow
      hideDetached={false}
    >
      <Popover.Target>
        <Tooltip label="Đánh dấu hoàn thành" disabled={opened}>
          <ActionIcon
            variant="subtle"
            color="teal"
            aria-label={`Hoàn thành ${a.title}`}
            onClick={() => {
              if (opened) return onClose();
              setDate(todayIso());
              onOpen();
            }}
          >
            <IconCheck size={16} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown aria-label={`Ngày hoàn thành ${a.title}`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (date) onConfirm(date);
          }}
        >
          <Stack gap="xs" w={220}>
            <DateField
              label="Ngày hoàn thành"
              withAsterisk
              required
              maxDate={todayIso()}
              value={date}
              onChange={setDate}
              popoverProps={{ withinPortal: false }}
            />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={onClose}>
                Hủy
              </Button>
              <Button
                ref={confirm}
                size="xs"
                type="submit"
                color="teal"
                loading={saving}
                disabled={!date}
              >
                Xác nhận
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function QuarterTable({
  quarter,
  activities,
  onEdit,
}: {
  quarter: number;
  activities: PlanActivity[];
  onEdit: (a: PlanActivity) => void;
}) {
  const queryClient = useQueryClient();
  const year = useWorkingYear();
  const [linking, setLinking] = useState<PlanActivity | null>(null);
  // The activity whose ✓ asks for the day it was done.
  const [completing, setCompleting] = useState<string | null>(null);
  const move = useApiMutation("plans.moveActivity");
  const save = useApiMutation("plans.saveActivity", { success: "Đã cập nhật trạng thái" });
  const remove = useApiMutation("plans.deleteActivity", {
    onSuccess: () => undefined,
  });
  const deleteWithUndo = (a: PlanActivity) =>
    remove.mutate(
      { id: a.id },
      {
        onSuccess: () => {
          const key = `undo-${a.id}`;
          notifications.show({
            id: key,
            color: "gray",
            autoClose: 10_000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">Đã xóa hoạt động.</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(key);
                    call("plans.restoreActivity", { id: a.id })
                      .then(() => queryClient.invalidateQueries())
                      .catch(notifyError);
                  }}
                >
                  Hoàn tác
                </Button>
              </Group>
            ),
          });
        },
      },
    );
  const setStatus = (
    a: PlanActivity,
    status: PlanActivity["status"],
    completedOn: string | null = null,
  ) =>
    save.mutate(
      {
        id: a.id,
        planId: a.planId,
        title: a.title,
        quarter: a.quarter,
        dueDate: a.dueDate,
        leadUnit: a.leadUnit,
        leadUnitId: a.leadUnitId,
        coordinatingUnits: a.coordinatingUnits,
        kind: a.kind,
        status,
        completedOn,
        resultNote: a.resultNote,
      },
      { onSuccess: () => setCompleting(null) },
    );
  const done = activities.filter((a) => a.status === "hoan_thanh").length;
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{quarterNames[quarter - 1]}</Title>
        <Text size="sm" c="dimmed">
          Hoàn thành {done}/{activities.length}
        </Text>
      </Group>
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có hoạt động.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={`Hoạt động ${quarterNames[quarter - 1]}`}>
          <Table.Tbody>
            {activities.map((a, i) => (
              <Table.Tr key={a.id}>
                <Table.Td w={40}>
                  <MoveButtonsVertical
                    first={i === 0}
                    last={i === activities.length - 1}
                    label={a.title}
                    onMove={(direction) => move.mutate({ id: a.id, direction })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    td={a.status === "hoan_thanh" ? "line-through" : undefined}
                    c={a.status === "hoan_thanh" ? "dimmed" : undefined}
                  >
                    {a.title}
                  </Text>
                  <Group gap={6} mt={2}>
                    {a.dueDate && (
                      <Text size="xs" c={a.shownStatus === "qua_han" ? "red" : "dimmed"}>
                        Hạn {formatDate(a.dueDate)}
                      </Text>
                    )}
                    {a.leadUnit && (
                      <Text size="xs" c="dimmed">
                        · Chủ trì: {a.leadUnit}
                      </Text>
                    )}
                    {a.status === "hoan_thanh" && a.completedOn && (
                      <Text size="xs" c="dimmed">
                        · Hoàn thành ngày {formatDate(a.completedOn)}
                      </Text>
                    )}
                    {a.dateReview && (
                      <Badge size="xs" color="orange" variant="light">
                        {reviewLabels[a.dateReview]}
                      </Badge>
                    )}
                    {a.resultNote && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        · {a.resultNote}
                      </Text>
                    )}
                    {a.documents.map((d) => (
                      <Badge key={d.id} size="xs" variant="outline" color="blue" title={d.label}>
                        Văn bản: {d.label.split(" – ")[0]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td w={150}>
                  <StatusBadge a={a} />
                </Table.Td>
                <Table.Td w={110}>
                  <Group gap={2} wrap="nowrap">
                    {a.status !== "hoan_thanh" && (
                      <CompleteButton
                        a={a}
                        opened={completing === a.id}
                        onOpen={() => setCompleting(a.id)}
                        onClose={() => setCompleting(null)}
                        onConfirm={(day) => setStatus(a, "hoan_thanh", day)}
                        saving={save.isPending}
                      />
                    )}
                    <RowActions
                      label={a.title}
                      onEdit={() => onEdit(a)}
                      confirmDelete={{
                        title: "Xóa hoạt động?",
                        message: `Xóa “${a.title}” khỏi kế hoạch. Có thể hoàn tác ngay sau khi xóa.`,
                      }}
                      onDelete={() => deleteWithUndo(a)}
                    />
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Trạng thái ${a.title}`}
                        >
                          <IconDotsVertical size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setStatus(a, "chua_bat_dau")}>
                          Chưa bắt đầu
                        </Menu.Item>
                        <Menu.Item onClick={() => setStatus(a, "dang_lam")}>Đang làm</Menu.Item>
                        <Menu.Item
                          disabled={a.status === "hoan_thanh"}
                          onClick={() => setCompleting(a.id)}
                        >
                          Hoàn thành…
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item onClick={() => setLinking(a)}>Văn bản của hoạt động…</Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {linking && year && (
        <ActivityDocumentsModal activity={linking} year={year} onClose={() => setLinking(null)} />
      )}
    </Card>
  );
}

export function PlanPage() {
  const year = useWorkingYear();
  const plan = useApiQuery("plans.get", { year: year ?? 0 }, { enabled: year !== null });
  const list = useApiQuery("plans.listActivities", { year: year ?? 0 }, { enabled: year !== null });
  const [editing, setEditing] = useState<{
    activity: PlanActivity | "new";
    quarter: number;
  } | null>(null);
  const [makingDocument, setMakingDocument] = useState(false);
  const [editingContent, setEditingContent] = useState(false);
  const [reporting, setReporting] = useState(false);
  if (year === null || plan.isPending) return null;
  if (!plan.data) {
    return (
      <>
        <PageHeader
          title={`Kế hoạch năm ${year}`}
          description="Kế hoạch công tác thi đua, khen thưởng và các hoạt động theo từng quý."
        />
        <StartYear year={year} />
      </>
    );
  }
  const activities = list.data ?? [];
  const review = activities.filter((a) => a.dateReview).length;
  return (
    <>
      <PageHeader
        title={`Kế hoạch năm ${year}`}
        description={plan.data.title}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconReportAnalytics size={16} />}
              onClick={() => setReporting(true)}
            >
              Báo cáo kết quả
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditingContent(true)}
            >
              Nội dung kế hoạch
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileText size={16} />}
              onClick={() => setMakingDocument(true)}
            >
              Tạo văn bản Kế hoạch
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ activity: "new", quarter: 1 })}
            >
              Thêm hoạt động
            </Button>
          </>
        }
      />
      {review > 0 && (
        <Alert color="orange" mb="md">
          {review} hoạt động có hạn rơi vào cuối tuần hoặc kỳ nghỉ Tết sau khi sao chép từ năm
          trước: hãy xem lại.
        </Alert>
      )}
      <Stack>
        {[1, 2, 3, 4].map((q) => (
          <QuarterTable
            key={q}
            quarter={q}
            activities={activities.filter((a) => a.quarter === q)}
            onEdit={(a) => setEditing({ activity: a, quarter: a.quarter })}
          />
        ))}
      </Stack>
      {reporting && <PeriodReportModal year={year} onClose={() => setReporting(false)} />}
      {editingContent && (
        <PlanContentModal plan={plan.data} onClose={() => setEditingContent(false)} />
      )}
      {makingDocument && <PlanDocumentModal year={year} onClose={() => setMakingDocument(false)} />}
      {editing && (
        <ActivityModal
          planId={plan.data.id}
          activity={editing.activity}
          defaultQuarter={editing.quarter}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
