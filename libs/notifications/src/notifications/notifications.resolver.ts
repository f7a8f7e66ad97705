import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { MyNotificationsArgs, NotificationConnection, NotificationObject } from './notification.types';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnection, { name: 'myNotifications', description: 'Your notifications, newest first.' })
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<NotificationObject>> {
    return this.notifications.mine(viewer, args);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of your notifications you have not read yet.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Marks your notifications read: the ones given, or all of them when ids are left out. Returns how many changed.',
  })
  markNotificationsRead(
    @Args('ids', { type: () => [ID], nullable: true, description: 'Your notifications to mark read (at most 100); leave out for all.' })
    ids: string[] | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return this.notifications.markRead(viewer, ids);
  }

  @SignedIn()
  @Subscription(() => NotificationObject, {
    name: 'myNotifications',
    description: 'Your new notifications as they arrive. Checked again for every one: you only ever receive your own.',
    resolve: (notification: NotificationObject) => notification,
  })
  watchMyNotifications(@CurrentViewer() viewer: Viewer): Promise<AsyncIterableIterator<NotificationObject>> {
    return this.notifications.watch(viewer);
  }
}
