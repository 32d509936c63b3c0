// Người dùng (administrators): the users with their role and scope, and a form to add one or change a
// user's role, scope and password (admin.saveUser, which creates or updates by email).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Actor, type Role, roleSchema } from "@tinhgon/domain";
import {
  App as AntApp,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, ErrorAlert, Loading } from "../components/query-state.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-form.ts";

/** The server's minimum (admin.saveUser). */
const passwordMinLength = 12;

interface UserValues {
  name: string;
  email: string;
  role: Role;
  provinceCode: string;
  districtKey: string;
  agencyKey: string;
  password: string;
}

const blankToNull = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

function UserFormModal({ user, onClose }: { user: Actor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<UserValues>();
  const role = Form.useWatch("role", form);
  const save = useMutation(trpc.admin.saveUser.mutationOptions());

  const submit = async (values: UserValues) => {
    try {
      const saved = await save.mutateAsync({
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        provinceCode: values.role === "admin" ? blankToNull(values.provinceCode) : values.provinceCode.trim(),
        districtKey: values.role === "district_officer" ? blankToNull(values.districtKey) : null,
        agencyKey: values.role === "agency_officer" ? blankToNull(values.agencyKey) : null,
        password: values.password,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
      void message.success(
        t(saved.created ? "admin.form.created" : "admin.form.updated", { email: values.email }),
      );
      onClose();
    } catch {
      // Shown below the form from save.error.
    }
  };

  return (
    <Modal
      open
      title={user ? t("admin.form.editTitle", { name: user.name }) : t("admin.form.createTitle")}
      okText={t("admin.form.save")}
      cancelText={t("admin.form.cancel")}
      confirmLoading={save.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "user-form-save" }}
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        data-testid="user-form"
        initialValues={{
          name: user?.name ?? "",
          email: user?.email ?? "",
          role: user?.role ?? "district_officer",
          provinceCode: user?.provinceCode ?? "",
          districtKey: user?.districtKey ?? "",
          agencyKey: user?.agencyKey ?? "",
          password: "",
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t("admin.form.name")}
          rules={[{ required: true, whitespace: true, message: t("admin.form.nameRequired") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="email"
          label={t("admin.form.email")}
          rules={[{ required: true, type: "email", message: t("admin.form.emailInvalid") }]}
        >
          <Input type="email" autoComplete="off" disabled={user !== null} />
        </Form.Item>
        <Form.Item name="role" label={t("admin.form.role")} rules={[zodRule(roleSchema)]}>
          <Select
            aria-label={t("admin.form.role")}
            options={roleSchema.options.map((value) => ({ value, label: t(`auth.role.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="provinceCode"
          label={t("admin.form.provinceCode")}
          rules={[
            { required: role !== "admin", whitespace: true, message: t("admin.form.provinceRequired") },
          ]}
        >
          <Input />
        </Form.Item>
        {role === "district_officer" ? (
          <Form.Item
            name="districtKey"
            label={t("admin.form.districtKey")}
            rules={[{ required: true, whitespace: true, message: t("admin.form.districtRequired") }]}
          >
            <Input />
          </Form.Item>
        ) : null}
        {role === "agency_officer" ? (
          <Form.Item
            name="agencyKey"
            label={t("admin.form.agencyKey")}
            rules={[{ required: true, whitespace: true, message: t("admin.form.agencyRequired") }]}
          >
            <Input />
          </Form.Item>
        ) : null}
        <Form.Item
          name="password"
          label={t("admin.form.password")}
          extra={t("admin.form.passwordHelp", { min: passwordMinLength })}
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                (value ?? "").length >= passwordMinLength
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(
                        t("admin.form.passwordTooShort", {
                          min: passwordMinLength,
                          count: (value ?? "").length,
                        }),
                      ),
                    ),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {save.isError ? <ApiError error={save.error} /> : null}
      </Form>
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.queryOptions());
  // undefined: no form; null: a new user.
  const [editing, setEditing] = useState<Actor | null | undefined>(undefined);
  return (
    <Card
      title={<h1 style={{ fontSize: 20, margin: 0 }}>{t("admin.title")}</h1>}
      data-testid="users-page"
      extra={
        <Button
          type="primary"
          data-testid="user-add"
          onClick={() => {
            setEditing(null);
          }}
        >
          {t("admin.add")}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("admin.intro")}
        </Typography.Paragraph>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorAlert error={users.error} onRetry={users.refetch} />
        ) : users.data.length === 0 ? (
          <Empty description={t("admin.empty")} />
        ) : (
          <Table<Actor>
            rowKey="userId"
            size="small"
            pagination={false}
            data-testid="users-table"
            dataSource={users.data}
            scroll={{ x: true }}
            columns={[
              { title: t("admin.col.name"), dataIndex: "name" },
              { title: t("admin.col.email"), dataIndex: "email" },
              {
                title: t("admin.col.role"),
                dataIndex: "role",
                render: (role: Role) => t(`auth.role.${role}`),
              },
              {
                title: t("admin.col.province"),
                dataIndex: "provinceCode",
                render: (v: string | null) => v ?? "—",
              },
              {
                title: t("admin.col.district"),
                dataIndex: "districtKey",
                render: (v: string | null) => v ?? "—",
              },
              {
                title: t("admin.col.agency"),
                dataIndex: "agencyKey",
                render: (v: string | null) => v ?? "—",
              },
              {
                title: "",
                key: "actions",
                render: (_value, user) => (
                  <Button
                    size="small"
                    aria-label={t("admin.editOf", { name: user.name })}
                    onClick={() => {
                      setEditing(user);
                    }}
                  >
                    {t("admin.edit")}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Flex>
      {editing !== undefined ? (
        <UserFormModal
          user={editing}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      ) : null}
    </Card>
  );
}
