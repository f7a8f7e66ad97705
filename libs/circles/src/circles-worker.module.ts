import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { CIRCLE_ENTITIES } from './circles.module';
import { SendInvitationJobHandler } from './invitations/send-invitation.job-handler';
import { CirclesPersonalData } from './privacy/circles-personal-data';

/** Worker side of circles: emailing invitations, and its share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(CIRCLE_ENTITIES), IdentityWorkerModule, MessagingWorkerModule],
  providers: [SendInvitationJobHandler, CirclesPersonalData],
})
export class CirclesWorkerModule {}
