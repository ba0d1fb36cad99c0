// In a page (happy-dom, the default): the records the SDK's own code builds, as a site sends them to the log.
import type { ConsentState } from '@aufum/consent'
import { queueRecord } from '@aufum/consent/internal'
import { CONSENT_METHODS, type ConsentRecord } from '@aufum/consent/schema'
import { expect, test } from 'vitest'
import { validateRecord } from './validate.js'

/** The record the SDK queues for a decision made now by `method`. */
function recordOf(method: ConsentRecord['method']): ConsentRecord {
  const state: ConsentState = {
    status: 'decided',
    categories: { necessary: true, preferences: false, analytics: true, partners: false },
    id: 'c'.repeat(32),
    decidedAt: Date.now(),
    revision: 2,
    method,
  }
  const queue: ConsentRecord[] = []
  queueRecord(queue, state, '/privacy.html')
  return queue[0]!
}

test.each(CONSENT_METHODS)('stores the record of a %s decision that a page sends, as it was sent', (method) => {
  const sent = recordOf(method)
  const receivedAt = new Date()
  expect(validateRecord(JSON.parse(JSON.stringify(sent)), receivedAt)).toEqual({
    record: { ...sent, receivedAt: receivedAt.toISOString() },
  })
})

test('refuses a page that adds a field the SDK does not send, such as an IP address', () => {
  expect(validateRecord({ ...recordOf('custom'), ip: '203.0.113.7' }, new Date())).toEqual({
    error: 'a record holds only the fields id, decidedAt, revision, categories, method, language, policyUrl, pageUrl',
  })
})
