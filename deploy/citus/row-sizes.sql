-- Bytes per row of the tables docs/scaling.md sizes: writes 100,000 rows shaped like the
-- platform's own into each table, reports heap, index and total bytes per row, and rolls back.
--
-- Run it once on a freshly migrated scratch database (never on production: it writes into the
-- real tables, as their owner, past row-level security). A rolled-back insert leaves its pages
-- behind, so a second run on the same database would count them: the script refuses it.
--   createdb baeumteo_sizes && for s in learners courses content history; do
--     for f in subgraphs/$s/migrations/*.sql; do psql -q -d baeumteo_sizes -f "$f"; done; done
--   psql -d baeumteo_sizes -f deploy/citus/row-sizes.sql
-- The shapes follow the code: statements as history's rules/statements.ts builds them, credentials
-- as long as a signed one (2,164 characters, random so they do not compress), argon2id hashes and
-- refresh-token hashes at their encoded lengths. Keys are random UUIDs inserted in random order,
-- so the indexes split pages as they do in production.
\set ON_ERROR_STOP on
\set rows 100000
begin;

do $$ begin
  if exists (select 1 from pg_tables where schemaname in ('learners', 'courses', 'content', 'history')
      and pg_relation_size(format('%I.%I', schemaname, tablename)) > 0 and tablename <> 'cities') then
    raise exception 'row-sizes.sql needs freshly migrated, empty tables: use a new scratch database';
  end if;
end $$;

-- The tenants are written by learners at its start, not by a migration.
insert into learners.cities (id, code, name_ko, name_en, kind, population, site_name, primary_color, locales)
values ('suwon', '41110', '수원시', 'Suwon', 'CITY', 1190000, '수원 배움터', '#1e5aa8', '{KO}')
on conflict do nothing;

insert into learners.learners (email, password_hash, display_name, birth_year)
select 'learner' || n || '@example.kr',
  '$argon2id$v=19$m=19456,t=2,p=1$' || repeat('s', 22) || '$' || repeat('h', 43),
  '김하늘', 1950 + n % 60
from generate_series(1, :rows) n;

insert into learners.residences (learner_id, city_id, "from")
select id, 'suwon', created_at from learners.learners;

insert into learners.sessions (learner_id, started_at, expires_at)
select id, now(), now() + interval '30 days' from learners.learners;

insert into learners.refresh_tokens (token_hash, session_id)
select encode(sha256(gen_random_uuid()::text::bytea), 'base64'), id from learners.sessions;

insert into learners.access_log (subject_id, actor_id, actor_role, action, ip, correlation_id)
select gen_random_uuid(), gen_random_uuid(), 'PROVINCE_ADMIN', 'READ_PROFILE', '203.0.113.' || n % 250,
  gen_random_uuid()::text
from generate_series(1, :rows) n;

-- One course of each city is enough for the foreign keys; the rows per table are what counts.
insert into courses.courses (id, city_id, title_ko, description_ko, category, format, capacity,
  selection, eligibility, application_opens_at, application_closes_at, starts_at, ends_at)
values ('00000000-0000-4000-8000-000000000001', 'suwon', '스마트폰으로 시작하는 디지털 생활', '설명',
  'VOCATIONAL', 'OFFLINE', 10000, 'FIRST_COME', 'ANYONE', now(), now() + interval '1 day',
  now() + interval '2 days', now() + interval '30 days');
insert into courses.class_sessions (id, course_id, starts_at, ends_at, format)
values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
  now(), now() + interval '2 hours', 'OFFLINE');

insert into courses.enrollments (city_id, course_id, learner_id, residence_city_id, status, applied_at, decided_at)
select 'suwon', '00000000-0000-4000-8000-000000000001', gen_random_uuid(), 'suwon', 'ENROLLED', now(), now()
from generate_series(1, :rows);

insert into courses.attendance (session_id, enrollment_id, city_id, present, recorded_by)
select '00000000-0000-4000-8000-000000000002', id, city_id, true, gen_random_uuid() from courses.enrollments;

-- Delivered rows: what the outbox holds for BAEUMTEO_OUTBOX_RETENTION_DAYS (payload cleared).
insert into courses.outbox (verb, city_id, payload, created_at, delivered_at)
select 'ENROLLED', 'suwon', null, now(), now() from generate_series(1, :rows);

insert into courses.access_log (subject_id, actor_id, actor_role, action, course_id, city_id, ip, correlation_id)
select gen_random_uuid(), gen_random_uuid(), 'CITY_STAFF', 'RECORD_ATTENDANCE',
  '00000000-0000-4000-8000-000000000001', 'suwon', '203.0.113.' || n % 250, gen_random_uuid()::text
from generate_series(1, :rows) n;

insert into content.contents (id, title_ko, description_ko, kind, provider, duration_minutes, level, category, languages, url)
values ('00000000-0000-4000-8000-000000000003', '생성형 AI 첫걸음', '설명', 'VIDEO', 'GSEEK', 90,
  'BEGINNER', 'VOCATIONAL', '{KO}', 'https://example.kr/v');
insert into content.content_progress (learner_id, content_id, position_seconds, completed_at)
select gen_random_uuid(), '00000000-0000-4000-8000-000000000003', 5400, now() from generate_series(1, :rows);

-- Records in the benchmark's verb mix (tests/bench/gen-history.ts): course events without an
-- object name, completions with the course title, content events with the content's.
insert into history.learning_records (id, learner_id, verb, occurred_at, city_id, residence_city_id,
  course_id, content_id, hours, category, source, statement)
select r.id, r.learner, r.verb::history.learning_verb, r.at, 'suwon', 'suwon',
  case when r.content then null else r.course end, case when r.content then r.course end,
  r.hours, case when r.hours > 0 then 'VOCATIONAL'::history.learning_category end,
  case when r.content then 'content' else 'courses' end,
  jsonb_build_object(
    'id', r.id,
    'actor', jsonb_build_object('objectType', 'Agent',
      'account', jsonb_build_object('homePage', 'https://baeumteo.gg.go.kr', 'name', r.learner)),
    'verb', jsonb_build_object('id', 'https://baeumteo.gg.go.kr/xapi/verbs/' || lower(r.verb),
      'display', jsonb_build_object('en', lower(r.verb))),
    'object', jsonb_build_object('objectType', 'Activity',
      'id', 'https://baeumteo.gg.go.kr/' || case when r.content then 'contents/' else 'courses/' end || r.course,
      'definition', case when r.verb = 'COMPLETED'
          then jsonb_build_object('name', jsonb_build_object('ko', '스마트폰으로 시작하는 디지털 생활', 'en', 'Digital life with a smartphone'))
        when r.content then jsonb_build_object('name', jsonb_build_object('ko', '생성형 AI 첫걸음')) end),
    'result', case when r.hours > 0 then jsonb_build_object('duration', 'PT' || r.hours || 'H') end,
    'context', jsonb_build_object('platform', 'baeumteo',
      'extensions', jsonb_build_object('tenant', 'suwon', 'residence', 'suwon', 'source', 'courses')),
    'timestamp', r.at)
from (
  select gen_random_uuid() as id, gen_random_uuid() as learner, gen_random_uuid() as course,
    now() - random() * interval '365 days' as at, v.verb, v.verb in ('PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE') as content,
    case v.verb when 'COMPLETED' then 24 when 'FINISHED_CONTENT' then 1.5 else 0 end as hours
  from generate_series(1, :rows) n,
    lateral (select case when x < 0.22 then 'APPLIED' when x < 0.40 then 'ENROLLED' when x < 0.43 then 'WAITLISTED'
      when x < 0.46 then 'CANCELLED' when x < 0.80 then 'ATTENDED' when x < 0.87 then 'COMPLETED'
      when x < 0.89 then 'NOT_COMPLETED' when x < 0.94 then 'PROGRESSED' when x < 0.98 then 'FINISHED_CONTENT'
      else 'JOINED_LIVE' end as verb from (select random() + n * 0 as x) d) v
) r;

insert into history.learner_years (residence_city_id, year, learner_id, days)
select 'suwon', 2026, gen_random_uuid(), set_bit(repeat('0', 366)::bit(366), n % 366, 1)
from generate_series(1, :rows) n;

insert into history.certificates (number, learner_id, holder_name, course_title, course_title_en, city_id,
  course_id, category, hours, credential, record_id, verification_code)
select 'GG-2026-41110-' || lpad(n::text, 6, '0'), gen_random_uuid(), '김하늘', '스마트폰으로 시작하는 디지털 생활',
  'Digital life with a smartphone', 'suwon', gen_random_uuid(), 'VOCATIONAL', 24,
  -- 2,164 characters that do not compress, like a signed credential.
  (select string_agg(md5(random()::text || n || i), '') from generate_series(1, 68) i),
  gen_random_uuid(), upper(substr(md5(random()::text), 1, 16))
from generate_series(1, :rows) n;

insert into history.holders (learner_id, name, updated_at)
select gen_random_uuid(), '김하늘', now() from generate_series(1, :rows);

insert into history.access_log (subject_id, actor_id, actor_role, action, ip, correlation_id)
select gen_random_uuid(), gen_random_uuid(), 'PROVINCE_ADMIN', 'READ_TRANSCRIPT', '203.0.113.' || n % 250,
  gen_random_uuid()::text
from generate_series(1, :rows) n;

select t.relid::regclass as "table", s.n as rows,
  round(pg_table_size(t.relid)::numeric / s.n) as "heap+toast B/row",
  round(pg_indexes_size(t.relid)::numeric / s.n) as "index B/row",
  round(pg_total_relation_size(t.relid)::numeric / s.n) as "total B/row"
from pg_stat_user_tables t,
  lateral (select (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %s', t.relid::regclass), false, true, '')))[1]::text::numeric as n) s
where t.schemaname in ('learners', 'courses', 'content', 'history') and s.n >= 1000
order by 1;

rollback;
