export { IdentityModule } from './identity.module';
export { IdentityWorkerModule } from './identity-worker.module';
export { AuditLog, type AuditEntry } from './audit/audit-log.service';
export { AuditAction } from './audit/audit-action';
export { MailTransport } from './mail/mail-transport';
export { ERASED_DISPLAY_NAME } from './privacy/identity-personal-data';
export { PeopleDirectory, type PersonSummary } from './people/people-directory';
export { RolesService } from './roles/roles.service';
