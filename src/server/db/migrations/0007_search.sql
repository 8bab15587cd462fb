-- The search engine's documents (project_search, one row per project), kept current by triggers so
-- that every writer (the API, the demo seed, the bench generator, a script) keeps them right.
-- A document holds code and title (weight A), summary and objective (B), the names of the
-- project's countries, areas of work and activity types in English, French and Spanish (C), and
-- the lessons learned and good practices of its accepted final narrative report (D).
--
-- Words are folded by a text search configuration of our own: 'simple' (no stemming, no stop
-- words, so English, French and Spanish behave alike on PGlite and PostgreSQL) behind the unaccent
-- dictionary, so "migración" and "migracion" are one word. A configuration rather than
-- to_tsvector('simple', unaccent(...)) because ts_headline then marks the words as written.
CREATE TEXT SEARCH CONFIGURATION prima_search (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION prima_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint

-- Lower case without accents: the text trigram matching compares (code_title, search words).
CREATE FUNCTION prima_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$;--> statement-breakpoint

-- The facets, copied beside the document so that counting them over 100,000 projects reads one
-- narrow table and no joins.
ALTER TABLE project_search
  ADD COLUMN region_code text,
  ADD COLUMN funding_year integer,
  ADD COLUMN status text,
  ADD COLUMN fund_line text,
  ADD COLUMN gender_marker text,
  ADD COLUMN countries text[] NOT NULL DEFAULT '{}',
  ADD COLUMN areas text[] NOT NULL DEFAULT '{}',
  ADD COLUMN activities text[] NOT NULL DEFAULT '{}';--> statement-breakpoint

-- Rebuilds the documents of these projects from their current rows (projects gone are skipped;
-- their document goes with them by the foreign key's cascade).
CREATE FUNCTION project_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_search AS s (project_id, document, code_title, region_code, funding_year, status,
    fund_line, gender_marker, countries, areas, activities, updated_at)
  SELECT p.id,
    setweight(to_tsvector('prima_search', p.code || ' ' || p.title), 'A')
      || setweight(to_tsvector('prima_search', p.summary || ' ' || p.objective), 'B')
      || setweight(to_tsvector('prima_search', concat_ws(' ', c.names, a.names, t.names)), 'C')
      || setweight(to_tsvector('prima_search', coalesce(r.lessons, '')), 'D'),
    prima_fold(p.code || ' ' || p.title),
    p.region_code, p.funding_year, p.status, p.fund_line, p.gender_marker,
    coalesce(c.isos, '{}'), coalesce(a.codes, '{}'), coalesce(t.codes, '{}'), now()
  FROM projects p
  LEFT JOIN LATERAL (
    SELECT array_agg(pc.country_iso3 ORDER BY pc.country_iso3) AS isos,
      string_agg(co.name_en || ' ' || co.name_fr || ' ' || co.name_es, ' ') AS names
    FROM project_countries pc JOIN countries co ON co.iso3 = pc.country_iso3
    WHERE pc.project_id = p.id
  ) c ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(x.area_code ORDER BY x.area_code) AS codes,
      string_agg(r.name_en || ' ' || r.name_fr || ' ' || r.name_es, ' ') AS names
    FROM project_area_shares x JOIN areas_of_work r ON r.code = x.area_code WHERE x.project_id = p.id
  ) a ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(x.activity_code ORDER BY x.activity_code) AS codes,
      string_agg(r.name_en || ' ' || r.name_fr || ' ' || r.name_es, ' ') AS names
    FROM project_activity_shares x JOIN activity_types r ON r.code = x.activity_code WHERE x.project_id = p.id
  ) t ON true
  -- The knowledge base's texts: lessons and good practices of accepted final narrative reports.
  LEFT JOIN LATERAL (
    SELECT string_agg(x.lessons_learned || ' ' || x.good_practices, ' ') AS lessons
    FROM reports x
    WHERE x.project_id = p.id AND x.kind = 'narrative' AND x.stage = 'final' AND x.status = 'accepted'
  ) r ON true
  WHERE p.id = ANY(ids)
  ON CONFLICT (project_id) DO UPDATE SET document = excluded.document, code_title = excluded.code_title,
    region_code = excluded.region_code, funding_year = excluded.funding_year, status = excluded.status,
    fund_line = excluded.fund_line, gender_marker = excluded.gender_marker, countries = excluded.countries,
    areas = excluded.areas, activities = excluded.activities, updated_at = excluded.updated_at
$$;--> statement-breakpoint

-- The projects whose document a transaction has changed, rebuilt once when it commits: a bulk load
-- writes a project, then its countries, then its shares, and the document is parsed once, not
-- at every statement. Rows live only inside their transaction (the flush deletes them).
CREATE TABLE project_search_pending (project_id uuid PRIMARY KEY);--> statement-breakpoint
-- Moves on whenever documents change (as late as possible, at commit), so that a server may keep
-- answers it computed for as long as it reads the same number (services/search/searchCache.ts).
CREATE SEQUENCE project_search_generation;--> statement-breakpoint
CREATE FUNCTION project_search_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_search_pending (project_id) SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL
  ON CONFLICT DO NOTHING
$$;--> statement-breakpoint
-- Fires at commit once per pending row; the first firing rebuilds them all, the others find their
-- row gone (a primary key lookup: scanning the emptied table each time would cost n² on a bulk load).
CREATE FUNCTION project_search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM project_search_pending WHERE project_id = NEW.project_id) THEN
    RETURN NULL;
  END IF;
  WITH done AS (DELETE FROM project_search_pending RETURNING project_id)
  SELECT array_agg(project_id) INTO ids FROM done;
  IF ids IS NOT NULL THEN
    PERFORM project_search_refresh(ids);
    PERFORM nextval('project_search_generation');
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER project_search_flush AFTER INSERT ON project_search_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION project_search_flush();--> statement-breakpoint

-- Statement-level triggers with transition tables: one set-based statement per statement written,
-- however many rows it wrote.
CREATE FUNCTION project_search_projects_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(SELECT id FROM new_rows));
  RETURN NULL;
END $$;--> statement-breakpoint
-- Only what the document or the facets show: a version bump alone changes nothing.
CREATE FUNCTION project_search_projects_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.code, n.title, n.summary, n.objective, n.region_code, n.funding_year, n.status, n.fund_line, n.gender_marker)
      IS DISTINCT FROM (o.code, o.title, o.summary, o.objective, o.region_code, o.funding_year, o.status, o.fund_line, o.gender_marker)));
  RETURN NULL;
END $$;--> statement-breakpoint
-- Countries and shares written or removed (one function for both: the transition table is "parts").
CREATE FUNCTION project_search_parts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(SELECT project_id FROM parts));
  RETURN NULL;
END $$;--> statement-breakpoint
-- Reports count only when they are (or were) an accepted final narrative report: the reporting
-- schedule's many pending rows cost nothing.
CREATE FUNCTION project_search_reports_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(SELECT project_id FROM parts
    WHERE kind = 'narrative' AND stage = 'final' AND status = 'accepted'));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_search_reports_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT unnest(array[n.project_id, o.project_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.kind = 'narrative' AND n.stage = 'final' AND (n.status = 'accepted' OR o.status = 'accepted')
      AND (n.status, n.lessons_learned, n.good_practices, n.project_id)
        IS DISTINCT FROM (o.status, o.lessons_learned, o.good_practices, o.project_id)));
  RETURN NULL;
END $$;--> statement-breakpoint
-- A country renamed (reference data) changes the documents of its projects.
CREATE FUNCTION project_search_countries_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT pc.project_id FROM new_rows n JOIN old_rows o ON o.iso3 = n.iso3
    JOIN project_countries pc ON pc.country_iso3 = n.iso3
    WHERE (n.name_en, n.name_fr, n.name_es) IS DISTINCT FROM (o.name_en, o.name_fr, o.name_es)));
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE TRIGGER project_search_projects_insert AFTER INSERT ON projects
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_projects_inserted();--> statement-breakpoint
CREATE TRIGGER project_search_projects_update AFTER UPDATE ON projects
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_projects_updated();--> statement-breakpoint
CREATE TRIGGER project_search_countries_insert AFTER INSERT ON project_countries
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_countries_delete AFTER DELETE ON project_countries
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_areas_insert AFTER INSERT ON project_area_shares
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_areas_delete AFTER DELETE ON project_area_shares
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_activities_insert AFTER INSERT ON project_activity_shares
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_activities_delete AFTER DELETE ON project_activity_shares
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_reports_insert AFTER INSERT ON reports
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_reports_written();--> statement-breakpoint
CREATE TRIGGER project_search_reports_update AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_reports_updated();--> statement-breakpoint
CREATE TRIGGER project_search_reports_delete AFTER DELETE ON reports
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_reports_written();--> statement-breakpoint
-- Areas of work and activity types renamed: likewise.
CREATE FUNCTION project_search_areas_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT x.project_id FROM new_rows n JOIN old_rows o ON o.code = n.code
    JOIN project_area_shares x ON x.area_code = n.code
    WHERE (n.name_en, n.name_fr, n.name_es) IS DISTINCT FROM (o.name_en, o.name_fr, o.name_es)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION project_search_activities_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT x.project_id FROM new_rows n JOIN old_rows o ON o.code = n.code
    JOIN project_activity_shares x ON x.activity_code = n.code
    WHERE (n.name_en, n.name_fr, n.name_es) IS DISTINCT FROM (o.name_en, o.name_fr, o.name_es)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_search_areas_rename AFTER UPDATE ON areas_of_work
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_areas_renamed();--> statement-breakpoint
CREATE TRIGGER project_search_activities_rename AFTER UPDATE ON activity_types
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_activities_renamed();--> statement-breakpoint
CREATE TRIGGER project_search_countries_rename AFTER UPDATE ON countries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_countries_renamed();--> statement-breakpoint

CREATE FUNCTION project_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('project_search_generation');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_search_delete AFTER DELETE ON project_search
  FOR EACH STATEMENT EXECUTE FUNCTION project_search_deleted();--> statement-breakpoint

SELECT project_search_refresh(array(SELECT id FROM projects));--> statement-breakpoint

CREATE INDEX project_search_document_idx ON project_search USING gin (document);--> statement-breakpoint
CREATE INDEX project_search_code_title_trgm_idx ON project_search USING gin (code_title gin_trgm_ops);
--> statement-breakpoint
-- Without words, results come by code: code_title begins with the folded code.
CREATE INDEX project_search_code_title_idx ON project_search (code_title);
