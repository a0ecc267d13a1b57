import { Alert, Button, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useState } from "react";
import { ratingLabels, type RatingValue, type RatingsGrid } from "../../../electron/contract";
import { call } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChanges, useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { PageHeader } from "../../components/PageHeader";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { ExportButton, toOptions, useUnits } from "./shared";

const ratingOptions = toOptions(ratingLabels);

function Grid({ grid }: { grid: RatingsGrid }) {
  const [unitRating, setUnitRating] = useState<RatingValue | null>(grid.unitRating);
  const [rows, setRows] = useState(grid.rows);
  const save = useApiMutation("directory.saveRatingsGrid", { success: "Đã lưu kết quả xếp loại" });
  const dirty =
    unitRating !== grid.unitRating ||
    rows.some((r, i) => r.rating !== grid.rows[i]?.rating || r.note !== grid.rows[i]?.note);
  useUnsavedChangesGuard(dirty);
  const setAll = (rating: RatingValue) =>
    setRows((rs) => rs.map((r) => (r.rating ? r : { ...r, rating })));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          unitId: grid.unitId,
          year: grid.year,
          unitRating,
          rows: rows.map((r) => ({ personId: r.personId, rating: r.rating, note: r.note })),
        });
      }}
    >
      <Group mb="sm" align="flex-end">
        <Select
          label={`Xếp loại tập thể ${grid.unitName}`}
          data={ratingOptions}
          value={unitRating}
          onChange={(v) => setUnitRating(v as RatingValue | null)}
          clearable
          w={320}
        />
        <Select
          label="Điền cho những người chưa xếp loại"
          data={ratingOptions}
          value={null}
          onChange={(v) => v && setAll(v as RatingValue)}
          w={320}
        />
        <Button
          type="submit"
          leftSection={<IconDeviceFloppy size={16} />}
          loading={save.isPending}
          disabled={!dirty}
        >
          Lưu cả bảng
        </Button>
        <ExportButton
          run={() => call("directory.exportRatings", { unitId: grid.unitId, year: grid.year })}
          disabled={dirty}
          title={dirty ? "Lưu bảng trước khi xuất Excel" : undefined}
        />
      </Group>
      <Table striped withTableBorder verticalSpacing={2} aria-label="Bảng xếp loại">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>TT</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Chức vụ</Table.Th>
            <Table.Th w={320}>Xếp loại năm {grid.year}</Table.Th>
            <Table.Th>Ghi chú</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.personId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{r.fullName}</Table.Td>
              <Table.Td>{r.position}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Xếp loại ${r.fullName}`}
                  size="xs"
                  data={ratingOptions}
                  value={r.rating}
                  clearable
                  onChange={(v) =>
                    setRows((rs) =>
                      rs.map((x, j) => (j === i ? { ...x, rating: v as RatingValue | null } : x)),
                    )
                  }
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Ghi chú ${r.fullName}`}
                  size="xs"
                  value={r.note}
                  onChange={(e) => {
                    const note = e.currentTarget.value;
                    setRows((rs) => rs.map((x, j) => (j === i ? { ...x, note } : x)));
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="dimmed" mt="sm">
          Đơn vị này chưa có cá nhân nào.
        </Text>
      )}
    </form>
  );
}

export function RatingsPage() {
  const workingYear = useWorkingYear() ?? new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const { options } = useUnits();
  // Another unit or year replaces the table, and what is not saved yet with it.
  const { confirmDiscard } = useUnsavedChanges();
  const y = year ?? workingYear - 1;
  const grid = useApiQuery(
    "directory.getRatingsGrid",
    { unitId: unitId ?? "", year: y },
    { enabled: !!unitId },
  );
  const years = Array.from({ length: 12 }, (_, i) => String(workingYear - i));
  return (
    <>
      <PageHeader
        title="Đánh giá, xếp loại"
        description="Nhập kết quả đánh giá, xếp loại cả năm của một đơn vị (tập thể và từng cá nhân) trong một bảng."
      />
      <Group mb="md">
        <Select
          label="Đơn vị"
          placeholder="Chọn đơn vị"
          data={options}
          searchable
          value={unitId}
          onChange={(v) => confirmDiscard(() => setUnitId(v))}
          w={420}
          data-autofocus
        />
        <Select
          label="Năm"
          data={years}
          value={String(y)}
          onChange={(v) => v && confirmDiscard(() => setYear(Number(v)))}
          allowDeselect={false}
          w={110}
        />
      </Group>
      {!unitId && <Alert color="gray">Chọn một đơn vị để xem và nhập xếp loại.</Alert>}
      {grid.data && <Grid key={`${grid.data.unitId}-${grid.data.year}`} grid={grid.data} />}
    </>
  );
}
