-- Envelopes (issue 15): the fund's allocation per funding year and fund line, set by the fund
-- manager. No row means no envelope was set, and then the approval rule sets no limit.
-- Versioned like every editable record; the history of changes is in the audit trail.
CREATE TABLE fund_envelopes (
  funding_year integer NOT NULL REFERENCES funding_years(year),
  fund_line text NOT NULL REFERENCES fund_lines(code),
  allocated_cents bigint NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by_id uuid REFERENCES users(id),
  PRIMARY KEY (funding_year, fund_line),
  CONSTRAINT fund_envelopes_allocated_not_negative CHECK (allocated_cents >= 0)
);
