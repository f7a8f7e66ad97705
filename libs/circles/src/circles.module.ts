import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { MessagingModule } from '@kindred/messaging';
import { NotificationsModule } from '@kindred/notifications';
import { CircleMember } from './circles/circle-member.entity';
import { CircleSupporterRelationship } from './circles/circle-supporter.relationship';
import { CircleSupporters } from './circles/circle-supporters';
import { CirclesService } from './circles/circles.service';
import { SupportCircle } from './circles/support-circle.entity';
import { CirclesResolver } from './circles.resolver';
import { CircleInvitation } from './invitations/circle-invitation.entity';
import { InvitationsService } from './invitations/invitations.service';

export const CIRCLE_ENTITIES = [SupportCircle, CircleMember, CircleInvitation];

/** API side of support circles: the circle, its invitations and its supporters. */
@Module({
  imports: [TypeOrmModule.forFeature(CIRCLE_ENTITIES), IdentityModule, MessagingModule, ConsentModule, NotificationsModule],
  providers: [CirclesService, InvitationsService, CircleSupporterRelationship, CircleSupporters, CirclesResolver],
  exports: [CircleSupporters],
})
export class CirclesModule {}
