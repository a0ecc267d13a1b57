import { AppShell, Badge, Group, Loader, NavLink, ScrollArea, Text, Title } from "@mantine/core";
import { memo, Suspense, useEffect } from "react";
import { NavLink as RouterLink, Navigate, Route, Routes, useLocation } from "react-router";
import type { OutputOf } from "../../electron/contract";
import { useApiQuery } from "../api/hooks";
import { HomePage } from "../features/home/HomePage";
import { GlobalSearch } from "../features/search/GlobalSearch";
import { NotFoundPage } from "../components/NotFoundPage";
import { lazyComponent, preloadPages } from "./lazy-page";
import { directoryNav, documentsNav, mainNav, settingsNav, type NavItem } from "./navigation";
import { WorkingYearSelect } from "./WorkingYearSelect";
import { AccountMenu } from "../features/auth/AccountMenu";
import { useCan } from "../features/auth/use-can";

/** Pages load on first visit (the first screen needs only the overview), then all in the background. */
const AuditPage = lazyComponent(() => import("../features/audit/AuditPage"), "AuditPage");
const AwardsPage = lazyComponent(() => import("../features/awards/AwardsPage"), "AwardsPage");
const DecisionPage = lazyComponent(
  () => import("../features/decisions/DecisionPage"),
  "DecisionPage",
);
const DecisionsPage = lazyComponent(
  () => import("../features/decisions/DecisionsPage"),
  "DecisionsPage",
);
const DossierPage = lazyComponent(() => import("../features/dossiers/DossierPage"), "DossierPage");
const MeetingPage = lazyComponent(() => import("../features/meetings/MeetingPage"), "MeetingPage");
const MeetingsPage = lazyComponent(
  () => import("../features/meetings/MeetingsPage"),
  "MeetingsPage",
);
const ForwardingPage = lazyComponent(
  () => import("../features/forwarding/ForwardingPage"),
  "ForwardingPage",
);
const DossiersPage = lazyComponent(
  () => import("../features/dossiers/DossiersPage"),
  "DossiersPage",
);
const MovementPage = lazyComponent(
  () => import("../features/movements/MovementPage"),
  "MovementPage",
);
const MovementsPage = lazyComponent(
  () => import("../features/movements/MovementsPage"),
  "MovementsPage",
);
const RegistrationPage = lazyComponent(
  () => import("../features/registrations/RegistrationPage"),
  "RegistrationPage",
);
const RegistrationsPage = lazyComponent(
  () => import("../features/registrations/RegistrationsPage"),
  "RegistrationsPage",
);
const PlanPage = lazyComponent(() => import("../features/plans/PlanPage"), "PlanPage");
const ScoreTablePage = lazyComponent(
  () => import("../features/scoring/ScoreTablePage"),
  "ScoreTablePage",
);
const ScoreTablesPage = lazyComponent(
  () => import("../features/scoring/ScoreTablesPage"),
  "ScoreTablesPage",
);
const RegisterPage = lazyComponent(
  () => import("../features/documents/RegisterPage"),
  "RegisterPage",
);
const TemplatesPage = lazyComponent(
  () => import("../features/documents/TemplatesPage"),
  "TemplatesPage",
);
const StatisticsPage = lazyComponent(
  () => import("../features/reports/StatisticsPage"),
  "StatisticsPage",
);
const AccountsPage = lazyComponent(() => import("../features/auth/AccountsPage"), "AccountsPage");
const FormsPage = lazyComponent(() => import("../features/reports/FormsPage"), "FormsPage");
const StatisticsSettingsPage = lazyComponent(
  () => import("../features/settings/StatisticsSettingsPage"),
  "StatisticsSettingsPage",
);
const SummaryReportPage = lazyComponent(
  () => import("../features/reports/SummaryReportPage"),
  "SummaryReportPage",
);
const ExchangePage = lazyComponent(
  () => import("../features/exchange/ExchangePage"),
  "ExchangePage",
);
const BackupsPage = lazyComponent(() => import("../features/settings/BackupsPage"), "BackupsPage");
const CataloguePage = lazyComponent(
  () => import("../features/settings/CataloguePage"),
  "CataloguePage",
);
const CouncilPage = lazyComponent(() => import("../features/settings/CouncilPage"), "CouncilPage");
const LegalBasesPage = lazyComponent(
  () => import("../features/settings/LegalBasesPage"),
  "LegalBasesPage",
);
const ProfilePage = lazyComponent(() => import("../features/settings/ProfilePage"), "ProfilePage");
const SalaryPage = lazyComponent(() => import("../features/settings/SalaryPage"), "SalaryPage");
const CertificateLayoutPage = lazyComponent(
  () => import("../features/certificates/CertificateLayoutPage"),
  "CertificateLayoutPage",
);
const SignersPage = lazyComponent(() => import("../features/settings/SignersPage"), "SignersPage");
const ClustersPage = lazyComponent(
  () => import("../features/directory/ClustersPage"),
  "ClustersPage",
);
const HouseholdsPage = lazyComponent(
  () => import("../features/directory/HouseholdsPage"),
  "HouseholdsPage",
);
const InitiativesPage = lazyComponent(
  () => import("../features/directory/InitiativesPage"),
  "InitiativesPage",
);
const PeoplePage = lazyComponent(() => import("../features/directory/PeoplePage"), "PeoplePage");
const PersonPage = lazyComponent(() => import("../features/directory/PersonPage"), "PersonPage");
const RatingsPage = lazyComponent(() => import("../features/directory/RatingsPage"), "RatingsPage");
const UnitsPage = lazyComponent(() => import("../features/directory/UnitsPage"), "UnitsPage");

function NavItems({ items }: { items: NavItem[] }) {
  const { pathname } = useLocation();
  return items.map((item) => (
    <NavEntry
      key={item.to}
      item={item}
      active={item.to === "/" ? pathname === "/" : pathname.startsWith(item.to)}
    />
  ));
}

/** One menu entry; re-rendered only when it becomes (in)active, not on every route change. */
const NavEntry = memo(function NavEntry({ item, active }: { item: NavItem; active: boolean }) {
  return (
    <NavLink
      component={RouterLink}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} stroke={1.6} />}
      active={active}
    />
  );
});

export function Shell({
  status,
  auth,
}: {
  status: OutputOf<"system.status">;
  auth: OutputOf<"auth.status">;
}) {
  // The settings are the administrator's (the backend refuses the others anyway).
  const isAdmin = useCan()("settings.saveProfile");
  const profile = useApiQuery("settings.getProfile", {});
  useEffect(preloadPages, []);
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
            <AccountMenu auth={auth} />
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
          {isAdmin && (
            <>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                Cài đặt
              </Text>
              <NavItems items={settingsNav} />
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loader aria-label="Đang mở trang" m="xl" />}>
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
            <Route path="/bao-cao-tong-ket" element={<SummaryReportPage />} />
            <Route path="/thong-ke" element={<StatisticsPage />} />
            <Route path="/bieu-thong-ke" element={<FormsPage />} />
            <Route path="/cai-dat/thong-ke" element={<StatisticsSettingsPage />} />
            <Route path="/cai-dat/tai-khoan" element={<AccountsPage />} />
            <Route path="/nhat-ky" element={<AuditPage />} />
            <Route path="/trao-doi" element={<ExchangePage />} />
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
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
