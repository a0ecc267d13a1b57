import { Alert, Button, Container, Stack, Text } from "@mantine/core";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface State {
  failed: boolean;
}

/** A rendering failure shows a Vietnamese message; the data is in the database and is not touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("renderer error", error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title="Màn hình này gặp lỗi khi hiển thị" role="alert">
          <Stack gap="sm">
            <Text size="sm">
              Dữ liệu của bạn vẫn được lưu an toàn trong máy; không có gì bị mất. Hãy thử hiển thị
              lại. Nếu lỗi lặp lại, hãy báo cho người phụ trách kỹ thuật kèm thời điểm xảy ra.
            </Text>
            <Button w="fit-content" onClick={() => this.setState({ failed: false })}>
              Hiển thị lại
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }
}
