-- Webhooks (issue 14): URLs an administrator registers per event kind, and their deliveries, queued
-- in the event's own transaction and sent after commit like the mail outbox (0004). The signing
-- secret is kept as it is, not hashed: PRIMA needs it to sign every delivery.
CREATE TABLE webhooks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL,
  events text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  secret text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);--> statement-breakpoint
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event_id bigint NOT NULL REFERENCES domain_events(id),
  event text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_http_status integer,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  CONSTRAINT webhook_deliveries_status_known CHECK (status IN ('pending', 'delivered', 'failed'))
);--> statement-breakpoint
CREATE UNIQUE INDEX webhook_deliveries_once_idx ON webhook_deliveries (webhook_id, event_id);--> statement-breakpoint
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (status, next_attempt_at);--> statement-breakpoint
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (created_at);
