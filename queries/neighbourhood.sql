-- What lies within N hops of a person, along edges of any label and direction: each entity
-- (label, name, key) with the fewest hops it takes. N is 1, 2 or 3, written into the query's
-- pattern, so that AGE expands no path longer than asked.
-- Variables: graph (default news); person (a key, or any name form, any case); hops (default 1).
--   psql "$URL" -v person='Yoshimasa Hayashi' -v hops=2 -f queries/neighbourhood.sql
\ir lib/session.sql
\if :{?person}
\else
  DO $$ BEGIN RAISE EXCEPTION 'neighbourhood.sql needs -v person=NAME (any name form, or a key)'; END $$;
\endif
\if :{?hops}
\else
  \set hops 1
\endif
SELECT :'hops' IN ('1', '2', '3') AS kg_hops_known \gset
\if :kg_hops_known
\else
  DO $$ BEGIN RAISE EXCEPTION 'neighbourhood.sql takes -v hops=1, 2 or 3'; END $$;
\endif

-- The bound is written into the pattern (AGE takes no parameter there), so that no path longer
-- than asked is expanded.
SELECT format($sql$
PREPARE kg_neighbourhood(agtype) AS
SELECT * FROM cypher(%L, $cypher$
  MATCH (p:Person)
  UNWIND p.names AS form
  WITH p, form WHERE p.key = $person OR toLower(form) = toLower($person)
  WITH DISTINCT p
  MATCH path = (p)-[*1..%s]-(n)
  WHERE id(n) <> id(p)
  WITH n, min(length(path)) AS distance
  RETURN distance, label(n), n.name, n.key
  ORDER BY distance, label(n), n.name
$cypher$, $1) AS (hops agtype, label agtype, name agtype, key agtype)
$sql$, :'graph', :'hops'::integer) \gexec

EXECUTE kg_neighbourhood(agtype_build_map('person', :'person'::text));
DEALLOCATE kg_neighbourhood;
