-- Sets up a PostgreSQL database with Apache AGE for kg. Safe to run again.
--
-- Written for the default graph name `news`. The graph name appears only as
-- the `graph_name` constant in the DO block below; the kg tool runs these same
-- statements for another graph name. Run as a role that may LOAD 'age'
-- (a superuser; role kg is one in scripts/age-server and docker-compose.yml):
--   psql -v ON_ERROR_STOP=1 "$URL" -f schema/age.sql

CREATE EXTENSION IF NOT EXISTS age;
LOAD 'age';
SET search_path = ag_catalog, "$user", public;

DO $$
DECLARE
  graph_name CONSTANT name := 'news';
  vertex_labels CONSTANT name[] := ARRAY[
    'Article', 'Person', 'Office', 'Country', 'Organization', 'Place',
    'Meeting', 'Claim'];
  edge_labels CONSTANT name[] := ARRAY[
    'HOLDS', 'OF', 'ATTENDS', 'INVOLVES', 'REPORTS', 'ATTRIBUTED_TO', 'ABOUT',
    'HELD_IN', 'MENTIONS'];
  -- kg looks entities and edges up by their `key` property; this expression
  -- is what AGE compiles `n.key` to, so the indexes serve cypher WHERE n.key.
  key_expr CONSTANT text := $k$ag_catalog.agtype_access_operator(properties, '"key"'::agtype)$k$;
  lbl name;
BEGIN
  -- Quiet the per-object "created"/"already exists" notices, for this
  -- statement only (is_local = true ends with the DO's transaction).
  PERFORM set_config('client_min_messages', 'warning', true);

  -- create_graph and create_*label raise if the object exists, hence the checks.
  IF NOT EXISTS (SELECT FROM ag_catalog.ag_graph g WHERE g.name = graph_name) THEN
    PERFORM ag_catalog.create_graph(graph_name);
  END IF;

  FOREACH lbl IN ARRAY vertex_labels || edge_labels LOOP
    IF NOT EXISTS (
        SELECT FROM ag_catalog.ag_label l
        JOIN ag_catalog.ag_graph g ON g.graphid = l.graph
        WHERE g.name = graph_name AND l.name = lbl) THEN
      IF lbl = ANY (vertex_labels) THEN
        PERFORM ag_catalog.create_vlabel(graph_name, lbl);
      ELSE
        PERFORM ag_catalog.create_elabel(graph_name, lbl);
      END IF;
    END IF;
    -- AGE 1.5 creates label tables without any index, not even on id.
    EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS %I ON %I.%I (id)',
                   lbl || '_id_idx', graph_name, lbl);
  END LOOP;

  FOREACH lbl IN ARRAY vertex_labels LOOP
    EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS %I ON %I.%I (%s)',
                   lbl || '_key_idx', graph_name, lbl, key_expr);
  END LOOP;

  FOREACH lbl IN ARRAY edge_labels LOOP
    -- Path queries walk edges from either end.
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I (start_id)',
                   lbl || '_start_id_idx', graph_name, lbl);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I (end_id)',
                   lbl || '_end_id_idx', graph_name, lbl);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I (%s)',
                   lbl || '_key_idx', graph_name, lbl, key_expr);
  END LOOP;
END $$;

-- The facts kg extracted from each article, so re-ingesting an article can
-- tell what changed (content_hash) and retract what it no longer states.
CREATE TABLE IF NOT EXISTS public.kg_article_facts (
  graph text NOT NULL,
  article_key text NOT NULL,
  content_hash text NOT NULL,
  facts jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (graph, article_key)
);

-- The first and the last day an ISO date may mean, as YYYY-MM-DD ('2022-11' is 2022-11-01 to
-- 2022-11-30): what kg writes beside each date as DATE_lo and DATE_hi, for queries/ to turn a
-- date typed with -v into bounds. Anything but YYYY, YYYY-MM or YYYY-MM-DD naming a real day
-- is an error that says so.
CREATE OR REPLACE FUNCTION public.kg_first_day(iso text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $f$
BEGIN
  IF iso !~ '^\d{4}(-\d{2}(-\d{2})?)?$' THEN
    RAISE EXCEPTION '''%'' is no date: write YYYY-MM-DD, YYYY-MM or YYYY', iso;
  END IF;
  RETURN to_char(to_date(iso || substr('-01-01', length(iso) - 3), 'YYYY-MM-DD'), 'YYYY-MM-DD');
END $f$;

CREATE OR REPLACE FUNCTION public.kg_last_day(iso text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $f$
BEGIN
  RETURN CASE length(iso)
    WHEN 10 THEN public.kg_first_day(iso)
    WHEN 7 THEN to_char(public.kg_first_day(iso)::date + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
    ELSE to_char(public.kg_first_day(iso)::date + interval '1 year' - interval '1 day', 'YYYY-MM-DD')
  END;
END $f$;
