-- Which meetings involve a country: each meeting's date, name, type and status, where it is
-- held, every country it involves and the people who attend it, by date (undated ones last).
-- Variables: graph (default news); country (a name, any case, or a key such as country:japan).
--   psql "$URL" -v country=Japan -f queries/meetings-of-country.sql
\ir lib/session.sql
\if :{?country}
\else
  DO $$ BEGIN RAISE EXCEPTION 'meetings-of-country.sql needs -v country=NAME (or a key)'; END $$;
\endif

PREPARE kg_meetings_of_country(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (m:Meeting)-[:INVOLVES]->(c:Country)
  WHERE c.key = $country OR toLower(c.name) = toLower($country)
  OPTIONAL MATCH (m)-[:INVOLVES]->(other:Country)
  OPTIONAL MATCH (p:Person)-[:ATTENDS]->(m)
  OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
  WITH m, coalesce(place.name, m.place) AS held_in, collect(DISTINCT other.name) AS countries,
       collect(DISTINCT p.name) AS participants
  RETURN m.date, m.name, m.type, m.status, held_in, countries, participants
  ORDER BY m.date_lo, m.name
$$, $1) AS (date agtype, meeting agtype, type agtype, status agtype, place agtype,
            countries agtype, participants agtype);

EXECUTE kg_meetings_of_country(agtype_build_map('country', :'country'::text));
DEALLOCATE kg_meetings_of_country;
