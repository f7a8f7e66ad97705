import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@kindred/core';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { EmailVerificationService } from './accounts/email-verification.service';
import { PasswordHasher } from './accounts/password-hasher';
import { PasswordResetService } from './accounts/password-reset.service';
import { User } from './accounts/user.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditLogReader } from './audit/audit-log-reader.service';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditLog } from './audit/audit-log.service';
import { EmailToken } from './email-tokens/email-token.entity';
import { EmailTokens } from './email-tokens/email-tokens.service';
import { MailOutbox } from './mail/mail-outbox';
import { OutgoingEmail } from './mail/outgoing-email.entity';
import { AccountErasureService } from './privacy/account-erasure.service';
import { DataExport } from './privacy/data-export.entity';
import { DataExportsService } from './privacy/data-exports.service';
import { PrivacyResolver } from './privacy/privacy.resolver';
import { PeopleDirectory } from './people/people-directory';
import { PersonLookupResolver } from './people/person-lookup.resolver';
import { PersonLookup } from './people/person-lookup.service';
import { RolesResolver } from './roles/roles.resolver';
import { RolesService } from './roles/roles.service';
import { AccessTokens } from './sessions/access-tokens';
import { RefreshToken } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { SessionCookiesController } from './sessions/session-cookies.controller';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { TokenAuthenticator } from './sessions/token-authenticator';
import { WebSessionCookies } from './sessions/web-session-cookies';
import { LanguageNudges } from './language/language-nudges';
import { LanguageResolver } from './language/language.resolver';
import { MyProfileService } from './profiles/my-profile.service';
import { ProfileIntroService } from './profiles/profile-intro.service';
import { ProfileIntroSource } from './profiles/profile-intro.source';
import { ProfileResolver } from './profiles/profile.resolver';
import { AccountStanding } from './standing/account-standing';
import { AccountStandingResolver } from './standing/account-standing.resolver';
import { PostingGate } from './standing/posting-gate';

export const IDENTITY_ENTITIES = [User, Session, RefreshToken, EmailToken, OutgoingEmail, AuditEvent, DataExport];

/** API side of identity: accounts, sessions, roles, the audit log, and the Authenticator core's guard uses. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [SessionCookiesController],
  providers: [
    PasswordHasher,
    AccessTokens,
    AuditLog,
    EmailTokens,
    MailOutbox,
    SessionsService,
    WebSessionCookies,
    AccountsService,
    EmailVerificationService,
    PasswordResetService,
    RolesService,
    PeopleDirectory,
    AuditLogReader,
    PersonLookup,
    DataExportsService,
    AccountErasureService,
    AccountsResolver,
    SessionsResolver,
    RolesResolver,
    PersonLookupResolver,
    AuditLogResolver,
    PrivacyResolver,
    AccountStanding,
    PostingGate,
    LanguageNudges,
    ProfileIntroService,
    MyProfileService,
    ProfileIntroSource,
    AccountStandingResolver,
    LanguageResolver,
    ProfileResolver,
    { provide: Authenticator, useClass: TokenAuthenticator },
  ],
  exports: [Authenticator, AuditLog, PeopleDirectory, RolesService, AccountStanding, PostingGate, LanguageNudges],
})
export class IdentityModule {}
