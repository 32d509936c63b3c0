import type { DistrictFunction } from "../../snapshot/catalogue.ts";
import type { District } from "../../snapshot/snapshot.schema.ts";

/** Every function some division of the district holds. */
export function heldFunctions(district: District): Set<DistrictFunction> {
  return new Set(district.divisions.flatMap((division) => division.functions));
}

export interface EthnicAffairsCriteria {
  /** Minimum ethnic-minority population needing concentrated State support. */
  minimumPopulation: number;
  /** Whether criterion (b) (security-sensitive, mixed-settlement or border areas) is also required. */
  requiresQualifyingArea: boolean;
}

/** D-PH-03: whether a Phòng Dân tộc may be established; undefined when the pack has no criteria. */
export function ethnicAffairsAllowed(
  district: District,
  criteria: EthnicAffairsCriteria | undefined,
): boolean | undefined {
  if (!criteria) return undefined;
  return (
    district.ethnicMinority.population >= criteria.minimumPopulation &&
    (!criteria.requiresQualifyingArea || district.ethnicMinority.qualifyingArea)
  );
}
