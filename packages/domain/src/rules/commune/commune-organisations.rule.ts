// C26-ORG-01 — every commune-level unit (xã, phường, đặc khu) organises the Văn phòng HĐND và UBND, the
// economy phòng of its type — Phòng Kinh tế in a xã or đặc khu, Phòng Kinh tế, Hạ tầng và Đô thị in a
// phường and in a special zone the law gives the ward's division (Phú Quốc: `urbanEconomy`) — the Phòng
// Văn hóa - Xã hội, and one Trung tâm phục vụ hành chính công; the provincial UBND fixes the frame and the
// names. Nghị định 150/2025/NĐ-CP (from 01/07/2025), legal-rules.md §2.6, CONFIRMED.
// Read like D-PH-02 (ADR 0010): a unit never holds the other type's economy function — an inference, not a
// sentence of the decree, so those findings carry INT-COMMUNE-ECONOMY-TYPE (ADR 0037).
import type { Confidence, Finding } from "../../findings/finding.schema.ts";
import { type CommuneFunction, communeFunctionNames } from "../../snapshot/catalogue.ts";
import type { Commune } from "../../snapshot/snapshot.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { CommuneRule } from "../rule.ts";
import { communeName } from "./commune-wording.ts";

export interface CommuneFrame {
  /** Functions every commune-level unit holds (Văn phòng, Văn hóa - Xã hội), in the order they are named. */
  common: readonly CommuneFunction[];
  /** The economy function of a xã or đặc khu (`rural`), and of a phường or an `urbanEconomy` đặc khu. */
  economy: { rural: CommuneFunction; urban: CommuneFunction };
  /** Trung tâm phục vụ hành chính công per unit: exactly this many. */
  serviceCentres: number;
}

/** A phường, or a special zone with the ward's economy division (Phú Quốc), holds the urban economy function. */
export function holdsUrbanEconomy(commune: Pick<Commune, "type" | "urbanEconomy">): boolean {
  return commune.type === "ward" || (commune.type === "special_zone" && commune.urbanEconomy);
}

/** The functions the unit must hold, in the order the frame names them: Văn phòng, economy, Văn hóa - Xã hội. */
export function requiredCommuneFunctions(frame: CommuneFrame, commune: Commune): CommuneFunction[] {
  const economy = holdsUrbanEconomy(commune) ? frame.economy.urban : frame.economy.rural;
  const [first, ...rest] = frame.common;
  return first === undefined ? [economy] : [first, economy, ...rest];
}

export function createCommuneOrganisationsRule(options: {
  id: string;
  citation: string;
  confidence: Confidence;
  frame: DatedParameter<CommuneFrame>;
}): CommuneRule {
  const rule: CommuneRule = {
    scope: "commune",
    id: options.id,
    title: {
      vi: "Các phòng chuyên môn và Trung tâm phục vụ hành chính công cấp xã",
      en: "The divisions and the public-administration service centre of a commune-level unit",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.frame],
    evaluate: ({ commune }, context) => {
      const value = context.value(options.frame);
      if (!value) return [];
      const frame = value.value;
      const name = communeName(commune);
      const kind = kindText(commune);
      const urban = holdsUrbanEconomy(commune);
      const own = urban ? frame.economy.urban : frame.economy.rural;
      const other = urban ? frame.economy.rural : frame.economy.urban;
      const members = commune.organisations.map((organisation) => organisation.id);
      const divisions = commune.organisations.filter((organisation) => organisation.type === "division");
      const held = new Set(divisions.flatMap((division) => division.functions));
      const findings: Finding[] = requiredCommuneFunctions(frame, commune)
        .filter((code) => !held.has(code))
        .map((code) =>
          makeFinding(rule, value, {
            subject: { type: "commune", id: commune.id },
            members,
            message: {
              vi: `${name.vi} không có phòng nào thực hiện chức năng ${communeFunctionNames[code]} (${code}), phòng mà ${kind.vi} phải tổ chức.`,
              en: `${name.en} has no division holding ${code}, which ${kind.en} must organise.`,
            },
          }),
        );
      const centres = commune.organisations.filter((organisation) => organisation.type === "service_centre");
      if (centres.length !== frame.serviceCentres) {
        const none = centres.length < frame.serviceCentres;
        findings.push(
          makeFinding(rule, value, {
            subject: { type: "commune", id: commune.id },
            actual: centres.length,
            limit: frame.serviceCentres,
            limitKind: none ? "min" : "max",
            members,
            message: none
              ? {
                  vi: `${name.vi} chưa có Trung tâm phục vụ hành chính công; mỗi đơn vị hành chính cấp xã có ${frame.serviceCentres} trung tâm.`,
                  en: `${name.en} has no public-administration service centre; every commune-level unit has ${frame.serviceCentres}.`,
                }
              : {
                  vi: `${name.vi} có ${centres.length} Trung tâm phục vụ hành chính công; mỗi đơn vị hành chính cấp xã chỉ có ${frame.serviceCentres} trung tâm.`,
                  en: `${name.en} has ${centres.length} public-administration service centres; a commune-level unit has exactly ${frame.serviceCentres}.`,
                },
          }),
        );
      }
      // The other type's economy function: D-PH-02's reading (ADR 0037).
      for (const division of divisions) {
        if (!division.functions.includes(other)) continue;
        findings.push(
          makeFinding(rule, value, {
            subject: { type: "division", id: division.id },
            interpretation: interpretations.communeEconomyType,
            message: {
              vi: `${division.name} (${name.vi}) thực hiện chức năng ${communeFunctionNames[other]} (${other}); ${kind.vi} tổ chức Phòng ${communeFunctionNames[own]}, không tổ chức phòng này.`,
              en: `${division.name} (${name.en}) holds ${other}; ${kind.en} organises ${own} instead, not this division.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}

/** What the unit is, for the frame: "xã", "phường", "đặc khu", or a special zone with the ward's economy division. */
function kindText(commune: Pick<Commune, "type" | "urbanEconomy">): { vi: string; en: string } {
  switch (commune.type) {
    case "commune":
      return { vi: "xã", en: "a commune" };
    case "ward":
      return { vi: "phường", en: "a ward" };
    case "special_zone":
      return commune.urbanEconomy
        ? {
            vi: "đặc khu có kinh tế đô thị (như phường)",
            en: "a special zone with an urban economy (like a ward)",
          }
        : { vi: "đặc khu", en: "a special zone" };
  }
}
