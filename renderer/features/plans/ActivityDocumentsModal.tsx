import { Modal, MultiSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { PlanActivity } from "../../../electron/contract";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { FormActions } from "../../components/FormActions";

/** Which register documents an activity produced (its report, its Kế hoạch…). */
export function ActivityDocumentsModal({
  activity,
  year,
  onClose,
}: {
  activity: PlanActivity;
  year: number;
  onClose: () => void;
}) {
  const docs = useApiQuery("documents.list", { year });
  const [chosen, setChosen] = useState(activity.documents.map((d) => d.id));
  const save = useApiMutation("plans.setActivityDocuments", {
    success: "Đã cập nhật văn bản của hoạt động",
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title="Văn bản của hoạt động" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ activityId: activity.id, documentIds: chosen });
        }}
      >
        <Stack>
          <Text size="sm">{activity.title}</Text>
          <MultiSelect
            label="Văn bản trong sổ văn bản"
            searchable
            data-autofocus
            nothingFoundMessage="Không có văn bản phù hợp trong năm này"
            data={(docs.data ?? []).map((d) => ({
              value: d.id,
              label: `${d.number} – ${d.summary}`,
            }))}
            value={chosen}
            onChange={setChosen}
          />
          <Text size="xs" c="dimmed">
            Hoạt động đã gắn văn bản thì không xóa được.
          </Text>
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
