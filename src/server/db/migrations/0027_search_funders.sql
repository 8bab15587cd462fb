-- The search's "co-funded by" facet (issue 15 §5): the names of a project's other funders copied
-- beside its document like its countries and areas (0007), so the facet counts read one narrow
-- table, and in its words (weight C, beside the countries): "Japan" finds what Japan co-funds.
-- Funding sources written, renamed or removed rebuild their project's row at commit.
ALTER TABLE project_search ADD COLUMN funders text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_search AS s (project_id, document, code_title, region_code, funding_year, status,
    fund_line, gender_marker, countries, areas, activities, funders, updated_at)
  SELECT p.id,
    setweight(to_tsvector('prima_search', p.code || ' ' || p.title), 'A')
      || setweight(to_tsvector('prima_search', p.summary || ' ' || p.objective), 'B')
      || setweight(to_tsvector('prima_search', concat_ws(' ', c.names, a.names, t.names, array_to_string(f.names, ' '))), 'C')
      || setweight(to_tsvector('prima_search', coalesce(r.lessons, '')), 'D'),
    prima_fold(p.code || ' ' || p.title),
    p.region_code, p.funding_year, p.status, p.fund_line, p.gender_marker,
    coalesce(c.isos, '{}'), coalesce(a.codes, '{}'), coalesce(t.codes, '{}'), coalesce(f.names, '{}'), now()
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
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT x.organisation_name ORDER BY x.organisation_name) AS names
    FROM project_funding_sources x WHERE x.project_id = p.id
  ) f ON true
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
    areas = excluded.areas, activities = excluded.activities, funders = excluded.funders,
    updated_at = excluded.updated_at
$$;--> statement-breakpoint
CREATE FUNCTION project_search_funders_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM project_search_mark(array(
    SELECT unnest(array[n.project_id, o.project_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.project_id, n.organisation_name) IS DISTINCT FROM (o.project_id, o.organisation_name)));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER project_search_funders_insert AFTER INSERT ON project_funding_sources
  REFERENCING NEW TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_funders_delete AFTER DELETE ON project_funding_sources
  REFERENCING OLD TABLE AS parts FOR EACH STATEMENT EXECUTE FUNCTION project_search_parts_changed();--> statement-breakpoint
CREATE TRIGGER project_search_funders_update AFTER UPDATE ON project_funding_sources
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_funders_updated();--> statement-breakpoint
SELECT project_search_refresh(array(SELECT DISTINCT project_id FROM project_funding_sources));
