// The organisation tree the explorer shows, built from a snapshot document, and its search filter.
// Search is case- and accent-insensitive through the domain's toSearchKey ("cat hai" finds "Cát Hải").
import { type CommuneType, type Snapshot, toSearchKey } from "@tinhgon/domain";

export type OrgTreeNodeKind =
  | "province"
  | "group"
  | "agency"
  | "unit"
  | "district"
  | "division"
  /** A commune-level unit: xã, phường or đặc khu (snapshot/2). */
  | "commune"
  /** A phòng or the Trung tâm phục vụ hành chính công of a commune-level unit. */
  | "communeOrganisation";

export interface OrgTreeNode {
  key: string;
  title: string;
  kind: OrgTreeNodeKind;
  /**
   * Payroll and deputies shown on the org chart: the node's own for an agency, unit or division; for a
   * district or a commune-level unit the sum over its divisions (`summed`), as it has no payroll of its own.
   */
  figures?: { payroll: number; deputies: number; summed: boolean };
  children: OrgTreeNode[];
}

export const provinceKey = "province";
export const agenciesGroupKey = "group:agencies";
export const districtsGroupKey = "group:districts";
export const communesGroupKey = "group:communes";

/** The group of the commune-level units of one type ("group:communes:ward"). */
export function communeTypeGroupKey(type: CommuneType): string {
  return `${communesGroupKey}:${type}`;
}

/** Special zones first (few, and each a former island district), then wards, then communes. */
const communeTypeOrder: readonly CommuneType[] = ["special_zone", "ward", "commune"];

export interface OrgTreeGroupTitles {
  agencies: string;
  districts: string;
  /** The commune level as a whole ("Cấp xã (8)"). */
  communes?: string;
  /** One group per type of commune-level unit present ("Phường (3)"). */
  communeType?: (type: CommuneType, count: number) => string;
}

/**
 * Province → sở → units → phòng of a chi cục; province → districts → divisions; province → the commune
 * level → its types (đặc khu, phường, xã) → units → their phòng and service centre.
 */
export function buildOrgTree(snapshot: Snapshot, groupTitles: OrgTreeGroupTitles): OrgTreeNode[] {
  const leaf = (key: string, title: string, kind: OrgTreeNodeKind): OrgTreeNode => ({
    key,
    title,
    kind,
    children: [],
  });
  const counted = (
    node: { id: string; name: string; payroll: number; deputies: number },
    kind: OrgTreeNodeKind,
  ): OrgTreeNode => ({
    ...leaf(node.id, node.name, kind),
    figures: { payroll: node.payroll, deputies: node.deputies, summed: false },
  });
  const agencies: OrgTreeNode[] = snapshot.agencies.map((agency) => ({
    ...counted(agency, "agency"),
    children: agency.units.map((unit) => ({
      ...counted(unit, "unit"),
      children: unit.type === "sub_department" ? unit.units.map((child) => counted(child, "unit")) : [],
    })),
  }));
  const districts: OrgTreeNode[] = snapshot.districts.map((district) => ({
    ...leaf(district.id, district.name, "district"),
    figures: {
      payroll: district.divisions.reduce((sum, division) => sum + division.payroll, 0),
      deputies: district.divisions.reduce((sum, division) => sum + division.deputies, 0),
      summed: true,
    },
    children: district.divisions.map((division) => counted(division, "division")),
  }));
  const communeTypes: OrgTreeNode[] = communeTypeOrder.flatMap((type) => {
    const communes = snapshot.communes.filter((commune) => commune.type === type);
    if (communes.length === 0) return [];
    const title = groupTitles.communeType?.(type, communes.length) ?? type;
    return [
      {
        ...leaf(communeTypeGroupKey(type), title, "group"),
        children: communes.map((commune) => ({
          ...leaf(commune.id, commune.name, "commune"),
          figures: {
            payroll: commune.organisations.reduce((sum, organisation) => sum + organisation.payroll, 0),
            deputies: commune.organisations.reduce((sum, organisation) => sum + organisation.deputies, 0),
            summed: true,
          },
          children: commune.organisations.map((organisation) => counted(organisation, "communeOrganisation")),
        })),
      },
    ];
  });
  const groups: OrgTreeNode[] = [];
  if (agencies.length > 0)
    groups.push({ ...leaf(agenciesGroupKey, groupTitles.agencies, "group"), children: agencies });
  if (districts.length > 0) {
    groups.push({ ...leaf(districtsGroupKey, groupTitles.districts, "group"), children: districts });
  }
  if (communeTypes.length > 0) {
    const title = groupTitles.communes ?? communesGroupKey;
    groups.push({ ...leaf(communesGroupKey, title, "group"), children: communeTypes });
  }
  return [{ ...leaf(provinceKey, snapshot.province.name, "province"), children: groups }];
}

export interface FilteredTree {
  nodes: OrgTreeNode[];
  /** The ancestors of every match, to expand so that each match is visible. */
  expandedKeys: string[];
  matches: number;
}

/**
 * The nodes whose name contains the query (ignoring case and diacritics), with their ancestors and
 * their whole subtree (a matching district or commune-level unit keeps its divisions, to open them).
 */
export function filterOrgTree(nodes: readonly OrgTreeNode[], query: string): FilteredTree {
  const key = toSearchKey(query);
  if (key === "") return { nodes: [...nodes], expandedKeys: [], matches: 0 };
  const expandedKeys: string[] = [];
  let matches = 0;
  const visit = (node: OrgTreeNode): OrgTreeNode | null => {
    if (node.kind !== "group" && toSearchKey(node.title).includes(key)) {
      matches += 1;
      return node;
    }
    const children = node.children.map(visit).filter((child) => child !== null);
    if (children.length === 0) return null;
    expandedKeys.push(node.key);
    return { ...node, children };
  };
  const kept = nodes.map(visit).filter((node) => node !== null);
  return { nodes: kept, expandedKeys, matches };
}

/** The keys from the root to the node with `key` (itself excluded); empty when it is not in the tree. */
export function ancestorKeys(nodes: readonly OrgTreeNode[], key: string): string[] {
  for (const node of nodes) {
    if (node.key === key) return [];
    const below = ancestorKeys(node.children, key);
    if (below.length > 0 || node.children.some((child) => child.key === key)) return [node.key, ...below];
  }
  return [];
}
