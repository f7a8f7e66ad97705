import { Module } from '@nestjs/common';
import { MessageSentHandler } from './notifications/message-sent.handler';
import { MessagingPersonalData } from './privacy/messaging-personal-data';

/** Worker side of messaging: who to tell of a new message, and its share of export and erasure. */
@Module({ providers: [MessageSentHandler, MessagingPersonalData] })
export class MessagingWorkerModule {}
