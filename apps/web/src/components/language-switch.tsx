// Vietnamese / English, remembered in the browser (i18n/index.ts); in the header and on the sign-in page.
import { Segmented, Space, Typography } from "antd";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";

import type { Language } from "../i18n/catalogue.ts";
import { changeLanguage } from "../i18n/index.ts";

export function LanguageSwitch({ labelStyle }: { labelStyle?: CSSProperties }) {
  const { t, i18n } = useTranslation();
  return (
    <Space>
      <Typography.Text style={labelStyle}>{t("app.language")}</Typography.Text>
      <Segmented<Language>
        aria-label={t("app.language")}
        value={i18n.language === "en" ? "en" : "vi"}
        options={[
          { label: "Tiếng Việt", value: "vi" },
          { label: "English", value: "en" },
        ]}
        onChange={(language) => void changeLanguage(language)}
      />
    </Space>
  );
}
