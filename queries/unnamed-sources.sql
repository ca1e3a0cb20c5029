-- Claims attributed to unnamed sources, by outlet: a claim whose source is no named entity
-- ("Japanese government sources", "officials") counts for the outlet that published it (the
-- article's source), and one an outlet reports on an unnamed source's word ("Kyodo News
-- reported, citing officials") for that outlet. Per outlet: how many such claims, the unnamed
-- sources as written, and the articles; most claims first.
-- Variables: graph (default news).
--   psql "$URL" -f queries/unnamed-sources.sql
\ir lib/session.sql

SELECT * FROM cypher(:'graph', $$
  MATCH (a:Article)-[:REPORTS]->(c:Claim)
  OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(named)
  WITH a, c, named
  WHERE named IS NULL OR (label(named) = 'Organization' AND named.kind IN ['news', 'wire'] AND c.via IS NOT NULL)
  WITH a, c, CASE WHEN named IS NULL THEN coalesce(a.source, '(outlet not given)') ELSE named.name END AS outlet,
       CASE WHEN named IS NULL THEN c.source ELSE c.via END AS unnamed
  WITH outlet, count(c) AS claims, collect(DISTINCT unnamed) AS sources, collect(DISTINCT coalesce(a.file, a.key)) AS articles
  RETURN outlet, claims, sources, articles
  ORDER BY claims DESC, outlet
$$) AS (outlet agtype, claims agtype, unnamed_sources agtype, articles agtype);
