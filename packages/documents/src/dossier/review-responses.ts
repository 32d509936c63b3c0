// The review comments as the Báo cáo tiếp thu, giải trình needs them: each reviewer's opinion with the
// drafting body's answers. Reading (issue #8): a comment by a "provincial_reviewer" is an opinion; a
// comment by anyone else on the same target, written after it, answers it — the latest opinion on that
// target written before the answer, so a second round's opinion collects the second round's answers.
// An answer written before any opinion on its target answers nothing and is left out.
import type { DossierComment } from "../contract.ts";

export const REVIEWER_ROLE = "provincial_reviewer";

export interface ReviewExchange {
  opinion: DossierComment;
  responses: DossierComment[];
}

function targetKey(target: DossierComment["target"]): string {
  switch (target.kind) {
    case "plan":
      return "plan";
    case "phase":
      return `phase:${target.phaseIndex}`;
    case "operation":
      return `operation:${target.phaseIndex}:${target.operationIndex}`;
    case "finding":
      return `finding:${target.findingKey}`;
  }
}

/** Chronological order; comments written at the same instant keep the order they were given in. */
function chronological(comments: readonly DossierComment[]): DossierComment[] {
  return comments
    .map((comment, index) => ({ comment, index }))
    .sort((a, b) =>
      a.comment.createdAt === b.comment.createdAt
        ? a.index - b.index
        : a.comment.createdAt < b.comment.createdAt
          ? -1
          : 1,
    )
    .map((entry) => entry.comment);
}

/** Opinions in the order of rounds, then of writing, each with its answers in the order written. */
export function pairReviewComments(comments: readonly DossierComment[]): ReviewExchange[] {
  const exchanges: ReviewExchange[] = [];
  const latestOpinion = new Map<string, ReviewExchange>();
  for (const comment of chronological(comments)) {
    const key = targetKey(comment.target);
    if (comment.authorRole === REVIEWER_ROLE) {
      const exchange = { opinion: comment, responses: [] };
      exchanges.push(exchange);
      latestOpinion.set(key, exchange);
    } else {
      latestOpinion.get(key)?.responses.push(comment);
    }
  }
  // Rounds first: an opinion of round 1 stays before one of round 2 even if its clock was ahead.
  return exchanges
    .map((exchange, index) => ({ exchange, index }))
    .sort((a, b) => a.exchange.opinion.round - b.exchange.opinion.round || a.index - b.index)
    .map((entry) => entry.exchange);
}
