import { ActionIcon, Stack } from "@mantine/core";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";

/** Compact up/down buttons for reordering within a group the backend keeps in order. */
export function MoveButtonsVertical({
  first,
  last,
  label,
  onMove,
}: {
  first: boolean;
  last: boolean;
  label: string;
  onMove: (direction: "up" | "down") => void;
}) {
  return (
    <Stack gap={0}>
      <ActionIcon
        size="xs"
        variant="subtle"
        color="gray"
        aria-label={`Chuyển lên: ${label}`}
        disabled={first}
        onClick={() => onMove("up")}
      >
        <IconChevronUp size={14} />
      </ActionIcon>
      <ActionIcon
        size="xs"
        variant="subtle"
        color="gray"
        aria-label={`Chuyển xuống: ${label}`}
        disabled={last}
        onClick={() => onMove("down")}
      >
        <IconChevronDown size={14} />
      </ActionIcon>
    </Stack>
  );
}
