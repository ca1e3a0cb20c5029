-- What lies within N hops of a person, along edges of any label and direction: each entity
-- (label, name, key) with the fewest hops it takes. N is 1, 2 or 3, each a query of its own
-- whose pattern is bounded by N, so that AGE expands no path longer than asked.
-- Variables: graph (default news); person (a key, or any name form, any case); hops (default 1).
--   psql "$URL" -v person='Yoshimasa Hayashi' -v hops=2 -f queries/neighbourhood.sql
\set ON_ERROR_STOP on
\if :{?graph}
\else
  \set graph news
\endif
\if :{?person}
\else
  DO $$ BEGIN RAISE EXCEPTION 'neighbourhood.sql needs -v person=NAME (any name form, or a key)'; END $$;
\endif
\if :{?hops}
\else
  \set hops 1
\endif
SELECT :'hops' = '1' AS kg_one_hop, :'hops' = '2' AS kg_two_hops, :'hops' = '3' AS kg_three_hops \gset
LOAD 'age';
SET search_path = ag_catalog, "$user", public;

\if :kg_one_hop
PREPARE kg_neighbourhood(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)
  UNWIND p.names AS form
  WITH p, form WHERE p.key = $person OR toLower(form) = toLower($person)
  WITH DISTINCT p
  MATCH (p)-[]-(n)
  WHERE id(n) <> id(p)
  WITH DISTINCT n
  RETURN 1, label(n), n.name, n.key
  ORDER BY label(n), n.name
$$, $1) AS (hops agtype, label agtype, name agtype, key agtype);
\elif :kg_two_hops
PREPARE kg_neighbourhood(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)
  UNWIND p.names AS form
  WITH p, form WHERE p.key = $person OR toLower(form) = toLower($person)
  WITH DISTINCT p
  MATCH path = (p)-[*1..2]-(n)
  WHERE id(n) <> id(p)
  WITH n, min(length(path)) AS distance
  RETURN distance, label(n), n.name, n.key
  ORDER BY distance, label(n), n.name
$$, $1) AS (hops agtype, label agtype, name agtype, key agtype);
\elif :kg_three_hops
PREPARE kg_neighbourhood(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)
  UNWIND p.names AS form
  WITH p, form WHERE p.key = $person OR toLower(form) = toLower($person)
  WITH DISTINCT p
  MATCH path = (p)-[*1..3]-(n)
  WHERE id(n) <> id(p)
  WITH n, min(length(path)) AS distance
  RETURN distance, label(n), n.name, n.key
  ORDER BY distance, label(n), n.name
$$, $1) AS (hops agtype, label agtype, name agtype, key agtype);
\else
  DO $$ BEGIN RAISE EXCEPTION 'neighbourhood.sql takes -v hops=1, 2 or 3'; END $$;
\endif

EXECUTE kg_neighbourhood(agtype_build_map('person', :'person'::text));
DEALLOCATE kg_neighbourhood;
