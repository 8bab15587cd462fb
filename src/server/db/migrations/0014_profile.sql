-- Each person's own settings and what they see of their sessions (issue 14, profile): the language
-- the app and every e-mail to them use (null: the browser's), and for each session the browser and
-- address it was opened from, so a person can tell theirs from someone else's.
ALTER TABLE users ADD COLUMN IF NOT EXISTS language text;--> statement-breakpoint
ALTER TABLE users ADD CONSTRAINT users_language_known CHECK (language IS NULL OR language IN ('en', 'fr', 'es'));--> statement-breakpoint
ALTER TABLE sessions ADD COLUMN user_agent text;--> statement-breakpoint
ALTER TABLE sessions ADD COLUMN address text;
