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

// Version 2: what `stats` reads. consent_stats counts the records of each UTC day and each (language, page, revision,
// method, categories), kept by triggers in the transaction of every insert and delete, prune included, so that every
// receiver on one database reads the same counts. Distinct consent ids do not add up across days, so `visitors` is
// counted from the records, through an index that holds every column it reads; that index's first column also serves
// `page` and `prune`, so it replaces the one on received_at alone.
const STATS_TABLE = (count: string) => `
  CREATE TABLE consent_stats (
    day TEXT NOT NULL,
    language TEXT NOT NULL,
    page_url TEXT NOT NULL,
    revision INTEGER NOT NULL,
    method TEXT NOT NULL,
    categories TEXT NOT NULL,
    shard INTEGER NOT NULL,
    records ${count} NOT NULL,
    PRIMARY KEY (day, language, page_url, revision, method, categories, shard)
  );`
const WINDOW_INDEX = `
  CREATE INDEX consent_records_window ON consent_records (received_at, consent_id, language, page_url, revision);
  DROP INDEX consent_records_received_at;`
const SQLITE_DAY = (row: string) => `substr(${row}received_at, 1, 10)`
const POSTGRES_DAY = (row: string) => `to_char(${row}received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
const statsRow = (row: string, day: (row: string) => string) =>
  `day = ${day(row)} AND language = ${row}language AND page_url = ${row}page_url AND revision = ${row}revision
    AND method = ${row}method AND categories = ${row}categories`
const backfill = (day: string, shard: string) => `
  INSERT INTO consent_stats
    SELECT ${day}, language, page_url, revision, method, categories, ${shard}, count(*) FROM consent_records
    GROUP BY 1, 2, 3, 4, 5, 6, 7;`

const version2sqlite = `${STATS_TABLE('INTEGER')}${backfill(SQLITE_DAY(''), '0')}
  CREATE TRIGGER consent_stats_insert AFTER INSERT ON consent_records BEGIN
    INSERT INTO consent_stats VALUES
      (${SQLITE_DAY('NEW.')}, NEW.language, NEW.page_url, NEW.revision, NEW.method, NEW.categories, 0, 1)
      ON CONFLICT DO UPDATE SET records = records + 1;
  END;
  CREATE TRIGGER consent_stats_delete AFTER DELETE ON consent_records BEGIN
    UPDATE consent_stats SET records = records - 1 WHERE ${statsRow('OLD.', SQLITE_DAY)} AND shard = 0;
    DELETE FROM consent_stats WHERE ${statsRow('OLD.', SQLITE_DAY)} AND shard = 0 AND records = 0;
  END;${WINDOW_INDEX}`

// PostgreSQL's receivers insert in parallel: one row a day and choice would make them queue on its lock until each
// commit's fsync. Sixteen shards (by the record's number) let ten pooled connections pass each other.
const version2postgres = `${STATS_TABLE('BIGINT')}${backfill(POSTGRES_DAY(''), 'seq % 16')}
  CREATE FUNCTION consent_stats_count() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO consent_stats VALUES
        (${POSTGRES_DAY('NEW.')}, NEW.language, NEW.page_url, NEW.revision, NEW.method, NEW.categories, NEW.seq % 16, 1)
        ON CONFLICT (day, language, page_url, revision, method, categories, shard)
        DO UPDATE SET records = consent_stats.records + 1;
    ELSE
      UPDATE consent_stats SET records = records - 1 WHERE ${statsRow('OLD.', POSTGRES_DAY)} AND shard = OLD.seq % 16;
      DELETE FROM consent_stats WHERE ${statsRow('OLD.', POSTGRES_DAY)} AND shard = OLD.seq % 16 AND records = 0;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER consent_stats_count AFTER INSERT OR DELETE ON consent_records
    FOR EACH ROW EXECUTE FUNCTION consent_stats_count();${WINDOW_INDEX}`

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
