-- What every query in queries/ starts with (\ir lib/session.sql): stop at the first error,
-- the graph to query (-v graph=NAME, default news), and AGE loaded with its operators in reach.
\set ON_ERROR_STOP on
\if :{?graph}
\else
  \set graph news
\endif
LOAD 'age';
SET search_path = ag_catalog, "$user", public;
