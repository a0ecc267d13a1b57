import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import {
  councilCountNote,
  isCouncilVoter,
  signatureLines,
  type OutputOf,
} from "../../../electron/contract";
import { useApiQuery } from "../../api/hooks";
import { useWorkingYear } from "../../app/WorkingYearSelect";
import { DashboardPanel } from "../plans/DashboardPanel";
import { formatDate, formatDateTime, formatMoney } from "../../lib/format";
import { todayIso } from "../../lib/today";

function InfoCard({
  title,
  to,
  children,
}: {
  title: string;
  to: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Anchor component={Link} to={to} size="sm">
          Sửa
        </Anchor>
      </Group>
      {children}
    </Card>
  );
}

export function HomePage({ status }: { status: OutputOf<"system.status"> }) {
  const year = useWorkingYear();
  const today = todayIso();
  const profile = useApiQuery("settings.getProfile", {});
  const signers = useApiQuery("settings.listSigners", {});
  const council = useApiQuery("settings.listCouncil", {});
  const salary = useApiQuery("settings.baseSalaryOn", { date: today });
  const awards = useApiQuery("catalogue.listAwards", { onDate: today });
  const backups = useApiQuery("system.listBackups", {});
  const defaultSigner = signers.data?.find((s) => s.isDefault) ?? signers.data?.[0];
  const lastBackup = backups.data?.[0];

  return (
    <Stack>
      <Group gap="sm">
        <Title order={2}>Tổng quan</Title>
        {year && <Badge size="lg">Năm thi đua {year}</Badge>}
      </Group>
      <BackupWarning />
      {year && <DashboardPanel year={year} />}
      <Title order={4} mt="md">
        Thông tin chung
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        <InfoCard title="Cơ quan ban hành" to="/cai-dat/don-vi-ban-hanh">
          {profile.data && (
            <Stack gap={2}>
              <Text size="sm" tt="uppercase">
                {profile.data.parentBody}
              </Text>
              <Text size="sm" fw={700} tt="uppercase">
                {profile.data.issuingBody}
              </Text>
              <Text size="sm" c="dimmed">
                Số văn bản: …/TTr-{profile.data.abbreviation} · Địa danh: {profile.data.placeName}
              </Text>
            </Stack>
          )}
        </InfoCard>
        <InfoCard title="Người ký mặc định" to="/cai-dat/nguoi-ky">
          {defaultSigner && (
            <Stack gap={2}>
              {signatureLines(defaultSigner).map((l, i) => (
                <Text key={i} size="sm" fw={700}>
                  {l}
                </Text>
              ))}
              <Text size="sm">{defaultSigner.fullName}</Text>
            </Stack>
          )}
        </InfoCard>
        <InfoCard title="Hội đồng Thi đua – Khen thưởng" to="/cai-dat/hoi-dong">
          <Text size="sm">{profile.data?.councilName}</Text>
          <Text size="sm" c="dimmed">
            {council.data
              ? `${council.data.filter((m) => m.active && isCouncilVoter(m)).length} thành viên (${councilCountNote})`
              : ""}
          </Text>
        </InfoCard>
        <InfoCard title="Lương cơ sở hiện hành" to="/cai-dat/luong-co-so">
          {salary.data ? (
            <Text size="sm">
              {formatMoney(salary.data.amount)} (từ {formatDate(salary.data.effectiveFrom)})
            </Text>
          ) : (
            <Text size="sm" c="orange">
              Chưa có mức lương cơ sở cho ngày hôm nay.
            </Text>
          )}
        </InfoCard>
        <InfoCard title="Danh hiệu, hình thức" to="/cai-dat/danh-muc">
          <Text size="sm">{awards.data ? `${awards.data.length} mục đang có hiệu lực` : ""}</Text>
        </InfoCard>
        <InfoCard title="Sao lưu" to="/cai-dat/sao-luu">
          <Text size="sm">
            {lastBackup
              ? `Gần nhất: ${formatDateTime(lastBackup.createdAt)}`
              : "Chưa có bản sao lưu."}
          </Text>
          <Text size="xs" c="dimmed" truncate title={status.dataDir}>
            Dữ liệu tại {status.dataDir}
          </Text>
        </InfoCard>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * A failed backup since the app started (the daily one runs in the background at start): said
 * plainly on the overview, with the way to the repair.
 */
function BackupWarning() {
  // Asked again now and then: the daily backup may fail after the overview is drawn.
  const status = useApiQuery("system.status", {}, { refetchInterval: 30_000 });
  const failure = status.data?.backupFailure;
  if (!failure) return null;
  return (
    <Alert
      color="red"
      title={failure.damaged ? "Cơ sở dữ liệu có chỗ hỏng" : "Sao lưu không thành công"}
    >
      <Text size="sm">{failure.message}</Text>
      <Button component={Link} to="/cai-dat/sao-luu" size="xs" mt="xs" variant="white" color="red">
        Mở Sao lưu và khôi phục
      </Button>
    </Alert>
  );
}
