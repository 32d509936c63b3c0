// The plan editor's state: the plan as the user sees it (changed at once, in the browser), its undo and
// redo history, and the saves to the server, queued so that each is based on the version the previous
// one produced. The browser evaluates every change with the domain package at once; the server's own
// evaluation of the saved version confirms it (planReportsAgree).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  editPlan,
  emptyPlanEditHistory,
  evaluatePlan,
  type Plan,
  type PlanEdit,
  type PlanEditHistory,
  type PlanHistoryMove,
  planReportsAgree,
  redoPlanEdit,
  toPlanReport,
  undoPlanEdit,
} from "@tinhgon/domain";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

/**
 * Each plan state is evaluated once: the state before a change (for "what the change did") and the one
 * the server is asked to confirm are the very objects already evaluated when they were on screen
 * (plans are never mutated, so the object is the key; the cache goes with them).
 */
const evaluations = new WeakMap<Plan, ReturnType<typeof evaluatePlan>>();
function evaluatePlanOnce(plan: Plan): ReturnType<typeof evaluatePlan> {
  let outcome = evaluations.get(plan);
  if (!outcome) {
    outcome = evaluatePlan(plan);
    evaluations.set(plan, outcome);
  }
  return outcome;
}

import { reportSessionExpired } from "../auth/session-expiry.ts";
import { errorCodeOf, errorDetailsOf } from "../lib/errors.ts";
import { useTRPC, useTRPCClient } from "../lib/trpc.ts";

export type SaveState =
  { status: "saved"; version: number } | { status: "saving" } | { status: "failed"; error: unknown };

export type ServerCheck = "checking" | "agrees" | "disagrees" | "idle";

interface Working {
  plan: Plan;
  history: PlanEditHistory;
  /** The plan before the latest change, to show what that change did. */
  previous: Plan | undefined;
}

export function usePlanEditor(planId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const stored = useQuery(trpc.plan.get.queryOptions({ id: planId }));
  const [working, setWorking] = useState<Working | null>(null);
  const [save, setSave] = useState<SaveState | null>(null);
  const [serverCheck, setServerCheck] = useState<ServerCheck>("idle");
  const queue = useRef<Promise<void>>(Promise.resolve());
  const version = useRef<number | null>(null);
  const pending = useRef(0);
  /** Bumped when a save is refused: the saves queued behind it are dropped. */
  const generation = useRef(0);

  // The first load (and a reload after a failed save) starts from the server's plan.
  if (stored.data && working === null) {
    version.current = stored.data.version;
    setWorking({ plan: stored.data.document, history: emptyPlanEditHistory, previous: undefined });
    setSave({ status: "saved", version: stored.data.version });
  }

  // A workflow step (submit, return…) or another user moved the plan on: adopt the server's version when
  // no save of ours is on its way. The undo history survives only if the content is the same.
  const latest = stored.data;
  useEffect(() => {
    if (!latest || pending.current > 0 || version.current === null || latest.version <= version.current)
      return;
    version.current = latest.version;
    setSave({ status: "saved", version: latest.version });
    setWorking((current) =>
      current && JSON.stringify(current.plan) === JSON.stringify(latest.document)
        ? current
        : { plan: latest.document, history: emptyPlanEditHistory, previous: undefined },
    );
  }, [latest]);

  const plan = working?.plan;
  const outcome = useMemo(() => (plan ? evaluatePlanOnce(plan) : undefined), [plan]);
  const report = useMemo(() => (outcome?.ok ? toPlanReport(outcome.evaluation) : undefined), [outcome]);
  const previous = working?.previous;
  const previousReport = useMemo(() => {
    if (!previous) return undefined;
    const evaluated = evaluatePlanOnce(previous);
    return evaluated.ok ? toPlanReport(evaluated.evaluation) : undefined;
  }, [previous]);

  /** Asks the server to evaluate the saved plan and compares with the browser's evaluation of `expected`. */
  const checkWithServer = useCallback(
    async (expected: Plan) => {
      setServerCheck("checking");
      try {
        const server = await queryClient.query({
          ...trpc.plan.evaluate.queryOptions({ id: planId }),
          staleTime: 0,
        });
        // A newer change is on its way: its own check will answer.
        if (pending.current > 0) return;
        const local = evaluatePlanOnce(expected);
        setServerCheck(
          local.ok && planReportsAgree(toPlanReport(local.evaluation), server) ? "agrees" : "disagrees",
        );
      } catch {
        if (pending.current === 0) setServerCheck("idle");
      }
    },
    [planId, queryClient, trpc],
  );

  // The plan as loaded is checked once too.
  const loadedPlan = stored.data?.document;
  useEffect(() => {
    if (loadedPlan) void checkWithServer(loadedPlan);
    // Only on the first load of this plan, not after each save (saves check for themselves).
  }, [planId, loadedPlan === undefined]);

  const send = useCallback(
    (edits: readonly PlanEdit[], expected: Plan) => {
      pending.current += 1;
      setSave({ status: "saving" });
      const round = generation.current;
      queue.current = queue.current.then(async () => {
        // A change queued behind a refused one was made on a plan the server does not hold: drop it
        // (the plan has been reloaded from the server in the meantime).
        if (round !== generation.current) return;
        try {
          const current = version.current;
          if (current === null) throw new Error("the plan is not loaded");
          const saved = await client.plan.edit.mutate({ id: planId, version: current, edits: [...edits] });
          version.current = saved.version;
          queryClient.setQueryData(trpc.plan.get.queryKey({ id: planId }), saved);
          pending.current -= 1;
          if (pending.current === 0) {
            setSave({ status: "saved", version: saved.version });
            // The review panel's violations and "changes since the last round" follow the saved plan.
            void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
            await checkWithServer(expected);
          }
        } catch (error) {
          if (errorCodeOf(error) === "UNAUTHENTICATED") reportSessionExpired();
          pending.current = 0;
          generation.current += 1;
          // What the server holds is the truth: reload it, and drop the history that no longer matches.
          setSave({ status: "failed", error });
          setServerCheck("idle");
          const fresh = await stored.refetch();
          if (fresh.data) {
            version.current = fresh.data.version;
            setWorking({ plan: fresh.data.document, history: emptyPlanEditHistory, previous: undefined });
          }
        }
      });
    },
    [checkWithServer, client, planId, queryClient, stored, trpc],
  );

  const apply = useCallback(
    (move: PlanHistoryMove | undefined): PlanHistoryMove | undefined => {
      if (!move?.ok) return move;
      setWorking((current) => ({ plan: move.plan, history: move.history, previous: current?.plan }));
      send(move.edits, move.plan);
      return move;
    },
    [send],
  );

  return {
    stored,
    plan,
    history: working?.history ?? emptyPlanEditHistory,
    outcome,
    report,
    /** The evaluation before the latest change (undefined before the first one). */
    previousReport,
    save,
    serverCheck,
    saveErrorDetails: save?.status === "failed" ? errorDetailsOf(save.error) : undefined,
    /** Applies `edits` at once; refused edits return the reason and change nothing. */
    edit: (edits: readonly PlanEdit[]) =>
      working ? apply(editPlan(working.plan, working.history, edits)) : undefined,
    undo: () => (working ? apply(undoPlanEdit(working.plan, working.history)) : undefined),
    redo: () => (working ? apply(redoPlanEdit(working.plan, working.history)) : undefined),
    canUndo: (working?.history.undo.length ?? 0) > 0,
    canRedo: (working?.history.redo.length ?? 0) > 0,
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
