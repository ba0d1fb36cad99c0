/** One step of the schema, in the SQL of each database. */
export interface Migration {
  version: number
  sqlite: string
  postgres: string
}

/** The table that holds the schema's version: one row a step applied. */
export const SCHEMA_TABLE =
  'CREATE TABLE IF NOT EXISTS aufum_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)'

// Version 1 in both dialects, which differ only in the types of the row number and of times.
const version1 = (seq: string, time: string) => `
  CREATE TABLE consent_records (
    seq ${seq},
    consent_id TEXT NOT NULL,
    decided_at ${time} NOT NULL,
    received_at ${time} NOT NULL,
    revision INTEGER NOT NULL,
    method TEXT NOT NULL,
    categories TEXT NOT NULL,
    language TEXT NOT NULL,
    policy_url TEXT,
    page_url TEXT NOT NULL,
    UNIQUE (consent_id, decided_at, method, categories)
  );
  CREATE INDEX consent_records_received_at ON consent_records (received_at);`

// Version 2: what `stats` reads, so that it never scans the records. consent_stats holds, per UTC day and per
// (language, page, revision, method, categories), `records`, the decisions, and `visitors`, the consent ids whose
// decision in force (their newest by decided_at, then by seq) is one of those records. Both add up across days and
// across groups, so any window of whole days, and any `by`, is a sum over this table. consent_visitors remembers, per
// consent id, which record is in force and in which row it was counted. Triggers keep both in the transaction of
// every insert and delete (prune included), so every receiver on one database reads the same counts.
const GROUP_COLUMNS = `day TEXT NOT NULL,
    language TEXT NOT NULL,
    page_url TEXT NOT NULL,
    revision INTEGER NOT NULL,
    method TEXT NOT NULL,
    categories TEXT NOT NULL,
    shard INTEGER NOT NULL`
const GROUP = '(day, language, page_url, revision, method, categories, shard)'
const TABLES = (count: string) => `
  CREATE TABLE consent_stats (
    ${GROUP_COLUMNS},
    records ${count} NOT NULL,
    visitors ${count} NOT NULL,
    PRIMARY KEY ${GROUP}
  );
  CREATE TABLE consent_visitors (
    consent_id TEXT PRIMARY KEY,
    seq ${count} NOT NULL,
    ${GROUP_COLUMNS}
  );`

/** How one database spells a record's UTC day and its summary row's shard; `row` is `NEW.`, `OLD.` or a table's. */
export interface Spelling {
  day(row: string): string
  shard(row: string): string
}
/** SQLite's spelling of the summary's day and shard. */
export const SQLITE: Spelling = { day: (row) => `substr(${row}received_at, 1, 10)`, shard: () => '0' }
// PostgreSQL's receivers insert in parallel: one row a day and choice would make them queue on its lock until each
// commit's fsync. Shards (by the record's number) let a receiver's ten pooled connections pass each other.
const SHARDS = 8
/** PostgreSQL's spelling of the summary's day and shard. */
export const POSTGRES: Spelling = {
  day: (row) => `to_char(${row}received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  shard: (row) => `${row}seq % ${SHARDS}`,
}
const group = (spell: Spelling, row: string) =>
  `${spell.day(row)}, ${row}language, ${row}page_url, ${row}revision, ${row}method, ${row}categories, ${spell.shard(row)}`

// The triggers' statements, the same on both databases and for an insert as for a delete: the record is counted (or
// no longer), then the consent id's decision in force is looked up again among the records now stored; if it is
// another record than the one consent_visitors names, the visitor moves from that one's row to this one's. Each
// statement reads the table as it is, never what the previous record was, so a statement that stores or deletes many
// records at once (PostgreSQL runs row triggers after the whole statement) counts each visitor once.
const count = (spell: Spelling, row: 'NEW.' | 'OLD.') => {
  const id = `${row}consent_id`
  const newest = `(SELECT seq FROM consent_records WHERE consent_id = ${id} ORDER BY decided_at DESC, seq DESC LIMIT 1)`
  const counted = `(SELECT seq FROM consent_visitors WHERE consent_id = ${id})`
  const records =
    row === 'NEW.'
      ? `INSERT INTO consent_stats VALUES (${group(spell, 'NEW.')}, 1, 0)
      ON CONFLICT ${GROUP} DO UPDATE SET records = consent_stats.records + 1;`
      : `UPDATE consent_stats SET records = records - 1 WHERE ${GROUP} = (${group(spell, 'OLD.')});`
  return `
    ${records}
    UPDATE consent_stats SET visitors = visitors - 1 WHERE ${GROUP} = (SELECT ${GROUP.slice(1, -1)}
      FROM consent_visitors WHERE consent_id = ${id} AND seq IS DISTINCT FROM ${newest});
    INSERT INTO consent_stats SELECT ${group(spell, '')}, 0, 1 FROM consent_records
      WHERE seq = ${newest} AND seq IS DISTINCT FROM ${counted}
      ON CONFLICT ${GROUP} DO UPDATE SET visitors = consent_stats.visitors + 1;
    DELETE FROM consent_visitors WHERE consent_id = ${id} AND seq IS DISTINCT FROM ${newest};
    INSERT INTO consent_visitors SELECT consent_id, seq, ${group(spell, '')} FROM consent_records WHERE seq = ${newest}
      ON CONFLICT (consent_id) DO NOTHING;
    DELETE FROM consent_stats WHERE records = 0 AND ${GROUP} = (${group(spell, row)});`
}

// The records already stored, counted as the triggers would have: each ranked among its consent id's records, the
// first being the decision in force. (A join, never `seq IN (subquery)`: past PostgreSQL's work_mem, that subquery
// is scanned again for every record.)
const RANKED = `(SELECT *, row_number() OVER (PARTITION BY consent_id ORDER BY decided_at DESC, seq DESC) AS newest_first
    FROM consent_records) AS ranked`
const backfill = (spell: Spelling) => `
  INSERT INTO consent_stats
    SELECT ${group(spell, '')}, count(*), sum(CASE WHEN newest_first = 1 THEN 1 ELSE 0 END) FROM ${RANKED}
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO consent_visitors SELECT consent_id, seq, ${group(spell, '')} FROM ${RANKED} WHERE newest_first = 1;`

const version2sqlite = `${TABLES('INTEGER')}${backfill(SQLITE)}
  CREATE TRIGGER consent_stats_insert AFTER INSERT ON consent_records BEGIN${count(SQLITE, 'NEW.')}
  END;
  CREATE TRIGGER consent_stats_delete AFTER DELETE ON consent_records BEGIN${count(SQLITE, 'OLD.')}
  END;`

// Two receivers storing decisions of one consent id at once would each miss the other's uncommitted record: the lock
// on the consent id makes the second wait, and its statements then see the first's record (READ COMMITTED).
const version2postgres = `${TABLES('BIGINT')}${backfill(POSTGRES)}
  CREATE FUNCTION consent_stats_count() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM pg_advisory_xact_lock(hashtext(NEW.consent_id));${count(POSTGRES, 'NEW.')}
    ELSE
      PERFORM pg_advisory_xact_lock(hashtext(OLD.consent_id));${count(POSTGRES, 'OLD.')}
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER consent_stats_count AFTER INSERT OR DELETE ON consent_records
    FOR EACH ROW EXECUTE FUNCTION consent_stats_count();`

/**
 * The schema's history, oldest first. A receiver applies the steps past the database's version at start-up, in one
 * transaction with the version rows. A released step is never edited: a change is a new step.
 */
export const MIGRATIONS: Migration[] = [
  // The unique key is the de-duplication: the same decision (consent id, time, method, choices) is one row,
  // however often and by however many receivers it is stored. Its first column also serves lookups by consent id.
  // Categories are JSON with the names in order, so equal choices are equal text.
  {
    version: 1,
    sqlite: version1('INTEGER PRIMARY KEY', 'TEXT'),
    postgres: version1('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'TIMESTAMPTZ'),
  },
  { version: 2, sqlite: version2sqlite, postgres: version2postgres },
]

/** The schema version this receiver writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version

/**
 * Brings a database's schema up to {@link SCHEMA_VERSION}. The caller runs it inside one transaction that no other
 * receiver can enter at the same time.
 *
 * @param query Runs SQL of the database's dialect and resolves to the rows of a SELECT.
 * @param dialect Which SQL of each step to run.
 * @returns The version the database had before.
 */
export async function migrate(
  query: (sql: string) => Promise<{ version?: number | null }[]> | { version?: number | null }[],
  dialect: 'sqlite' | 'postgres',
): Promise<number> {
  await query(SCHEMA_TABLE)
  const current = (await query('SELECT max(version) AS version FROM aufum_schema'))[0]?.version ?? 0
  if (current > SCHEMA_VERSION)
    throw new Error(
      `the database's schema is version ${current}, newer than this aufum-consent-log (${SCHEMA_VERSION}): run the newer release`,
    )
  for (const step of MIGRATIONS.filter((m) => m.version > current)) {
    await query(step[dialect])
    await query(
      `INSERT INTO aufum_schema (version, applied_at) VALUES (${step.version}, '${new Date().toISOString()}')`,
    )
  }
  return current
}
