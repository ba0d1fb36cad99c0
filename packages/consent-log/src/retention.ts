import type { Store } from './store/index.js'

const DAY = 86_400_000
const BATCH = 1000

/**
 * Deletes every record received before `before`, in batches, so that a large deletion holds SQLite's write lock only
 * for moments and receivers keep storing.
 *
 * @param store Where the records are.
 * @param before An ISO 8601 time; records received before it go.
 * @param signal Stops between two batches once aborted.
 * @returns How many records it deleted.
 */
export async function pruneAll(store: Store, before: string, signal?: AbortSignal): Promise<number> {
  let total = 0
  for (let deleted = BATCH; deleted === BATCH && !signal?.aborted; total += deleted)
    deleted = await store.prune(before, BATCH)
  return total
}

/** Options of {@link retain}. */
export interface RetentionOptions {
  /** Records received more than this many days ago are deleted. */
  days: number
  /** How often to delete, in ms: a day unless told (tests make it short). */
  every?: number
  /** Where the line saying what was deleted goes. */
  log(line: string): void
}

/** Retention running: {@link retain}'s answer. */
export interface Retention {
  /** Settles when the run at start-up has ended. */
  started: Promise<void>
  /** Stops the daily runs, and resolves once a run in progress has finished its batch. */
  stop(): Promise<void>
}

/**
 * Deletes the records received more than `days` ago now, and then every day (`every`), logging each count.
 *
 * No run deletes a record being written. With SQLite, the store's one connection is synchronous: a batch runs between
 * two turns of the event loop, never inside a write's transaction. With PostgreSQL, each batch is a DELETE in a
 * transaction of its own, and a record being written was received now, inside the range no run ever deletes, so the
 * two take no lock on the same row.
 *
 * @param store Where the records are.
 * @param options How long to keep records, how often to run, where to log.
 * @returns The retention running, to stop before the store closes.
 */
export function retain(store: Store, options: RetentionOptions): Retention {
  const controller = new AbortController()
  let running: Promise<void> | undefined
  const run = () => {
    // A run still deleting (a large backlog, a slow database) goes on; the next one waits for the next tick.
    if (running || controller.signal.aborted) return running
    const before = new Date(Date.now() - options.days * DAY).toISOString()
    running = pruneAll(store, before, controller.signal)
      .then(
        (deleted) => options.log(`aufum-consent-log: retention deleted ${deleted} record(s) received before ${before}`),
        // A database that does not answer now may tomorrow; the receiver goes on storing meanwhile.
        (error: Error) =>
          options.log(`aufum-consent-log: retention failed, tried again at the next run: ${error.message}`),
      )
      .finally(() => {
        running = undefined
      })
    return running
  }
  const timer = setInterval(run, options.every ?? DAY)
  // The daily timer alone must not keep a stopping receiver's process alive.
  timer.unref()
  return {
    started: run() ?? Promise.resolve(),
    async stop() {
      clearInterval(timer)
      controller.abort()
      await running
    },
  }
}
