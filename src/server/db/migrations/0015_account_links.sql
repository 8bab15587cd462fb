-- One-time links sent by e-mail (issue 14): "set your password" for a forgotten password (valid an
-- hour) and for an invitation (valid 72 hours). Only an HMAC of the link's token is kept, so a copy
-- of the table opens no account; a link works once (used_at).
CREATE TABLE account_links (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  purpose text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT account_links_purpose_known CHECK (purpose IN ('reset', 'invite'))
);--> statement-breakpoint
CREATE INDEX account_links_user_idx ON account_links (user_id, created_at);
