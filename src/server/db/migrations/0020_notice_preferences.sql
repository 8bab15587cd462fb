-- Notices the person chooses (issue 14): per kind of notice, in the app only, e-mail at once, or a
-- daily digest. No row means today's behaviour (every kind e-mailed at once). One row per person,
-- versioned like every editable record.
CREATE TABLE notice_preferences (
  user_id uuid PRIMARY KEY REFERENCES users(id),
  workflow text NOT NULL DEFAULT 'email',
  comments text NOT NULL DEFAULT 'email',
  reports text NOT NULL DEFAULT 'email',
  reminders text NOT NULL DEFAULT 'email',
  extensions text NOT NULL DEFAULT 'email',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  CONSTRAINT notice_preferences_known CHECK (
    workflow IN ('app', 'email', 'digest') AND comments IN ('app', 'email', 'digest')
    AND reports IN ('app', 'email', 'digest')
    AND reminders IN ('app', 'email', 'digest') AND extensions IN ('app', 'email', 'digest')
  )
);--> statement-breakpoint
-- One digest per person per day: the primary key is what stops a second run or a second server.
-- covered_until is where the next digest starts gathering.
CREATE TABLE notice_digests (
  user_id uuid NOT NULL REFERENCES users(id),
  day date NOT NULL,
  covered_until timestamptz NOT NULL,
  notices integer NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, day)
);
