-- Who held an office (its title and country) on a date, as kg holders --as-of answers it: of
-- the holdings first seen by the end of the date (a month or year counts whole), the one last
-- seen latest up to it, a successor winning a tie; with the publication dates of the articles
-- telling it and the date it was stated as of.
-- Variables: graph (default news); office (a title, any case, or an office key); country (a
-- name, any case, or a key); date (YYYY-MM-DD, YYYY-MM or YYYY).
--   psql "$URL" -v office='Foreign Minister' -v country=Japan -v date=2022-01-07 -f queries/holder-on-date.sql
\ir lib/session.sql
\if :{?office}
\else
  DO $$ BEGIN RAISE EXCEPTION 'holder-on-date.sql needs -v office=TITLE (and -v country=NAME -v date=YYYY-MM-DD)'; END $$;
\endif
\if :{?country}
\else
  DO $$ BEGIN RAISE EXCEPTION 'holder-on-date.sql needs -v country=NAME'; END $$;
\endif
\if :{?date}
\else
  DO $$ BEGIN RAISE EXCEPTION 'holder-on-date.sql needs -v date=YYYY-MM-DD (or YYYY-MM, YYYY)'; END $$;
\endif

PREPARE kg_holder_on_date(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(c:Country)
  WHERE (o.key = $office OR toLower(o.title) = toLower($office))
    AND (c.key = $country OR toLower(c.name) = toLower($country))
    AND h.first_seen_lo <= $date_hi
  WITH p, o, h, CASE WHEN h.last_seen_hi < $date_hi THEN h.last_seen_hi ELSE $date_hi END AS seen
  RETURN p.name, o.name, h.first_seen, h.last_seen, h.as_of
  ORDER BY seen DESC, h.first_seen_lo DESC
  LIMIT 1
$$, $1) AS (person agtype, office agtype, first_seen agtype, last_seen agtype, as_of agtype);

EXECUTE kg_holder_on_date(agtype_build_map('office', :'office'::text, 'country', :'country'::text,
                                           'date_hi', public.kg_last_day(:'date')));
DEALLOCATE kg_holder_on_date;
