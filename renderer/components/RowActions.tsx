import { ActionIcon, Group } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { confirmAction } from "./confirm";

interface Props {
  /** Names the row for screen readers and tests: "Sửa {label}", "Xóa {label}". */
  label: string;
  onEdit: () => void;
  /** The question asked before deleting; nothing is deleted unless the officer confirms. */
  confirmDelete: { title: string; message: string };
  onDelete: () => void;
}

/** Edit and delete buttons at the end of a table row. */
export function RowActions({ label, onEdit, confirmDelete, onDelete }: Props) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" aria-label={`Sửa ${label}`} onClick={onEdit}>
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={`Xóa ${label}`}
        onClick={() =>
          confirmAction({ ...confirmDelete, confirmLabel: "Xóa", onConfirm: onDelete })
        }
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
