-- Who held an office (its title and country) on a date, as kg holders --as-of answers it: of
-- the holdings first seen on or before the date (a partial date such as 2022-11 counts as
-- its whole month), the one last seen latest up to the date, a successor winning a tie; with
-- the dates the articles telling it were published and the date it was stated as of.
-- Variables: graph (default news); office, country, date (YYYY-MM-DD, YYYY-MM or YYYY).
--   psql "$URL" -v office='Foreign Minister' -v country=Japan -v date=2022-01-07 -f queries/holder-on-date.sql
LOAD 'age';
SET search_path = ag_catalog, "$user", public;

\set ON_ERROR_STOP on
\if :{?graph}
\else
  \set graph news
\endif
\if :{?office}
\else
  \set office ''
\endif
\if :{?country}
\else
  \set country ''
\endif
\if :{?date}
\else
  \set date ''
\endif

PREPARE kg_holder_on_date(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(c:Country)
  WHERE toLower(o.title) = toLower($office) AND toLower(c.name) = toLower($country)
    AND (h.first_seen <= $date OR h.first_seen STARTS WITH $date)
  WITH p, o, h, CASE WHEN h.last_seen < $date THEN h.last_seen ELSE $date END AS seen
  RETURN p.name, o.name, h.first_seen, h.last_seen, h.as_of
  ORDER BY seen DESC, h.first_seen DESC
  LIMIT 1
$$, $1) AS (person agtype, office agtype, first_seen agtype, last_seen agtype, as_of agtype);

EXECUTE kg_holder_on_date(agtype_build_map('office', :'office'::text, 'country', :'country'::text,
                                           'date', :'date'::text));
DEALLOCATE kg_holder_on_date;
