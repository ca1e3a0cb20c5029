-- Meetings held in a city or a country: each meeting held in the place, or in any place of the
-- country, with its date, name, type, status, place, the countries it involves and the people
-- who attend it, by date (undated ones last).
-- Variables: graph (default news); place (a city or country name, any case, or a place key).
--   psql "$URL" -v place=Tokyo -f queries/meetings-in-place.sql
\ir lib/session.sql
\if :{?place}
\else
  DO $$ BEGIN RAISE EXCEPTION 'meetings-in-place.sql needs -v place=CITY (or a country, or a place key)'; END $$;
\endif

PREPARE kg_meetings_in_place(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (m:Meeting)-[:HELD_IN]->(place:Place)
  WHERE place.key = $place OR toLower(place.name) = toLower($place) OR toLower(place.country) = toLower($place)
  OPTIONAL MATCH (m)-[:INVOLVES]->(c:Country)
  OPTIONAL MATCH (p:Person)-[:ATTENDS]->(m)
  WITH m, place, collect(DISTINCT c.name) AS countries, collect(DISTINCT p.name) AS participants
  RETURN m.date, m.name, m.type, m.status, place.name, countries, participants
  ORDER BY m.date_lo, m.name
$$, $1) AS (date agtype, meeting agtype, type agtype, status agtype, place agtype, countries agtype,
            participants agtype);

EXECUTE kg_meetings_in_place(agtype_build_map('place', :'place'::text));
DEALLOCATE kg_meetings_in_place;
