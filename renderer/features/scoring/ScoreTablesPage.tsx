import { AddButton } from "../auth/AddButton";
import {
  Badge,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";

import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { FormActions } from "../../components/FormActions";
import { PageHeader } from "../../components/PageHeader";

function CreateTableModal({ year, onClose }: { year: number; onClose: () => void }) {
  const clusters = useApiQuery("directory.listClusters", { year });
  const navigate = useNavigate();
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [from, setFrom] = useState<"seed002" | "copy" | "blank">("seed002");
  const clusterName = clusters.data?.find((c) => c.id === clusterId)?.name ?? "";
  const [name, setName] = useState("");
  const create = useApiMutation("scoring.createTable", {
    success: "Đã tạo bảng điểm",
    onSuccess: (t) => navigate(`/giao-uoc/${t.id}`),
  });
  const shownName =
    name || (clusterName ? `Bảng điểm giao ước thi đua năm ${year} – ${clusterName}` : "");
  return (
    <Modal opened onClose={onClose} title="Tạo bảng điểm giao ước thi đua">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (clusterId) create.mutate({ year, clusterId, name: shownName, from });
        }}
      >
        <Stack>
          <Select
            label="Cụm, khối thi đua"
            withAsterisk
            data-autofocus
            data={(clusters.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.members.length} đơn vị năm ${year})`,
            }))}
            value={clusterId}
            onChange={setClusterId}
            nothingFoundMessage="Chưa có cụm, khối thi đua (thêm trong Danh bạ)"
          />
          <TextInput
            label="Tên bảng điểm"
            value={shownName}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label="Tiêu chí"
            allowDeselect={false}
            value={from}
            onChange={(v) => setFrom((v ?? "seed002") as typeof from)}
            data={[
              { value: "seed002", label: "Mẫu 100 điểm = 50 + 10 + 40, điểm cộng, điểm trừ" },
              { value: "copy", label: `Sao chép bảng điểm năm ${year - 1} của cụm, khối này` },
              { value: "blank", label: "Bảng trống" },
            ]}
          />
          <FormActions onCancel={onClose} saving={create.isPending} submitLabel="Tạo" />
        </Stack>
      </form>
    </Modal>
  );
}

export function ScoreTablesPage() {
  const year = useWorkingYear();
  const tables = useApiQuery("scoring.listTables", { year: year ?? 0 }, { enabled: year !== null });
  const [creating, setCreating] = useState(false);
  if (year === null) return null;
  return (
    <>
      <PageHeader
        title={`Giao ước, chấm điểm năm ${year}`}
        description="Bảng điểm của từng cụm, khối thi đua: tự chấm, phúc tra, xếp hạng và đề nghị khen thưởng."
        actions={
          <AddButton may="scoring.createTable" onClick={() => setCreating(true)}>
            Tạo bảng điểm
          </AddButton>
        }
      />
      {tables.data?.length === 0 && <Text c="dimmed">Chưa có bảng điểm nào cho năm {year}.</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(tables.data ?? []).map((t) => (
          <Card key={t.id} withBorder component={Link} to={`/giao-uoc/${t.id}`}>
            <Text fw={600}>{t.name}</Text>
            <Group gap="xs" mt="xs">
              <Badge variant="light">{t.clusterName}</Badge>
              <Text size="sm" c="dimmed">
                {t.memberCount} đơn vị · {t.criteriaCount} tiêu chí
              </Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      {creating && <CreateTableModal year={year} onClose={() => setCreating(false)} />}
    </>
  );
}
