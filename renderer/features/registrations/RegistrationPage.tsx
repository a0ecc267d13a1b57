import { Alert, Badge, Button, Group, Menu, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconChevronDown,
  IconCopy,
  IconDeviceFloppy,
  IconFileUpload,
  IconUsersPlus,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import {
  registrationStatuses,
  type Registration,
  type RegistrationStatus,
} from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { useUnsavedChangesGuard } from "../../app/unsaved-changes";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { statusColors } from "./labels";
import { ImportRegistrationModal, StatusModal } from "./RegistrationModals";

import { useRegistrationDraft, type Scope } from "./useRegistrationDraft";
import { CollectiveTitles, PeopleGrid, Targets } from "./RegistrationSections";

function Editor({ reg, scope }: { reg: Registration; scope: Scope }) {
  const r = useRegistrationDraft(reg, scope);
  useUnsavedChangesGuard(r.dirty);
  const [importing, setImporting] = useState(false);
  const [statusFor, setStatusFor] = useState<RegistrationStatus | null>(null);
  const statusActions: { status: RegistrationStatus; label: string }[] = [
    { status: "da_nop", label: "Đã nhận (đã nộp)…" },
    { status: "can_bo_sung", label: "Yêu cầu bổ sung…" },
    { status: "da_duyet", label: "Duyệt" },
    { status: "chua_nop", label: "Đặt lại “Chưa nộp”…" },
  ];

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        r.submit();
      }}
    >
      <PageHeader
        title={`Đăng ký thi đua ${scope.year} – ${reg.unitName}`}
        description={
          <Group gap="xs" component="span">
            <Badge color={statusColors[reg.status]} variant="light">
              {registrationStatuses[reg.status]}
            </Badge>
            {reg.receivedDate && <span>Ngày nhận {formatDate(reg.receivedDate)}</span>}
            {reg.deadline && <span>· Hạn đăng ký {formatDate(reg.deadline)}</span>}
            {reg.status === "can_bo_sung" && <span>· Cần bổ sung: {reg.reason}</span>}
            {reg.status === "da_duyet" && reg.reason && (
              <span>· Duyệt vượt tỷ lệ: {reg.reason}</span>
            )}
          </Group>
        }
        actions={
          <>
            <Button
              variant="subtle"
              component={Link}
              to={`/dang-ky${scope.movementId ? `?phong-trao=${scope.movementId}` : ""}`}
              leftSection={<IconArrowLeft size={16} />}
            >
              Danh sách
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} />}>
                  Tình trạng
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {statusActions.map((a) => (
                  <Menu.Item
                    key={a.status}
                    disabled={a.status === reg.status}
                    onClick={() => {
                      if (r.dirty) {
                        notifications.show({
                          color: "orange",
                          message: "Hãy lưu bản đăng ký trước khi đổi tình trạng.",
                        });
                        return;
                      }
                      setStatusFor(a.status);
                    }}
                  >
                    {a.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={r.save.isPending}
            >
              Lưu
            </Button>
          </>
        }
      />
      {statusFor && (
        <StatusModal
          status={statusFor}
          scope={scope}
          unitName={reg.unitName}
          receivedDate={reg.receivedDate}
          warnings={reg.warnings}
          onClose={() => setStatusFor(null)}
        />
      )}
      {importing && (
        <ImportRegistrationModal
          scope={scope}
          unitName={reg.unitName}
          onClose={() => setImporting(false)}
        />
      )}
      <Group mb="sm" gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCopy size={14} />}
          onClick={() => void r.prefill()}
        >
          Lấy từ năm {scope.year - 1}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconUsersPlus size={14} />}
          onClick={() => void r.addWholeUnit()}
        >
          Thêm tất cả cá nhân của đơn vị
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileUpload size={14} />}
          onClick={() => setImporting(true)}
        >
          Nhập từ Excel
        </Button>
        {reg.id && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() =>
              confirmAction({
                title: "Xóa bản đăng ký?",
                message: `Xóa toàn bộ bản đăng ký năm ${scope.year} của ${reg.unitName} (danh hiệu tập thể, chỉ tiêu, danh sách cá nhân) và tình trạng nộp.`,
                confirmLabel: "Xóa",
                onConfirm: () => r.remove.mutate(scope),
              })
            }
          >
            Xóa bản đăng ký
          </Button>
        )}
        {r.dirty && (
          <Text size="sm" c="orange">
            Có thay đổi chưa lưu.
          </Text>
        )}
      </Group>
      {r.general.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={16} />}
          mb="sm"
          title="Cảnh báo"
          aria-label="Cảnh báo đăng ký"
        >
          <Stack gap={2}>
            {r.general.map((w) => (
              <Text size="sm" key={w.message}>
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Stack>
        <CollectiveTitles draft={r} />
        <Targets draft={r} />
        <PeopleGrid draft={r} scope={scope} />
        <TextInput
          label="Ghi chú của bản đăng ký"
          value={r.draft.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            r.update((d) => ({ ...d, note }));
          }}
        />
      </Stack>
    </form>
  );
}

export function RegistrationPage() {
  const year = useWorkingYear();
  const { unitId = "" } = useParams();
  const [params] = useSearchParams();
  const movementId = params.get("phong-trao");
  const scope = { year: year ?? 0, movementId, unitId };
  const reg = useApiQuery("registrations.get", scope, { enabled: year !== null });
  if (year === null) return null;
  if (reg.error)
    return (
      <Alert color="red" title="Không mở được bản đăng ký">
        {reg.error.message}
      </Alert>
    );
  if (!reg.data) return null;
  const d = reg.data;
  // Remount the editor when the saved content changes (after saving, importing, status changes)
  // or another registration is shown (another year).
  const key = JSON.stringify([scope, d.id, d.status, d.note, d.titles, d.targets, d.people]);
  return <Editor key={key} reg={d} scope={scope} />;
}
