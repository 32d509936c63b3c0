import { Layout, Segmented, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";

import type { Language } from "./i18n/catalogue.ts";
import { changeLanguage } from "./i18n/index.ts";
import { HomePage } from "./pages/home-page.tsx";

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <Typography.Text strong style={{ color: "#fff", fontSize: 20 }}>
          {t("app.name")}
        </Typography.Text>
        <Space>
          <Typography.Text style={{ color: "#fff" }}>{t("app.language")}</Typography.Text>
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
      <Layout.Content style={{ padding: 24 }}>
        <HomePage />
      </Layout.Content>
    </Layout>
  );
}
