import { Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { activityInput, type PlanActivity } from "../../../electron/contract";
import { DateField } from "../../components/DateField";
import { RecordFormModal } from "../../components/RecordFormModal";
import { toOptions } from "../settings/labels";
import { activityKindLabels, quarterNames } from "./labels";

type ActivityForm = {
  planId: string;
  title: string;
  quarter: number | null;
  dueDate: string | null;
  leadUnit: string;
  leadUnitId: string | null;
  coordinatingUnits: string;
  kind: PlanActivity["kind"];
  status: PlanActivity["status"];
  completedOn: string | null;
  resultNote: string;
  repeat: PlanActivity["repeat"];
};

const quarterOptions = quarterNames.map((label, i) => ({ value: String(i + 1), label }));

export function ActivityModal({
  planId,
  activity,
  defaultQuarter,
  onClose,
}: {
  planId: string;
  activity: PlanActivity | "new";
  defaultQuarter: number;
  onClose: () => void;
}) {
  const blank: ActivityForm = {
    planId,
    title: "",
    quarter: defaultQuarter,
    dueDate: null,
    leadUnit: "",
    leadUnitId: null,
    coordinatingUnits: "",
    kind: "khac",
    status: "chua_bat_dau",
    completedOn: null,
    resultNote: "",
    repeat: "none",
  };
  return (
    <RecordFormModal<ActivityForm>
      channel="plans.saveActivity"
      record={activity === "new" ? "new" : { ...activity }}
      blank={blank}
      schema={activityInput}
      titles={{ create: "Thêm hoạt động", edit: "Sửa hoạt động" }}
      success="Đã lưu hoạt động"
      size="lg"
      onClose={onClose}
    >
      {(form) => (
        <>
          <Textarea
            label="Nội dung hoạt động"
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps("title")}
          />
          <SimpleGrid cols={2}>
            <Select
              label="Quý"
              data={quarterOptions}
              clearable
              value={form.values.quarter === null ? null : String(form.values.quarter)}
              error={form.errors.quarter}
              onChange={(v) => form.setFieldValue("quarter", v === null ? null : Number(v))}
            />
            <DateField
              label="Hạn hoàn thành"
              description="Ví dụ: trước ngày 30/3 → 30/03; quý tự theo hạn"
              clearable
              {...form.getInputProps("dueDate")}
              onChange={(value) => {
                form.setFieldValue("dueDate", value);
                // The quarter follows the due date, so the two never disagree by accident.
                if (value)
                  form.setFieldValue(
                    "quarter",
                    Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1,
                  );
              }}
            />
            <TextInput label="Đơn vị chủ trì" {...form.getInputProps("leadUnit")} />
            <TextInput label="Đơn vị phối hợp" {...form.getInputProps("coordinatingUnits")} />
            <Select
              label="Loại hoạt động"
              data={toOptions(activityKindLabels)}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
            <Select
              label="Trạng thái"
              allowDeselect={false}
              data={[
                { value: "chua_bat_dau", label: "Chưa bắt đầu" },
                { value: "dang_lam", label: "Đang làm" },
                { value: "hoan_thanh", label: "Hoàn thành" },
              ]}
              {...form.getInputProps("status")}
            />
            {form.values.status === "hoan_thanh" && (
              <DateField
                label="Ngày hoàn thành"
                description="Để trống: hôm nay"
                clearable
                {...form.getInputProps("completedOn")}
              />
            )}
            {activity === "new" && (
              <Select
                label="Lặp lại"
                allowDeselect={false}
                data={[
                  { value: "none", label: "Không lặp" },
                  { value: "quarterly", label: "Mỗi quý đến hết năm" },
                  { value: "monthly", label: "Mỗi tháng đến hết năm" },
                ]}
                {...form.getInputProps("repeat")}
              />
            )}
          </SimpleGrid>
          <Textarea
            label="Kết quả thực hiện"
            autosize
            minRows={2}
            {...form.getInputProps("resultNote")}
          />
        </>
      )}
    </RecordFormModal>
  );
}
