// The user menu in the header: who is signed in, their role and scope, and Đăng xuất.
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@tanstack/react-query";
import type { Actor } from "@tinhgon/domain";
import { Alert, Button, Descriptions, Flex, Popover } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { defaultSnapshot } from "../lib/scope.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useSession } from "./session.tsx";

/**
 * "Huyện Cát Hải", "Sở Nội vụ" or "Toàn tỉnh Thành phố Hải Phòng", from the province's default data set
 * (the same queries the pages make, so usually cached); the key itself until the names are known.
 */
function useScopeLabel(actor: Actor, enabled: boolean): string {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const provinceCode = actor.provinceCode;
  const wantsUnit = enabled && provinceCode !== null && actor.role !== "admin";
  const provinces = useQuery({ ...trpc.org.provinces.queryOptions(), enabled: wantsUnit });
  const snapshots = useQuery(
    trpc.org.snapshots.queryOptions(wantsUnit && provinceCode ? { provinceCode } : skipToken),
  );
  const snapshot = defaultSnapshot(snapshots.data);
  const unitKey = actor.districtKey ?? actor.agencyKey;
  const tree = useQuery(
    trpc.org.tree.queryOptions(
      wantsUnit && provinceCode && snapshot && unitKey
        ? { provinceCode, snapshotId: snapshot.id }
        : skipToken,
    ),
  );
  if (provinceCode === null) return t("auth.scope.none");
  const provinceName =
    provinces.data?.find((province) => province.code === provinceCode)?.name ?? provinceCode;
  const document = tree.data?.document;
  if (actor.districtKey !== null) {
    const name = document?.districts.find((district) => district.id === actor.districtKey)?.name;
    return t("auth.scope.district", { name: name ?? actor.districtKey });
  }
  if (actor.agencyKey !== null) {
    const name = document?.agencies.find((agency) => agency.id === actor.agencyKey)?.name;
    return t("auth.scope.agency", { name: name ?? actor.agencyKey });
  }
  return t("auth.scope.province", { name: provinceName });
}

function UserCard({ actor, open }: { actor: Actor; open: boolean }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const scope = useScopeLabel(actor, open);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 360 }} data-testid="user-card">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "email", label: t("auth.signIn.email"), children: actor.email },
          {
            key: "role",
            label: t("auth.menu.role"),
            children: <span data-testid="user-role">{t(`auth.role.${actor.role}`)}</span>,
          },
          {
            key: "scope",
            label: t("auth.menu.scope"),
            children: <span data-testid="user-scope">{scope}</span>,
          },
        ]}
      />
      {failed ? <Alert type="error" showIcon title={t("auth.menu.signOutFailed")} /> : null}
      <Button
        icon={<LogoutOutlined />}
        loading={busy}
        data-testid="sign-out"
        onClick={() => {
          setBusy(true);
          setFailed(false);
          void signOut().then((done) => {
            // On success this menu is gone (the sign-in page replaces the app).
            if (!done) {
              setBusy(false);
              setFailed(true);
            }
          });
        }}
      >
        {t("auth.menu.signOut")}
      </Button>
    </Flex>
  );
}

export function UserMenu() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={actor.name}
      content={<UserCard actor={actor} open={open} />}
    >
      <Button
        icon={<UserOutlined />}
        aria-label={t("auth.menu.label", { name: actor.name })}
        data-testid="user-menu"
      >
        {actor.name}
      </Button>
    </Popover>
  );
}
