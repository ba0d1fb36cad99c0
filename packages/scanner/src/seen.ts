import type { OtherOriginRequest, Pass, StoredItem } from './types.js'

/** Something seen in a pass, with the first page that showed it and every page that did. */
export interface Seen<T> {
  first: T
  page: string
  pages: string[]
}

function gather<T>(pass: Pass, list: (visit: Pass['visits'][number]) => T[], key: (value: T) => string) {
  const seen = new Map<string, Seen<T>>()
  for (const visit of pass.visits)
    for (const value of list(visit)) {
      const k = key(value)
      const entry = seen.get(k)
      if (!entry) seen.set(k, { first: value, page: visit.page, pages: [visit.page] })
      else if (!entry.pages.includes(visit.page)) entry.pages.push(visit.page)
    }
  return [...seen.values()]
}

/** The cookies and storage keys a pass saw, one entry per kind and name, in the order they appeared. */
export const itemsSeen = (pass: Pass): Seen<StoredItem>[] =>
  gather(
    pass,
    (visit) => visit.items,
    (item) => `${item.kind} ${item.name}`,
  )

/** A request's origin and path, without the query: what a report names it by. */
export const requestName = (url: string): string => {
  const { origin, pathname } = new URL(url)
  return origin + pathname
}

/** The requests to other origins a pass saw, one entry per origin and path, in the order they were made. */
export const requestsSeen = (pass: Pass): Seen<OtherOriginRequest>[] =>
  gather(
    pass,
    (visit) => visit.requests,
    (request) => requestName(request.url),
  )
