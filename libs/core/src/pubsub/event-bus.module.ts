import { Global, Module } from '@nestjs/common';
import { ViewerChanges } from '../auth/viewer-changes';
import { EventBus } from './event-bus';

/** Live events across processes; both the API and the worker publish, the API subscribes. */
@Global()
@Module({ providers: [EventBus, ViewerChanges], exports: [EventBus, ViewerChanges] })
export class EventBusModule {}
