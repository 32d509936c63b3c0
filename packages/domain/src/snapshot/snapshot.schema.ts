// The snapshot format `tinhgon.snapshot/2` — public contract, defined once here (formats.md, ADR 0036).
// /2 is /1 plus the commune level (`communes`, `province.communesComplete`) and the date an organisation
// was last re-arranged (`reorganisedOn`); a /1 document is read by migrating it (migrate-snapshot.ts).
// Objects are strict: an unknown field is an error, so a typo never becomes a silent default.
import { z } from "zod";

import { isoDateSchema } from "../shared/iso-date.ts";
import {
  agencyKindSchema,
  communeFunctionSchema,
  communeTypeSchema,
  districtFunctionSchema,
  districtTypeSchema,
  positionGroupSchema,
  provinceClassSchema,
  rankCodeSchema,
} from "./catalogue.ts";

export const SNAPSHOT_FORMAT = "tinhgon.snapshot/2";
/** The previous version: still read (migrated on reading), never written. */
export const SNAPSHOT_FORMAT_V1 = "tinhgon.snapshot/1";

export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "ID_FORMAT" })
  .max(120);

/** Counts of people and posts: whole, not negative, and within what any real unit (and the database) holds. */
const wholeNumber = z
  .number()
  .int({ error: "WHOLE_NUMBER" })
  .min(0, { error: "WHOLE_NUMBER" })
  .max(1_000_000);

/** Control characters (NUL included) and unpaired surrogates are not text a person typed. */
const notText =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A line of user text: trimmed, NFC-normalised (one form for search and rendering), printable. */
/** True when the string holds only characters a person types (no control characters, no broken pairs). */
export function isPlainText(value: string): boolean {
  return !notText.test(value);
}

/** An identifier or free string given to the API: plain text (see isPlainText), 1 … maxLength long. */
export function plainStringSchema(maxLength: number) {
  return z.string().min(1).max(maxLength).refine(isPlainText, { error: "NOT_TEXT" });
}

export function textSchema(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .refine((value) => !notText.test(value), { error: "NOT_TEXT" })
    .transform((value) => value.normalize("NFC"));
}
const nameSchema = textSchema(300);

export const positionSchema = z.strictObject({
  id: entityIdSchema,
  title: nameSchema,
  group: positionGroupSchema,
  rank: rankCodeSchema.nullable().default(null),
  count: wholeNumber,
});
export type Position = z.infer<typeof positionSchema>;

export const staffMemberSchema = z.strictObject({
  id: entityIdSchema,
  fullName: nameSchema,
  birthDate: isoDateSchema,
  gender: z.enum(["male", "female"]),
  positionId: entityIdSchema.nullable().default(null),
  role: z.enum(["head", "deputy", "staff"]),
  rank: rankCodeSchema.nullable().default(null),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** Optional detail carried by any agency, unit or division (job-position scheme, roadmap, documents). */
const detailShape = {
  positions: z.array(positionSchema).optional(),
  staff: z.array(staffMemberSchema).optional(),
};

/**
 * The day the decision that last re-arranged this organisation (merged, split, created it …) took effect
 * (snapshot/2). A deputy surplus on it may be transitional for five years (T-2025-01, T-2026-01, ADR 0033).
 */
const reorganisedOnShape = { reorganisedOn: isoDateSchema.optional() };

const unitCommonShape = {
  id: entityIdSchema,
  name: nameSchema,
  payroll: wholeNumber,
  deputies: wholeNumber,
  ...reorganisedOnShape,
  ...detailShape,
};

/** Phòng thuộc chi cục: a division inside a sub_department. */
export const subDivisionSchema = z.strictObject({ ...unitCommonShape, type: z.literal("division") });
export type SubDivision = z.infer<typeof subDivisionSchema>;

export const agencyUnitSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...unitCommonShape, type: z.literal("division") }),
  z.strictObject({ ...unitCommonShape, type: z.literal("office") }),
  z.strictObject({ ...unitCommonShape, type: z.literal("inspectorate") }),
  z.strictObject({
    ...unitCommonShape,
    type: z.literal("sub_department"),
    /** P-EST-03 (a): has specialised management objects under specialised law. */
    specialisedScope: z.boolean().default(true),
    /** P-EST-03 (b): decentralised or authorised to decide state-management matters. */
    delegatedAuthority: z.boolean().default(true),
    units: z.array(subDivisionSchema).default([]),
  }),
]);
export type AgencyUnit = z.infer<typeof agencyUnitSchema>;
export type UnitType = AgencyUnit["type"];

export const agencySchema = z.strictObject({
  id: entityIdSchema,
  kind: agencyKindSchema,
  name: nameSchema,
  payroll: wholeNumber,
  deputies: wholeNumber,
  /** The division holding office functions when the agency has no unit of type "office" (P-EST-02). */
  officeFunctionsUnitId: entityIdSchema.nullable().default(null),
  units: z.array(agencyUnitSchema).default([]),
  ...reorganisedOnShape,
  ...detailShape,
});
export type Agency = z.infer<typeof agencySchema>;

export const divisionSchema = z.strictObject({
  id: entityIdSchema,
  name: nameSchema,
  functions: z.array(districtFunctionSchema),
  payroll: wholeNumber,
  deputies: wholeNumber,
  ...reorganisedOnShape,
  ...detailShape,
});
export type Division = z.infer<typeof divisionSchema>;

export const districtSchema = z.strictObject({
  id: entityIdSchema,
  code: textSchema(20),
  name: nameSchema,
  type: districtTypeSchema,
  island: z.boolean(),
  /** A cap set by law for a named island district (Phú Quốc: 12); null = the general cap. */
  islandDivisionCap: z.number().int().min(1).nullable().default(null),
  ethnicMinority: z
    .strictObject({ population: wholeNumber, qualifyingArea: z.boolean() })
    .default({ population: 0, qualifyingArea: false }),
  divisions: z.array(divisionSchema),
});
export type District = z.infer<typeof districtSchema>;

/**
 * An organisation of a commune-level unit (C26-ORG-01): one of its phòng ("division", holding functions)
 * or its Trung tâm phục vụ hành chính công ("service_centre", holding none).
 */
export const communeOrganisationSchema = z.strictObject({
  id: entityIdSchema,
  type: z.enum(["division", "service_centre"]),
  name: nameSchema,
  functions: z.array(communeFunctionSchema).default([]),
  payroll: wholeNumber,
  deputies: wholeNumber,
  ...reorganisedOnShape,
  ...detailShape,
});
export type CommuneOrganisation = z.infer<typeof communeOrganisationSchema>;

/** A commune-level unit from 01/07/2025: xã, phường or đặc khu (snapshot/2). */
export const communeSchema = z.strictObject({
  id: entityIdSchema,
  code: textSchema(20),
  name: nameSchema,
  type: communeTypeSchema,
  /**
   * A special zone the law gives the ward's Phòng Kinh tế, Hạ tầng và Đô thị instead of the Phòng Kinh tế
   * (Phú Quốc, C26-ORG-01). Default false.
   */
  urbanEconomy: z.boolean().default(false),
  /** ALWAYS the complete list of the unit's phòng and its service centre. */
  organisations: z.array(communeOrganisationSchema),
});
export type Commune = z.infer<typeof communeSchema>;

export const provinceSchema = z.strictObject({
  code: textSchema(20),
  name: nameSchema,
  class: provinceClassSchema,
  mergedFrom: z.number().int().min(1).default(1),
  agenciesComplete: z.boolean().default(false),
  /** snapshot/2: true when `communes` lists EVERY commune-level unit (the province-wide C26-ORG-02 runs only then). */
  communesComplete: z.boolean().default(false),
});
export type Province = z.infer<typeof provinceSchema>;

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  asOf: isoDateSchema,
  province: provinceSchema,
  agencies: z.array(agencySchema).default([]),
  districts: z.array(districtSchema).default([]),
  /** snapshot/2: commune-level units (from 01/07/2025); may be empty. */
  communes: z.array(communeSchema).default([]),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
/** What a snapshot file may contain before defaults are applied. */
export type SnapshotInput = z.input<typeof snapshotSchema>;
