// Quy định: browse the rule packs (every pack of the catalogue, newest first by default; ?pack=RS-2020)
// and compare one structure under two packs (?tab=compare). The packs' content comes from the domain
// (describeRulePack), the comparison from compliance.compare.
import { describeRulePack, rulePackDescriptors } from "@tinhgon/domain";
import { Alert, Flex, Segmented, Space, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { RulesCompare } from "../components/rules-compare.tsx";
import { RulePackBrowser } from "../components/rules-pack-browser.tsx";
import { hrefWith, navigate, useLocation } from "../lib/router.tsx";

type Tab = "browse" | "compare";

const packIds = rulePackDescriptors.map((descriptor) => descriptor.id);
/** The newest pack, as `tinhgon rules` shows by default. */
const defaultPack = packIds[packIds.length - 1] ?? "";

function PackBrowser() {
  const { t } = useTranslation();
  const { pathname, params } = useLocation();
  const wanted = params.get("pack");
  const id = wanted !== null && packIds.some((candidate) => candidate === wanted) ? wanted : defaultPack;
  const listing = describeRulePack(id);
  return (
    <Flex vertical gap={16}>
      <Space size={8} wrap>
        <Typography.Text strong>{t("rules.pack")}</Typography.Text>
        <Segmented<string>
          aria-label={t("rules.pack")}
          data-testid="rules-pack-select"
          value={id}
          options={[...packIds].reverse().map((packId) => ({ value: packId, label: packId }))}
          onChange={(value) => {
            navigate(hrefWith(pathname, { pack: value }));
          }}
        />
      </Space>
      {wanted !== null && wanted !== id ? (
        <Alert type="warning" showIcon title={t("rules.unknownPack", { pack: wanted, shown: id })} />
      ) : null}
      {listing ? <RulePackBrowser listing={listing} /> : null}
    </Flex>
  );
}

export default function RulesPage({
  provinceCode,
  snapshotId,
}: {
  provinceCode: string | undefined;
  snapshotId: string | undefined;
}) {
  const { t } = useTranslation();
  const { pathname, params } = useLocation();
  const tab: Tab = params.get("tab") === "compare" ? "compare" : "browse";
  return (
    <Flex vertical gap={16} data-testid="rules-page">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t("rules.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("rules.subtitle")}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          navigate(hrefWith(pathname, { tab: key === "compare" ? "compare" : null }));
        }}
        items={[
          {
            key: "browse",
            label: <span data-testid="rules-tab-browse">{t("rules.tabs.browse")}</span>,
            children: <PackBrowser />,
          },
          {
            key: "compare",
            label: <span data-testid="rules-tab-compare">{t("rules.tabs.compare")}</span>,
            children: <RulesCompare provinceCode={provinceCode} snapshotId={snapshotId} />,
          },
        ]}
      />
    </Flex>
  );
}
