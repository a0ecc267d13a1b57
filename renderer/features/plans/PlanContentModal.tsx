import { Group, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { planInput, type YearPlan } from "../../../electron/contract";
import { LegalBasisSelect } from "../../components/LegalBasisSelect";
import { RecordFormModal } from "../../components/RecordFormModal";
import { AddRowButton, RemoveRowButton } from "../../components/RowButtons";

type PlanForm = Omit<YearPlan, "id" | "year">;

/** The plan's own text: what sections I and III of the Kế hoạch print, and its căn cứ. */
export function PlanContentModal({ plan, onClose }: { plan: YearPlan; onClose: () => void }) {
  return (
    <RecordFormModal<PlanForm>
      channel="plans.save"
      record={plan}
      blank={plan}
      schema={planInput}
      titles={{ create: "Nội dung kế hoạch", edit: `Nội dung kế hoạch năm ${plan.year}` }}
      success="Đã lưu nội dung kế hoạch"
      size="xl"
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput
            label="Tên kế hoạch"
            withAsterisk
            data-autofocus
            {...form.getInputProps("title")}
          />
          <LegalBasisSelect {...form.getInputProps("legalBasisIds")} />
          <Textarea
            label="Đoạn mở đầu phần Nội dung (nếu có)"
            autosize
            minRows={2}
            {...form.getInputProps("intro")}
          />
          <Textarea
            label="Mục đích (mỗi đoạn một dòng)"
            autosize
            minRows={3}
            {...form.getInputProps("purposes")}
          />
          <Textarea
            label="Yêu cầu (mỗi đoạn một dòng)"
            autosize
            minRows={3}
            {...form.getInputProps("requirements")}
          />
          <Text size="sm" fw={500}>
            Tổ chức thực hiện
          </Text>
          <Stack gap="xs">
            {form.values.organisation.map((_, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <TextInput
                  w={260}
                  aria-label={`Đơn vị ${i + 1}`}
                  placeholder="Ví dụ: Phòng Nội vụ"
                  {...form.getInputProps(`organisation.${i}.unit`)}
                />
                <Textarea
                  style={{ flex: 1 }}
                  aria-label={`Nhiệm vụ ${i + 1}`}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`organisation.${i}.tasks`)}
                />
                <RemoveRowButton
                  mt={6}
                  label={`Bỏ đơn vị ${i + 1}`}
                  onClick={() => form.removeListItem("organisation", i)}
                />
              </Group>
            ))}
            <AddRowButton
              label="Thêm đơn vị và nhiệm vụ"
              onClick={() => form.insertListItem("organisation", { unit: "", tasks: "" })}
            />
            {form.values.organisation.length === 0 && (
              <Text size="xs" c="dimmed">
                Để trống: văn bản giao cơ quan ban hành (Thường trực Hội đồng) tham mưu triển khai
                thực hiện.
              </Text>
            )}
          </Stack>
        </>
      )}
    </RecordFormModal>
  );
}
