import { Alert, Button, Container, Stack, Text } from "@mantine/core";

export function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="Không kết nối được với dữ liệu" role="alert">
        <Stack gap="sm">
          <Text size="sm">{error.message}</Text>
          <Button w="fit-content" onClick={onRetry}>
            Thử lại
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
