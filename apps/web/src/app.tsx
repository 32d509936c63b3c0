import { Alert, Button, Flex, Layout, Menu, Result, Select, Space, Typography } from "antd";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";

import { readsProvinceData } from "./auth/abilities.ts";
import { useSession } from "./auth/session.tsx";
import { UserMenu } from "./auth/user-menu.tsx";
import { LanguageSwitch } from "./components/language-switch.tsx";
import { ErrorAlert, Loading } from "./components/query-state.tsx";
import { formatDate } from "./i18n/index.ts";
import { hrefWith, Link, navigate, type PageKey, pagePaths, routeOf, useLocation } from "./lib/router.tsx";
import { type SnapshotRef, type SnapshotScope, useSnapshotScope } from "./lib/scope.ts";

// Each page is its own chunk: the first load fetches the shell and the page it opens, nothing more.
const OverviewPage = lazy(() =>
  import("./pages/overview-page.tsx").then((module) => ({ default: module.OverviewPage })),
);
const ExplorerPage = lazy(() =>
  import("./pages/explorer-page.tsx").then((module) => ({ default: module.ExplorerPage })),
);
const SystemPage = lazy(() =>
  import("./pages/system-page.tsx").then((module) => ({ default: module.SystemPage })),
);
const PositionsPage = lazy(() => import("./pages/positions-page.tsx"));
const PlansPage = lazy(() => import("./pages/plans-page.tsx"));
const PlanEditorPage = lazy(() => import("./pages/plan-editor-page.tsx"));
const RulesPage = lazy(() => import("./pages/rules-page.tsx"));
const UsersPage = lazy(() => import("./pages/users-page.tsx"));

/** Pages whose header shows the province and data-set selectors (a plan carries its own baseline). */
const scopedPages = new Set(["overview", "explorer", "positions", "plans", "rules"]);

const headerText = { color: "#fff" } as const;

type MenuPage = Exclude<PageKey, "plan" | "not-found">;
/** An administrator manages users and reads no province's data (the server refuses it). */
const adminPages: readonly MenuPage[] = ["users", "system"];
const provincePages: readonly MenuPage[] = ["overview", "explorer", "positions", "plans", "rules", "system"];

/** What an administrator sees on a page of province data: where their work is instead. */
function AdminOnlyNotice() {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t("auth.adminOnly.title")}
      subTitle={t("auth.adminOnly.description")}
      extra={
        <Flex justify="center">
          <Button
            type="primary"
            onClick={() => {
              navigate(pagePaths.users);
            }}
          >
            {t("auth.adminOnly.toUsers")}
          </Button>
        </Flex>
      }
    />
  );
}

function ScopeSelectors({ scope }: { scope: SnapshotScope }) {
  const { t, i18n } = useTranslation();
  return (
    <Space size="middle" wrap>
      <Space size={6}>
        <Typography.Text style={headerText}>{t("scope.province")}</Typography.Text>
        <Select
          aria-label={t("scope.province")}
          data-testid="province-select"
          style={{ width: 210 }}
          loading={scope.provinces.isPending}
          value={scope.province?.code}
          placeholder={scope.provinces.isPending ? t("scope.loading") : t("scope.noProvinces")}
          options={(scope.provinces.data ?? []).map((province) => ({
            value: province.code,
            label: province.name,
          }))}
          onChange={scope.selectProvince}
        />
      </Space>
      <Space size={6}>
        <Typography.Text style={headerText}>{t("scope.snapshot")}</Typography.Text>
        <Select
          aria-label={t("scope.snapshot")}
          data-testid="snapshot-select"
          style={{ width: 460 }}
          popupMatchSelectWidth={false}
          loading={scope.snapshots.isPending && scope.province !== undefined}
          value={scope.snapshot?.id}
          placeholder={scope.snapshots.isPending ? t("scope.loading") : t("scope.noSnapshots")}
          options={(scope.snapshots.data ?? []).map((snapshot) => ({
            value: snapshot.id,
            // The commune level is named only in a data set that has it (snapshot/2).
            label: t(snapshot.communeCount > 0 ? "scope.snapshotOptionCommunes" : "scope.snapshotOption", {
              name: snapshot.name,
              date: formatDate(snapshot.asOf, i18n.language),
              agencies: snapshot.agencyCount,
              districts: snapshot.districtCount,
              communes: snapshot.communeCount,
            }),
          }))}
          onChange={scope.selectSnapshot}
        />
      </Space>
    </Space>
  );
}

/** The page for the selected snapshot, or why there is none yet. */
function WithSnapshot({
  scope,
  children,
}: {
  scope: SnapshotScope;
  children: (ref: SnapshotRef) => ReactNode;
}) {
  const { t } = useTranslation();
  if (scope.provinces.isError)
    return <ErrorAlert error={scope.provinces.error} onRetry={scope.provinces.refetch} />;
  if (scope.snapshots.isError)
    return <ErrorAlert error={scope.snapshots.error} onRetry={scope.snapshots.refetch} />;
  if (scope.provinces.isSuccess && scope.provinces.data.length === 0) {
    return <Alert type="info" showIcon title={t("scope.noProvinces")} />;
  }
  if (scope.snapshots.isSuccess && scope.snapshots.data.length === 0) {
    return <Alert type="info" showIcon title={t("scope.noSnapshots")} />;
  }
  if (!scope.province || !scope.snapshot) return null;
  return children({ provinceCode: scope.province.code, snapshotId: scope.snapshot.id });
}

function PageContent({
  page,
  planId,
  scope,
}: {
  page: PageKey;
  planId: string | undefined;
  scope: SnapshotScope;
}) {
  const { t } = useTranslation();
  const { actor } = useSession();
  if (!readsProvinceData(actor)) {
    // The administrator's home is the users page.
    if (page === "overview" || page === "users") return <UsersPage />;
    if (page === "system") return <SystemPage />;
    if (page !== "not-found") return <AdminOnlyNotice />;
  }
  switch (page) {
    case "overview":
      return <WithSnapshot scope={scope}>{(ref) => <OverviewPage {...ref} />}</WithSnapshot>;
    case "explorer":
      return <WithSnapshot scope={scope}>{(ref) => <ExplorerPage {...ref} />}</WithSnapshot>;
    case "positions":
      return <WithSnapshot scope={scope}>{(ref) => <PositionsPage {...ref} />}</WithSnapshot>;
    case "plans":
      return <WithSnapshot scope={scope}>{(ref) => <PlansPage {...ref} />}</WithSnapshot>;
    case "plan":
      if (planId) return <PlanEditorPage planId={planId} />;
      break;
    case "rules":
      return <RulesPage provinceCode={scope.province?.code} snapshotId={scope.snapshot?.id} />;
    case "system":
      return <SystemPage />;
    case "users":
      return <Result status="403" title={t("common.adminOnlyPage")} />;
    case "not-found":
      break;
  }
  return (
    <Result
      status="404"
      title={t("common.notFoundPage")}
      extra={
        <Flex justify="center">
          <Button
            type="primary"
            onClick={() => {
              navigate(pagePaths.overview);
            }}
          >
            {t("common.backToOverview")}
          </Button>
        </Flex>
      }
    />
  );
}

export function App() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const { pathname } = useLocation();
  const province = readsProvinceData(actor);
  const scope = useSnapshotScope(province);
  const route = routeOf(pathname);
  const { page } = route;
  const menuItems = (province ? provincePages : adminPages).map((key) => ({
    key,
    label: (
      <Link href={hrefWith(pagePaths[key], {})} data-testid={`nav-${key}`}>
        {t(`nav.${key}`)}
      </Link>
    ),
  }));
  const selectedMenu = page === "plan" ? "plans" : !province && page === "overview" ? "users" : page;

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 24,
          height: "auto",
          minHeight: 64,
          flexWrap: "wrap",
        }}
      >
        <Typography.Text strong style={{ ...headerText, fontSize: 20, whiteSpace: "nowrap" }}>
          {t("app.name")}
        </Typography.Text>
        <div style={{ flex: 1 }}>
          {province && scopedPages.has(page) ? <ScopeSelectors scope={scope} /> : null}
        </div>
        <Space size="middle" wrap>
          <LanguageSwitch labelStyle={headerText} />
          <UserMenu />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t("app.mainMenu")}>
            <Menu
              mode="inline"
              selectedKeys={[selectedMenu]}
              items={menuItems}
              style={{ height: "100%", borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <PageContent page={page} planId={route.planId} scope={scope} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
