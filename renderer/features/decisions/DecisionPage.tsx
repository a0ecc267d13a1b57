import { useCan } from "../auth/use-can";
import { RecordHistory } from "../audit/AuditEntries";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Table,
  Text,
  Textarea,
  Tooltip,
  Box,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  decisionStatusLabels,
  nomineeKindLabels,
  type DecisionDetail,
} from "../../../electron/contract";
import { defaultFund } from "../../../electron/contract/format";
import { offerDownload } from "../../api/files";
import { notifyError, useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { RemoveRowButton } from "../../components/RowButtons";
import { formatDate, formatMoney, formatNumber } from "../../lib/format";
import { DocumentFieldsModal, useDocumentFields } from "../documents/DocumentFields";
import { PreviewModal } from "../documents/PreviewModal";
import { DocumentOpenButtons } from "../documents/RegisterDocumentActions";
import { DecisionFieldsModal } from "./DecisionFieldsModal";
import { statusColors } from "./DecisionsPage";

function CancelModal({ decision, onClose }: { decision: DecisionDetail; onClose: () => void }) {
  const navigate = useNavigate();
  const fields = useDocumentFields({ signerId: decision.signerId });
  const [reason, setReason] = useState("");
  const cancel = useApiMutation("decisions.cancel", {
    success: "Đã ban hành quyết định hủy bỏ",
    onSuccess: (d) => {
      onClose();
      navigate(`/quyet-dinh/${d.id}`);
    },
  });
  return (
    <DocumentFieldsModal
      title={`Hủy bỏ Quyết định số ${decision.number}`}
      size="lg"
      state={fields}
      dateLabel="Ngày quyết định hủy bỏ"
      submitLabel="Ban hành quyết định hủy bỏ"
      saving={cancel.isPending}
      onClose={onClose}
      onSubmit={({ docDate, signerId }) =>
        cancel.mutate({ id: decision.id, decisionDate: docDate, signerId, reason })
      }
      after={
        <Textarea
          label="Lý do hủy bỏ"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      }
    >
      <Alert color="orange">
        Quyết định đã ban hành không xóa được. Phần mềm lập một Quyết định “về việc hủy bỏ” trong sổ
        văn bản (lấy số mới), đánh dấu các khen thưởng trong Sổ khen thưởng là đã bị hủy và đưa các
        đề nghị về trạng thái “Hội đồng đồng ý”.
      </Alert>
    </DocumentFieldsModal>
  );
}

export function DecisionPage() {
  const { id = "" } = useParams();
  // Keyed by id: moving to another decision (e.g. the cancelling one) starts with fresh state.
  return <DecisionView key={id} id={id} />;
}

function DecisionView({ id }: { id: string }) {
  const navigate = useNavigate();
  const q = useApiQuery("decisions.get", { id });
  const profile = useApiQuery("settings.getProfile", {});
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const update = useApiMutation("decisions.update", {
    success: "Đã lưu quyết định",
    onSuccess: () => setEditing(false),
  });
  const generate = useApiMutation("decisions.generateDocument", {
    success: "Đã tạo văn bản Quyết định trong sổ văn bản",
  });
  const issue = useApiMutation("decisions.issue", {
    success: "Đã ban hành quyết định và ghi vào Sổ khen thưởng",
  });
  const remove = useApiMutation("decisions.delete", {
    success: "Đã xóa bản dự thảo quyết định",
    onSuccess: () => navigate("/quyet-dinh"),
  });
  const removeLine = useApiMutation("decisions.removeRecipient", {
    success: "Đã bớt khỏi danh sách",
  });
  const exportXlsx = useApiMutation("decisions.exportRecipients", {
    onSuccess: ({ path }) => void offerDownload(path).catch(notifyError),
  });
  const print = useApiMutation("decisions.printCertificates", {
    onSuccess: ({ path, pages, marked }) => {
      void offerDownload(path, "open").catch(notifyError);
      setPicked(new Set());
      return { pages, marked };
    },
    success: "Đã tạo tệp Giấy khen (PDF)",
  });
  const can = useCan();
  const d = q.data;
  if (!d) return null;
  const draft = d.status === "draft";
  const isCancel = d.grouping === "cancel";
  const doc = d.document;
  const printFor = (mode: "phoi" | "day_du") =>
    print.mutate({ id: d.id, mode, recipientIds: [...picked] });
  return (
    <>
      <PageHeader
        title={
          isCancel
            ? `Quyết định số ${d.number} (hủy bỏ)`
            : d.number && !draft
              ? `Quyết định số ${d.number}`
              : "Quyết định khen thưởng (dự thảo)"
        }
        description={d.title}
        actions={
          <>
            <Badge size="lg" color={statusColors[d.status]} variant="light">
              {decisionStatusLabels[d.status]}
            </Badge>
            <Button variant="default" component={Link} to="/quyet-dinh">
              Danh sách quyết định
            </Button>
          </>
        }
      />
      {draft && !isCancel && doc?.state === "da_ban_hanh" && (
        <Alert color="yellow" mb="md" title="Văn bản đã ban hành trong sổ văn bản">
          Văn bản số {doc.number} đã được ban hành từ Sổ văn bản nhưng quyết định chưa được ghi vào
          Sổ khen thưởng. Bấm “Ban hành” để hoàn tất.
        </Alert>
      )}
      {d.status === "cancelled" && (
        <Alert color="red" mb="md" title="Quyết định đã bị hủy bỏ">
          Bị hủy bỏ bởi{" "}
          <Anchor component={Link} to={`/quyet-dinh/${d.cancelledByDecisionId}`}>
            Quyết định số {d.cancelledByNumber}
          </Anchor>
          . Lý do: {d.cancelReason}
        </Alert>
      )}
      {isCancel && (
        <Alert color="orange" mb="md">
          Hủy bỏ{" "}
          <Anchor component={Link} to={`/quyet-dinh/${d.cancelsDecisionId}`}>
            Quyết định số {d.cancelsNumber}
          </Anchor>
          . Lý do: {d.cancelReason}
        </Alert>
      )}
      <Paper withBorder p="md" mb="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          <Text size="sm">
            <b>Ngày quyết định:</b> {formatDate(d.decisionDate)}
          </Text>
          <Text size="sm">
            <b>Người ký:</b> {d.signerName}
          </Text>
          {!isCancel && (
            <Text size="sm">
              <b>Nguồn kinh phí:</b>{" "}
              {d.fund ||
                (profile.data ? `${defaultFund(profile.data.parentBody)} (mặc định)` : "—")}
            </Text>
          )}
          <Text size="sm">
            <b>Mức lương cơ sở áp dụng:</b>{" "}
            {d.baseSalary === null ? "chưa khai báo" : formatMoney(d.baseSalary)}
          </Text>
          <Text size="sm">
            <b>Văn bản trong sổ:</b>{" "}
            {doc
              ? `${doc.number} (${doc.state === "du_thao" ? "dự thảo" : "đã ban hành"})`
              : "chưa tạo"}
            {doc?.outdated && draft && (
              <Badge ml={6} color="yellow" size="sm">
                Cần tạo lại
              </Badge>
            )}
          </Text>
        </SimpleGrid>
        <Group mt="md" gap="xs">
          {draft && !isCancel && can("decisions.update") && (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                Sửa ngày, người ký, kinh phí
              </Button>
              <Button
                variant="default"
                loading={generate.isPending}
                onClick={() => generate.mutate({ id: d.id })}
              >
                {doc ? "Cập nhật văn bản Quyết định" : "Tạo văn bản Quyết định"}
              </Button>
            </>
          )}
          {doc && (
            <DocumentOpenButtons
              doc={doc}
              onPreview={() => setPreviewing(true)}
              variant="default"
            />
          )}
          <Button
            variant="default"
            loading={exportXlsx.isPending}
            onClick={() => exportXlsx.mutate({ id: d.id })}
          >
            Xuất danh sách Excel
          </Button>
          {draft && !isCancel && can("decisions.issue") && (
            <Button
              color="teal"
              loading={issue.isPending}
              onClick={() =>
                confirmAction({
                  title: "Ban hành quyết định",
                  message: `Quyết định sẽ được lấy số trong sổ văn bản; ${d.recipientCount} người, tập thể được ghi vào Sổ khen thưởng và các đề nghị chuyển sang “Đã có quyết định”. Sau khi ban hành, chỉ hủy bỏ được bằng một quyết định hủy bỏ.`,
                  confirmLabel: "Ban hành",
                  danger: false,
                  onConfirm: () => issue.mutate({ id: d.id }),
                })
              }
            >
              Ban hành
            </Button>
          )}
          {d.status === "issued" && !isCancel && (
            <>
              <Menu position="bottom-start" withinPortal>
                <Menu.Target>
                  <Button loading={print.isPending}>
                    In Giấy khen{picked.size ? ` (${picked.size} đã chọn)` : " (tất cả)"}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => printFor("phoi")}>In lên phôi (chỉ phần chữ)</Menu.Item>
                  <Menu.Item onClick={() => printFor("day_du")}>Bản đầy đủ (giấy trắng)</Menu.Item>
                </Menu.Dropdown>
              </Menu>
              {can("decisions.cancel") && (
                <Button color="red" variant="light" onClick={() => setCancelling(true)}>
                  Hủy bỏ quyết định…
                </Button>
              )}
            </>
          )}
          {draft && !isCancel && can("decisions.delete") && (
            <Button
              color="red"
              variant="subtle"
              onClick={() =>
                confirmAction({
                  title: "Xóa bản dự thảo",
                  message:
                    "Xóa bản dự thảo quyết định này (cả bản dự thảo trong sổ văn bản)? Các đề nghị vẫn giữ trạng thái “Hội đồng đồng ý”.",
                  confirmLabel: "Xóa",
                  onConfirm: () => remove.mutate({ id: d.id }),
                })
              }
            >
              Xóa dự thảo
            </Button>
          )}
        </Group>
      </Paper>
      <Table striped withTableBorder aria-label="Danh sách kèm theo">
        <Table.Thead>
          <Table.Tr>
            {d.status === "issued" && !isCancel && <Table.Th w={40} />}
            <Table.Th w={90}>Số sổ vàng</Table.Th>
            <Table.Th>Họ và tên / Tên tập thể</Table.Th>
            <Table.Th>Chức vụ, đơn vị</Table.Th>
            <Table.Th>Hình thức</Table.Th>
            <Table.Th w={70} ta="right">
              Hệ số
            </Table.Th>
            <Table.Th w={150} ta="right">
              Tiền thưởng
            </Table.Th>
            {draft && !isCancel && <Table.Th w={50} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.recipients.map((r) => (
            <Table.Tr key={r.id}>
              {d.status === "issued" && !isCancel && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Chọn ${r.name} để in`}
                    checked={picked.has(r.id)}
                    onChange={() =>
                      setPicked((s) => {
                        const n = new Set(s);
                        if (n.has(r.id)) n.delete(r.id);
                        else n.add(r.id);
                        return n;
                      })
                    }
                  />
                </Table.Td>
              )}
              <Table.Td>{r.lineNo}</Table.Td>
              <Table.Td>
                {r.name}{" "}
                <Badge size="xs" variant="light">
                  {nomineeKindLabels[r.recipientKind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {r.recipientKind === "tap_the"
                  ? r.unitName
                  : [r.position, r.unitName].filter(Boolean).join(", ")}
              </Table.Td>
              <Table.Td>{r.awardName}</Table.Td>
              <Table.Td ta="right">
                {r.coefficient === null ? "—" : formatNumber(r.coefficient)}
              </Table.Td>
              <Table.Td ta="right">
                {r.moneyNote && r.money === 0 ? (
                  <Tooltip label={r.moneyNote} multiline w={320}>
                    <Text size="sm" c="dimmed" td="underline dotted">
                      Không
                    </Text>
                  </Tooltip>
                ) : (
                  formatMoney(r.money)
                )}
              </Table.Td>
              {draft && !isCancel && (
                <Table.Td>
                  <RemoveRowButton
                    label={`Bớt ${r.name} khỏi danh sách`}
                    onClick={() => removeLine.mutate({ id: r.id })}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            {d.status === "issued" && !isCancel && <Table.Td />}
            <Table.Td />
            <Table.Td colSpan={4} fw={700}>
              Tổng cộng ({d.recipientCount})
            </Table.Td>
            <Table.Td ta="right" fw={700} aria-label="Tổng tiền thưởng">
              {formatMoney(d.total)}
            </Table.Td>
            {draft && !isCancel && <Table.Td />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Text mt="xs" size="sm" fs="italic" aria-label="Tổng tiền bằng chữ">
        Bằng chữ: {d.totalWords}.
      </Text>
      {editing && (
        <DecisionFieldsModal
          key={d.id}
          title="Sửa quyết định"
          initial={d}
          submitLabel="Lưu"
          saving={update.isPending}
          onClose={() => setEditing(false)}
          onSubmit={(v) => update.mutate({ id: d.id, ...v })}
        />
      )}
      {cancelling && <CancelModal decision={d} onClose={() => setCancelling(false)} />}
      {previewing && doc && <PreviewModal doc={doc} onClose={() => setPreviewing(false)} />}
      <Box mt="md">
        <RecordHistory recordId={d.id} />
      </Box>
    </>
  );
}
