import type { ReactNode } from "react";
import { ErrorMessage } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";

/** Loading / error / content for a query. */
export function QueryState({ isLoading, error, onRetry, children }: { isLoading: boolean; error: unknown; onRetry?: () => void; children: ReactNode }) {
  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={onRetry} />;
  return <>{children}</>;
}
