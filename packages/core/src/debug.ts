export { auditConsent } from './audit/index.js'
