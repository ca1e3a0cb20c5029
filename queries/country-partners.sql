-- Which countries a country met most: every other country party to a meeting with it, with
-- how many meetings (and how many of them held rather than planned or postponed) and the
-- first and last of their dates, most meetings first.
-- Variables: graph (default news); country (a name, any case, or a key such as country:japan).
--   psql "$URL" -v country=Japan -f queries/country-partners.sql
\ir lib/session.sql
\if :{?country}
\else
  DO $$ BEGIN RAISE EXCEPTION 'country-partners.sql needs -v country=NAME (or a key)'; END $$;
\endif

PREPARE kg_country_partners(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (c:Country)<-[:INVOLVES]-(m:Meeting)-[:INVOLVES]->(other:Country)
  WHERE (c.key = $country OR toLower(c.name) = toLower($country)) AND other.key <> c.key
  WITH other, count(DISTINCT m) AS meetings,
       count(DISTINCT CASE WHEN m.status = 'held' THEN m END) AS held,
       min(m.date_lo) AS first, max(m.date_hi) AS last
  RETURN other.name, meetings, held, first, last
  ORDER BY meetings DESC, other.name
$$, $1) AS (country agtype, meetings agtype, held agtype, first agtype, last agtype);

EXECUTE kg_country_partners(agtype_build_map('country', :'country'::text));
DEALLOCATE kg_country_partners;
