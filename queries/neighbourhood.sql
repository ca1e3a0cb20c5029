-- What lies within N hops of a person, along edges of any label and direction: each entity
-- (label, name, key) with the fewest hops it takes. N is 1 to 3 (AGE's variable-length paths
-- grow fast, and the bound is written into the pattern).
-- Variables: graph (default news); person (a name, any case); hops (default 1).
--   psql "$URL" -v person='Yoshimasa Hayashi' -v hops=2 -f queries/neighbourhood.sql
LOAD 'age';
SET search_path = ag_catalog, "$user", public;

\set ON_ERROR_STOP on
\if :{?graph}
\else
  \set graph news
\endif
\if :{?person}
\else
  \set person ''
\endif
\if :{?hops}
\else
  \set hops 1
\endif

PREPARE kg_neighbourhood(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH path = (p:Person)-[*1..3]-(n)
  WHERE toLower(p.name) = toLower($person) AND length(path) <= $hops AND id(n) <> id(p)
  WITH n, min(length(path)) AS distance
  WITH distance, label(n) AS kind, n.name AS name, n.key AS key
  RETURN distance, kind, name, key
  ORDER BY distance, kind, name
$$, $1) AS (hops agtype, label agtype, name agtype, key agtype);

EXECUTE kg_neighbourhood(agtype_build_map('person', :'person'::text, 'hops', (:'hops')::integer));
DEALLOCATE kg_neighbourhood;
