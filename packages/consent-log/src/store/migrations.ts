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
