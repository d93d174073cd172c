// `pnpm gen:history`: writes a synthetic province into history's tables on PostgreSQL, for
// `pnpm bench:history`. Residents live in the 31 cities in proportion to their population; a
// share of them learn, a few of them a lot; records follow the semesters (spring and autumn busy,
// winter and August quiet) over the past years, in a realistic mix of verbs, hours and categories.
// The statistics rollup is built from the records as ingestion would have kept it.
//   pnpm gen:history [--residents 1000000] [--records 10000000] [--years 3] [--replace]
// The database: BENCH_HISTORY_DATABASE_URL, or baeumteo_history_bench on the local server
// (created when missing). Generation runs inside PostgreSQL, a million records per step.
import { parseArgs } from 'node:util';
import { cities } from '@baeumteo/contracts';
import { startHistory } from '@baeumteo/history';
import { generateSigningKeys } from '@baeumteo/server';
import postgres from 'postgres';
import { historyBenchDatabase } from './historyDatabase.ts';

const { values } = parseArgs({
  options: {
    residents: { type: 'string', default: '1000000' },
    records: { type: 'string' },
    years: { type: 'string', default: '3' },
    replace: { type: 'boolean', default: false },
  },
});
const residents = Number(values.residents);
const records = Number(values.records ?? residents * 10);
const years = Number(values.years);
for (const [name, n] of Object.entries({ residents, records, years })) {
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`gen:history: --${name} must be a positive integer\n`);
    process.exit(2);
  }
}
const log = (line: string) => process.stdout.write(`${line}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const url = await historyBenchDatabase({ create: true });
// Migrations run as the services run them: start history once on the database.
const history = await startHistory({
  port: 0,
  host: '127.0.0.1',
  trust: {}, // started only to migrate: it answers no one
  location: { url },
  keys: generateSigningKeys(),
});
await history.stop();

const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const [{ n: existing }] =
    (await sql`select count(*)::bigint as n from history.learning_records`) as unknown as [{ n: string }];
  if (Number(existing) > 0 && !values.replace) {
    log(`gen:history: ${url} already holds ${existing} records; add --replace to write a new province.`);
    process.exit(2);
  }
  log(`gen:history: ${residents} residents, ${records} records over ${years} years into ${url}`);
  await sql`alter table history.learning_records disable trigger learning_records_append_only`;
  await sql`truncate history.learning_records, history.learner_years, history.city_days`;
  await sql`alter table history.learning_records enable trigger learning_records_append_only`;

  // Cities by cumulative population share, so that random() picks a city as people live.
  const total = cities.reduce((sum, c) => sum + c.population, 0);
  let cumulative = 0;
  const cityRows = cities.map((c) => {
    const from = cumulative / total;
    cumulative += c.population;
    return { id: c.id, from, to: cumulative / total };
  });
  await sql`drop table if exists gen_cities, gen_residents`;
  await sql`create unlogged table gen_cities (id text, p_from float8, p_to float8)`;
  await sql`insert into gen_cities ${sql(cityRows.map((c) => ({ id: c.id, p_from: c.from, p_to: c.to })))}`;
  await sql`create unlogged table gen_residents (n int primary key, learner_id uuid, city_id text)`;
  await sql`
    insert into gen_residents
    select s.n, md5('resident-' || s.n)::uuid, c.id
    from (select n, random() as r from generate_series(1, ${residents}) as n) s
    join gen_cities c on s.r >= c.p_from and s.r < c.p_to`;
  await sql`analyze gen_residents`;
  log(`  residents placed in 31 cities (${elapsed()})`);

  // Bulk load without the secondary indexes, then build them once.
  const indexes = [
    'learning_records_learner_idx',
    'learning_records_city_time_idx',
    'learning_records_time_idx',
  ];
  for (const name of indexes) await sql.unsafe(`drop index if exists history.${name}`);

  // Busy in spring (Mar-Jun) and autumn (Sep-Nov) semesters, quiet in winter and August.
  const monthWeights = [0.45, 0.55, 1, 1, 0.95, 0.8, 0.6, 0.5, 1, 0.95, 0.9, 0.5];
  const weightSum = monthWeights.reduce((a, b) => a + b, 0);
  const monthThresholds = monthWeights.slice(0, 11).map((_, i) => {
    return monthWeights.slice(0, i + 1).reduce((a, b) => a + b, 0) / weightSum;
  });
  const step = 1_000_000;
  for (let first = 1; first <= records; first += step) {
    const last = Math.min(records, first + step - 1);
    // About 40 % of residents ever learn, and among them a few learn far more (power law);
    // a month is drawn by its semester weight; verbs, hours and categories in plausible proportions.
    await sql`
      with picks as (
        select g as i,
          1 + floor(${residents} * 0.4 * power(random(), 1.7))::int as resident,
          random() as r_verb, random() as r_city, random() as r_cat, random() as r_hours,
          make_timestamptz(extract(year from now())::int - floor(random() * ${years})::int,
            1 + width_bucket(random(), ${sql.array(monthThresholds)}::float8[]), 1, 0, 0, 0, 'Asia/Seoul') as month_start,
          random() as r_day
        from generate_series(${first}::int, ${last}::int) as g
      ), dated as (
        select p.*, p.month_start + (p.month_start + interval '1 month' - p.month_start) * p.r_day as raw_at
        from picks p
      ), shaped as (
        select s.*, r.learner_id, r.city_id as residence,
          -- This year's months still to come belong to the oldest year instead.
          case when s.raw_at > now() then s.raw_at - make_interval(years => ${years}) else s.raw_at end as day,
          case
            when s.r_verb < 0.22 then 'APPLIED' when s.r_verb < 0.40 then 'ENROLLED'
            when s.r_verb < 0.43 then 'WAITLISTED' when s.r_verb < 0.46 then 'CANCELLED'
            when s.r_verb < 0.80 then 'ATTENDED' when s.r_verb < 0.87 then 'COMPLETED'
            when s.r_verb < 0.89 then 'NOT_COMPLETED' when s.r_verb < 0.94 then 'PROGRESSED'
            when s.r_verb < 0.98 then 'FINISHED_CONTENT' else 'JOINED_LIVE'
          end as verb,
          (array['ADULT_LITERACY','ACADEMIC_SUPPLEMENT','VOCATIONAL','CULTURE_ARTS','HUMANITIES',
                 'CIVIC_PARTICIPATION'])[1 + floor(power(s.r_cat, 1.3) * 6)::int] as category
        from dated s join gen_residents r on r.n = s.resident
      )
      insert into history.learning_records
        (id, learner_id, verb, occurred_at, city_id, residence_city_id, course_id, content_id, hours,
         category, source, statement)
      select md5('record-' || sh.i)::uuid, sh.learner_id, sh.verb::history.learning_verb,
        sh.day,
        case when sh.r_city < 0.85 or sh.verb in ('PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE')
          then case when sh.verb in ('PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE') then 'gyeonggi'
            else sh.residence end
          else (select id from gen_cities order by id offset floor(sh.r_city * 31)::int limit 1) end,
        sh.residence,
        case when sh.verb in ('PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE') then null
          else md5('course-' || (sh.i % 20000))::uuid end,
        case when sh.verb in ('PROGRESSED', 'FINISHED_CONTENT', 'JOINED_LIVE')
          then md5('content-' || (sh.i % 1785))::uuid end,
        case sh.verb when 'COMPLETED' then (array[6, 8, 10, 12, 16, 20, 24, 30, 40])[1 + floor(sh.r_hours * 9)::int]
          when 'FINISHED_CONTENT' then 0.5 + floor(sh.r_hours * 4) * 0.5 else 0 end,
        case when sh.verb in ('COMPLETED', 'NOT_COMPLETED', 'FINISHED_CONTENT')
          then sh.category::history.learning_category end,
        'gen:history',
        jsonb_build_object(
          'id', md5('record-' || sh.i)::uuid,
          'actor', jsonb_build_object('objectType', 'Agent', 'account',
            jsonb_build_object('homePage', 'https://baeumteo.gg.go.kr', 'name', sh.learner_id)),
          'verb', jsonb_build_object('id', 'https://baeumteo.gg.go.kr/xapi/verbs/' || lower(sh.verb)),
          'context', jsonb_build_object('platform', 'baeumteo',
            'extensions', jsonb_build_object('residence', sh.residence, 'source', 'gen:history')))
      from shaped sh`;
    log(`  records ${first.toLocaleString('en')}..${last.toLocaleString('en')} drawn (${elapsed()})`);
  }
  for (const name of indexes) {
    const definition = {
      learning_records_learner_idx: '(learner_id, occurred_at desc, id desc)',
      learning_records_city_time_idx: '(city_id, occurred_at)',
      learning_records_time_idx: '(occurred_at)',
    }[name];
    await sql.unsafe(`create index ${name} on history.learning_records using btree ${definition}`);
    log(`  index ${name} built (${elapsed()})`);
  }
  // The rollup as ingestion keeps it: each learner's active days per year (Korea time), and
  // per city and day the sums.
  await sql`
    insert into history.learner_years (residence_city_id, year, learner_id, days)
    select residence_city_id, extract(year from occurred_at at time zone 'Asia/Seoul')::int, learner_id,
      bit_or(set_bit(repeat('0', 366)::bit(366),
        extract(doy from occurred_at at time zone 'Asia/Seoul')::int - 1, 1))
    from history.learning_records
    where residence_city_id is not null and verb <> 'MOVED'
    group by 1, 2, 3`;
  await sql`
    insert into history.city_days (residence_city_id, day, enrollments, completions, not_completed, hours)
    select residence_city_id, (occurred_at at time zone 'Asia/Seoul')::date,
      count(*) filter (where verb = 'ENROLLED'), count(*) filter (where verb = 'COMPLETED'),
      count(*) filter (where verb = 'NOT_COMPLETED'), coalesce(sum(hours), 0)
    from history.learning_records
    where residence_city_id is not null and verb <> 'MOVED'
    group by 1, 2`;
  log(`  statistics rollup built (${elapsed()})`);
  await sql`vacuum analyze history.learning_records`;
  await sql`vacuum analyze history.learner_years`;
  await sql`vacuum analyze history.city_days`;
  await sql`drop table gen_cities, gen_residents`;
  const [summary] = (await sql`
    select (select count(*) from history.learning_records)::bigint as records,
      (select count(distinct learner_id) from history.learning_records)::bigint as learners,
      (select count(*) from history.learner_years)::bigint as rollup,
      pg_size_pretty(pg_total_relation_size('history.learning_records')) as size`) as unknown as [
    { records: string; learners: string; rollup: string; size: string },
  ];
  log(
    `gen:history: done in ${elapsed()}: ${summary.records} records of ${summary.learners} learners ` +
      `(${residents} residents), ${summary.rollup} rollup rows, records take ${summary.size}.`,
  );
} finally {
  await sql.end();
}
