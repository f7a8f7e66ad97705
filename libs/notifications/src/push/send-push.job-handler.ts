import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { PushDeliveryService, type PushRun } from './push-delivery.service';

/** Pushes one notification, staged by the Notifier with the notification itself. */
@Injectable()
export class SendPushJobHandler {
  constructor(private readonly delivery: PushDeliveryService) {}

  @HandlesJob('notifications.send-push')
  sendPush(data: JobPayloads['notifications.send-push']): Promise<PushRun> {
    return this.delivery.deliver(data.notificationId, new Date());
  }
}
