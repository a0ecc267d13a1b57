import { Button, Group } from "@mantine/core";

/** The footer of every edit form: cancel, and a submit button that shows progress. */
export function FormActions({
  onCancel,
  saving,
  submitLabel = "Lưu",
}: {
  onCancel: () => void;
  saving: boolean;
  submitLabel?: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Hủy
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
