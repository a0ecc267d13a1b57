import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Channel } from "../../../electron/contract";
import { useCan } from "./use-can";

/**
 * A list's "Thêm …" button, offered only to a role that may call `may` (the backend refuses the
 * rest anyway). Opens a form (`onClick`) or a page (`to`).
 */
export function AddButton({
  may,
  onClick,
  to,
  children,
}: {
  may: Channel;
  onClick?: () => void;
  to?: string;
  children: ReactNode;
}) {
  const can = useCan();
  if (!can(may)) return null;
  const icon = <IconPlus size={16} />;
  return to ? (
    <Button component={Link} to={to} leftSection={icon}>
      {children}
    </Button>
  ) : (
    <Button leftSection={icon} onClick={onClick}>
      {children}
    </Button>
  );
}
