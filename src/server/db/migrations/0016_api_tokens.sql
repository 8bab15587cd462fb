-- Personal API tokens (issue 14, other systems talk to PRIMA): a person's own rights, read-only or
-- read-write, with an optional end; only the token's HMAC is kept, the token is shown once.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id),
  name text NOT NULL,
  token_hash text NOT NULL,
  scope text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  CONSTRAINT api_tokens_scope_known CHECK (scope IN ('read', 'write'))
);--> statement-breakpoint
CREATE UNIQUE INDEX api_tokens_hash_idx ON api_tokens (token_hash);--> statement-breakpoint
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at);
