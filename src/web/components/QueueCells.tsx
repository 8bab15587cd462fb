/**
 * The cells the two outgoing queues' pages share (the mail outbox, the webhooks' delivery log):
 * a moment as a <time>, the last error in a monospace clamp, and the "retry" of a failed item.
 */
import { Button, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useFormat } from "../lib/format";
import { useWorkflowFormat } from "../lib/workflowFormat";

export function Moment({ iso }: { iso: string | null }) {
  const format = useWorkflowFormat();
  if (!iso) return <>{format.missing}</>;
  return (
    <Text component="time" dateTime={iso} size="sm" style={{ whiteSpace: "nowrap" }}>
      {format.moment(iso)}
    </Text>
  );
}

/** The last error as the server wrote it, else `fallback`, else the "missing" mark. */
export function LastError({ error, fallback }: { error: string | null; fallback?: ReactNode }) {
  const format = useFormat();
  if (error) {
    return (
      <Text size="xs" lineClamp={3} title={error} ff="monospace">
        {error}
      </Text>
    );
  }
  return <>{fallback ?? format.missing}</>;
}

/** A failed item's retry button; nothing to do for the others. */
export function RetryButton({
  failed,
  label,
  loading,
  onRetry,
  children,
}: {
  failed: boolean;
  label: string;
  loading: boolean;
  onRetry: () => void;
  children: ReactNode;
}) {
  const format = useFormat();
  if (!failed) return <>{format.missing}</>;
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconRefresh size={14} aria-hidden />}
      aria-label={label}
      loading={loading}
      onClick={onRetry}
    >
      {children}
    </Button>
  );
}
