-- Who met whom in a period: each pair of people attending the same meeting whose date falls in
-- the period (a month or year counts whole), with the meeting's date, name, status (held,
-- planned, postponed) and place, by date. Undated meetings fall in no period.
-- Variables: graph (default news); since, until (YYYY-MM-DD, YYYY-MM or YYYY).
--   psql "$URL" -v since=2021-12 -v until=2022-01 -f queries/who-met-whom.sql
\ir lib/session.sql
\if :{?since}
\else
  DO $$ BEGIN RAISE EXCEPTION 'who-met-whom.sql needs -v since=DATE and -v until=DATE (YYYY-MM-DD, YYYY-MM or YYYY)'; END $$;
\endif
\if :{?until}
\else
  DO $$ BEGIN RAISE EXCEPTION 'who-met-whom.sql needs -v until=DATE (YYYY-MM-DD, YYYY-MM or YYYY)'; END $$;
\endif

PREPARE kg_who_met_whom(agtype) AS
SELECT * FROM cypher(:'graph', $$
  MATCH (a:Person)-[:ATTENDS]->(m:Meeting)<-[:ATTENDS]-(b:Person)
  WHERE a.name < b.name AND m.date_hi >= $since_lo AND m.date_lo <= $until_hi
  OPTIONAL MATCH (m)-[:HELD_IN]->(place:Place)
  RETURN m.date, a.name, b.name, m.name, m.status, coalesce(place.name, m.place)
  ORDER BY m.date_lo, m.name, a.name, b.name
$$, $1) AS (date agtype, person agtype, met agtype, meeting agtype, status agtype, place agtype);

EXECUTE kg_who_met_whom(agtype_build_map('since_lo', public.kg_first_day(:'since'),
                                         'until_hi', public.kg_last_day(:'until')));
DEALLOCATE kg_who_met_whom;
