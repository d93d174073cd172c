-- The Citus layout of docs/scaling.md: which tables are distributed, by which column, in which
-- co-location group, and the checks that every shard kept the tables' row-level security and
-- append-only triggers.
--
-- When: once per database, on the Citus coordinator, after `pnpm migrate` has created the tables
-- and before the services take traffic there. As the owner of the tables (the migrations' role),
-- connected directly to the coordinator, never through PgBouncer:
--   psql "postgres://<owner>@<coordinator>:5432/<database>" -f deploy/citus/distribute.sql
--   psql ... -v with_courses=1 -f deploy/citus/distribute.sql   (the courses step, see below)
-- A table that already holds many rows is better moved with create_distributed_table_concurrently,
-- one table at a time outside a transaction (docs/scaling.md, "Moving history onto Citus").
-- Not run by CI: there is no Citus package on the machines CI runs on. Every later migration
-- that creates a table in a distributed schema needs its line added here and run the same way.
--
-- Before it distributes anything it checks the preconditions docs/scaling.md lists under
-- "Changes to make first" and stops, naming each one still missing; nothing is changed then.
-- history is distributed now. courses stays on one node until its changes are made and you pass
-- -v with_courses=1. learners and content are never distributed: if they share this database
-- they stay ordinary tables on the coordinator.
\set ON_ERROR_STOP on

do $$
begin
  if not exists (select 1 from pg_proc where proname = 'create_distributed_table') then
    raise exception 'this database has no Citus extension: CREATE EXTENSION citus (as a superuser) and add the workers first';
  end if;
end $$;
-- Which schemas this database holds, and which of them a run before already distributed.
select exists (select 1 from pg_namespace where nspname = 'history') as has_history,
  exists (select 1 from pg_namespace where nspname = 'courses') as has_courses,
  exists (select 1 from citus_tables where table_name::text = 'history.learning_records') as history_done,
  exists (select 1 from citus_tables where table_name::text = 'courses.courses') as courses_done
\gset

-- Settings the services depend on (ALTER SYSTEM on the coordinator, then reload): the tenant and
-- reader settings the services SET LOCAL must reach the workers, where row-level security is
-- evaluated, and the append-only triggers must be allowed on distributed tables.
do $$
begin
  if coalesce(current_setting('citus.propagate_set_commands', true), 'none') <> 'local' then
    raise exception 'set citus.propagate_set_commands = local first: without it the workers never see the services'' SET LOCAL baeumteo.tenant, and row-level security refuses their writes and hides rows from their reads';
  end if;
  if coalesce(current_setting('citus.enable_unsafe_triggers', true), 'off') not in ('on', 'true') then
    raise exception 'set citus.enable_unsafe_triggers = on first: the learning records and access logs keep their append-only triggers on every shard, and later migrations touching them need it too';
  end if;
end $$;

-- Unique indexes (primary keys included) that do not contain `col`: Citus refuses to distribute
-- a table by `col` while any exists, so they are listed all at once before anything changes.
create function pg_temp.unique_without(t regclass, col name) returns text language sql stable as $$
  select string_agg(i.indexrelid::regclass::text, ', ' order by i.indexrelid::regclass::text)
  from pg_index i
  where i.indrelid = t and i.indisunique and not exists (
    select 1 from pg_attribute a
    where a.attrelid = t and a.attname = col and a.attnum = any (i.indkey::int2[]))
$$;

-- Row-level security policies whose expressions read another table: Citus refuses them on
-- distributed tables (a shard cannot run a subquery against the other table's shards).
create function pg_temp.policies_with_subqueries(t regclass) returns text language sql stable as $$
  select string_agg(p.polname, ', ' order by p.polname)
  from pg_policy p
  where p.polrelid = t and (coalesce(pg_get_expr(p.polqual, t), '') ~* '\mselect\M'
    or coalesce(pg_get_expr(p.polwithcheck, t), '') ~* '\mselect\M')
$$;

-- Everything that stops `layout` ({"schema.table": {"by": "column"}, ...}) from being
-- distributed, raised at once, before anything changes.
create function pg_temp.assert_distributable(layout jsonb) returns void language plpgsql as $$
declare
  problems text;
begin
  select string_agg(problem, E'\n  ' order by problem) into problems
  from (
    select format('%s: no column %s', l.key, l.value ->> 'by') as problem
    from jsonb_each(layout) l
    where not exists (select 1 from pg_attribute a
      where a.attrelid = l.key::regclass and a.attname = l.value ->> 'by' and not a.attisdropped)
    union all
    select format('%s: unique without %s: %s', l.key, l.value ->> 'by', u.names)
    from jsonb_each(layout) l, lateral (select pg_temp.unique_without(l.key::regclass, (l.value ->> 'by')::name) as names) u
    where u.names is not null
    union all
    select format('%s: policies reading other tables: %s', l.key, q.names)
    from jsonb_each(layout) l, lateral (select pg_temp.policies_with_subqueries(l.key::regclass) as names) q
    where q.names is not null
  ) problems;
  if problems is not null then
    raise exception E'not distributable yet (docs/scaling.md, "Changes to make first"):\n  %', problems;
  end if;
end $$;

-- After distributing: every shard has its table's row-level security, policies and triggers
-- (Citus copies them when it creates the shards; a shard without them would accept what the
-- table refuses). run_command_on_shards opens its own connections, so this runs after COMMIT.
create function pg_temp.assert_shards_guarded(layout jsonb) returns void language plpgsql as $$
declare
  t text;
  expected text;
  missing text;
begin
  for t in select key from jsonb_each(layout) loop
    select c.relrowsecurity::text
        || '|' || (select count(*) from pg_policy p where p.polrelid = c.oid)
        || '|' || (select count(*) from pg_trigger g where g.tgrelid = c.oid and not g.tgisinternal)
      into expected from pg_class c where c.oid = t::regclass;
    -- run_command_on_shards puts each shard's name where the command says %s.
    select string_agg(format('%s shard %s: %s, expected %s', t, s.shardid, s.result, expected), E'\n  ')
      into missing
    from run_command_on_shards(t::regclass, $cmd$
      select c.relrowsecurity::text
          || '|' || (select count(*) from pg_policy p where p.polrelid = c.oid)
          || '|' || (select count(*) from pg_trigger g where g.tgrelid = c.oid and not g.tgisinternal)
      from pg_class c where c.oid = '%s'::regclass $cmd$) s
    where not s.success or s.result is distinct from expected;
    if missing is not null then
      raise exception E'shards without their table''s row-level security or triggers (row-level security|policies|triggers); keep the services off this database:\n  %', missing;
    end if;
  end loop;
end $$;

\if :history_done
\echo 'distribute.sql: history is distributed already.'
\elif :has_history
-- history: by learner. A transcript, a learner's certificates and their access log are one
-- shard each; the statistics' scans run on every shard at once, and co-location lets the
-- records and the learner-year bitmaps be unioned shard by shard. The daily sums are by city.
-- 64 shards: room for 16 workers before any shard has to be split.
\set history_layout '{"history.learning_records": {"by": "learner_id"}, "history.learner_years": {"by": "learner_id"}, "history.certificates": {"by": "learner_id"}, "history.holders": {"by": "learner_id"}, "history.access_log": {"by": "subject_id"}, "history.city_days": {"by": "residence_city_id"}, "history.category_days": {"by": "residence_city_id"}, "history.certificate_serials": {"by": "city_id"}}'
select pg_temp.assert_distributable(:'history_layout');

begin;
-- The learner group.
select create_distributed_table('history.learning_records', 'learner_id', shard_count => 64, colocate_with => 'none');
select create_distributed_table('history.learner_years', 'learner_id', colocate_with => 'history.learning_records');
select create_distributed_table('history.certificates', 'learner_id', colocate_with => 'history.learning_records');
select create_distributed_table('history.holders', 'learner_id', colocate_with => 'history.learning_records');
select create_distributed_table('history.access_log', 'subject_id', colocate_with => 'history.learning_records');
-- The city group: a few tens of thousands of rows a year, one row per city and day (and category).
select create_distributed_table('history.city_days', 'residence_city_id', shard_count => 32, colocate_with => 'none');
select create_distributed_table('history.category_days', 'residence_city_id', colocate_with => 'history.city_days');
select create_distributed_table('history.certificate_serials', 'city_id', colocate_with => 'history.city_days');
-- history.dead_letters stays an ordinary table on the coordinator: rare, never joined.
commit;
select pg_temp.assert_shards_guarded(:'history_layout');
\endif

\if :courses_done
\echo 'distribute.sql: courses is distributed already.'
\elif :has_courses
\if :{?with_courses}
-- courses: by the course's city (its tenant), so that an application (the course row, the
-- enrollment, its outbox rows) is one shard and one local transaction, and a city with a large
-- opening can be isolated on a shard and a node of its own. 31 cities: 32 shards.
\set courses_layout '{"courses.venues": {"by": "city_id"}, "courses.courses": {"by": "city_id"}, "courses.class_sessions": {"by": "city_id"}, "courses.enrollments": {"by": "city_id"}, "courses.attendance": {"by": "city_id"}, "courses.outbox": {"by": "city_id"}, "courses.access_log": {"by": "subject_id"}}'
select pg_temp.assert_distributable(:'courses_layout');

begin;
-- Foreign keys between tables distributed in one transaction need its shard commands on one
-- connection per worker.
set local citus.multi_shard_modify_mode to 'sequential';
-- Referenced tables first: a foreign key between distributed tables must join co-located shards.
select create_distributed_table('courses.venues', 'city_id', shard_count => 32, colocate_with => 'none');
select create_distributed_table('courses.courses', 'city_id', colocate_with => 'courses.venues');
select create_distributed_table('courses.class_sessions', 'city_id', colocate_with => 'courses.venues');
select create_distributed_table('courses.enrollments', 'city_id', colocate_with => 'courses.venues');
select create_distributed_table('courses.attendance', 'city_id', colocate_with => 'courses.venues');
select create_distributed_table('courses.outbox', 'city_id', colocate_with => 'courses.venues');
-- The access log is read by the learner it is about (coursesAccessLog): by subject.
select create_distributed_table('courses.access_log', 'subject_id', shard_count => 32, colocate_with => 'none');
commit;
select pg_temp.assert_shards_guarded(:'courses_layout');
\else
\echo 'distribute.sql: courses stays on one node (docs/scaling.md); pass -v with_courses=1 once its changes are made.'
\endif
\endif

select table_name, citus_table_type, distribution_column, colocation_id, shard_count
from citus_tables order by colocation_id, table_name::text;
