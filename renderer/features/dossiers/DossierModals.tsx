import { Button, Group, Menu, Modal, Stack, Text, Textarea, Timeline } from "@mantine/core";
import {
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconListCheck,
} from "@tabler/icons-react";
import { useState } from "react";
import {
  nominationStateLabels,
  type ManualNominationAction,
  type Nomination,
  type NominationImportPreview,
} from "../../../electron/contract";
import { call } from "../../api/client";
import { offerDownload } from "../../api/files";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { EligibilityResults } from "../../components/EligibilityResults";
import { ImportPreviewModal, labelColumn, rowColumn } from "../../components/ImportPreviewModal";
import { formatDateTime } from "../../lib/format";
import { actionButtons } from "./labels";

/** Accepts a nomination's eligibility warnings with a written reason (kept in its history). */
export function EligibilityOverrideModal({
  nomination,
  onClose,
}: {
  nomination: Nomination;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation("dossiers.overrideEligibility", {
    success: "Đã ghi lý do chấp nhận cảnh báo",
    onSuccess: onClose,
  });
  const warnings = nomination.eligibility.results.filter((r) => r.level === "warning");
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={`Chấp nhận cảnh báo – ${nomination.nomineeName}`}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError("Phải ghi lý do chấp nhận cảnh báo.");
            return;
          }
          save.mutate({ id: nomination.id, reason });
        }}
      >
        <Stack>
          <Text size="sm">
            Đề nghị “{nomination.awardName}” còn {warnings.length} cảnh báo. Lý do chấp nhận được
            ghi vào lịch sử đề nghị và in trong danh sách thẩm định.
          </Text>
          <EligibilityResults results={warnings} withData />
          <Textarea
            label="Lý do chấp nhận cảnh báo"
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" color="yellow" loading={save.isPending}>
              Chấp nhận cảnh báo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Danh sách thẩm định of one dossier or of a year, as Excel or Word. */
export function AppraisalListMenu({
  target,
  label = "Danh sách thẩm định",
}: {
  target: { dossierId: string } | { year: number };
  label?: string;
}) {
  const make = useApiMutation("dossiers.appraisalList", {
    onSuccess: (r) => void offerDownload(r.path),
  });
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconListCheck size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={make.isPending}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => make.mutate({ ...target, format: "xlsx" })}
        >
          Tải bảng Excel (.xlsx)
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeDocx size={16} />}
          onClick={() => make.mutate({ ...target, format: "docx" })}
        >
          Tải bảng Word (.docx)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Asks for the reason a step needs (trả lại) and runs it on the given nominations. */
export function TransitionModal({
  ids,
  action,
  who,
  onClose,
}: {
  ids: string[];
  action: ManualNominationAction;
  who: string;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const run = useApiMutation("dossiers.transition", {
    success: actionButtons[action].done,
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title={`${actionButtons[action].label} – ${who}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError("Phải ghi lý do cho bước này.");
            return;
          }
          run.mutate({ ids, action, reason });
        }}
      >
        <Stack>
          <Textarea
            label="Lý do"
            description="Lý do được ghi vào lịch sử đề nghị và báo lại cho đơn vị."
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" color={actionButtons[action].color} loading={run.isPending}>
              {actionButtons[action].label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Every state change of one nomination: what, who, when, why. */
export function HistoryModal({
  nominationId,
  who,
  onClose,
}: {
  nominationId: string;
  who: string;
  onClose: () => void;
}) {
  const events = useApiQuery("dossiers.events", { nominationId });
  return (
    <Modal opened onClose={onClose} title={`Lịch sử đề nghị – ${who}`} size="lg">
      {events.data && (
        <Timeline active={events.data.length - 1} bulletSize={14} lineWidth={2}>
          {events.data.map((e) => (
            <Timeline.Item key={e.id} title={e.actionLabel}>
              <Text size="sm">
                {e.fromState ? `${nominationStateLabels[e.fromState]} → ` : ""}
                {nominationStateLabels[e.toState]}
              </Text>
              {e.reason && (
                <Text size="sm" fs="italic">
                  Lý do: {e.reason}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)} · {e.actor}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}

/** Bulk entry from the list a unit sends: preview every row, then all rows or none. */
export function ImportNominationsModal({
  dossierId,
  onClose,
}: {
  dossierId: string;
  onClose: () => void;
}) {
  const previewImport = useApiMutation("dossiers.previewImport");
  const commit = useApiMutation("dossiers.commitImport", {
    success: "Đã nhập danh sách đề nghị",
    onSuccess: onClose,
  });
  const summarize = (p: NominationImportPreview) => ({
    badges: [
      { text: `Hợp lệ: ${p.counts.new}`, color: "teal" },
      { text: `Lỗi: ${p.counts.error}`, color: "red" },
    ],
    errorRows: p.counts.error,
    note: "Dòng lỗi không được nhập. Một bản sao lưu được tạo trước khi ghi; các dòng hợp lệ được ghi cùng lúc.",
    commitLabel: `Nhập ${p.counts.new} đề nghị`,
    canCommit: p.counts.new > 0,
  });
  return (
    <ImportPreviewModal
      title="Nhập danh sách đề nghị từ Excel"
      intro={
        <>
          Chọn tệp .xlsx theo mẫu. Mỗi dòng là một đề nghị: người, tập thể hoặc hộ được tìm trong
          danh bạ; người hoặc hộ chưa có sẽ được thêm (ghi Giới tính và Đối tượng cho cá nhân mới).
          Văn bản TCVN3/VNI được tự chuyển sang Unicode. Chưa ghi gì cho đến khi bạn xác nhận.
        </>
      }
      pick={{ accept: [".xlsx", ".csv"], title: "Chọn danh sách đề nghị" }}
      template={() => call("dossiers.importTemplate", {})}
      preview={previewImport}
      onFile={(path) => previewImport.mutate({ dossierId, path })}
      commit={commit}
      summarize={summarize}
      table={{
        label: "Xem trước danh sách đề nghị",
        columns: [
          rowColumn,
          { ...labelColumn, header: "Đối tượng" },
          { header: "Hình thức", cell: (r) => r.award },
        ],
        status: (r) =>
          r.status === "new" ? { label: "Hợp lệ", color: "teal" } : { label: "Lỗi", color: "red" },
        reasonHeader: "Ghi chú",
      }}
      onClose={onClose}
    />
  );
}
