-- An office's holders over time: each person told to hold it, from the first to the last
-- publication date of the articles telling it, oldest first, with the date stated as of and
-- how many sentences tell it. Successive holders each keep their own dates.
-- Variables: graph (default news); office (a title, any case, or an office key); country
-- (optional: a name, any case, or a key; default every country's office of that title).
--   psql "$URL" -v office='Defense Minister' -v country=Japan -f queries/office-history.sql
\ir lib/session.sql
\if :{?office}
\else
  DO $$ BEGIN RAISE EXCEPTION 'office-history.sql needs -v office=TITLE (and optionally -v country=NAME)'; END $$;
\endif
\if :{?country}
\else
  \set country ''
\endif

PREPARE kg_office_history(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)-[h:HOLDS]->(o:Office)
  WHERE o.key = $office OR toLower(o.title) = toLower($office)
  OPTIONAL MATCH (o)-[:OF]->(c:Country)
  WITH p, h, o, c
  WHERE $country = '' OR c.key = $country OR toLower(c.name) = toLower($country)
  RETURN o.name, p.name, h.first_seen, h.last_seen, h.as_of, size(h.evidence)
  ORDER BY o.name, h.first_seen_lo, h.last_seen_hi
$$, $1) AS (office agtype, person agtype, first_seen agtype, last_seen agtype, as_of agtype, sentences agtype);

EXECUTE kg_office_history(agtype_build_map('office', :'office'::text, 'country', :'country'::text));
DEALLOCATE kg_office_history;
