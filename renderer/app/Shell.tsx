import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from "@mantine/core";
import { NavLink as RouterLink, Navigate, Route, Routes, useLocation } from "react-router";
import type { OutputOf } from "../../electron/contract";
import { useApiQuery } from "../api/hooks";
import { HomePage } from "../features/home/HomePage";
import { AwardsPage } from "../features/awards/AwardsPage";
import { DecisionPage } from "../features/decisions/DecisionPage";
import { DecisionsPage } from "../features/decisions/DecisionsPage";
import { DossierPage } from "../features/dossiers/DossierPage";
import { MeetingPage } from "../features/meetings/MeetingPage";
import { MeetingsPage } from "../features/meetings/MeetingsPage";
import { ForwardingPage } from "../features/forwarding/ForwardingPage";
import { DossiersPage } from "../features/dossiers/DossiersPage";
import { MovementPage } from "../features/movements/MovementPage";
import { MovementsPage } from "../features/movements/MovementsPage";
import { RegistrationPage } from "../features/registrations/RegistrationPage";
import { RegistrationsPage } from "../features/registrations/RegistrationsPage";
import { PlanPage } from "../features/plans/PlanPage";
import { ScoreTablePage } from "../features/scoring/ScoreTablePage";
import { ScoreTablesPage } from "../features/scoring/ScoreTablesPage";
import { RegisterPage } from "../features/documents/RegisterPage";
import { TemplatesPage } from "../features/documents/TemplatesPage";
import { GlobalSearch } from "../features/search/GlobalSearch";
import { BackupsPage } from "../features/settings/BackupsPage";
import { CataloguePage } from "../features/settings/CataloguePage";
import { CouncilPage } from "../features/settings/CouncilPage";
import { LegalBasesPage } from "../features/settings/LegalBasesPage";
import { ProfilePage } from "../features/settings/ProfilePage";
import { SalaryPage } from "../features/settings/SalaryPage";
import { CertificateLayoutPage } from "../features/certificates/CertificateLayoutPage";
import { SignersPage } from "../features/settings/SignersPage";
import { NotFoundPage } from "../components/NotFoundPage";
import { ClustersPage } from "../features/directory/ClustersPage";
import { HouseholdsPage } from "../features/directory/HouseholdsPage";
import { InitiativesPage } from "../features/directory/InitiativesPage";
import { PeoplePage } from "../features/directory/PeoplePage";
import { PersonPage } from "../features/directory/PersonPage";
import { RatingsPage } from "../features/directory/RatingsPage";
import { UnitsPage } from "../features/directory/UnitsPage";
import { directoryNav, documentsNav, mainNav, settingsNav, type NavItem } from "./navigation";
import { WorkingYearSelect } from "./WorkingYearSelect";

function NavItems({ items }: { items: NavItem[] }) {
  const { pathname } = useLocation();
  return items.map((item) => (
    <NavLink
      key={item.to}
      component={RouterLink}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} stroke={1.6} />}
      active={item.to === "/" ? pathname === "/" : pathname.startsWith(item.to)}
    />
  ));
}

export function Shell({ status }: { status: OutputOf<"system.status"> }) {
  const profile = useApiQuery("settings.getProfile", {});
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={4} c="red.9">
              Thi đua – Khen thưởng
            </Title>
            {profile.data && (
              <Text size="sm" c="dimmed" truncate maw={320}>
                {profile.data.issuingBody} – {profile.data.parentBody}
              </Text>
            )}
            {status.demo && (
              <Badge
                color="orange"
                variant="light"
                title="Dữ liệu được nạp bằng --demo, không phải dữ liệu thật"
              >
                Dữ liệu mẫu
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearch />
            <WorkingYearSelect />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
        <ScrollArea>
          <NavItems items={mainNav} />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            Văn bản
          </Text>
          <NavItems items={documentsNav} />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            Danh bạ
          </Text>
          <NavItems items={directoryNav} />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            Cài đặt
          </Text>
          <NavItems items={settingsNav} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<HomePage status={status} />} />
          <Route path="/danh-ba" element={<Navigate to="/danh-ba/ca-nhan" replace />} />
          <Route path="/danh-ba/don-vi" element={<UnitsPage />} />
          <Route path="/danh-ba/cum-khoi" element={<ClustersPage />} />
          <Route path="/danh-ba/ca-nhan" element={<PeoplePage />} />
          <Route path="/danh-ba/ca-nhan/:id" element={<PersonPage />} />
          <Route path="/danh-ba/ho-gia-dinh" element={<HouseholdsPage />} />
          <Route path="/danh-ba/xep-loai" element={<RatingsPage />} />
          <Route path="/danh-ba/sang-kien" element={<InitiativesPage />} />
          <Route path="/ke-hoach" element={<PlanPage />} />
          <Route path="/phong-trao" element={<MovementsPage />} />
          <Route path="/dang-ky" element={<RegistrationsPage />} />
          <Route path="/dang-ky/:unitId" element={<RegistrationPage />} />
          <Route path="/phong-trao/:id" element={<MovementPage />} />
          <Route path="/giao-uoc" element={<ScoreTablesPage />} />
          <Route path="/giao-uoc/:id" element={<ScoreTablePage />} />
          <Route path="/ho-so" element={<DossiersPage />} />
          <Route path="/ho-so/:id" element={<DossierPage />} />
          <Route path="/hop-hoi-dong" element={<MeetingsPage />} />
          <Route path="/chuyen-cap-tren" element={<ForwardingPage />} />
          <Route path="/hop-hoi-dong/:id" element={<MeetingPage />} />
          <Route path="/quyet-dinh" element={<DecisionsPage />} />
          <Route path="/quyet-dinh/:id" element={<DecisionPage />} />
          <Route path="/so-khen-thuong" element={<AwardsPage />} />
          <Route path="/van-ban" element={<Navigate to="/van-ban/so" replace />} />
          <Route path="/van-ban/so" element={<RegisterPage />} />
          <Route path="/van-ban/mau" element={<TemplatesPage />} />
          <Route path="/cai-dat" element={<Navigate to="/cai-dat/don-vi-ban-hanh" replace />} />
          <Route path="/cai-dat/don-vi-ban-hanh" element={<ProfilePage />} />
          <Route path="/cai-dat/nguoi-ky" element={<SignersPage />} />
          <Route path="/cai-dat/hoi-dong" element={<CouncilPage />} />
          <Route path="/cai-dat/luong-co-so" element={<SalaryPage />} />
          <Route path="/cai-dat/mau-giay-khen" element={<CertificateLayoutPage />} />
          <Route path="/cai-dat/danh-muc" element={<CataloguePage />} />
          <Route path="/cai-dat/can-cu" element={<LegalBasesPage />} />
          <Route path="/cai-dat/sao-luu" element={<BackupsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
