-- Failed sign-ins, one row each (issue 14, sign-in limits). Kept in the database, not in a
-- server's memory, so that every server behind a load balancer counts the same failures. Rows older
-- than the window are deleted as new failures arrive.
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  address text NOT NULL,
  failed_at timestamptz NOT NULL
);--> statement-breakpoint
CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (email, failed_at);--> statement-breakpoint
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, failed_at);--> statement-breakpoint
CREATE INDEX sign_in_failures_age_idx ON sign_in_failures (failed_at);
