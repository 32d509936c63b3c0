// A plan's review status and whether its owner may edit it (docs/adr/0026), without zod: the web app's
// shell asks isEditable on every page (plan-workflow.ts holds the schema and the transitions).
export const planStatuses = ["draft", "submitted", "in_review", "returned", "approved", "withdrawn"] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The owner edits a plan only while it is theirs: before submission, or after it was returned. */
export function isEditable(status: PlanStatus): boolean {
  return status === "draft" || status === "returned";
}
