import { Text } from "@mantine/core";
import { modals } from "@mantine/modals";

/** Ask before anything destructive; nothing happens unless the officer confirms. */
export function confirmAction(opts: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
}) {
  modals.openConfirmModal({
    title: opts.title,
    children: <Text size="sm">{opts.message}</Text>,
    labels: { confirm: opts.confirmLabel, cancel: "Hủy" },
    confirmProps: { color: opts.danger === false ? undefined : "red" },
    onConfirm: opts.onConfirm,
  });
}
