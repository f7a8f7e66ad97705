/**
 * BullMQ queue names. The values are stored in Redis keys: never rename one, add a new one.
 */
export enum QueueName {
  Default = 'default',
}
