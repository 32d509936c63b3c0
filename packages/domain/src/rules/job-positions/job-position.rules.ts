// Job-position rules (Decree 62/2020/NĐ-CP on job positions and civil-servant payroll, in force
// 20/07/2020; Circular 13/2022/TT-BNV). They run on every agency, unit or division that carries
// `positions` (and, for JP-06/07, `staff`). Messages name staff by id, never by name: findings reach
// users who may not see personal data. JP-01 (one of the four groups) is enforced by the snapshot
// format itself; JP-02 (workload type) has no field in the format and is not evaluated (ADR 0016).
// Decree 62/2020's date only switches these rules on: findings cite each rule's own provision and
// confidence, not the switch's.
import type { Confidence, Finding } from "../../findings/finding.schema.ts";
import { type RankCode, rankNames } from "../../snapshot/catalogue.ts";
import type { Position } from "../../snapshot/snapshot.schema.ts";
import { makeFinding } from "../finding-builder.ts";
import { interpretations } from "../interpretations.ts";
import type { DatedParameter } from "../parameters.ts";
import type { PositionRule } from "../rule.ts";

interface JobPositionRuleOptions {
  id: string;
  citation: string;
  confidence: Confidence;
  inForce: DatedParameter<true>;
}

const rankOrder: readonly RankCode[] = ["01.001", "01.002", "01.003", "01.004", "01.005"];

/** Rank structure over non-leadership civil-servant positions (JP-03): share of each rank, in %. */
export function computeRankStructure(
  positions: readonly Position[],
): { rank: RankCode | null; count: number; percent: number }[] {
  const counted = positions.filter(
    (position) => position.group !== "leadership" && position.group !== "support",
  );
  const total = counted.reduce((sum, position) => sum + position.count, 0);
  const byRank = new Map<RankCode | null, number>();
  for (const position of counted)
    byRank.set(position.rank, (byRank.get(position.rank) ?? 0) + position.count);
  return [...rankOrder, null]
    .filter((rank) => byRank.has(rank))
    .map((rank) => {
      const count = byRank.get(rank) ?? 0;
      return { rank, count, percent: total === 0 ? 0 : Math.round((count / total) * 1000) / 10 };
    });
}

/** JP-03 — rank-structure percentages are computed over non-leadership civil servants only. */
export function createRankStructureRule(options: JobPositionRuleOptions): PositionRule {
  const rule: PositionRule = {
    scope: "positions",
    id: options.id,
    title: {
      vi: "Cơ cấu ngạch công chức (không tính vị trí lãnh đạo)",
      en: "Rank structure (leadership excluded)",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.inForce],
    evaluate: (holder, context) => {
      const value = context.value(options.inForce);
      if (!value) return [];
      const structure = computeRankStructure(holder.positions);
      if (structure.length === 0) return [];
      const parts = structure.map((entry) => ({
        vi: `${entry.rank === null ? "chưa xác định ngạch" : rankNames[entry.rank]} ${entry.count} (${entry.percent.toLocaleString("vi-VN")}%)`,
        en: `${entry.rank ?? "no rank"} ${entry.count} (${entry.percent}%)`,
      }));
      return [
        makeFinding(rule, undefined, {
          severity: "info",
          subject: holder.subject,
          message: {
            vi: `Cơ cấu ngạch của ${holder.name} (không tính lãnh đạo, hỗ trợ phục vụ): ${parts.map((part) => part.vi).join("; ")}.`,
            en: `Rank structure of ${holder.name} (leadership and support excluded): ${parts.map((part) => part.en).join("; ")}.`,
          },
        }),
      ];
    },
  };
  return rule;
}

/** JP-04 — leadership positions may not exceed the approved titles: one head plus the deputy quota. */
export function createLeadershipPositionsRule(options: JobPositionRuleOptions): PositionRule {
  const rule: PositionRule = {
    scope: "positions",
    id: options.id,
    title: {
      vi: "Vị trí lãnh đạo, quản lý tương ứng chức danh được phép",
      en: "Leadership positions match the approved titles",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.jobPositionChecks,
    parameters: [options.inForce],
    evaluate: (holder, context) => {
      const value = context.value(options.inForce);
      if (!value) return [];
      const leadership = holder.positions
        .filter((position) => position.group === "leadership")
        .reduce((sum, position) => sum + position.count, 0);
      // Where the pack sets a per-unit quota, that is the approved number; otherwise the unit's own.
      const deputies = holder.deputyLimit ?? holder.deputies;
      const limit = 1 + deputies;
      if (leadership <= limit) return [];
      return [
        makeFinding(rule, undefined, {
          subject: holder.subject,
          actual: leadership,
          limit,
          limitKind: "max",
          message: {
            vi: `${holder.name} có ${leadership} vị trí lãnh đạo, quản lý; tối đa ${limit} (01 cấp trưởng và ${deputies} cấp phó được phép).`,
            en: `${holder.name} has ${leadership} leadership positions; at most ${limit} (one head and ${deputies} deputies allowed).`,
          },
        }),
      ];
    },
  };
  return rule;
}

/** JP-05 — support and service positions are labour contracts: the civil-servant positions must fit the payroll. */
export function createPayrollCoverageRule(options: JobPositionRuleOptions): PositionRule {
  const rule: PositionRule = {
    scope: "positions",
    id: options.id,
    title: {
      vi: "Vị trí hỗ trợ, phục vụ không tính vào biên chế công chức",
      en: "Support positions are not civil-servant payroll",
    },
    citation: options.citation,
    confidence: options.confidence,
    interpretation: interpretations.jobPositionChecks,
    parameters: [options.inForce],
    evaluate: (holder, context) => {
      const value = context.value(options.inForce);
      if (!value) return [];
      const civilServant = holder.positions
        .filter((position) => position.group !== "support")
        .reduce((sum, position) => sum + position.count, 0);
      if (civilServant <= holder.payroll) return [];
      return [
        makeFinding(rule, undefined, {
          severity: "warning",
          subject: holder.subject,
          actual: civilServant,
          limit: holder.payroll,
          limitKind: "max",
          message: {
            vi: `Đề án vị trí việc làm của ${holder.name} cần ${civilServant} công chức (không tính vị trí hỗ trợ, phục vụ) nhưng biên chế được giao là ${holder.payroll}.`,
            en: `The job-position scheme of ${holder.name} needs ${civilServant} civil servants (support positions excluded) but the assigned payroll is ${holder.payroll}.`,
          },
        }),
      ];
    },
  };
  return rule;
}

/** JP-06 — the civil servants placed in a position may not exceed its approved count. */
export function createPlacementRule(options: JobPositionRuleOptions): PositionRule {
  const rule: PositionRule = {
    scope: "positions",
    id: options.id,
    title: {
      vi: "Bố trí công chức theo đúng số lượng của vị trí việc làm",
      en: "Placement within each position's approved count",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.inForce],
    evaluate: (holder, context) => {
      const value = context.value(options.inForce);
      if (!value || !holder.staff) return [];
      const findings: Finding[] = [];
      for (const position of holder.positions) {
        const placed = holder.staff.filter((member) => member.positionId === position.id).length;
        if (placed <= position.count) continue;
        findings.push(
          makeFinding(rule, undefined, {
            subject: holder.subject,
            actual: placed,
            limit: position.count,
            limitKind: "max",
            message: {
              vi: `${holder.name}: vị trí "${position.title}" được duyệt ${position.count} người nhưng đang bố trí ${placed} người.`,
              en: `${holder.name}: position "${position.title}" is approved for ${position.count} but ${placed} are placed in it.`,
            },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}

/** JP-07 — a civil servant's rank should match the rank the position requires. */
export function createRankMatchRule(options: JobPositionRuleOptions): PositionRule {
  const rule: PositionRule = {
    scope: "positions",
    id: options.id,
    title: {
      vi: "Ngạch công chức phù hợp ngạch của vị trí việc làm",
      en: "Civil servant's rank matches the position's rank",
    },
    citation: options.citation,
    confidence: options.confidence,
    parameters: [options.inForce],
    evaluate: (holder, context) => {
      const value = context.value(options.inForce);
      if (!value || !holder.staff) return [];
      const findings: Finding[] = [];
      for (const member of holder.staff) {
        const position = holder.positions.find((candidate) => candidate.id === member.positionId);
        if (!position?.rank || !member.rank || position.rank === member.rank) continue;
        // Lower index = higher rank (01.001 Chuyên viên cao cấp).
        const lower = rankOrder.indexOf(member.rank) > rankOrder.indexOf(position.rank);
        findings.push(
          makeFinding(rule, undefined, {
            severity: lower ? "warning" : "info",
            subject: holder.subject,
            message: lower
              ? {
                  vi: `Công chức ${member.id} (${rankNames[member.rank]}) chưa đáp ứng ngạch ${rankNames[position.rank]} của vị trí "${position.title}".`,
                  en: `Civil servant ${member.id} (${member.rank}) is below the rank ${position.rank} required by "${position.title}".`,
                }
              : {
                  vi: `Công chức ${member.id} (${rankNames[member.rank]}) có ngạch cao hơn ngạch ${rankNames[position.rank]} của vị trí "${position.title}".`,
                  en: `Civil servant ${member.id} (${member.rank}) holds a higher rank than the ${position.rank} of "${position.title}".`,
                },
          }),
        );
      }
      return findings;
    },
  };
  return rule;
}
