import { languageReady } from "./i18n/index.ts";
import "./accessible-colours.css";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider, type ThemeConfig } from "antd";
import enGB from "antd/locale/en_GB";
import viVN from "antd/locale/vi_VN";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";

import { App } from "./app.tsx";
import { reportSessionExpired } from "./auth/session-expiry.ts";
import { SessionGate } from "./auth/session.tsx";
import { errorCodeOf, shouldRetryQuery } from "./lib/errors.ts";
import { createApiClient, TRPCProvider } from "./lib/trpc.ts";

/**
 * antd's default secondary and description greys (45 % black) and its error red fall below 4.5:1 on
 * white and on tinted backgrounds: darker values keep every text readable (WCAG AA, checked by axe).
 */
const accessibleTheme: ThemeConfig = {
  token: {
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.58)",
    colorError: "#c41d1d",
    colorWarning: "#ad5c00",
    colorSuccess: "#237804",
    // The darker seeds above would tint the alert backgrounds; keep antd's light ones.
    colorSuccessBg: "#f6ffed",
    colorSuccessBorder: "#b7eb8f",
    colorWarningBg: "#fffbe6",
    colorWarningBorder: "#ffe58f",
    colorErrorBg: "#fff2f0",
    colorErrorBorder: "#ffccc7",
    colorPrimary: "#1456c8",
    colorLink: "#1456c8",
  },
};

/** Any call refused as UNAUTHENTICATED means the session is gone: the sign-in page is shown again. */
function noticeExpiredSession(error: unknown): void {
  if (errorCodeOf(error) === "UNAUTHENTICATED") reportSessionExpired();
}

function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: noticeExpiredSession }),
    mutationCache: new MutationCache({ onError: noticeExpiredSession }),
    defaultOptions: { queries: { retry: shouldRetryQuery } },
  });
}

function Root() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const [apiClient] = useState(createApiClient);
  return (
    <ConfigProvider locale={i18n.language === "en" ? enGB : viVN} theme={accessibleTheme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
            <SessionGate>
              <App />
            </SessionGate>
          </TRPCProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");
// A user who chose English last time sees English from the first paint (its chunk is fetched first); if it
// cannot be fetched, the app starts in Vietnamese rather than not at all.
void languageReady
  .catch(() => undefined)
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    );
  });
