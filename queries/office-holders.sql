-- Who holds which office: each person's office title and its country, the date the holding was
-- stated as of (as_of), the first and last publication dates of the articles telling it
-- (first_seen, last_seen), and the evidence, one row per sentence, oldest first.
-- Variables: graph (default news); person (optional: a key such as person:hayashi-yoshimasa,
-- or any name form the articles wrote, any case; default everyone).
--   psql "$URL" -v person='Yoshimasa Hayashi' -f queries/office-holders.sql
\ir lib/session.sql
\if :{?person}
\else
  \set person ''
\endif

PREPARE kg_office_holders(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (p:Person)-[h:HOLDS]->(o:Office)
  UNWIND p.names AS form
  WITH p, h, o, form
  WHERE $person = '' OR p.key = $person OR toLower(form) = toLower($person)
  WITH DISTINCT p, h, o
  OPTIONAL MATCH (o)-[:OF]->(c:Country)
  UNWIND h.evidence AS e
  RETURN p.name, o.title, c.name, h.as_of, h.first_seen, h.last_seen, e.article, e.text
  ORDER BY p.name, h.first_seen_lo, o.title, e.article
$$, $1) AS (person agtype, office agtype, country agtype, as_of agtype, first_seen agtype,
            last_seen agtype, article agtype, sentence agtype);

EXECUTE kg_office_holders(agtype_build_map('person', :'person'::text));
DEALLOCATE kg_office_holders;
