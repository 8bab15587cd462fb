#!/bin/sh
# Brings a generated database's search documents up to today's migration 0007 without generating
# it again (drizzle never re-runs an edited migration): drops what 0007 created — every object
# named project_search_*, prima_search, prima_fold, the facet columns — runs the file again (it
# rebuilds every document) and records its new hash. For benchmark databases only.
# usage: bench/tools/reapply-search.sh postgres://postgres@127.0.0.1:5432/h5_bench100k
set -eu
url="$1"
file="$(dirname "$0")/../../src/server/db/migrations/0007_search.sql"
psql -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE NOT t.tgisinternal AND t.tgname LIKE 'project_search%' LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', r.tgname, r.relname);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND (p.proname LIKE 'project_search%' OR p.proname = 'prima_fold') LOOP
    EXECUTE format('DROP FUNCTION %s CASCADE', r.sig);
  END LOOP;
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relname LIKE 'project_search_%' AND c.relkind IN ('r', 'S', 'i') LOOP
    IF r.relkind = 'r' THEN EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.relname);
    ELSIF r.relkind = 'S' THEN EXECUTE format('DROP SEQUENCE IF EXISTS %I', r.relname);
    ELSIF r.relname <> 'project_search_pkey' THEN EXECUTE format('DROP INDEX IF EXISTS %I', r.relname);
    END IF;
  END LOOP;
END $$;
DROP TEXT SEARCH CONFIGURATION IF EXISTS prima_search;
TRUNCATE project_search;
ALTER TABLE project_search DROP COLUMN IF EXISTS region_code, DROP COLUMN IF EXISTS funding_year,
  DROP COLUMN IF EXISTS status, DROP COLUMN IF EXISTS fund_line, DROP COLUMN IF EXISTS gender_marker,
  DROP COLUMN IF EXISTS countries, DROP COLUMN IF EXISTS areas, DROP COLUMN IF EXISTS activities;
SQL
psql -q -v ON_ERROR_STOP=1 "$url" -f "$file"
hash="$(sha256sum "$file" | cut -d' ' -f1)"
psql -q -v ON_ERROR_STOP=1 "$url" -c "update drizzle.__drizzle_migrations set hash = '$hash' where created_at = (select created_at from drizzle.__drizzle_migrations order by created_at offset 7 limit 1)" -c "vacuum analyze project_search"
echo "0007 applied again to $url"
