-- Two-factor sign-in (issue 14): a TOTP secret per person (encrypted), recovery codes (hashed, each
-- once), pending sign-ins between the password and the code, and a mark on the sessions of people
-- who must still set it up because an administrator requires it for their role.
CREATE TABLE two_factor (
  user_id uuid PRIMARY KEY REFERENCES users(id),
  secret_encrypted text NOT NULL,
  created_at timestamptz NOT NULL,
  enabled_at timestamptz,
  last_used_step bigint
);--> statement-breakpoint
CREATE TABLE recovery_codes (
  id bigserial PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  code_hash text NOT NULL,
  used_at timestamptz
);--> statement-breakpoint
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);--> statement-breakpoint
CREATE TABLE pending_sign_ins (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  user_agent text,
  address text
);--> statement-breakpoint
CREATE INDEX pending_sign_ins_user_idx ON pending_sign_ins (user_id);--> statement-breakpoint
ALTER TABLE sessions ADD COLUMN two_factor_setup_pending boolean NOT NULL DEFAULT false;
