import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { IconChevronDown, IconChevronRight, IconHistory, IconPencil } from "@tabler/icons-react";
import { Fragment } from "react";
import { isEditable, nominationStateLabels, type Nomination } from "../../../electron/contract";
import { confirmAction } from "../../components/confirm";
import { EligibilityBadge } from "../../components/EligibilityResults";
import { RemoveRowButton } from "../../components/RowButtons";
import { EligibilityPanel } from "./EligibilityPanel";
import { actionButtons, stateColors } from "./labels";
import type { DossierWorkflow } from "./useDossierWorkflow";

/** The dossier's nominations: selection, state, the steps each can take, and its eligibility. */
export function NominationsTable({
  nominations,
  workflow: w,
}: {
  nominations: Nomination[];
  workflow: DossierWorkflow;
}) {
  return (
    <Table withTableBorder verticalSpacing={6} aria-label="Các đề nghị trong hồ sơ">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>
            <Checkbox
              aria-label="Chọn tất cả đề nghị"
              checked={w.selected.size === nominations.length}
              indeterminate={w.selected.size > 0 && w.selected.size < nominations.length}
              onChange={(e) => w.selectAll(e.currentTarget.checked)}
            />
          </Table.Th>
          <Table.Th w={40}>STT</Table.Th>
          <Table.Th>Đối tượng</Table.Th>
          <Table.Th>Danh hiệu, hình thức</Table.Th>
          <Table.Th>Tóm tắt thành tích</Table.Th>
          <Table.Th w={175}>Điều kiện</Table.Th>
          <Table.Th w={150}>Trạng thái</Table.Th>
          <Table.Th>Thao tác</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {nominations.map((n, i) => (
          <Fragment key={n.id}>
            <Table.Tr aria-label={`Đề nghị ${n.nomineeName} – ${n.awardName}`}>
              <Table.Td>
                <Checkbox
                  aria-label={`Chọn ${n.nomineeName}`}
                  checked={w.selected.has(n.id)}
                  onChange={() => w.toggleSelected(n.id)}
                />
              </Table.Td>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {n.nomineeName}
                </Text>
                <Text size="xs" c="dimmed">
                  {n.nomineeDetail}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{n.awardName}</Text>
                {!n.officeCanConfer && (
                  <Badge size="xs" color="indigo" variant="outline">
                    Thẩm quyền cấp trên
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {n.summary}
                </Text>
              </Table.Td>
              <Table.Td>
                <UnstyledButton
                  aria-label={`Điều kiện của ${n.nomineeName}`}
                  aria-expanded={w.expanded.has(n.id)}
                  onClick={() => w.toggleExpanded(n.id)}
                >
                  <Group gap={2} wrap="nowrap">
                    {w.expanded.has(n.id) ? (
                      <IconChevronDown size={14} />
                    ) : (
                      <IconChevronRight size={14} />
                    )}
                    <EligibilityBadge level={n.eligibility.level} />
                  </Group>
                </UnstyledButton>
                {n.eligibilityOverride && (
                  <Text size="xs" c="dimmed" mt={2}>
                    Đã chấp nhận cảnh báo
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={stateColors[n.state]} variant="light">
                  {nominationStateLabels[n.state]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {n.actions.map((a) => (
                    <Tooltip
                      key={a.action}
                      label={a.blockedBy ?? ""}
                      disabled={!a.blockedBy}
                      multiline
                      w={320}
                    >
                      <Button
                        size="compact-sm"
                        variant="light"
                        color={actionButtons[a.action].color}
                        disabled={!!a.blockedBy}
                        loading={w.transition.isPending}
                        onClick={() => w.run([n.id], a.action, n.nomineeName)}
                      >
                        {actionButtons[a.action].label}
                      </Button>
                    </Tooltip>
                  ))}
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Lịch sử ${n.nomineeName}`}
                    onClick={() => w.setHistory(n)}
                  >
                    <IconHistory size={16} />
                  </ActionIcon>
                  {isEditable(n.state) && (
                    <>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Sửa ${n.nomineeName}`}
                        onClick={() => w.setNominationEdit(n)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <RemoveRowButton
                        label={`Xóa ${n.nomineeName}`}
                        onClick={() =>
                          confirmAction({
                            title: "Xóa đề nghị",
                            message: `Xóa đề nghị “${n.awardName}” cho ${n.nomineeName}?`,
                            confirmLabel: "Xóa",
                            onConfirm: () => w.removeNomination.mutate({ id: n.id }),
                          })
                        }
                      />
                    </>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
            {w.expanded.has(n.id) && (
              <Table.Tr aria-label={`Kết quả kiểm tra điều kiện của ${n.nomineeName}`}>
                <Table.Td />
                <Table.Td colSpan={7}>
                  <EligibilityPanel
                    nomination={n}
                    onOverride={() => w.setOverriding(n)}
                    onWithdraw={() =>
                      confirmAction({
                        title: "Bỏ chấp nhận cảnh báo",
                        message: `Bỏ lý do chấp nhận cảnh báo của ${n.nomineeName}? Đề nghị sẽ không chuyển tiếp được cho đến khi ghi lý do mới.`,
                        confirmLabel: "Bỏ chấp nhận",
                        onConfirm: () => w.withdrawOverride.mutate({ id: n.id, reason: "" }),
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            )}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
