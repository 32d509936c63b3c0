// Which comment answers which opinion in the Báo cáo tiếp thu, giải trình (review-responses.ts).
import { describe, expect, it } from "vitest";

import type { DossierComment } from "../contract.ts";
import { pairReviewComments } from "./review-responses.ts";

function comment(overrides: Partial<DossierComment>): DossierComment {
  return {
    round: 1,
    authorName: "Người thẩm định",
    authorRole: "provincial_reviewer",
    target: { kind: "plan" },
    body: "",
    createdAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

const owner = { authorName: "Người soạn", authorRole: "district_officer" };

describe("pairing review comments", () => {
  it("gives nothing to answer when there are no comments", () => {
    expect(pairReviewComments([])).toEqual([]);
  });

  it("makes a later owner comment on the same target the answer to the opinion", () => {
    const opinion = comment({ body: "Ý kiến", target: { kind: "phase", phaseIndex: 0 } });
    const answer = comment({
      ...owner,
      body: "Tiếp thu",
      target: { kind: "phase", phaseIndex: 0 },
      createdAt: "2026-01-02T00:00:00.000Z",
    });
    expect(pairReviewComments([answer, opinion])).toEqual([{ opinion, responses: [answer] }]);
  });

  it("does not take a comment on another target, or one written before the opinion, as an answer", () => {
    const opinion = comment({
      body: "Ý kiến",
      target: { kind: "phase", phaseIndex: 0 },
      createdAt: "2026-01-02T00:00:00.000Z",
    });
    const earlier = comment({
      ...owner,
      target: { kind: "phase", phaseIndex: 0 },
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    const elsewhere = comment({
      ...owner,
      target: { kind: "phase", phaseIndex: 1 },
      createdAt: "2026-01-03T00:00:00.000Z",
    });
    expect(pairReviewComments([earlier, opinion, elsewhere])).toEqual([{ opinion, responses: [] }]);
  });

  it("gives an answer to the latest opinion on its target written before it", () => {
    const target = { kind: "operation", phaseIndex: 1, operationIndex: 2 } as const;
    const first = comment({ body: "Vòng 1", target, createdAt: "2026-01-01T00:00:00.000Z" });
    const firstAnswer = comment({ ...owner, target, createdAt: "2026-01-02T00:00:00.000Z" });
    const second = comment({ round: 2, body: "Vòng 2", target, createdAt: "2026-01-03T00:00:00.000Z" });
    const secondAnswer = comment({ ...owner, round: 2, target, createdAt: "2026-01-04T00:00:00.000Z" });
    expect(pairReviewComments([secondAnswer, second, firstAnswer, first])).toEqual([
      { opinion: first, responses: [firstAnswer] },
      { opinion: second, responses: [secondAnswer] },
    ]);
  });

  it("keeps the rounds in order even when a clock was ahead", () => {
    const later = comment({ round: 2, body: "Vòng 2", createdAt: "2026-01-01T00:00:00.000Z" });
    const earlier = comment({ round: 1, body: "Vòng 1", createdAt: "2026-01-05T00:00:00.000Z" });
    expect(pairReviewComments([later, earlier]).map((exchange) => exchange.opinion.body)).toEqual([
      "Vòng 1",
      "Vòng 2",
    ]);
  });

  it("matches findings by their key", () => {
    const target = { kind: "finding", findingKey: "D-PH-04|violation|district:cat-hai|max" } as const;
    const opinion = comment({ target });
    const answer = comment({ ...owner, target: { ...target }, createdAt: "2026-01-02T00:00:00.000Z" });
    const other = comment({
      ...owner,
      target: { kind: "finding", findingKey: "D-DEP-01|violation|district:cat-hai|max" },
      createdAt: "2026-01-02T00:00:00.000Z",
    });
    expect(pairReviewComments([opinion, answer, other])).toEqual([{ opinion, responses: [answer] }]);
  });
});
