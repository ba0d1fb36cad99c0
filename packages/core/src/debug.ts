export { AUDIT_INTERVAL, auditConsent } from './audit/index.js'
