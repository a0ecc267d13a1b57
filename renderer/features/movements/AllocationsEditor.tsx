import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useApiQuery } from "../../api/hooks";
import { AddRowButton, RemoveRowButton } from "../../components/RowButtons";
import { todayIso } from "../../lib/today";
import { awardLabel } from "../../../electron/contract";
import type { MovementForm } from "./MovementPage";

type Line = MovementForm["allocations"][number]["quotaLines"][number];

/** The award forms a movement offers, each with criteria, a total and per-unit quotas. */
export function AllocationsEditor({ form }: { form: UseFormReturnType<MovementForm> }) {
  const awards = useApiQuery("catalogue.listAwards", { onDate: todayIso() });
  const kinds = useApiQuery("directory.listKinds", {});
  const units = useApiQuery("directory.listUnits", { includeInactive: false });
  const allocations = form.values.allocations;
  const setLines = (i: number, lines: Line[]) =>
    form.setFieldValue(`allocations.${i}.quotaLines`, lines);
  return (
    <Stack>
      {allocations.map((a, i) => (
        <Card key={i} withBorder padding="sm">
          <Group align="flex-end" wrap="nowrap">
            <Select
              style={{ flex: 1 }}
              label={`Hình thức khen thưởng ${i + 1}`}
              searchable
              data={(awards.data ?? []).map((x) => ({
                value: x.id,
                label: awardLabel(x),
              }))}
              value={a.awardId || null}
              error={form.errors[`allocations.${i}.awardId`]}
              onChange={(v) => {
                const chosen = awards.data?.find((x) => x.id === v);
                form.setFieldValue(`allocations.${i}.awardId`, v ?? "");
                if (chosen)
                  form.setFieldValue(`allocations.${i}.recipientKind`, chosen.recipientKind);
              }}
            />
            <NumberInput
              w={170}
              label="Tổng số tối đa"
              description="Để trống nếu không giới hạn"
              min={1}
              allowDecimal={false}
              value={a.totalQuota ?? ""}
              onChange={(v) =>
                form.setFieldValue(`allocations.${i}.totalQuota`, v === "" ? null : Number(v))
              }
            />
            <ActionIcon
              color="red"
              variant="subtle"
              mb={4}
              aria-label={`Bỏ hình thức khen thưởng ${i + 1}`}
              onClick={() => form.removeListItem("allocations", i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Textarea
            mt="xs"
            label="Tiêu chuẩn"
            autosize
            minRows={1}
            {...form.getInputProps(`allocations.${i}.criteria`)}
          />
          <Text size="sm" fw={500} mt="sm">
            Số lượng theo đơn vị
          </Text>
          <Stack gap={6} mt={4}>
            {a.quotaLines.map((l, j) => (
              <Group key={j} gap="xs" wrap="nowrap">
                <Select
                  w={190}
                  aria-label={`Phạm vi chỉ tiêu ${j + 1}`}
                  allowDeselect={false}
                  data={[
                    { value: "moi_don_vi", label: "Mỗi đơn vị" },
                    { value: "loai_don_vi", label: "Mỗi đơn vị loại" },
                    { value: "don_vi", label: "Riêng đơn vị" },
                  ]}
                  value={l.scope}
                  onChange={(scope) => {
                    const next: Line =
                      scope === "loai_don_vi"
                        ? { scope, unitKind: "", quota: l.quota }
                        : scope === "don_vi"
                          ? { scope, unitId: "", quota: l.quota }
                          : { scope: "moi_don_vi", quota: l.quota };
                    setLines(
                      i,
                      a.quotaLines.map((x, k) => (k === j ? next : x)),
                    );
                  }}
                />
                {l.scope === "loai_don_vi" && (
                  <Select
                    style={{ flex: 1 }}
                    aria-label={`Loại đơn vị ${j + 1}`}
                    data={(kinds.data?.unitKinds ?? []).map((k) => ({
                      value: k.code,
                      label: k.label,
                    }))}
                    value={l.unitKind || null}
                    onChange={(v) =>
                      setLines(
                        i,
                        a.quotaLines.map((x, k) => (k === j ? { ...l, unitKind: v ?? "" } : x)),
                      )
                    }
                  />
                )}
                {l.scope === "don_vi" && (
                  <Select
                    style={{ flex: 1 }}
                    aria-label={`Đơn vị ${j + 1}`}
                    searchable
                    data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                    value={l.unitId || null}
                    onChange={(v) =>
                      setLines(
                        i,
                        a.quotaLines.map((x, k) => (k === j ? { ...l, unitId: v ?? "" } : x)),
                      )
                    }
                  />
                )}
                {l.scope === "moi_don_vi" && <div style={{ flex: 1 }} />}
                <NumberInput
                  w={110}
                  aria-label={`Số lượng ${j + 1}`}
                  allowDecimal={false}
                  value={l.quota}
                  onChange={(v) =>
                    setLines(
                      i,
                      a.quotaLines.map((x, k) => (k === j ? { ...l, quota: Number(v) || 0 } : x)),
                    )
                  }
                />
                <RemoveRowButton
                  label={`Bỏ chỉ tiêu ${j + 1}`}
                  onClick={() =>
                    setLines(
                      i,
                      a.quotaLines.filter((_, k) => k !== j),
                    )
                  }
                />
              </Group>
            ))}
            <AddRowButton
              label="Thêm số lượng"
              onClick={() =>
                setLines(i, [...a.quotaLines, { scope: "loai_don_vi", unitKind: "", quota: 1 }])
              }
            />
          </Stack>
        </Card>
      ))}
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          form.insertListItem("allocations", {
            awardId: "",
            recipientKind: "ca_nhan",
            criteria: "",
            totalQuota: null,
            quotaLines: [],
          })
        }
      >
        Thêm hình thức khen thưởng
      </Button>
    </Stack>
  );
}
