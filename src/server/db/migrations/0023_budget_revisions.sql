-- Budget revisions (issue 15 §3): after approval, a project's managers ask for a new total, new
-- shares and a new split by year; the fund manager approves (the revised budget becomes current)
-- or refuses. Each row keeps the budget before and after as jsonb snapshots, so every earlier
-- version stays readable. One open request per project, versioned like every editable record.
CREATE TABLE budget_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  previous_cents bigint NOT NULL,
  new_cents bigint NOT NULL,
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  justification text NOT NULL,
  status text NOT NULL DEFAULT 'requested',
  requested_by_id uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL,
  decided_by_id uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_comment text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT budget_revisions_status_known CHECK (status in ('requested','approved','refused')),
  CONSTRAINT budget_revisions_new_positive CHECK (new_cents > 0)
);--> statement-breakpoint
CREATE INDEX budget_revisions_project_idx ON budget_revisions (project_id, requested_at);--> statement-breakpoint
CREATE UNIQUE INDEX budget_revisions_one_open_idx ON budget_revisions (project_id) WHERE status = 'requested';--> statement-breakpoint
CREATE TRIGGER budget_revisions_portfolio_changed AFTER INSERT OR UPDATE OR DELETE ON budget_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION portfolio_changed();
