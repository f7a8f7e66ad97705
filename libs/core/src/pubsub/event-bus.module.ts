import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';

/** Live events across processes; both the API and the worker publish, the API subscribes. */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventBusModule {}
