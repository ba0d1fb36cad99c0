// Types of static-server.mjs, for the end-to-end specs.
import type { IncomingMessage, Server } from 'node:http'

export declare const HOST: string
export declare function fileIn(base: string, rest: string): string | null
export interface StaticOptions {
  port: number
  file: (url: URL) => string | null
  routes?: Record<string, (url: URL, req: IncomingMessage) => [number, Record<string, string>, string]>
  html?: (html: string, url: URL, file: string) => string
  headers?: (file: string) => Record<string, string>
  gzip?: boolean
  tls?: { key: string | Buffer; cert: string | Buffer }
}
export declare function serveStatic(options: StaticOptions): Promise<Server>
