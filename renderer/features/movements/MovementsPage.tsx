import { AddButton } from "../auth/AddButton";
import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { PageHeader } from "../../components/PageHeader";
import { formatDate } from "../../lib/format";
import { movementKindLabels } from "./labels";

export function MovementsPage() {
  const year = useWorkingYear();
  const list = useApiQuery("movements.list", { year: year ?? 0 }, { enabled: year !== null });
  if (year === null) return null;
  return (
    <>
      <PageHeader
        title={`Phong trào thi đua năm ${year}`}
        description="Phong trào thường xuyên, chuyên đề và các đợt thi đua: chỉ tiêu, đối tượng, hình thức khen thưởng với số lượng, và các hạn."
        actions={
          <AddButton may="movements.save" to="/phong-trao/moi">
            Thêm phong trào
          </AddButton>
        }
      />
      {list.data?.length === 0 && (
        <Text c="dimmed">Chưa có phong trào nào bắt đầu trong năm {year}.</Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(list.data ?? []).map((m) => (
          <Card key={m.id} withBorder component={Link} to={`/phong-trao/${m.id}`}>
            <Stack gap={4}>
              <Group gap="xs">
                <Badge variant="light">{movementKindLabels[m.kind]}</Badge>
                <Text size="sm" c="dimmed">
                  {formatDate(m.startDate)} – {formatDate(m.endDate)}
                </Text>
              </Group>
              <Text fw={600}>{m.name}</Text>
              <Text size="sm" c="dimmed">
                {m.allocations.length} hình thức khen thưởng
                {m.registrationDeadline
                  ? ` · hạn đăng ký ${formatDate(m.registrationDeadline)}`
                  : ""}
                {m.dossierDeadline ? ` · hạn nộp hồ sơ ${formatDate(m.dossierDeadline)}` : ""}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
