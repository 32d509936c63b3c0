// The review workflow of one plan: its status (rounds, comments, violations, what changed since the
// last round) and the steps. Every step answers the plan at its new version: the editor's copy is
// replaced with it, so the next step (or edit) names the right version and the editor locks or
// unlocks at once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { type RouterOutputs, useTRPC } from "../lib/trpc.ts";
import type { CommentTarget } from "./comment-target.ts";

export type ReviewStatus = RouterOutputs["review"]["status"];
export type StoredPlan = RouterOutputs["plan"]["get"];

/** How often an open plan asks for news (a reviewer's decision, a comment), besides window focus. */
const reviewRefreshMs = 30_000;

export function useReviewStatus(planId: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.review.status.queryOptions({ id: planId }), refetchInterval: reviewRefreshMs });
}

export function useReviewSteps(planId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  /** Everything that shows the plan's status, rounds or history is out of date after a step. */
  const refreshAfter = async (saved: StoredPlan | undefined) => {
    if (saved) queryClient.setQueryData(trpc.plan.get.queryKey({ id: planId }), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.status.queryKey({ id: planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.review.audit.queryKey({ id: planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.plan.list.pathKey() }),
    ]);
  };
  const stepOptions = { onSuccess: (saved: StoredPlan) => refreshAfter(saved) };

  const submit = useMutation(trpc.review.submit.mutationOptions(stepOptions));
  const withdraw = useMutation(trpc.review.withdraw.mutationOptions(stepOptions));
  const startReview = useMutation(trpc.review.startReview.mutationOptions(stepOptions));
  const returnPlan = useMutation(trpc.review.return.mutationOptions(stepOptions));
  const approve = useMutation(trpc.review.approve.mutationOptions(stepOptions));
  const comment = useMutation(
    trpc.review.comment.mutationOptions({ onSuccess: () => refreshAfter(undefined) }),
  );
  const revise = useMutation(
    trpc.review.revise.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.plan.list.pathKey() }),
    }),
  );

  return {
    submit,
    withdraw,
    startReview,
    returnPlan,
    approve,
    comment,
    revise,
    /** After a refusal (someone else moved the plan on): fetch the plan and its status again. */
    reload: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ id: planId }) }),
        refreshAfter(undefined),
      ]);
    },
  };
}

export type ReviewSteps = ReturnType<typeof useReviewSteps>;
export type { CommentTarget };
