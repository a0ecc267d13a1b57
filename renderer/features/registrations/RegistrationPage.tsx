import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { keepPreviousData } from "@tanstack/react-query";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconChevronDown,
  IconCopy,
  IconDeviceFloppy,
  IconFileUpload,
  IconUsersPlus,
  IconX,
} from "@tabler/icons-react";
import { useState, type KeyboardEvent } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import {
  ratingLabels,
  registrationStatuses,
  type RatingValue,
  type Registration,
  type RegistrationPersonLine,
  type RegistrationStatus,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { notifyError, notifySuccess, useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { AddRowButton, RemoveRowButton } from "../../components/RowButtons";
import { formatDate } from "../../lib/format";
import { statusColors } from "./labels";
import { ImportRegistrationModal, StatusModal } from "./RegistrationModals";

type Line = RegistrationPersonLine;
interface Draft {
  note: string;
  titles: { titleCode: string; note: string }[];
  targets: { text: string; number: number | null; unit: string }[];
  people: Line[];
}
type Scope = { year: number; movementId: string | null; unitId: string };

const blankLine = (titleCode = "LDTT"): Line => ({
  personId: null,
  fullName: "",
  birthYear: null,
  position: "",
  isLeader: false,
  titleCode,
  note: "",
  lastYearRating: null,
});

const FREE = "free:";

/** Search the unit's people in the directory, or keep a typed name that is not there yet. */
function PersonPicker({
  unitId,
  row,
  onPick,
}: {
  unitId: string;
  row: number;
  onPick: (line: Partial<Line>) => void;
}) {
  const [search, setSearch] = useState("");
  const people = useApiQuery(
    "directory.listPeople",
    { q: search, unitId, withSubUnits: true, pageSize: 15 },
    { enabled: search.trim().length > 0, placeholderData: keepPreviousData },
  );
  const found = search.trim() ? (people.data?.rows ?? []) : [];
  const data = [
    ...found.map((p) => ({
      value: p.id,
      label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ""} – ${p.position || p.unitName}`,
    })),
    ...(search.trim()
      ? [
          {
            value: `${FREE}${search.trim()}`,
            label: `Ghi tên “${search.trim()}” (chưa có trong danh bạ)`,
          },
        ]
      : []),
  ];
  return (
    <Select
      aria-label={`Cá nhân dòng ${row}`}
      placeholder="Gõ tên để tìm trong danh bạ…"
      searchable
      size="xs"
      data={data}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() ? "Không tìm thấy" : "Gõ tên để tìm"}
      onChange={(v) => {
        if (!v) return;
        if (v.startsWith(FREE)) onPick({ personId: null, fullName: v.slice(FREE.length) });
        else {
          const p = found.find((x) => x.id === v);
          if (p)
            onPick({
              personId: p.id,
              fullName: p.fullName,
              birthYear: p.birthYear,
              position: p.position,
              isLeader: p.isLeader,
              lastYearRating: null,
            });
        }
        setSearch("");
      }}
    />
  );
}

function Editor({ reg, scope }: { reg: Registration; scope: Scope }) {
  const [draft, setDraft] = useState<Draft>({
    note: reg.note,
    titles: reg.titles,
    targets: reg.targets,
    people: reg.people,
  });
  const [dirty, setDirty] = useState(false);
  const [importing, setImporting] = useState(false);
  const [statusFor, setStatusFor] = useState<RegistrationStatus | null>(null);
  const update = (fn: (d: Draft) => Draft) => {
    setDraft(fn);
    setDirty(true);
  };
  const personal = reg.titleOptions.filter((t) => t.recipientKind === "ca_nhan");
  const collective = reg.titleOptions.filter((t) => t.recipientKind === "tap_the");
  const titleName = new Map(reg.titleOptions.map((t) => [t.code, t.name]));

  // Warnings of the grid as it is now (complete lines only), mapped back to the grid's rows.
  const complete = draft.people
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.titleCode && (l.personId || l.fullName.trim()));
  const check = useApiQuery(
    "registrations.check",
    {
      ...scope,
      titles: [],
      targets: [],
      people: complete.map(({ l }) => ({
        personId: l.personId,
        fullName: l.fullName.trim(),
        birthYear: l.birthYear,
        isLeader: l.isLeader,
        titleCode: l.titleCode,
      })),
    },
    { placeholderData: keepPreviousData },
  );
  const warnings = (check.data ?? []).map((w) => ({
    ...w,
    row: w.line === null ? null : (complete[w.line]?.i ?? null),
  }));

  const save = useApiMutation("registrations.save", {
    success: "Đã lưu bản đăng ký",
    onSuccess: () => setDirty(false),
  });
  const remove = useApiMutation("registrations.delete", { success: "Đã xóa bản đăng ký" });
  const submit = () =>
    save.mutate({
      ...scope,
      note: draft.note,
      titles: draft.titles.filter((t) => t.titleCode),
      targets: draft.targets.filter((t) => t.text.trim()),
      people: draft.people
        .filter((l) => l.personId || l.fullName.trim())
        .map(({ lastYearRating: _r, ...l }) => ({ ...l, fullName: l.fullName.trim() })),
    });

  const prefill = async () => {
    try {
      const p = await call("registrations.prefill", scope);
      const apply = () => {
        update(() => ({
          note: draft.note,
          titles: p.titles,
          targets: p.targets,
          people: p.people,
        }));
        notifySuccess(
          `Đã lấy ${p.people.length} cá nhân, ${p.titles.length} danh hiệu tập thể, ${p.targets.length} chỉ tiêu từ năm ${p.fromYear}${p.dropped ? ` (bỏ ${p.dropped} dòng: người đã chuyển đơn vị hoặc chưa có trong danh bạ)` : ""}. Hãy xem lại rồi bấm Lưu.`,
        );
      };
      if (draft.people.length || draft.titles.length || draft.targets.length)
        confirmAction({
          title: "Thay bằng bản đăng ký năm trước?",
          message: `Nội dung đang có trên màn hình sẽ được thay bằng bản đăng ký năm ${p.fromYear} (chưa lưu cho đến khi bấm Lưu).`,
          confirmLabel: "Thay",
          onConfirm: apply,
        });
      else apply();
    } catch (e) {
      notifyError(e);
    }
  };

  const addWholeUnit = async () => {
    try {
      const res = await call("directory.listPeople", {
        unitId: scope.unitId,
        withSubUnits: false,
        pageSize: 200,
      });
      const have = new Set(draft.people.map((l) => l.personId).filter(Boolean));
      const add = res.rows
        .filter((p) => !have.has(p.id))
        .map((p) => ({
          ...blankLine(),
          personId: p.id,
          fullName: p.fullName,
          birthYear: p.birthYear,
          position: p.position,
          isLeader: p.isLeader,
        }));
      update((d) => ({
        ...d,
        people: [...d.people.filter((l) => l.personId || l.fullName.trim()), ...add],
      }));
      notifySuccess(`Đã thêm ${add.length} cá nhân của đơn vị với danh hiệu Lao động tiên tiến.`);
    } catch (e) {
      notifyError(e);
    }
  };

  const setLine = (i: number, patch: Partial<Line>) =>
    update((d) => ({ ...d, people: d.people.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  // Enter on the last row adds a new one, so a list can be typed without the mouse.
  const onRowKey = (i: number) => (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const isCombobox = target.getAttribute("aria-haspopup") === "listbox";
    if (
      e.key === "Enter" &&
      i === draft.people.length - 1 &&
      target.tagName === "INPUT" &&
      !isCombobox
    ) {
      e.preventDefault();
      update((d) => ({ ...d, people: [...d.people, blankLine()] }));
    }
  };

  const statusActions: { status: RegistrationStatus; label: string }[] = [
    { status: "da_nop", label: "Đã nhận (đã nộp)…" },
    { status: "can_bo_sung", label: "Yêu cầu bổ sung…" },
    { status: "da_duyet", label: "Duyệt" },
    { status: "chua_nop", label: "Đặt lại “Chưa nộp”…" },
  ];
  const lineWarnings = (i: number) => warnings.filter((w) => w.row === i);
  const general = warnings.filter((w) => w.row === null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <PageHeader
        title={`Đăng ký thi đua ${scope.year} – ${reg.unitName}`}
        description={
          <Group gap="xs" component="span">
            <Badge color={statusColors[reg.status]} variant="light">
              {registrationStatuses[reg.status]}
            </Badge>
            {reg.receivedDate && <span>Ngày nhận {formatDate(reg.receivedDate)}</span>}
            {reg.deadline && <span>· Hạn đăng ký {formatDate(reg.deadline)}</span>}
            {reg.status === "can_bo_sung" && <span>· Cần bổ sung: {reg.reason}</span>}
          </Group>
        }
        actions={
          <>
            <Button
              variant="subtle"
              component={Link}
              to={`/dang-ky${scope.movementId ? `?phong-trao=${scope.movementId}` : ""}`}
              leftSection={<IconArrowLeft size={16} />}
            >
              Danh sách
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} />}>
                  Tình trạng
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {statusActions.map((a) => (
                  <Menu.Item
                    key={a.status}
                    disabled={a.status === reg.status}
                    onClick={() => {
                      if (dirty) {
                        notifications.show({
                          color: "orange",
                          message: "Hãy lưu bản đăng ký trước khi đổi tình trạng.",
                        });
                        return;
                      }
                      setStatusFor(a.status);
                    }}
                  >
                    {a.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={save.isPending}
            >
              Lưu
            </Button>
          </>
        }
      />
      {statusFor && (
        <StatusModal
          status={statusFor}
          scope={scope}
          unitName={reg.unitName}
          receivedDate={reg.receivedDate}
          onClose={() => setStatusFor(null)}
        />
      )}
      {importing && (
        <ImportRegistrationModal
          scope={scope}
          unitName={reg.unitName}
          onClose={() => setImporting(false)}
        />
      )}
      <Group mb="sm" gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCopy size={14} />}
          onClick={() => void prefill()}
        >
          Lấy từ năm {scope.year - 1}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconUsersPlus size={14} />}
          onClick={() => void addWholeUnit()}
        >
          Thêm tất cả cá nhân của đơn vị
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileUpload size={14} />}
          onClick={() => setImporting(true)}
        >
          Nhập từ Excel
        </Button>
        {reg.id && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() =>
              confirmAction({
                title: "Xóa bản đăng ký?",
                message: `Xóa toàn bộ bản đăng ký năm ${scope.year} của ${reg.unitName} (danh hiệu tập thể, chỉ tiêu, danh sách cá nhân) và tình trạng nộp.`,
                confirmLabel: "Xóa",
                onConfirm: () => remove.mutate(scope),
              })
            }
          >
            Xóa bản đăng ký
          </Button>
        )}
        {dirty && (
          <Text size="sm" c="orange">
            Có thay đổi chưa lưu.
          </Text>
        )}
      </Group>
      {general.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={16} />}
          mb="sm"
          title="Cảnh báo"
          aria-label="Cảnh báo đăng ký"
        >
          <Stack gap={2}>
            {general.map((w) => (
              <Text size="sm" key={w.message}>
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Stack>
        <Paper withBorder p="md">
          <Title order={4} mb="xs">
            Danh hiệu tập thể
          </Title>
          <Stack gap="xs">
            {draft.titles.map((t, i) => (
              <Group key={i} gap="xs" wrap="nowrap">
                <Select
                  aria-label={`Danh hiệu tập thể ${i + 1}`}
                  w={360}
                  size="xs"
                  searchable
                  data={collective.map((c) => ({ value: c.code, label: c.name }))}
                  value={t.titleCode || null}
                  onChange={(v) =>
                    update((d) => ({
                      ...d,
                      titles: d.titles.map((x, j) => (j === i ? { ...x, titleCode: v ?? "" } : x)),
                    }))
                  }
                />
                <TextInput
                  aria-label={`Ghi chú danh hiệu tập thể ${i + 1}`}
                  placeholder="Ghi chú"
                  size="xs"
                  style={{ flex: 1 }}
                  value={t.note}
                  onChange={(e) => {
                    const note = e.currentTarget.value;
                    update((d) => ({
                      ...d,
                      titles: d.titles.map((x, j) => (j === i ? { ...x, note } : x)),
                    }));
                  }}
                />
                <RemoveRowButton
                  label={`Xóa danh hiệu tập thể ${i + 1}`}
                  onClick={() =>
                    update((d) => ({ ...d, titles: d.titles.filter((_, j) => j !== i) }))
                  }
                />
              </Group>
            ))}
            <AddRowButton
              label="Thêm danh hiệu tập thể"
              onClick={() =>
                update((d) => ({ ...d, titles: [...d.titles, { titleCode: "", note: "" }] }))
              }
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="xs">
            Chỉ tiêu đăng ký
          </Title>
          <Stack gap="xs">
            {draft.targets.map((t, i) => (
              <Group key={i} gap="xs" wrap="nowrap">
                <TextInput
                  aria-label={`Chỉ tiêu ${i + 1}`}
                  placeholder="Nội dung chỉ tiêu (ví dụ: 100% cán bộ hoàn thành tốt nhiệm vụ)"
                  size="xs"
                  style={{ flex: 1 }}
                  value={t.text}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    update((d) => ({
                      ...d,
                      targets: d.targets.map((x, j) => (j === i ? { ...x, text } : x)),
                    }));
                  }}
                />
                <NumberInput
                  aria-label={`Số lượng chỉ tiêu ${i + 1}`}
                  placeholder="Số"
                  size="xs"
                  w={100}
                  decimalSeparator=","
                  value={t.number ?? ""}
                  onChange={(v) =>
                    update((d) => ({
                      ...d,
                      targets: d.targets.map((x, j) =>
                        j === i ? { ...x, number: v === "" ? null : Number(v) } : x,
                      ),
                    }))
                  }
                />
                <TextInput
                  aria-label={`Đơn vị tính chỉ tiêu ${i + 1}`}
                  placeholder="Đơn vị tính"
                  size="xs"
                  w={120}
                  value={t.unit}
                  onChange={(e) => {
                    const unit = e.currentTarget.value;
                    update((d) => ({
                      ...d,
                      targets: d.targets.map((x, j) => (j === i ? { ...x, unit } : x)),
                    }));
                  }}
                />
                <RemoveRowButton
                  label={`Xóa chỉ tiêu ${i + 1}`}
                  onClick={() =>
                    update((d) => ({ ...d, targets: d.targets.filter((_, j) => j !== i) }))
                  }
                />
              </Group>
            ))}
            <AddRowButton
              label="Thêm chỉ tiêu"
              onClick={() =>
                update((d) => ({
                  ...d,
                  targets: [...d.targets, { text: "", number: null, unit: "" }],
                }))
              }
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={4}>Cá nhân đăng ký ({complete.length})</Title>
            <Text size="sm" c="dimmed">
              {personal
                .map((t) => [t, draft.people.filter((l) => l.titleCode === t.code).length] as const)
                .filter(([, n]) => n > 0)
                .map(([t, n]) => `${t.name}: ${n}`)
                .join(" · ")}
            </Text>
          </Group>
          <Table withTableBorder aria-label="Cá nhân đăng ký">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>STT</Table.Th>
                <Table.Th miw={230}>Họ và tên</Table.Th>
                <Table.Th w={90}>Năm sinh</Table.Th>
                <Table.Th w={160}>Chức vụ</Table.Th>
                <Table.Th w={60}>Lãnh đạo</Table.Th>
                <Table.Th w={210}>Danh hiệu đăng ký</Table.Th>
                <Table.Th w={140}>Xếp loại năm {scope.year - 1}</Table.Th>
                <Table.Th w={130}>Ghi chú</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.people.map((l, i) => {
                const ws = lineWarnings(i);
                return (
                  <Table.Tr
                    key={i}
                    onKeyDown={onRowKey(i)}
                    bg={ws.length ? "var(--mantine-color-orange-0)" : undefined}
                  >
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      {l.personId || l.fullName ? (
                        <Group gap={4} wrap="nowrap" align="flex-start">
                          {l.personId ? (
                            <Text size="sm" style={{ flex: 1 }}>
                              {l.fullName}
                            </Text>
                          ) : (
                            <TextInput
                              aria-label={`Họ tên dòng ${i + 1}`}
                              size="xs"
                              style={{ flex: 1 }}
                              description="Chưa có trong danh bạ"
                              inputWrapperOrder={["input", "description"]}
                              value={l.fullName}
                              onChange={(e) => setLine(i, { fullName: e.currentTarget.value })}
                            />
                          )}
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            color="gray"
                            aria-label={`Chọn lại cá nhân dòng ${i + 1}`}
                            onClick={() => setLine(i, { ...blankLine(l.titleCode) })}
                          >
                            <IconX size={12} />
                          </ActionIcon>
                        </Group>
                      ) : (
                        <PersonPicker
                          unitId={scope.unitId}
                          row={i + 1}
                          onPick={(p) => setLine(i, p)}
                        />
                      )}
                      {ws.map((w) => (
                        <Text key={w.message} size="xs" c="orange.8">
                          ⚠ {w.message}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      {l.personId ? (
                        <Text size="sm">{l.birthYear ?? ""}</Text>
                      ) : (
                        <NumberInput
                          aria-label={`Năm sinh dòng ${i + 1}`}
                          size="xs"
                          hideControls
                          thousandSeparator={false}
                          value={l.birthYear ?? ""}
                          onChange={(v) => setLine(i, { birthYear: v === "" ? null : Number(v) })}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Chức vụ dòng ${i + 1}`}
                        size="xs"
                        value={l.position}
                        onChange={(e) => setLine(i, { position: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Lãnh đạo dòng ${i + 1}`}
                        checked={l.isLeader}
                        disabled={!!l.personId}
                        title={l.personId ? "Theo danh bạ" : undefined}
                        onChange={(e) => setLine(i, { isLeader: e.currentTarget.checked })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Danh hiệu dòng ${i + 1}`}
                        size="xs"
                        allowDeselect={false}
                        data={personal.map((t) => ({ value: t.code, label: t.name }))}
                        value={l.titleCode || null}
                        onChange={(v) => setLine(i, { titleCode: v ?? "" })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {l.lastYearRating ? ratingLabels[l.lastYearRating as RatingValue] : ""}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Ghi chú dòng ${i + 1}`}
                        size="xs"
                        value={l.note}
                        onChange={(e) => setLine(i, { note: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <RemoveRowButton
                        label={`Xóa dòng ${i + 1}`}
                        onClick={() =>
                          update((d) => ({ ...d, people: d.people.filter((_, j) => j !== i) }))
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group mt="xs">
            <AddRowButton
              label="Thêm cá nhân"
              onClick={() => update((d) => ({ ...d, people: [...d.people, blankLine()] }))}
            />
            <Text size="xs" c="dimmed">
              Tab để chuyển ô; Enter ở dòng cuối để thêm dòng mới. {titleName.size} danh hiệu trong
              danh mục năm {scope.year}.
            </Text>
          </Group>
        </Paper>
        <TextInput
          label="Ghi chú của bản đăng ký"
          value={draft.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            update((d) => ({ ...d, note }));
          }}
        />
      </Stack>
    </form>
  );
}

export function RegistrationPage() {
  const year = useWorkingYear();
  const { unitId = "" } = useParams();
  const [params] = useSearchParams();
  const movementId = params.get("phong-trao");
  const scope = { year: year ?? 0, movementId, unitId };
  const reg = useApiQuery("registrations.get", scope, { enabled: year !== null });
  if (year === null) return null;
  if (reg.error)
    return (
      <Alert color="red" title="Không mở được bản đăng ký">
        {reg.error.message}
      </Alert>
    );
  if (!reg.data) return null;
  const d = reg.data;
  // Remount the editor when the saved content changes (after saving, importing, status changes).
  const key = JSON.stringify([d.id, d.status, d.note, d.titles, d.targets, d.people]);
  return <Editor key={key} reg={d} scope={scope} />;
}
