// The signed-in user for the whole app. system.me answers who is signed in; UNAUTHENTICATED (never
// signed in, or the session expired on any later call) shows the sign-in page in place of the page
// asked for, which opens again after signing in. Signing in or out clears every cached answer and
// remounts the app, so nothing one user saw is shown to the next.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Actor } from "@tinhgon/domain";
import { Button, Flex, Result } from "antd";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { Loading, useErrorMessage } from "../components/query-state.tsx";
import { errorCodeOf } from "../lib/errors.ts";
import { navigate, pagePaths } from "../lib/router.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { signOut as signOutOnServer } from "./auth-api.ts";
import { clearSessionExpired, useSessionExpired } from "./session-expiry.ts";
import { SignInPage } from "./sign-in-page.tsx";

export interface Session {
  actor: Actor;
  /** Ends the session; false when the server could not be reached (the user is still signed in). */
  signOut: () => Promise<boolean>;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only inside SessionGate, which renders its children only once signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession is used outside SessionGate");
  return session;
}

function ServerUnreachable({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  return (
    <main>
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t("auth.session.unreachableTitle")}</h1>}
        subTitle={<span role="alert">{messageOf(error)}</span>}
        extra={
          <Flex justify="center">
            <Button type="primary" onClick={() => void onRetry()}>
              {t("errors.retry")}
            </Button>
          </Flex>
        }
      />
    </main>
  );
}

function SessionScope({
  restart,
  signedOut,
  children,
}: {
  restart: (options: { signedOut: boolean }) => void;
  /** This scope started after the user signed out: the sign-in page confirms it. */
  signedOut: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const expired = useSessionExpired();
  // Who is signed in does not change behind our back; an expiry shows up as UNAUTHENTICATED anywhere.
  const me = useQuery({ ...trpc.system.me.queryOptions(), staleTime: Infinity });
  const actor = me.data;
  const session = useMemo<Session | null>(
    () =>
      actor
        ? {
            actor,
            signOut: async () => {
              if (!(await signOutOnServer())) return false;
              restart({ signedOut: true });
              return true;
            },
          }
        : null,
    [actor, restart],
  );

  const signedIn = () => {
    restart({ signedOut: false });
  };

  if (me.isPending) return <Loading label={t("auth.session.checking")} />;
  if (me.isError) {
    if (errorCodeOf(me.error) !== "UNAUTHENTICATED")
      return <ServerUnreachable error={me.error} onRetry={me.refetch} />;
    return <SignInPage notice={signedOut ? "signedOut" : undefined} onSignedIn={signedIn} />;
  }
  if (expired || !session) return <SignInPage notice="expired" onSignedIn={signedIn} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState({ count: 0, signedOut: false });
  const restart = useCallback(
    ({ signedOut }: { signedOut: boolean }) => {
      // The next user starts on the overview, not on a page of the previous user's.
      if (signedOut) navigate(pagePaths.overview, { replace: true });
      queryClient.clear();
      clearSessionExpired();
      setGeneration((current) => ({ count: current.count + 1, signedOut }));
    },
    [queryClient],
  );
  return (
    <SessionScope key={generation.count} restart={restart} signedOut={generation.signedOut}>
      {children}
    </SessionScope>
  );
}
