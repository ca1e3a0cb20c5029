-- Which meetings involve a country: each meeting's date, name, type and status, the place it
-- is held in, every country it involves and the people who attend it, by date.
-- Variables: graph (default news); country (a country's name, any case).
--   psql "$URL" -v country=Japan -f queries/meetings-of-country.sql
LOAD 'age';
SET search_path = ag_catalog, "$user", public;

\set ON_ERROR_STOP on
\if :{?graph}
\else
  \set graph news
\endif
\if :{?country}
\else
  \set country ''
\endif

PREPARE kg_meetings_of_country(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (m:Meeting)-[:INVOLVES]->(c:Country)
  WHERE toLower(c.name) = toLower($country)
  OPTIONAL MATCH (m)-[:INVOLVES]->(other:Country)
  OPTIONAL MATCH (p:Person)-[:ATTENDS]->(m)
  OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
  RETURN m.date, m.name, m.type, m.status, coalesce(place.name, m.place),
         collect(DISTINCT other.name), collect(DISTINCT p.name)
  ORDER BY m.date, m.name
$$, $1) AS (date agtype, meeting agtype, type agtype, status agtype, place agtype,
            countries agtype, participants agtype);

EXECUTE kg_meetings_of_country(agtype_build_map('country', :'country'::text));
DEALLOCATE kg_meetings_of_country;
