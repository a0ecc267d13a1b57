import { useCan } from "../auth/use-can";
import { RecordHistory } from "../audit/AuditEntries";
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
  Box,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconFileSpreadsheet,
  IconPencil,
  IconPlus,
  IconTrash,
} from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { dossierKindLabels, type DossierDetail } from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { DossierChecklist } from "./DossierChecklist";
import { DossierFormModal } from "./DossierFormModal";
import { StateBadges } from "./DossiersPage";
import {
  AppraisalListMenu,
  EligibilityOverrideModal,
  HistoryModal,
  ImportNominationsModal,
  TransitionModal,
} from "./DossierModals";
import { actionButtons } from "./labels";
import { NominationModal } from "./NominationModal";
import { NominationsTable } from "./NominationsTable";
import { useDossierWorkflow } from "./useDossierWorkflow";

export function DossierPage() {
  const { id = "" } = useParams();
  const detail = useApiQuery("dossiers.get", { id });
  if (detail.error)
    return (
      <Alert color="red" title="Không mở được hồ sơ">
        {detail.error.message}{" "}
        <Anchor component={Link} to="/ho-so">
          Về danh sách hồ sơ
        </Anchor>
      </Alert>
    );
  if (!detail.data) return null;
  return <DossierView key={id} data={detail.data} />;
}

function DossierView({ data }: { data: DossierDetail }) {
  const { dossier, components, nominations } = data;
  const w = useDossierWorkflow(data);
  const can = useCan();

  return (
    <>
      <PageHeader
        title={`Hồ sơ của ${dossier.unitName}`}
        description={
          <>
            <Anchor component={Link} to="/ho-so" size="sm">
              <IconArrowLeft size={12} /> Danh sách hồ sơ
            </Anchor>
            {" · "}
            {dossierKindLabels[dossier.kind]} · năm {dossier.year}
          </>
        }
        actions={
          <>
            <AppraisalListMenu target={{ dossierId: dossier.id }} />
            {can("dossiers.save") && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => w.setEditing(true)}
              >
                Sửa thông tin
              </Button>
            )}
            {can("dossiers.delete") && (
              <Tooltip
                label="Chỉ xóa được khi mọi đề nghị còn ở bước tiếp nhận"
                disabled={w.deletable}
              >
                <Button
                  variant="light"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  disabled={!w.deletable}
                  onClick={() =>
                    confirmAction({
                      title: "Xóa hồ sơ",
                      message: `Xóa hồ sơ của ${dossier.unitName} cùng ${dossier.nominationCount} đề nghị và các tệp đính kèm? Việc này không hoàn tác được từ màn hình.`,
                      confirmLabel: "Xóa hồ sơ",
                      onConfirm: () => w.remove.mutate({ id: dossier.id }),
                    })
                  }
                >
                  Xóa hồ sơ
                </Button>
              </Tooltip>
            )}
          </>
        }
      />
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Field label="Ngày tiếp nhận" value={formatDate(dossier.receivedDate)} />
          <Field
            label="Tờ trình của đơn vị"
            value={
              dossier.unitDocNumber
                ? `Số ${dossier.unitDocNumber}${dossier.unitDocDate ? ` ngày ${formatDate(dossier.unitDocDate)}` : ""}`
                : "Chưa ghi số"
            }
          />
          <Field label="Phong trào" value={dossier.movementName || "Không thuộc phong trào"} />
          <Field label="Đề nghị" value={<StateBadges counts={dossier.stateCounts} />} />
        </SimpleGrid>
        {dossier.note && (
          <Text size="sm" mt="sm">
            Ghi chú: {dossier.note}
          </Text>
        )}
      </Card>
      {dossier.missing.length > 0 && (
        <Alert
          color={dossier.overrideReason ? "yellow" : "orange"}
          icon={<IconAlertTriangle size={16} />}
          mb="md"
          title={`Hồ sơ còn thiếu ${dossier.missing.length} thành phần`}
        >
          {dossier.missing.join("; ")}.{" "}
          {dossier.overrideReason
            ? `Được chuyển tiếp với lý do: ${dossier.overrideReason}`
            : "Các đề nghị chưa thể thẩm định cho đến khi bổ sung đủ, hoặc ghi lý do bỏ qua ở “Sửa thông tin”."}
        </Alert>
      )}

      <DossierChecklist dossierId={dossier.id} components={components} />

      <Group justify="space-between" mt="lg" mb="xs">
        <Title order={4}>Đề nghị khen thưởng ({nominations.length})</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => w.setImporting(true)}
          >
            Nhập từ Excel
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => w.setNominationEdit("new")}>
            Thêm đề nghị
          </Button>
        </Group>
      </Group>
      {w.selectedRows.length > 0 && (
        <Group gap="xs" mb="xs" aria-label="Thao tác với các đề nghị đã chọn">
          <Text size="sm">Đã chọn {w.selectedRows.length}:</Text>
          {w.bulkActions.length === 0 && (
            <Text size="sm" c="dimmed">
              không có bước nào làm chung được cho các đề nghị này
            </Text>
          )}
          {w.bulkActions.map((a) => (
            <Button
              key={a}
              size="xs"
              color={actionButtons[a].color}
              variant="light"
              loading={w.transition.isPending}
              onClick={() => w.run([...w.selected], a, `${w.selectedRows.length} đề nghị`)}
            >
              {actionButtons[a].label}
            </Button>
          ))}
          <Button size="xs" variant="subtle" onClick={w.clearSelection}>
            Bỏ chọn
          </Button>
        </Group>
      )}
      {nominations.length === 0 ? (
        <Text c="dimmed">Hồ sơ chưa có đề nghị nào. Thêm từng đề nghị hoặc nhập từ Excel.</Text>
      ) : (
        <NominationsTable nominations={nominations} workflow={w} />
      )}

      {w.editing && (
        <DossierFormModal
          dossier={dossier}
          year={dossier.year}
          onClose={() => w.setEditing(false)}
        />
      )}
      {w.nominationEdit && (
        <NominationModal
          dossier={dossier}
          nomination={w.nominationEdit}
          onClose={() => w.setNominationEdit(null)}
        />
      )}
      {w.importing && (
        <ImportNominationsModal dossierId={dossier.id} onClose={() => w.setImporting(false)} />
      )}
      {w.history && (
        <HistoryModal
          nominationId={w.history.id}
          who={w.history.nomineeName}
          onClose={() => w.setHistory(null)}
        />
      )}
      {w.overriding && (
        <EligibilityOverrideModal nomination={w.overriding} onClose={() => w.setOverriding(null)} />
      )}
      <Box mt="md">
        <RecordHistory recordId={dossier.id} />
      </Box>
      {w.reasonFor && <TransitionModal {...w.reasonFor} onClose={w.closeReason} />}
    </>
  );
}

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Stack>
  );
}
