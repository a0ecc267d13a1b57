import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { canOverrideEligibility, type Nomination } from "../../../electron/contract";
import { EligibilityResults } from "../../components/EligibilityResults";
import { formatDateTime } from "../../lib/format";

/** Every rule's result with its data, and the officer's acceptance of the warnings. */
export function EligibilityPanel({
  nomination: n,
  onOverride,
  onWithdraw,
}: {
  nomination: Nomination;
  onOverride: () => void;
  onWithdraw: () => void;
}) {
  const canChange = canOverrideEligibility(n.state);
  return (
    <Stack gap="xs">
      <EligibilityResults results={n.eligibility.results} withData />
      {n.eligibilityOverride ? (
        <Alert color="yellow" variant="light" p="xs">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              <b>Lý do chấp nhận cảnh báo:</b> {n.eligibilityOverride.reason}{" "}
              <Text span size="xs" c="dimmed">
                ({n.eligibilityOverride.by}, {formatDateTime(n.eligibilityOverride.at)})
              </Text>
            </Text>
            {canChange && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                style={{ flexShrink: 0 }}
                onClick={onWithdraw}
              >
                Bỏ chấp nhận
              </Button>
            )}
          </Group>
        </Alert>
      ) : (
        n.eligibility.level === "warning" &&
        canChange && (
          <Group>
            <Button size="compact-sm" color="yellow" variant="light" onClick={onOverride}>
              Chấp nhận cảnh báo…
            </Button>
            <Text size="xs" c="dimmed">
              Cần ghi lý do trước khi thẩm định hoặc trình Hội đồng.
            </Text>
          </Group>
        )
      )}
      {n.eligibility.level === "blocking" && (
        <Text size="xs" c="red">
          Đề nghị không đạt điều kiện: không thẩm định, không trình Hội đồng được; có thể trả lại
          đơn vị.
        </Text>
      )}
    </Stack>
  );
}
