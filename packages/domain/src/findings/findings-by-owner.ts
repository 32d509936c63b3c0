// Chart data: a compliance report's findings counted per agency (sở), per district and per commune-level
// unit (xã, phường, đặc khu), for the overview's chart and table. Each finding is attributed to the
// agency, district or commune-level unit its subject belongs to.
import { findOrganisationNode } from "../snapshot/find-node.ts";
import type { Snapshot } from "../snapshot/snapshot.schema.ts";
import type { Finding } from "./finding.schema.ts";

export interface ComplianceRow {
  /** The agency's, district's or commune-level unit's id; "province" for findings about the province as a whole. */
  id: string;
  kind: "agency" | "district" | "commune" | "province";
  name: string;
  violations: number;
  warnings: number;
  transitional: number;
  info: number;
}

export interface ComplianceByOwner {
  agencies: ComplianceRow[];
  districts: ComplianceRow[];
  /** Commune-level units (snapshot/2): a finding on a unit or on one of its phòng or its service centre. */
  communes: ComplianceRow[];
  /** Findings whose subject is the province, or a node no longer in the document. */
  province: ComplianceRow;
}

export interface FindingOwner {
  kind: "agency" | "district" | "commune";
  id: string;
}

function emptyRow(id: string, kind: ComplianceRow["kind"], name: string): ComplianceRow {
  return { id, kind, name, violations: 0, warnings: 0, transitional: 0, info: 0 };
}

/**
 * The commune-level unit a subject is, or holds it (a phòng or service centre is a "division" subject,
 * like a district's division; ids are unique across the document, so the id alone decides).
 */
function communeOf(snapshot: Snapshot, finding: Finding): string | null {
  const { type, id } = finding.subject;
  if (type !== "commune" && type !== "division") return null;
  for (const commune of snapshot.communes) {
    if (commune.id === id) return commune.id;
    if (type === "division" && commune.organisations.some((organisation) => organisation.id === id)) {
      return commune.id;
    }
  }
  return null;
}

/** The agency, district or commune-level unit a finding's subject belongs to, or null for the province as a whole. */
export function ownerOf(snapshot: Snapshot, finding: Finding): FindingOwner | null {
  if (finding.subject.type === "province") return null;
  const commune = communeOf(snapshot, finding);
  if (commune !== null) return { kind: "commune", id: commune };
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
  // Any other kind of node is a commune-level one, attributed above.
  return null;
}

/**
 * Every agency, district and commune-level unit of the snapshot (in document order), with its findings
 * counted by severity.
 */
export function groupFindingsByOwner(snapshot: Snapshot, findings: readonly Finding[]): ComplianceByOwner {
  const agencies = snapshot.agencies.map((agency) => emptyRow(agency.id, "agency", agency.name));
  const districts = snapshot.districts.map((district) => emptyRow(district.id, "district", district.name));
  const communes = snapshot.communes.map((commune) => emptyRow(commune.id, "commune", commune.name));
  const province = emptyRow("province", "province", snapshot.province.name);
  const rows = new Map([...agencies, ...districts, ...communes].map((row) => [row.id, row]));
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
  return { agencies, districts, communes, province };
}
