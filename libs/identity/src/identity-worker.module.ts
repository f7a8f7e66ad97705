import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './accounts/user.entity';
import { EmailToken } from './email-tokens/email-token.entity';
import { EmailTokens } from './email-tokens/email-tokens.service';
import { mailTransportProvider } from './mail/mail-transport';
import { OutgoingEmail } from './mail/outgoing-email.entity';
import { SendEmailJobHandler } from './mail/send-email.job-handler';

/** Worker side of identity: sends queued emails. */
@Module({
  imports: [TypeOrmModule.forFeature([User, EmailToken, OutgoingEmail])],
  providers: [EmailTokens, mailTransportProvider, SendEmailJobHandler],
})
export class IdentityWorkerModule {}
