// The civil servants of the selected holder, when the snapshot lists them: name, post, job position,
// rank, birth year and expected retirement (the domain's computeRetirement, Labour Code 2019 Art. 169).
// Personal data: the server sends the list only to the unit's officers and the reviewers; the notice
// reminds those who see it.
import { computeRetirement, type Position, rankNames, type StaffMember } from "@tinhgon/domain";
import { Alert, Table } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate } from "../i18n/index.ts";

export function ExplorerStaff({
  staff,
  positions,
}: {
  staff: readonly StaffMember[];
  positions: readonly Position[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const titleOf = new Map((positions ?? []).map((position) => [position.id, position.title]));
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={t("organisation.staff.roleNotice")}
        data-testid="staff-notice"
      />
      <Table<StaffMember>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...staff]}
        data-testid="staff-table"
        scroll={{ x: true }}
        columns={[
          { title: t("organisation.staff.fullName"), dataIndex: "fullName" },
          {
            title: t("organisation.staff.role"),
            dataIndex: "role",
            render: (role: StaffMember["role"]) => t(`organisation.staff.roles.${role}`),
          },
          {
            title: t("organisation.staff.position"),
            dataIndex: "positionId",
            render: (positionId: string | null) =>
              positionId === null
                ? t("organisation.staff.unplaced")
                : (titleOf.get(positionId) ?? positionId),
          },
          {
            title: t("organisation.staff.rank"),
            dataIndex: "rank",
            render: (rank: StaffMember["rank"]) => (rank === null ? "—" : `${rankNames[rank]} (${rank})`),
          },
          {
            title: t("organisation.staff.gender"),
            dataIndex: "gender",
            render: (gender: StaffMember["gender"]) => t(`organisation.staff.genders.${gender}`),
          },
          {
            title: t("organisation.staff.birthYear"),
            dataIndex: "birthDate",
            align: "right",
            render: (birthDate: string) => birthDate.slice(0, 4),
          },
          {
            title: t("organisation.staff.retiresOn"),
            key: "retiresOn",
            render: (_value: unknown, member) =>
              formatDate(computeRetirement(member).retiresOn, i18n.language),
          },
        ]}
      />
    </>
  );
}
