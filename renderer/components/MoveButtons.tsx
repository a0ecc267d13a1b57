import { ActionIcon, Group } from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";

/** Up/down buttons that reorder a list of ids and hand back the new order. */
export function MoveButtons({
  ids,
  index,
  onReorder,
  label,
}: {
  ids: string[];
  index: number;
  onReorder: (ids: string[]) => void;
  label: string;
}) {
  const move = (delta: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    onReorder(next);
  };
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        aria-label={`Chuyển ${label} lên`}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={`Chuyển ${label} xuống`}
        disabled={index === ids.length - 1}
        onClick={() => move(1)}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
    </Group>
  );
}
