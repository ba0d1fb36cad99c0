// The receiver as users run it: the CLI compiled from this source by tsc, each in a child process of its own.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
let outDir: string | undefined
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

/**
 * Compiles the CLI once per test file, under node_modules/.cache so that its imports resolve as from dist/; without
 * type checks, which `pnpm typecheck` runs. It imports the record's definition from the core's build.
 */
function cli(): string {
  if (outDir) return join(outDir, 'cli.js')
  if (!existsSync(join(PACKAGE, 'node_modules', '@aufum', 'consent', 'dist', 'schema.js')))
    throw new Error('the consent log imports @aufum/consent/schema from packages/core/dist: run `pnpm build` first')
  const cache = join(PACKAGE, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  outDir = mkdtempSync(join(cache, 'cli-'))
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', join(PACKAGE, 'tsconfig.json'), '--outDir', outDir, '--noCheck'])
  return join(outDir, 'cli.js')
}

/** A running `aufum-consent-log serve`. */
export interface Receiver {
  /** Its origin, e.g. http://127.0.0.1:41234. */
  url: string
  port: number
  child: ChildProcess
  /** What it has printed on stdout so far. */
  stdout(): string
  /** Sends the signal (SIGTERM unless told) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/**
 * Starts `aufum-consent-log serve` and waits until it listens.
 *
 * @param db The `--db` URL.
 * @param args More arguments; `--port 0` (a free port) unless they name one.
 */
export async function startReceiver(db: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Receiver> {
  const child = spawn(process.execPath, [cli(), 'serve', '--port', '0', '--db', db, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  let stdout = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk
      const listening = /http:\/\/[\d.]+:\d+/.exec(stdout)
      if (listening) resolve(listening[0])
    })
    child.once('exit', (code) => reject(new Error(`aufum-consent-log serve exited with ${code}: ${stderr}`)))
  })
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stdout: () => stdout,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill(signal)
      await exited
    },
  }
}

/** Runs the CLI to its end: its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli(), ...args],
      { env: { ...process.env, ...env }, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    )
  })
}

/** The records `aufum-consent-log export` writes, parsed; throws with its error output when it fails. */
export async function exported(db: string, ...args: string[]): Promise<Record<string, unknown>[]> {
  const { code, stdout, stderr } = await runCli(['export', '--db', db, ...args])
  if (code !== 0) throw new Error(`export exited with ${code}: ${stderr}`)
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}
