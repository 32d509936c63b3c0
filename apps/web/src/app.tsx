import { Alert, Button, Flex, Layout, Menu, Result, Segmented, Select, Space, Typography } from "antd";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";

import { ErrorAlert, Loading } from "./components/query-state.tsx";
import type { Language } from "./i18n/catalogue.ts";
import { changeLanguage, formatDate } from "./i18n/index.ts";
import { hrefWith, Link, navigate, pagePaths, routeOf, useLocation } from "./lib/router.tsx";
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

/** Pages whose header shows the province and data-set selectors (a plan carries its own baseline). */
const scopedPages = new Set(["overview", "explorer", "positions", "plans", "rules"]);

const headerText = { color: "#fff" } as const;

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
            label: t("scope.snapshotOption", {
              name: snapshot.name,
              date: formatDate(snapshot.asOf, i18n.language),
              agencies: snapshot.agencyCount,
              districts: snapshot.districtCount,
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

export function App() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const scope = useSnapshotScope();
  const route = routeOf(pathname);
  const { page } = route;
  const menuItems = (["overview", "explorer", "positions", "plans", "rules", "system"] as const).map(
    (key) => ({
      key,
      label: (
        <Link href={hrefWith(pagePaths[key], {})} data-testid={`nav-${key}`}>
          {t(`nav.${key}`)}
        </Link>
      ),
    }),
  );

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
        <div style={{ flex: 1 }}>{scopedPages.has(page) ? <ScopeSelectors scope={scope} /> : null}</div>
        <Space>
          <Typography.Text style={headerText}>{t("app.language")}</Typography.Text>
          <Segmented<Language>
            aria-label={t("app.language")}
            value={i18n.language === "en" ? "en" : "vi"}
            options={[
              { label: "Tiếng Việt", value: "vi" },
              { label: "English", value: "en" },
            ]}
            onChange={changeLanguage}
          />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t("app.mainMenu")}>
            <Menu
              mode="inline"
              selectedKeys={[page === "plan" ? "plans" : page]}
              items={menuItems}
              style={{ height: "100%", borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            {page === "overview" ? (
              <WithSnapshot scope={scope}>{(ref) => <OverviewPage {...ref} />}</WithSnapshot>
            ) : page === "explorer" ? (
              <WithSnapshot scope={scope}>{(ref) => <ExplorerPage {...ref} />}</WithSnapshot>
            ) : page === "positions" ? (
              <WithSnapshot scope={scope}>{(ref) => <PositionsPage {...ref} />}</WithSnapshot>
            ) : page === "plans" ? (
              <WithSnapshot scope={scope}>{(ref) => <PlansPage {...ref} />}</WithSnapshot>
            ) : page === "plan" && route.planId ? (
              <PlanEditorPage planId={route.planId} />
            ) : page === "rules" ? (
              <RulesPage provinceCode={scope.province?.code} snapshotId={scope.snapshot?.id} />
            ) : page === "system" ? (
              <SystemPage />
            ) : (
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
            )}
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
