export { IdentityModule } from './identity.module';
export { IdentityWorkerModule } from './identity-worker.module';
export { AuditLog, type AuditEntry } from './audit/audit-log.service';
export { AuditAction } from './audit/audit-action';
export { MailTransport } from './mail/mail-transport';
export { ERASED_DISPLAY_NAME } from './privacy/identity-personal-data';
export { PeopleDirectory, type PersonSettings, type PersonSummary } from './people/people-directory';
export { RolesService } from './roles/roles.service';
export { MailOutbox } from './mail/mail-outbox';
export { EmailTemplate } from './mail/outgoing-email.entity';
export type { Locale } from './accounts/user.entity';
export { AccountStanding, ACCOUNT_SUSPENDED, type Standing } from './standing/account-standing';
export { PostingGate, screenedChange, TRUST_LIMIT, type Screening, type Trust } from './standing/posting-gate';
export { TrustLevel, TRUST_LEVELS } from './standing/trust-levels';
export { LanguageNudges } from './language/language-nudges';
export { LanguageSuggestionObject } from './language/language-suggestion.types';
export { heldReasonText } from './language/held-reason';
export { hashToken, newOpaqueToken } from './sessions/opaque-token';
/** Opens a session without a password check: for test data factories (tests/support/factories.ts). */
export { SessionsService } from './sessions/sessions.service';

export { IDENTITY_MIGRATIONS } from './migrations';
