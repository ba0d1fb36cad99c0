// Records and requests, as the SDK and worse clients send them.
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import type { ConsentRecord } from '@aufum/consent/schema'
import sample from './record.json' with { type: 'json' }

/** A record as the SDK sends it, of a new consent id decided now, with `changes` applied. */
export const sdkRecord = (changes: Record<string, unknown> = {}) =>
  ({
    id: randomBytes(16).toString('hex'),
    decidedAt: new Date().toISOString(),
    ...sample,
    ...changes,
  }) as ConsentRecord

/** POSTs a body (a record as JSON unless a string) to `/consent`: the status and the parsed answer. */
export async function post(
  origin: string,
  body: unknown,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${origin}/consent`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  }
}

// Writes raw bytes to the server and collects its answer until `enough` says so, the connection closes, or 5 s pass.
function exchange(port: number, chunks: (string | Buffer)[], enough: (answer: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let answer = ''
    const socket = connect(port, '127.0.0.1', () => {
      for (const chunk of chunks) socket.write(chunk)
    })
    const done = () => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(5000, done)
    socket.on('data', (data) => {
      answer += data
      if (enough(answer)) done()
    })
    socket.on('error', done)
    socket.on('close', done)
  })
}

/**
 * Writes raw bytes to the server, as a broken or hostile client would, and resolves to the status line of the
 * answer (empty when the connection closes without one). Gives up after 5 s.
 */
export const raw = (port: number, ...chunks: (string | Buffer)[]): Promise<string> =>
  exchange(port, chunks, (answer) => answer.includes('\r\n')).then((answer) => answer.split('\r\n')[0] ?? '')

/** Writes raw bytes to the server and resolves to its whole answer, headers and body, once it closes the connection. */
export const rawAnswer = (port: number, ...chunks: (string | Buffer)[]): Promise<string> =>
  exchange(port, chunks, () => false)
