/** Published by the worker when a check completes; carries the id only. */
export const SYSTEM_CHECK_COMPLETED = 'operations.system-check.completed';

export interface SystemCheckCompletedEvent {
  [key: string]: string;
  systemCheckId: string;
}
