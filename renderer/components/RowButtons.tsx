import { ActionIcon, Button } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";

/**
 * The small red bin at the end of an editable row; `label` names it for screen readers and tests.
 * `mt` lines it up with the first input of a top-aligned row.
 */
export function RemoveRowButton({
  label,
  onClick,
  mt = 0,
}: {
  label: string;
  onClick: () => void;
  mt?: number;
}) {
  return (
    <ActionIcon color="red" variant="subtle" mt={mt} aria-label={label} onClick={onClick}>
      <IconTrash size={14} />
    </ActionIcon>
  );
}

/** "Thêm …" under an editable list of rows. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      w="fit-content"
      leftSection={<IconPlus size={14} />}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
