// Đăng nhập: email and password, and what to do when it fails (wrong password, too many attempts,
// server unreachable), in the UI language. Shown in place of whatever page was asked for, so that page
// opens once the user is signed in.
import { Alert, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LanguageSwitch } from "../components/language-switch.tsx";
import { type SignInFailure, signInWithEmail } from "./auth-api.ts";

interface SignInValues {
  email: string;
  password: string;
}

function FailureAlert({ failure }: { failure: SignInFailure }) {
  const { t } = useTranslation();
  const text =
    failure.reason === "credentials"
      ? t("auth.signIn.wrongCredentials")
      : failure.reason === "rate_limited"
        ? failure.retryAfterSeconds === undefined
          ? t("auth.signIn.rateLimitedNoDelay")
          : t("auth.signIn.rateLimited", { seconds: failure.retryAfterSeconds })
        : failure.reason === "unreachable"
          ? t("auth.signIn.unreachable")
          : t("auth.signIn.serverError");
  return <Alert type="error" showIcon title={text} data-testid="sign-in-error" />;
}

export function SignInPage({
  notice,
  onSignedIn,
}: {
  /** Why the page is shown again: the session expired, or the user has just signed out. */
  notice?: "expired" | "signedOut" | undefined;
  onSignedIn: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);

  const submit = async ({ email, password }: SignInValues) => {
    setBusy(true);
    setFailure(null);
    const outcome = await signInWithEmail(email.trim(), password);
    setBusy(false);
    if (outcome.ok) onSignedIn();
    else setFailure(outcome);
  };

  return (
    <Flex vertical align="center" style={{ minHeight: "100vh", background: "#f0f2f5", padding: 24 }}>
      <Flex justify="flex-end" style={{ width: "100%", maxWidth: 960 }}>
        <LanguageSwitch />
      </Flex>
      <main style={{ width: "100%", maxWidth: 420, marginTop: "8vh" }} data-testid="sign-in-page">
        <Typography.Text strong style={{ fontSize: 20 }}>
          {t("app.name")}
        </Typography.Text>
        <Typography.Paragraph type="secondary">{t("app.tagline")}</Typography.Paragraph>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {t("auth.signIn.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("auth.signIn.intro")}</Typography.Paragraph>
          {notice ? (
            <Alert
              type={notice === "expired" ? "warning" : "info"}
              showIcon
              style={{ marginBottom: 16 }}
              title={notice === "expired" ? t("auth.signIn.expired") : t("auth.signIn.signedOut")}
              data-testid="sign-in-notice"
            />
          ) : null}
          <Form<SignInValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            data-testid="sign-in-form"
            onFinish={(values) => void submit(values)}
          >
            <Form.Item
              name="email"
              label={t("auth.signIn.email")}
              rules={[
                { required: true, whitespace: true, message: t("auth.signIn.emailRequired") },
                { type: "email", message: t("auth.signIn.emailInvalid") },
              ]}
            >
              <Input
                type="email"
                autoComplete="username"
                autoFocus
                placeholder={t("auth.signIn.emailPlaceholder")}
                data-testid="sign-in-email"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("auth.signIn.password")}
              rules={[{ required: true, message: t("auth.signIn.passwordRequired") }]}
            >
              <Input.Password autoComplete="current-password" data-testid="sign-in-password" />
            </Form.Item>
            {failure ? (
              <div style={{ marginBottom: 16 }}>
                <FailureAlert failure={failure} />
              </div>
            ) : null}
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in-submit">
              {busy ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t("auth.signIn.noAccount")}
          </Typography.Paragraph>
        </Card>
      </main>
    </Flex>
  );
}
