-- Annual budgets (issue 15 §2): a project's budget planned per year of the project. The years are
-- the periods of domain/annualSplit.ts's yearPeriods (the planned dates cut at each anniversary of
-- the start), numbered from 0. No rows means nobody planned a split: readers then use the default
-- split by days. `approved_cents` is the split the approval (or a later revision) made current.
CREATE TABLE project_budget_years (
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  year_index integer NOT NULL,
  requested_cents bigint NOT NULL,
  approved_cents bigint,
  PRIMARY KEY (project_id, year_index),
  CONSTRAINT project_budget_years_index_not_negative CHECK (year_index >= 0),
  CONSTRAINT project_budget_years_requested_not_negative CHECK (requested_cents >= 0),
  CONSTRAINT project_budget_years_approved_not_negative CHECK (approved_cents IS NULL OR approved_cents >= 0)
);
