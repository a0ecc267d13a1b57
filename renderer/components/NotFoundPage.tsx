import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={2}>Không có trang này</Title>
      <Text c="dimmed">Địa chỉ vừa mở không thuộc chức năng nào của ứng dụng.</Text>
      <Button component={Link} to="/">
        Về trang Tổng quan
      </Button>
    </Stack>
  );
}
