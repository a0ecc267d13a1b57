import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { IconCopy, IconPlus, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { clusterInput, clusterKinds, clusterRoles, type Cluster } from "../../../electron/contract";
import { call } from "../../api/client";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { confirmAction } from "../../components/confirm";
import { FormActions } from "../../components/FormActions";
import { PageHeader } from "../../components/PageHeader";
import { RecordFormModal } from "../../components/RecordFormModal";
import { RowActions } from "../../components/RowActions";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { ExportButton, toOptions, useUnits } from "./shared";

type ClusterForm = { name: string; kind: Cluster["kind"]; note: string };

function MembersModal({
  cluster,
  year,
  onClose,
}: {
  cluster: Cluster;
  year: number;
  onClose: () => void;
}) {
  const { options } = useUnits();
  const [members, setMembers] = useState<string[]>(cluster.members.map((m) => m.unitId));
  const [leader, setLeader] = useState<string | null>(
    cluster.members.find((m) => m.role === "truong")?.unitId ?? null,
  );
  const [deputy, setDeputy] = useState<string | null>(
    cluster.members.find((m) => m.role === "pho")?.unitId ?? null,
  );
  const save = useApiMutation("directory.setClusterMembers", {
    success: "Đã lưu thành viên",
    onSuccess: onClose,
  });
  const chosen = options.filter((o) => members.includes(o.value));
  return (
    <Modal opened onClose={onClose} title={`${cluster.name} – năm ${year}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            clusterId: cluster.id,
            year,
            members: members.map((unitId) => ({
              unitId,
              role: unitId === leader ? "truong" : unitId === deputy ? "pho" : "thanh_vien",
            })),
          });
        }}
      >
        <Stack>
          <MultiSelect
            label="Đơn vị thành viên"
            data={options}
            searchable
            value={members}
            onChange={setMembers}
            data-autofocus
          />
          <SimpleGrid cols={2}>
            <Select
              label="Trưởng cụm, khối"
              data={chosen}
              value={leader}
              onChange={setLeader}
              clearable
            />
            <Select
              label="Phó cụm, khối"
              data={chosen.filter((o) => o.value !== leader)}
              value={deputy}
              onChange={setDeputy}
              clearable
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

export function ClustersPage() {
  const workingYear = useWorkingYear() ?? new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const y = year ?? workingYear;
  const list = useApiQuery("directory.listClusters", { year: y });
  const [editing, setEditing] = useState<Cluster | "new" | null>(null);
  const [members, setMembers] = useState<Cluster | null>(null);
  const remove = useApiMutation("directory.deleteCluster", { success: "Đã xóa cụm, khối" });
  const copy = useApiMutation("directory.copyClusters", {
    success: "Đã sao chép cụm, khối từ năm trước",
  });
  const years = Array.from({ length: 12 }, (_, i) => String(workingYear + 1 - i));
  const empty = (list.data ?? []).every((c) => c.members.length === 0);
  return (
    <>
      <PageHeader
        title="Cụm, khối thi đua"
        description="Thành viên, Trưởng và Phó cụm, khối theo từng năm."
        actions={
          <>
            <Select
              aria-label="Năm"
              w={110}
              data={years}
              value={String(y)}
              onChange={(v) => v && setYear(Number(v))}
              allowDeselect={false}
            />
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              onClick={() =>
                confirmAction({
                  title: `Sao chép từ năm ${y - 1}?`,
                  message: `Thành viên, Trưởng, Phó của mọi cụm, khối năm ${y - 1} được chép sang năm ${y}; sau đó bạn sửa lại (ví dụ luân phiên Trưởng cụm).`,
                  confirmLabel: "Sao chép",
                  danger: false,
                  onConfirm: () => copy.mutate({ fromYear: y - 1, toYear: y }),
                })
              }
              disabled={!empty}
            >
              Sao chép từ năm {y - 1}
            </Button>
            <ExportButton run={() => call("directory.exportClusters", { year: y })} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing("new")}>
              Thêm cụm, khối
            </Button>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {(list.data ?? []).map((c) => (
          <Card key={c.id} withBorder>
            <Group justify="space-between" wrap="nowrap" mb="xs">
              <div>
                <Text fw={600}>{c.name}</Text>
                <Badge variant="light" size="sm">
                  {clusterKinds[c.kind]}
                </Badge>
              </div>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconUsers size={14} />}
                  onClick={() => setMembers(c)}
                >
                  Thành viên
                </Button>
                <RowActions
                  label={c.name}
                  onEdit={() => setEditing(c)}
                  confirmDelete={{
                    title: "Xóa cụm, khối?",
                    message: `Xóa “${c.name}” cùng danh sách thành viên các năm.`,
                  }}
                  onDelete={() => remove.mutate({ id: c.id })}
                />
              </Group>
            </Group>
            {c.members.length === 0 && (
              <Text size="sm" c="dimmed">
                Năm {y} chưa có thành viên.
              </Text>
            )}
            {c.members.map((m) => (
              <Group key={m.unitId} gap="xs">
                <Text size="sm">{m.unitName}</Text>
                {m.role !== "thanh_vien" && (
                  <Badge size="xs" color={m.role === "truong" ? "red" : "orange"}>
                    {clusterRoles[m.role]}
                  </Badge>
                )}
              </Group>
            ))}
          </Card>
        ))}
      </SimpleGrid>
      {editing && (
        <RecordFormModal<ClusterForm>
          channel="directory.saveCluster"
          record={
            editing === "new"
              ? "new"
              : { id: editing.id, name: editing.name, kind: editing.kind, note: editing.note }
          }
          blank={{ name: "", kind: "cum", note: "" }}
          schema={clusterInput}
          titles={{ create: "Thêm cụm, khối", edit: "Sửa cụm, khối" }}
          success="Đã lưu cụm, khối"
          onClose={() => setEditing(null)}
        >
          {(form) => (
            <>
              <TextInput label="Tên" withAsterisk data-autofocus {...form.getInputProps("name")} />
              <Select
                label="Loại"
                data={toOptions(clusterKinds)}
                allowDeselect={false}
                {...form.getInputProps("kind")}
              />
              <Textarea label="Ghi chú" autosize {...form.getInputProps("note")} />
            </>
          )}
        </RecordFormModal>
      )}
      {members && <MembersModal cluster={members} year={y} onClose={() => setMembers(null)} />}
    </>
  );
}
