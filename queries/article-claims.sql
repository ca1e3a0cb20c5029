-- What an article claims and on whose word: each claim it reports, whether it is hedged (a
-- boolean), the source as the article words it, and the people or organizations it is
-- attributed to.
-- Variables: graph (default news); article (its file name, or its key article:FILE).
--   psql "$URL" -v article=000_da5abfb0f39ca616.txt -f queries/article-claims.sql
\ir lib/session.sql
\if :{?article}
\else
  DO $$ BEGIN RAISE EXCEPTION 'article-claims.sql needs -v article=FILE (or its key article:FILE)'; END $$;
\endif

PREPARE kg_article_claims(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (a:Article)-[:REPORTS]->(claim:Claim)
  WHERE a.file = $article OR a.key = $article
  OPTIONAL MATCH (claim)-[:ATTRIBUTED_TO]->(speaker)
  WITH claim, collect(speaker.name) AS attributed_to
  RETURN claim.key, claim.text, claim.hedged, claim.source, attributed_to
  ORDER BY claim.key
$$, $1) AS (claim agtype, text agtype, hedged agtype, source agtype, attributed_to agtype);

EXECUTE kg_article_claims(agtype_build_map('article', :'article'::text));
DEALLOCATE kg_article_claims;
