-- Co-funding and currencies (issue 15 §5). A project's other funding sources keep their amount in
-- their own currency as integer minor units (JPY none, KWD three decimals); the fund manager
-- records a rate per currency and month (USD for one unit, as an integer of 10^-8 USD).
-- Both are versioned; the history of every change is in the audit trail.
CREATE TABLE project_funding_sources (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  organisation_name text NOT NULL,
  organisation_type text NOT NULL,
  organisation_ref text,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  status text NOT NULL,
  source_date date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_id uuid REFERENCES users(id),
  CONSTRAINT project_funding_sources_amount_not_negative CHECK (amount_minor >= 0),
  CONSTRAINT project_funding_sources_status_known CHECK (status in ('pledged','confirmed','received')),
  CONSTRAINT project_funding_sources_currency_shape CHECK (currency ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE INDEX project_funding_sources_project_idx ON project_funding_sources (project_id);
--> statement-breakpoint
-- The "co-funded by" filter and facet look projects up by donor name.
CREATE INDEX project_funding_sources_organisation_idx ON project_funding_sources (organisation_name, project_id);
--> statement-breakpoint
CREATE TABLE currency_rates (
  currency text NOT NULL,
  month text NOT NULL,
  rate_e8 bigint NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by_id uuid REFERENCES users(id),
  PRIMARY KEY (currency, month),
  CONSTRAINT currency_rates_positive CHECK (rate_e8 > 0),
  CONSTRAINT currency_rates_month_shape CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
