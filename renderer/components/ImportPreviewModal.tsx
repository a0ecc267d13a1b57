import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconAlertTriangle, IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { offerDownload, pickFile } from "../api/files";
import { notifyError } from "../api/hooks";

/** What every .xlsx import preview has: one row per line of the file, with its fate and why. */
export interface ImportRow {
  row: number;
  label: string;
  reason: string;
  /** An update's changes, field by field (old → new). */
  changes?: { field: string; from: string; to: string }[];
}
interface ImportPreview {
  token: string;
  fileName: string;
  convertedCells: number;
  formulaCells: number;
  rows: ImportRow[];
}
type RowOf<P extends ImportPreview> = P["rows"][number];

export interface ImportColumn<R> {
  header: string;
  w?: number;
  cell: (row: R) => ReactNode;
}
export const rowColumn: ImportColumn<ImportRow> = { header: "Dòng", w: 60, cell: (r) => r.row };
export const labelColumn: ImportColumn<ImportRow> = { header: "Nội dung", cell: (r) => r.label };

/** Colours of the usual row statuses (new, update, duplicate, error). */
export const importStatusColor = {
  new: "teal",
  update: "blue",
  unchanged: "gray",
  duplicate: "yellow",
  error: "red",
} as const;

/** The dialog's own reading of a preview: counts, what blocks it, the note and the button. */
export interface ImportSummary {
  badges: { text: string; color?: string }[];
  /** Rows in error: left out of the import (the officer fixes the file, or imports the rest). */
  errorRows?: number;
  alert?: ReactNode;
  note: ReactNode;
  commitLabel: string;
  /** False when the file has nothing to write. */
  canCommit: boolean;
}

interface Props<P extends ImportPreview> {
  title: string;
  /** What the file must hold, shown until one is chosen. */
  intro: ReactNode;
  pick: { accept: string[]; title: string };
  /** Offers "Tải tệp mẫu" in the dialog itself: writes the template and returns its path. */
  template?: () => Promise<{ path: string }>;
  /** The preview mutation: its data is the preview shown; reset goes back to choosing a file. */
  preview: { data?: P; isPending: boolean; reset: () => void };
  onFile: (path: string) => void;
  commit: { isPending: boolean; mutate: (input: { token: string; skipRows?: number[] }) => void };
  /** `skipped`: the row numbers the officer unticked. */
  summarize: (preview: P, skipped: ReadonlySet<number>) => ImportSummary;
  table: {
    label: string;
    columns?: ImportColumn<RowOf<P>>[];
    status: (row: RowOf<P>) => { label: string; color: string };
    reasonHeader?: string;
    rowKey?: (row: RowOf<P>) => string | number;
    /** Rows the officer may untick so they are not written (all ticked at first). */
    selectable?: (row: RowOf<P>) => boolean;
  };
  onClose: () => void;
}

/**
 * Choose an .xlsx file, see every row's fate and the reason, then confirm: the backend writes all
 * the valid rows in one transaction (after a backup) or nothing.
 */
export function ImportPreviewModal<P extends ImportPreview>(props: Props<P>) {
  const { preview, table } = props;
  const [busy, setBusy] = useState<"pick" | "template" | null>(null);
  const run = async (what: "pick" | "template", task: () => Promise<void>) => {
    setBusy(what);
    try {
      await task();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  const choose = () =>
    run("pick", async () => {
      const file = await pickFile(props.pick);
      if (file) props.onFile(file.path);
    });
  const template = props.template;
  const download = template
    ? () => run("template", async () => void (await offerDownload((await template()).path)))
    : undefined;
  const data = preview.data;
  // Unticked rows, by row number; a new preview starts with every row ticked.
  const [unticked, setUnticked] = useState<{ token: string; rows: Set<number> } | null>(null);
  const skipped = data && unticked?.token === data.token ? unticked.rows : new Set<number>();
  const toggle = (row: number, on: boolean) => {
    const rows = new Set(skipped);
    if (on) rows.delete(row);
    else rows.add(row);
    setUnticked({ token: data!.token, rows });
  };
  const summary = data ? props.summarize(data, skipped) : null;
  const errors = summary?.errorRows ?? 0;
  const columns = table.columns ?? [rowColumn, labelColumn];
  return (
    <Modal opened onClose={props.onClose} title={props.title} size="xl">
      <Stack>
        {!data && (
          <>
            <Text size="sm">{props.intro}</Text>
            <Group>
              <Button
                leftSection={<IconFileUpload size={16} />}
                loading={busy === "pick" || preview.isPending}
                onClick={() => void choose()}
              >
                Chọn tệp…
              </Button>
              {download && (
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  loading={busy === "template"}
                  onClick={() => void download()}
                >
                  Tải tệp mẫu
                </Button>
              )}
            </Group>
          </>
        )}
        {data && summary && (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {data.fileName}:
              </Text>
              {summary.badges.map((b) => (
                <Badge key={b.text} color={b.color} variant="light">
                  {b.text}
                </Badge>
              ))}
            </Group>
            {data.convertedCells > 0 && (
              <Alert color="blue" icon={<IconAlertTriangle size={16} />}>
                Đã chuyển {data.convertedCells} ô từ mã TCVN3/VNI sang Unicode. Hãy xem lại các dòng
                bên dưới.
              </Alert>
            )}
            {data.formulaCells > 0 && (
              <Alert color="blue" icon={<IconAlertTriangle size={16} />}>
                Có {data.formulaCells} ô là công thức: ứng dụng dùng giá trị Excel đang hiển thị cho
                các ô đó. Hãy xem lại các dòng bên dưới.
              </Alert>
            )}
            {errors > 0 && (
              <Alert color="red" icon={<IconAlertTriangle size={16} />}>
                Tệp có {errors} dòng lỗi: các dòng đó sẽ không được nhập (xem lý do bên dưới). Hãy
                sửa tệp rồi chọn lại, hoặc nhập các dòng hợp lệ.
              </Alert>
            )}
            {summary.alert}
            <ScrollArea h={360}>
              <Table striped withTableBorder aria-label={table.label}>
                <Table.Thead>
                  <Table.Tr>
                    {table.selectable && <Table.Th w={40}>Nhập</Table.Th>}
                    {columns.map((c) => (
                      <Table.Th key={c.header} w={c.w}>
                        {c.header}
                      </Table.Th>
                    ))}
                    <Table.Th w={130}>Kết quả</Table.Th>
                    <Table.Th>{table.reasonHeader ?? "Lý do"}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((r) => {
                    const status = table.status(r);
                    return (
                      <Table.Tr key={table.rowKey?.(r) ?? r.row}>
                        {table.selectable && (
                          <Table.Td>
                            {table.selectable(r) && (
                              <Checkbox
                                aria-label={`Nhập dòng ${r.row}`}
                                checked={!skipped.has(r.row)}
                                onChange={(e) => toggle(r.row, e.currentTarget.checked)}
                              />
                            )}
                          </Table.Td>
                        )}
                        {columns.map((c) => (
                          <Table.Td key={c.header}>{c.cell(r)}</Table.Td>
                        ))}
                        <Table.Td>
                          <Badge color={status.color} variant="light">
                            {status.label}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{r.reason}</Text>
                          {r.changes?.map((c) => (
                            <Text size="xs" key={c.field}>
                              {c.field}: <s>{c.from}</s> → <b>{c.to}</b>
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Text size="sm" c="dimmed">
              {summary.note}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={preview.reset}>
                Chọn tệp khác
              </Button>
              <Button
                disabled={!summary.canCommit}
                loading={props.commit.isPending}
                onClick={() =>
                  props.commit.mutate(
                    table.selectable
                      ? { token: data.token, skipRows: [...skipped] }
                      : { token: data.token },
                  )
                }
              >
                {summary.commitLabel}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
