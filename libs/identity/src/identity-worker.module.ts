import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalDataModule } from '@kindred/core';
import { User } from './accounts/user.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditLog } from './audit/audit-log.service';
import { EmailToken } from './email-tokens/email-token.entity';
import { EmailTokens } from './email-tokens/email-tokens.service';
import { MailOutbox } from './mail/mail-outbox';
import { MailTransport, mailTransportProvider } from './mail/mail-transport';
import { OutgoingEmail } from './mail/outgoing-email.entity';
import { SendEmailJobHandler } from './mail/send-email.job-handler';
import { DataExport } from './privacy/data-export.entity';
import { DataExportJobHandler } from './privacy/data-export.job-handler';
import { EraseAccountJobHandler } from './privacy/erase-account.job-handler';
import { PeopleDirectory } from './people/people-directory';
import { IdentityPersonalData } from './privacy/identity-personal-data';
import { RefreshToken } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { ProfileIntroSource } from './profiles/profile-intro.source';
import { AccountStanding } from './standing/account-standing';

/**
 * Worker side of identity: sends queued emails, and runs data exports and account erasure
 * across every domain's `@PersonalData()` contributor (identity's own included).
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, Session, RefreshToken, EmailToken, OutgoingEmail, AuditEvent, DataExport]), PersonalDataModule],
  providers: [
    EmailTokens,
    mailTransportProvider,
    SendEmailJobHandler,
    AuditLog,
    IdentityPersonalData,
    DataExportJobHandler,
    EraseAccountJobHandler,
    MailOutbox,
    PeopleDirectory,
    ProfileIntroSource,
    AccountStanding,
  ],
  // For other domains' worker sides: queue an email to a person, read their settings and standing.
  exports: [MailOutbox, PeopleDirectory, AccountStanding, AuditLog, MailTransport],
})
export class IdentityWorkerModule {}
