import { createECDH, randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { post } from '@kindred/test-support/api-client';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  PERSONAS,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { LiveListeners, settle, type Heard } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const MY_NOTIFICATIONS = '{ myNotifications(first: 50) { edges { node { id kind text subjectId readAt } } pageInfo { hasNextPage } } }';
const MARK_READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const SUBSCRIBE = 'subscription { myNotifications { id kind text } }';

const mistakeForSignedIn: Record<Persona, Outcome> = { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED' };

/**
 * Who may do what with notifications. Every operation is about the caller's own
 * notifications, so the matrix is "signed in"; what matters more is below it: the member's
 * notifications reach the member and nobody else, over HTTP and over graphql-ws.
 */
describe('authorization matrix: notifications', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  let notifier: Notifier;
  let url: string;
  /** The member's notifications, made before the matrix runs. */
  const memberNotificationIds: string[] = [];

  /** A device's keys as a browser gives them: a P-256 public key and a 16-byte secret. */
  const DEVICE_KEYS = (() => {
    const ecdh = createECDH('prime256v1');
    return { p256dh: ecdh.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };
  })();
  const SUBSCRIBE_TO_PUSH = 'mutation($s: PushSubscriptionInput!) { subscribeToPush(subscription: $s) { deviceCount } }';

  const graphql = async <T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}) => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('notifications-matrix'));
    personas = await createPersonas(app);
    notifier = app.get(Notifier, { strict: false });
    for (const kind of [NotificationKind.NEW_MESSAGE, NotificationKind.INVITATION]) {
      const created = await notifier.notify(app.get(DataSource).manager, { userId: personas.member.userId, kind, actorId: personas.otherMember.userId });
      if (!created) throw new Error('member notification not created');
      memberNotificationIds.push(created.id);
    }
    // A real socket for graphql-ws, on a free port of the loopback interface.
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'myNotifications', request: { query: MY_NOTIFICATIONS }, expect: signedInOnly },
    {
      operation: 'myNotifications (unread only)',
      request: { query: '{ myNotifications(first: 5, unreadOnly: true) { edges { cursor } } }' },
      expect: signedInOnly,
    },
    { operation: 'unreadNotificationCount', request: { query: '{ unreadNotificationCount }' }, expect: signedInOnly },
    // Another person's ids are ignored, not refused: a refusal would confirm that they exist.
    // (The member themself sends an unknown id, so their notifications stay unread for the tests below.)
    {
      operation: 'markNotificationsRead (the member’s ids)',
      request: (as) => ({ query: MARK_READ, variables: { ids: as === 'member' ? [MISSING_ID] : memberNotificationIds.slice(0, 1) } }),
      expect: signedInOnly,
    },
    { operation: 'myNotificationPreferences', request: { query: '{ myNotificationPreferences { kind inApp email } }' }, expect: signedInOnly },
    {
      operation: 'updateNotificationPreference',
      request: { query: 'mutation { updateNotificationPreference(kind: REMINDER, inApp: true, email: true) { kind email } }' },
      expect: signedInOnly,
    },
    { operation: 'myQuietHours', request: { query: '{ myQuietHours { start end timeZone } }' }, expect: signedInOnly },
    { operation: 'setQuietHours', request: { query: 'mutation { setQuietHours(start: "22:00", end: "07:00") { start end } }' }, expect: signedInOnly },
    {
      operation: 'setQuietHours (not a time)',
      request: { query: 'mutation { setQuietHours(start: "late", end: "07:00") { start } }' },
      expect: mistakeForSignedIn,
    },
    { operation: 'clearQuietHours', request: { query: 'mutation { clearQuietHours { ok } }' }, expect: signedInOnly },
    {
      operation: 'updateNotificationPreference (push, quiet hours kept)',
      request: {
        query: 'mutation { updateNotificationPreference(kind: SAFETY_ALERT, inApp: true, email: false, push: true, breakQuietHours: true) { push } }',
      },
      expect: signedInOnly,
    },
    {
      operation: 'updateNotificationPreference (breaking quiet hours for a kind that may not)',
      request: { query: 'mutation { updateNotificationPreference(kind: NEW_MESSAGE, inApp: true, email: false, breakQuietHours: true) { kind } }' },
      expect: mistakeForSignedIn,
    },
    { operation: 'myWebPushSettings', request: { query: '{ myWebPushSettings { applicationServerKey deviceCount } }' }, expect: signedInOnly },
    {
      operation: 'subscribeToPush',
      request: (as) => ({ query: SUBSCRIBE_TO_PUSH, variables: { s: { ...DEVICE_KEYS, endpoint: `https://push.example.org/${as}` } } }),
      expect: signedInOnly,
    },
    {
      operation: 'subscribeToPush (keys that cannot encrypt)',
      request: { query: SUBSCRIBE_TO_PUSH, variables: { s: { ...DEVICE_KEYS, p256dh: DEVICE_KEYS.auth, endpoint: 'https://push.example.org/broken' } } },
      expect: mistakeForSignedIn,
    },
    {
      operation: 'unsubscribeFromPush',
      request: (as) => ({
        query: 'mutation($e: String!) { unsubscribeFromPush(endpoint: $e) { deviceCount } }',
        variables: { e: `https://push.example.org/${as}` },
      }),
      expect: signedInOnly,
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });

  it('shows the member’s notifications to the member, and to nobody else', async () => {
    type Listed = { myNotifications: { edges: { node: { id: string; text: string } }[] } };
    const own = await graphql<Listed>(personas.member.accessToken, MY_NOTIFICATIONS);
    expect(own.myNotifications.edges.map((edge) => edge.node.id).sort()).toEqual([...memberNotificationIds].sort());
    expect(own.myNotifications.edges.map((edge) => edge.node.text)).toContain('You have a new message.');

    for (const persona of PERSONAS) {
      if (persona === 'anonymous' || persona === 'member') continue;
      const theirs = await graphql<Listed>(personas[persona].accessToken, MY_NOTIFICATIONS);
      const ids = theirs.myNotifications.edges.map((edge) => edge.node.id);
      for (const id of memberNotificationIds) expect(ids).not.toContain(id);
    }
  });

  it('lets nobody else mark the member’s notifications read', async () => {
    for (const persona of PERSONAS) {
      if (persona === 'anonymous' || persona === 'member') continue;
      const marked = await graphql<{ markNotificationsRead: number }>(personas[persona].accessToken, MARK_READ, { ids: memberNotificationIds });
      expect(marked.markNotificationsRead).toBe(0);
    }
    const count = await graphql<{ unreadNotificationCount: number }>(personas.member.accessToken, '{ unreadNotificationCount }');
    expect(count.unreadNotificationCount).toBe(memberNotificationIds.length);
  });

  describe('the myNotifications subscription over graphql-ws', () => {
    let listeners: LiveListeners;
    const listen = (accessToken: string | undefined): Promise<Heard> => listeners.listen(accessToken, SUBSCRIBE);
    const eventually = settle;

    beforeAll(() => {
      listeners = new LiveListeners(url);
    });

    afterAll(() => listeners.dispose());

    it('refuses an anonymous subscriber: the socket is closed before it can subscribe', async () => {
      const anonymous = await listen(undefined);
      await eventually(() => anonymous.ended);
      expect({ closeCode: anonymous.closeCode, results: anonymous.results }).toEqual({ closeCode: 4401, results: [] });
    });

    it('delivers each person’s new notifications to them only', async () => {
      const member = await listen(personas.member.accessToken);
      const other = await listen(personas.otherMember.accessToken);
      const admin = await listen(personas.admin.accessToken);
      // The server subscribes to Redis while handling the subscribe message: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const forMember = await notifier.notify(app.get(DataSource).manager, { userId: personas.member.userId, kind: NotificationKind.GRANT_DECISION });
      const forOther = await notifier.notify(app.get(DataSource).manager, { userId: personas.otherMember.userId, kind: NotificationKind.REMINDER });
      await eventually(() => member.results.length > 0 && other.results.length > 0);
      // Time for anything misrouted to arrive too.
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(member.results.map((result) => result.data)).toEqual([
        { myNotifications: { id: forMember!.id, kind: 'GRANT_DECISION', text: 'There is a decision about your grant application.' } },
      ]);
      expect(other.results.map((result) => result.data)).toEqual([{ myNotifications: { id: forOther!.id, kind: 'REMINDER', text: 'You have a reminder.' } }]);
      expect(admin.results).toEqual([]);
    });
  });
});
