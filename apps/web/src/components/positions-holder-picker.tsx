// Chooses the agency, unit or district division whose job-position scheme is shown: a searchable tree
// (accent-insensitive through the domain's toSearchKey, "kinh te" finds "Phòng Kinh tế"). A district is
// selectable too, as the sum of its divisions.
import { type PositionHolderNode, toSearchKey } from "@tinhgon/domain";
import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

interface HolderOption {
  value: string;
  title: string;
  selectable: boolean;
  children: HolderOption[];
}

export function PositionsHolderPicker({
  holders,
  value,
  onChange,
}: {
  holders: readonly PositionHolderNode[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const option = (node: PositionHolderNode): HolderOption => {
      const name = node.aggregate ? t("positions.holderDistrict", { name: node.name }) : node.name;
      return {
        value: node.id,
        title:
          node.positions > 0
            ? t("positions.holderOption", { name, count: node.positions })
            : t("positions.holderOptionNone", { name }),
        selectable: true,
        children: node.children.map(option),
      };
    };
    const group = (key: string, title: string, nodes: readonly PositionHolderNode[]): HolderOption[] =>
      nodes.length === 0 ? [] : [{ value: key, title, selectable: false, children: nodes.map(option) }];
    return [
      ...group(
        "group:agencies",
        t("positions.groupAgencies"),
        holders.filter((node) => node.type === "agency"),
      ),
      ...group(
        "group:districts",
        t("positions.groupDistricts"),
        holders.filter((node) => node.type === "district"),
      ),
    ];
  }, [holders, t]);

  // Open on the selected holder: its group and, for a division or a unit, its parents.
  const expanded = useMemo(() => {
    const path = (nodes: readonly HolderOption[], trail: string[]): string[] | undefined => {
      for (const node of nodes) {
        if (node.value === value) return trail;
        const found = path(node.children, [...trail, node.value]);
        if (found) return found;
      }
      return undefined;
    };
    return path(treeData, []) ?? [];
  }, [treeData, value]);

  return (
    <TreeSelect<string, HolderOption>
      aria-label={t("positions.holder")}
      data-testid="positions-holder"
      style={{ width: "100%", maxWidth: 560 }}
      value={value}
      placeholder={t("positions.holderPlaceholder")}
      treeData={treeData}
      treeDefaultExpandedKeys={expanded}
      showSearch={{
        filterTreeNode: (input, node) =>
          toSearchKey(typeof node.title === "string" ? node.title : "").includes(toSearchKey(input)),
      }}
      listHeight={360}
      popupMatchSelectWidth={false}
      onChange={(id) => {
        onChange(id);
      }}
    />
  );
}
