import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  ColorInput,
  Group,
  NumberInput,
  type NumberInputProps,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconPlus,
  IconPrinter,
  IconRestore,
  IconTrash,
} from "@tabler/icons-react";
import { useMemo, useState } from "react";
import {
  CERT_MAX_OFFSET,
  certificateFieldLabels,
  certificateFields,
  certificateLayoutSchema,
  type CertificateBox,
  type CertificateField,
  type CertificateLayout,
} from "../../../electron/contract";
import { offerDownload } from "../../api/files";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { zodValidate } from "../../components/form-utils";
import { LayoutPreview } from "./LayoutPreview";

/** A NumberInput's value as a number; NaN for an empty or unfinished entry (zod then says so). */
const num = (v: number | string) => (typeof v === "number" ? v : v.trim() === "" ? NaN : Number(v));

/**
 * A NumberInput over a number that may also change from outside (dragging): it keeps what the
 * officer is typing ("-", "12,") while that still means the same number, else shows the value.
 */
function NumField({
  value,
  onValue,
  ...props
}: Omit<NumberInputProps, "value" | "onChange"> & {
  value: number;
  onValue: (v: number) => void;
}) {
  const [raw, setRaw] = useState<number | string>(value);
  const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
  return (
    <NumberInput
      {...props}
      value={same(num(raw), value) ? raw : value}
      onChange={(v) => {
        setRaw(v);
        onValue(num(v));
      }}
    />
  );
}

const numberProps = {
  decimalSeparator: ",",
  hideControls: true,
  size: "xs" as const,
  w: 68,
};

function BoxRow({
  field,
  box,
  errors,
  selected,
  onSelect,
  onChange,
}: {
  field: CertificateField;
  box: CertificateBox;
  errors: Record<string, string>;
  selected: boolean;
  onSelect: () => void;
  onChange: (patch: Partial<CertificateBox>) => void;
}) {
  const label = certificateFieldLabels[field];
  const err = (key: keyof CertificateBox) => errors[`boxes.${field}.${key}`];
  const mm = (key: "x" | "y" | "width" | "height", name: string) => (
    <NumField
      {...numberProps}
      aria-label={`${name} — ${label}`}
      decimalScale={1}
      step={0.5}
      value={box[key]}
      error={err(key) ? true : undefined}
      onValue={(v) => onChange({ [key]: v })}
      onFocus={onSelect}
    />
  );
  return (
    <Table.Tr bg={selected ? "var(--mantine-color-blue-light)" : undefined} onClick={onSelect}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`In trên phôi — ${label}`}
          checked={box.print}
          onChange={(e) => onChange({ print: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>{mm("x", "Lề trái (mm)")}</Table.Td>
      <Table.Td>{mm("y", "Lề trên (mm)")}</Table.Td>
      <Table.Td>{mm("width", "Chiều rộng (mm)")}</Table.Td>
      <Table.Td>{mm("height", "Chiều cao (mm)")}</Table.Td>
      <Table.Td>
        <NumField
          {...numberProps}
          w={58}
          aria-label={`Cỡ chữ (pt) — ${label}`}
          decimalScale={1}
          step={0.5}
          value={box.fontSize}
          error={err("fontSize") ? true : undefined}
          onValue={(v) => onChange({ fontSize: v })}
          onFocus={onSelect}
        />
      </Table.Td>
      <Table.Td>
        <NumField
          {...numberProps}
          w={48}
          aria-label={`Số dòng tối đa — ${label}`}
          allowDecimal={false}
          value={box.maxLines}
          error={err("maxLines") ? true : undefined}
          onValue={(v) => onChange({ maxLines: v })}
          onFocus={onSelect}
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Checkbox
            size="xs"
            label="Đậm"
            aria-label={`Chữ đậm — ${label}`}
            checked={box.bold}
            onChange={(e) => onChange({ bold: e.currentTarget.checked })}
          />
          <Checkbox
            size="xs"
            label="Nghiêng"
            aria-label={`Chữ nghiêng — ${label}`}
            checked={box.italic}
            onChange={(e) => onChange({ italic: e.currentTarget.checked })}
          />
        </Stack>
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={`Căn lề — ${label}`}
          value={box.align}
          onChange={(v) => onChange({ align: v as CertificateBox["align"] })}
          data={[
            { value: "left", label: "Trái" },
            { value: "center", label: "Giữa" },
            { value: "right", label: "Phải" },
          ]}
        />
      </Table.Td>
      <Table.Td>
        <ColorInput
          size="xs"
          w={104}
          withEyeDropper={false}
          aria-label={`Màu chữ — ${label}`}
          format="hex"
          swatches={["#000000", "#C00000", "#1F3A93"]}
          value={box.color}
          error={err("color") ? true : undefined}
          onChange={(v) => onChange({ color: v.toUpperCase() })}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function PrintersEditor({
  layout,
  errors,
  onChange,
}: {
  layout: CertificateLayout;
  errors: Record<string, string>;
  onChange: (layout: CertificateLayout) => void;
}) {
  const setPrinter = (i: number, patch: Partial<CertificateLayout["printers"][number]>) => {
    const old = layout.printers[i]!;
    const printers = layout.printers.map((p, j) => (j === i ? { ...p, ...patch } : p));
    const activePrinter =
      patch.name !== undefined && layout.activePrinter === old.name
        ? patch.name
        : layout.activePrinter;
    onChange({ ...layout, printers, activePrinter });
  };
  const add = () => {
    let n = layout.printers.length + 1;
    while (layout.printers.some((p) => p.name === `Máy in ${n}`)) n++;
    onChange({ ...layout, printers: [...layout.printers, { name: `Máy in ${n}`, dx: 0, dy: 0 }] });
  };
  const remove = (i: number) => {
    const printers = layout.printers.filter((_, j) => j !== i);
    const activePrinter =
      layout.printers[i]!.name === layout.activePrinter ? printers[0]!.name : layout.activePrinter;
    onChange({ ...layout, printers, activePrinter });
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Hiệu chỉnh máy in</Title>
        <Text size="sm" c="dimmed">
          Mỗi máy in kéo giấy lệch một chút. In trang thử trên giấy trắng, đo tâm các dấu + (phải
          cách mép giấy 20 mm): in lệch sang phải 2 mm thì nhập độ lệch ngang −2; lệch xuống 1,5 mm
          thì nhập độ lệch dọc −1,5. Dương: dịch sang phải, xuống dưới. Trong khoảng ±
          {CERT_MAX_OFFSET} mm.
        </Text>
        <Radio.Group
          value={layout.activePrinter}
          onChange={(v) => onChange({ ...layout, activePrinter: v })}
          error={errors.activePrinter}
        >
          <Table withTableBorder verticalSpacing={4} aria-label="Máy in">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đang dùng</Table.Th>
                <Table.Th>Tên máy in</Table.Th>
                <Table.Th>Độ lệch ngang (mm)</Table.Th>
                <Table.Th>Độ lệch dọc (mm)</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {layout.printers.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <Radio value={p.name} aria-label={`Dùng máy in ${p.name}`} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Tên máy in ${i + 1}`}
                      value={p.name}
                      error={errors[`printers.${i}.name`]}
                      onChange={(e) => setPrinter(i, { name: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumField
                      {...numberProps}
                      w={90}
                      aria-label={`Độ lệch ngang (mm) — ${p.name}`}
                      decimalScale={1}
                      step={0.5}
                      allowNegative
                      value={p.dx}
                      error={errors[`printers.${i}.dx`]}
                      onValue={(v) => setPrinter(i, { dx: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumField
                      {...numberProps}
                      w={90}
                      aria-label={`Độ lệch dọc (mm) — ${p.name}`}
                      decimalScale={1}
                      step={0.5}
                      allowNegative
                      value={p.dy}
                      error={errors[`printers.${i}.dy`]}
                      onValue={(v) => setPrinter(i, { dy: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Xóa máy in ${p.name}`}
                      disabled={layout.printers.length <= 1}
                      onClick={() => remove(i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Radio.Group>
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          disabled={layout.printers.length >= 10}
          onClick={add}
        >
          Thêm máy in
        </Button>
      </Stack>
    </Paper>
  );
}

const validate = zodValidate<CertificateLayout>(certificateLayoutSchema);

function LayoutEditor({
  saved,
  isDefault,
  onReplaced,
}: {
  saved: CertificateLayout;
  isDefault: boolean;
  /** The stored layout was replaced (restored defaults): start again from it. */
  onReplaced: () => void;
}) {
  const [layout, setLayout] = useState<CertificateLayout>(saved);
  const [selected, setSelected] = useState<CertificateField | null>(null);
  const errors = useMemo(() => validate(layout), [layout]);
  const errorList = Object.entries(errors);
  const errorFields = useMemo(
    () =>
      new Set(
        certificateFields.filter((f) =>
          Object.keys(errors).some((k) => k.startsWith(`boxes.${f}.`)),
        ),
      ),
    [errors],
  );
  const dirty = JSON.stringify(layout) !== JSON.stringify(saved);
  useUnsavedChangesGuard(dirty);

  const save = useApiMutation("certificates.saveLayout", { success: "Đã lưu mẫu in Giấy khen" });
  const reset = useApiMutation("certificates.resetLayout", {
    success: "Đã khôi phục vị trí mặc định",
    onSuccess: onReplaced,
  });
  const testPage = useApiMutation("certificates.printTestPage", {
    success: "Đã tạo trang thử",
    onSuccess: (file) => void offerDownload(file.path, "open"),
  });

  const setBox = (field: CertificateField, patch: Partial<CertificateBox>) =>
    setLayout((l) => ({ ...l, boxes: { ...l.boxes, [field]: { ...l.boxes[field], ...patch } } }));

  const messages = errorList.map(([key, message]) => {
    const field = certificateFields.find((f) => key.startsWith(`boxes.${f}.`));
    return field && !message.startsWith("Ô ")
      ? `${certificateFieldLabels[field]}: ${message}`
      : message;
  });

  return (
    <>
      <PageHeader
        title="Mẫu in Giấy khen"
        description="Vị trí từng ô chữ trên phôi A4 ngang, tính bằng mm từ góc trên bên trái. Kéo ô trên hình hoặc nhập số; chữ dài tự thu nhỏ cho vừa ô."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconRestore size={16} />}
              loading={reset.isPending}
              onClick={() =>
                confirmAction({
                  title: "Khôi phục vị trí mặc định?",
                  message:
                    "Mọi ô chữ trở về vị trí, cỡ chữ và kiểu chữ mặc định. Danh sách máy in và độ lệch đã hiệu chỉnh được giữ nguyên.",
                  confirmLabel: "Khôi phục",
                  onConfirm: () => reset.mutate({}),
                })
              }
            >
              Khôi phục mặc định
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              disabled={errorList.length > 0}
              loading={testPage.isPending}
              onClick={() => testPage.mutate({ layout })}
            >
              In trang thử
            </Button>
            <Button
              disabled={!dirty || errorList.length > 0}
              loading={save.isPending}
              onClick={() => save.mutate(layout)}
            >
              Lưu mẫu
            </Button>
          </>
        }
      />
      <Stack>
        {errorList.length > 0 && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Mẫu in chưa hợp lệ">
            <Stack gap={2}>
              {messages.map((m) => (
                <Text key={m} size="sm">
                  {m}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Group gap="xs">
          {isDefault && !dirty && <Badge variant="light">Đang dùng vị trí mặc định</Badge>}
          {dirty && (
            <Badge color="orange" variant="light">
              Có thay đổi chưa lưu
            </Badge>
          )}
        </Group>
        <div style={{ maxWidth: 900 }}>
          <LayoutPreview
            layout={layout}
            selected={selected}
            errorFields={errorFields}
            onSelect={setSelected}
            onMove={(field, x, y) => setBox(field, { x, y })}
          />
        </div>
        <Text size="xs" c="dimmed">
          Khung nét liền: in trên phôi; nét đứt: phôi đã in sẵn, chỉ in khi in đầy đủ trên giấy
          trắng. Phần xám là những gì phôi thường in sẵn (viền, Quốc huy, Quốc hiệu).
        </Text>
        <Table.ScrollContainer minWidth={980}>
          <Table withTableBorder verticalSpacing={4} aria-label="Vị trí các ô chữ">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Ô chữ</Table.Th>
                <Table.Th>In trên phôi</Table.Th>
                <Table.Th>Trái</Table.Th>
                <Table.Th>Trên</Table.Th>
                <Table.Th>Rộng</Table.Th>
                <Table.Th>Cao</Table.Th>
                <Table.Th>Cỡ (pt)</Table.Th>
                <Table.Th>Dòng</Table.Th>
                <Table.Th>Kiểu chữ</Table.Th>
                <Table.Th>Căn lề</Table.Th>
                <Table.Th>Màu</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certificateFields.map((field) => (
                <BoxRow
                  key={field}
                  field={field}
                  box={layout.boxes[field]}
                  errors={errors}
                  selected={selected === field}
                  onSelect={() => setSelected(field)}
                  onChange={(patch) => setBox(field, patch)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <PrintersEditor layout={layout} errors={errors} onChange={setLayout} />
      </Stack>
    </>
  );
}

export function CertificateLayoutPage() {
  const q = useApiQuery("certificates.getLayout", {});
  const [generation, setGeneration] = useState(0);
  if (!q.data) return null;
  // A new editor whenever the stored layout changes (saved, or the defaults restored).
  return (
    <LayoutEditor
      key={`${generation}:${JSON.stringify(q.data.layout)}`}
      saved={q.data.layout}
      isDefault={q.data.isDefault}
      onReplaced={() => setGeneration((g) => g + 1)}
    />
  );
}
