// Chart data: a compliance report's findings counted per agency (sở) and per district, for the overview's
// chart and table. Each finding is attributed to the agency or district its subject belongs to.
import { findOrganisationNode } from "../snapshot/find-node.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import type { Finding } from "./finding.schema.ts";

export interface ComplianceRow {
  /** The agency's or district's id; "province" for findings about the province as a whole. */
  id: string;
  kind: "agency" | "district" | "province";
  name: string;
  violations: number;
  warnings: number;
  transitional: number;
  info: number;
}

export interface ComplianceByOwner {
  agencies: ComplianceRow[];
  districts: ComplianceRow[];
  /** Findings whose subject is the province, or a node no longer in the document. */
  province: ComplianceRow;
}

function emptyRow(id: string, kind: ComplianceRow["kind"], name: string): ComplianceRow {
  return { id, kind, name, violations: 0, warnings: 0, transitional: 0, info: 0 };
}

/** The agency or district a finding's subject belongs to, or null for the province as a whole. */
export function ownerOf(
  snapshot: Snapshot,
  finding: Finding,
): { kind: "agency" | "district"; id: string } | null {
  if (finding.subject.type === "province") return null;
  const found = findOrganisationNode(snapshot, finding.subject.id);
  if (!found) return null;
  switch (found.type) {
    case "agency":
      return { kind: "agency", id: found.node.id };
    case "unit":
      return { kind: "agency", id: found.agency.id };
    case "district":
      return { kind: "district", id: found.node.id };
    case "division":
      return { kind: "district", id: found.district.id };
  }
}

/** Every agency and district of the snapshot (in document order), with its findings counted by severity. */
export function groupFindingsByOwner(snapshot: Snapshot, findings: readonly Finding[]): ComplianceByOwner {
  const agencies = snapshot.agencies.map((agency) => emptyRow(agency.id, "agency", agency.name));
  const districts = snapshot.districts.map((district) => emptyRow(district.id, "district", district.name));
  const province = emptyRow("province", "province", snapshot.province.name);
  const rows = new Map([...agencies, ...districts].map((row) => [row.id, row]));
  for (const finding of findings) {
    const owner = ownerOf(snapshot, finding);
    const row = (owner && rows.get(owner.id)) ?? province;
    switch (finding.severity) {
      case "violation":
        row.violations += 1;
        break;
      case "warning":
        row.warnings += 1;
        break;
      case "transitional":
        row.transitional += 1;
        break;
      case "info":
        row.info += 1;
        break;
    }
  }
  return { agencies, districts, province };
}
