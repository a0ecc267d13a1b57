import { Badge, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useApiMutation } from "../../api/hooks";
import { useKinds } from "./shared";

/** The office's own entries of a built-in list (unit kinds or person categories). */
export function ListItemsModal({
  list,
  onClose,
}: {
  list: "unit_kind" | "person_category";
  onClose: () => void;
}) {
  const kinds = useKinds();
  const items = list === "unit_kind" ? kinds.unitKinds : kinds.categories;
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = useApiMutation("directory.addListItem", {
    success: "Đã thêm vào danh mục",
    onSuccess: () => setLabel(""),
    onError: (e) => setError(e.fields?.label ?? e.message),
  });
  const title = list === "unit_kind" ? "Loại đơn vị" : "Đối tượng cá nhân";
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Group gap={6}>
          {items.map((i) => (
            <Badge key={i.code} variant={i.custom ? "filled" : "light"} tt="none">
              {i.label}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          Các mục có sẵn theo quy định không sửa được; cơ quan có thể thêm mục riêng.
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            add.mutate({ list, label });
          }}
        >
          <Group align="flex-start">
            <TextInput
              aria-label={`Tên ${title.toLowerCase()} mới`}
              placeholder="Tên mục mới"
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={error}
              data-autofocus
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={add.isPending}>
              Thêm
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}
