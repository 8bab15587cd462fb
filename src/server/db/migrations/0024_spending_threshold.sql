-- Spending against the budget (issue 15 §4): the fund's threshold above which an area of work's
-- share of the spending is flagged (domain/spending.ts). One row, set by the fund manager;
-- versioned like every editable record, its history of changes in the audit trail. The row is
-- created here with the default of 20 %, so there is always a threshold to read.
CREATE TABLE fund_spending_settings (
  id integer PRIMARY KEY DEFAULT 1,
  threshold_percent integer NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz,
  updated_by_id uuid REFERENCES users(id),
  CONSTRAINT fund_spending_settings_one_row CHECK (id = 1),
  CONSTRAINT fund_spending_settings_threshold_range CHECK (threshold_percent >= 0 AND threshold_percent <= 1000)
);
--> statement-breakpoint
INSERT INTO fund_spending_settings (id, threshold_percent) VALUES (1, 20);
