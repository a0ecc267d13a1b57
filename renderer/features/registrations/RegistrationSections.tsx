import {
  ActionIcon,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { IconX } from "@tabler/icons-react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  familyCountNote,
  familyCounts,
  ratingLabels,
  type RatingValue,
} from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { keepServerResults, rankByMatch } from "../../lib/folded-filter";
import { AddRowButton, RemoveRowButton } from "../../components/RowButtons";

import { blankLine, type RegistrationDraft, type Scope, type Line } from "./useRegistrationDraft";

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
  // The directory finds the names; the best match comes first ("Lan" before "Lành").
  const found = rankByMatch(people.data?.rows ?? [], search, (p) => p.fullName);
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
      filter={keepServerResults}
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

/** The collective titles the unit registers. */
export function CollectiveTitles({ draft: r }: { draft: RegistrationDraft }) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        Danh hiệu tập thể
      </Title>
      <Stack gap="xs">
        {r.draft.titles.map((t, i) => (
          <Group key={i} gap="xs" wrap="nowrap">
            <Select
              aria-label={`Danh hiệu tập thể ${i + 1}`}
              w={360}
              size="xs"
              searchable
              data={r.collective.map((c) => ({ value: c.code, label: c.name }))}
              value={t.titleCode || null}
              onChange={(v) =>
                r.update((d) => ({
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
                r.update((d) => ({
                  ...d,
                  titles: d.titles.map((x, j) => (j === i ? { ...x, note } : x)),
                }));
              }}
            />
            <RemoveRowButton
              label={`Xóa danh hiệu tập thể ${i + 1}`}
              onClick={() =>
                r.update((d) => ({ ...d, titles: d.titles.filter((_, j) => j !== i) }))
              }
            />
          </Group>
        ))}
        <AddRowButton
          label="Thêm danh hiệu tập thể"
          onClick={() =>
            r.update((d) => ({ ...d, titles: [...d.titles, { titleCode: "", note: "" }] }))
          }
        />
      </Stack>
    </Paper>
  );
}

/** The unit's targets (chỉ tiêu), each with a number and a unit of measure. */
export function Targets({ draft: r }: { draft: RegistrationDraft }) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        Chỉ tiêu đăng ký
      </Title>
      <Stack gap="xs">
        {r.draft.targets.map((t, i) => (
          <Group key={i} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Chỉ tiêu ${i + 1}`}
              placeholder="Nội dung chỉ tiêu (ví dụ: 100% cán bộ hoàn thành tốt nhiệm vụ)"
              size="xs"
              style={{ flex: 1 }}
              value={t.text}
              onChange={(e) => {
                const text = e.currentTarget.value;
                r.update((d) => ({
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
                r.update((d) => ({
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
                r.update((d) => ({
                  ...d,
                  targets: d.targets.map((x, j) => (j === i ? { ...x, unit } : x)),
                }));
              }}
            />
            <RemoveRowButton
              label={`Xóa chỉ tiêu ${i + 1}`}
              onClick={() =>
                r.update((d) => ({ ...d, targets: d.targets.filter((_, j) => j !== i) }))
              }
            />
          </Group>
        ))}
        <AddRowButton
          label="Thêm chỉ tiêu"
          onClick={() =>
            r.update((d) => ({
              ...d,
              targets: [...d.targets, { text: "", number: null, unit: "" }],
            }))
          }
        />
      </Stack>
    </Paper>
  );
}

/**
 * Puts the keyboard focus on the grid's input with this label once React has drawn it: the row
 * just added, the next cell after a person is picked (the picker itself is gone by then).
 */
function useFocusAfterRender() {
  const grid = useRef<HTMLTableElement>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    grid.current
      ?.querySelector<HTMLInputElement>(`input[aria-label="${pending.current}"]`)
      ?.focus();
    pending.current = null;
  });
  return { grid, focusAfterRender: (label: string) => void (pending.current = label) };
}

/** The people registering, one row each, typed from the keyboard. */
export function PeopleGrid({ draft: r, scope }: { draft: RegistrationDraft; scope: Scope }) {
  const { grid, focusAfterRender } = useFocusAfterRender();
  const addLine = () => {
    r.addLine();
    focusAfterRender(`Cá nhân dòng ${r.draft.people.length + 1}`);
  };
  // Enter on the last row adds a new one, so a list can be typed without the mouse.
  const onRowKey = (i: number) => (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const isCombobox = target.getAttribute("aria-haspopup") === "listbox";
    const last = i === r.draft.people.length - 1;
    if (e.key === "Enter" && last && target.tagName === "INPUT" && !isCombobox) {
      e.preventDefault();
      addLine();
    }
  };
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Cá nhân đăng ký ({r.complete.length})</Title>
        <Text size="sm" c="dimmed">
          {personalSummary(r.personal, r.draft.people)}
        </Text>
      </Group>
      <Table ref={grid} withTableBorder aria-label="Cá nhân đăng ký">
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
          {r.draft.people.map((l, i) => {
            const ws = r.lineWarnings(i);
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
                          onChange={(e) => r.setLine(i, { fullName: e.currentTarget.value })}
                        />
                      )}
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        aria-label={`Chọn lại cá nhân dòng ${i + 1}`}
                        onClick={() => r.setLine(i, { ...blankLine(l.titleCode) })}
                      >
                        <IconX size={12} />
                      </ActionIcon>
                    </Group>
                  ) : (
                    <PersonPicker
                      unitId={scope.unitId}
                      row={i + 1}
                      onPick={(p) => {
                        r.setLine(i, p);
                        focusAfterRender(`${p.personId ? "Chức vụ" : "Năm sinh"} dòng ${i + 1}`);
                      }}
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
                      onChange={(v) => r.setLine(i, { birthYear: v === "" ? null : Number(v) })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Chức vụ dòng ${i + 1}`}
                    size="xs"
                    value={l.position}
                    onChange={(e) => r.setLine(i, { position: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`Lãnh đạo dòng ${i + 1}`}
                    checked={l.isLeader}
                    disabled={!!l.personId}
                    title={l.personId ? "Theo danh bạ" : undefined}
                    onChange={(e) => r.setLine(i, { isLeader: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Danh hiệu dòng ${i + 1}`}
                    size="xs"
                    allowDeselect={false}
                    data={r.personal.map((t) => ({ value: t.code, label: t.name }))}
                    value={l.titleCode || null}
                    onChange={(v) => r.setLine(i, { titleCode: v ?? "" })}
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
                    onChange={(e) => r.setLine(i, { note: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <RemoveRowButton
                    label={`Xóa dòng ${i + 1}`}
                    onClick={() =>
                      r.update((d) => ({ ...d, people: d.people.filter((_, j) => j !== i) }))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group mt="xs">
        <AddRowButton label="Thêm cá nhân" onClick={addLine} />
        <Text size="xs" c="dimmed">
          Tab để chuyển ô; Enter ở dòng cuối để thêm dòng mới. {r.titleName.size} danh hiệu trong
          danh mục năm {scope.year}.
        </Text>
      </Group>
    </Paper>
  );
}

/** "Lao động tiên tiến*: 19 · Chiến sĩ thi đua cơ sở*: 4" — counted as the list and roll-up count. */
function personalSummary(
  titles: readonly { code: string; name: string }[],
  people: readonly { titleCode: string }[],
): string {
  const byTitle: Record<string, number> = {};
  for (const l of people) byTitle[l.titleCode] = (byTitle[l.titleCode] ?? 0) + 1;
  const counts: Record<string, number> = { ...byTitle, ...familyCounts(byTitle) };
  const parts = titles
    .filter((t) => (counts[t.code] ?? 0) > 0)
    .map((t) => `${t.name}${t.code in familyCounts({}) ? "*" : ""}: ${counts[t.code]}`);
  return parts.length ? `${parts.join(" · ")} (*${familyCountNote})` : "";
}
