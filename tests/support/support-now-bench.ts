import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AppConfig, PlatformRole } from '@kindred/core';
import { FakePushService, type FakeSubscription } from '@kindred/notifications/fake-push-service';
import { allianceRunBy, joinAlliance } from './alliance-fixtures';
import { callAs, type TestAccount } from './api-client';
import { insertPerson } from './factories';
import { waitForListeners } from './live-channels';
import { percentile } from './percentile';
import { startTestApi } from './test-api';
import { startTestWorker } from './test-worker';

/** Milliseconds from the tap (the request sent) to each responder, sorted, with what never came. */
export interface ArrivalFigures {
  /** Arrivals not seen within ten seconds: reported, never hidden. */
  missed: number;
  samples: number[];
  p50: number;
  p99: number;
  max: number;
}

/** What one run measured, to each responder's live notice in the app and to their phone's push endpoint. */
export interface SupportNowFigures {
  alerts: number;
  /**
   * Live events are best effort (a Redis publish that misses its deadline is dropped; the
   * notification itself is stored and shown on the next read), so a loaded machine can lose some.
   */
  live: ArrivalFigures;
  /** Through the outbox, the worker's push job, VAPID signing and encryption, to a local push service. */
  push: ArrivalFigures;
}

function arrivalFigures(samples: number[], missed: number): ArrivalFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  return { missed, samples: sorted, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

const WATCH = 'subscription { myNotifications { kind subjectId } }';
/** Each person makes at most this many calls: the gentle rate limit allows ten an hour. */
const CALLS_PER_PERSON = 10;

/**
 * Time from "I need support now" to each of two consenting responders hearing it live and to
 * their phone's push endpoint, over `alerts` calls, through the real API and worker (in process,
 * on their own database and Redis prefix) and a local push service that verifies and decrypts
 * each push. Calls are made one after another and each is closed before the next: one person
 * in need at a time, as in life. Reports figures; asserts nothing about them.
 */
export async function measureSupportNow(alerts: number): Promise<SupportNowFigures> {
  const { app, env, stop } = await startTestApi('bench-support-now');
  const worker = await startTestWorker(env);
  const pushService = await FakePushService.start();
  const clients: Client[] = [];
  try {
    await app.listen(0, '127.0.0.1');
    const url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    const admin = await insertPerson(app, [PlatformRole.ADMIN]);
    const coordinator = await insertPerson(app);
    const allianceId = await allianceRunBy(app, admin, coordinator, 'Support now bench');
    const responders = [await insertPerson(app), await insertPerson(app)];
    const people: TestAccount[] = [];
    for (let index = 0; index < Math.ceil(alerts / CALLS_PER_PERSON); index += 1) people.push(await insertPerson(app));
    for (const person of [...responders, ...people]) await joinAlliance(app, person, coordinator, allianceId);
    for (const person of people) {
      for (const responder of responders) {
        const { inviteToCircle } = await callAs<{ inviteToCircle: { id: string } }>(
          app,
          person,
          'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
          {
            u: responder.userId,
          },
        );
        await callAs(app, responder, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
        await callAs(app, person, 'mutation($u: ID!) { chooseSupportResponder(userId: $u) { reachOnCall } }', { u: responder.userId });
        await callAs(app, responder, 'mutation($m: ID!) { answerSupportResponderAsk(memberId: $m, consent: true) { reachOnCall } }', { m: person.userId });
      }
    }

    const phones: FakeSubscription[] = [];
    for (const responder of responders) {
      const phone = pushService.newSubscription();
      await callAs(app, responder, 'mutation($s: PushSubscriptionInput!) { subscribeToPush(subscription: $s) { deviceCount } }', { s: phone });
      phones.push(phone);
    }
    const pushedFor = (callId: string) =>
      phones.flatMap((phone) => pushService.pushesTo(phone).filter((push) => (push.json as { url?: string } | null)?.url === `/support-now/${callId}`));

    const heardAt = new Map<string, number[]>();
    let notify: (() => void) | undefined;
    for (const responder of responders) {
      const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${responder.accessToken}` } });
      clients.push(client);
      client.subscribe(
        { query: WATCH },
        {
          next: (result) => {
            const notice = (result.data as { myNotifications?: { kind: string; subjectId: string } } | undefined)?.myNotifications;
            if (notice?.kind !== 'SUPPORT_NOW') return;
            heardAt.set(notice.subjectId, [...(heardAt.get(notice.subjectId) ?? []), performance.now()]);
            notify?.();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await waitForListeners(app.get(AppConfig).redisPrefix, `notifications.user.${responder.userId}`, 1);
    }

    const liveSamples: number[] = [];
    const pushSamples: number[] = [];
    let liveMissed = 0;
    let pushMissed = 0;
    for (let index = 0; index < alerts; index += 1) {
      const person = people[Math.floor(index / CALLS_PER_PERSON)]!;
      const tappedAt = performance.now();
      const { requestSupportNow } = await callAs<{ requestSupportNow: { id: string } }>(app, person, 'mutation { requestSupportNow { id } }');
      const deadline = Date.now() + 10_000;
      const arrived = () => (heardAt.get(requestSupportNow.id)?.length ?? 0) >= responders.length && pushedFor(requestSupportNow.id).length >= phones.length;
      while (!arrived() && Date.now() < deadline) {
        // A fresh promise each turn: one already settled would spin here without letting I/O in.
        await new Promise<void>((resolve) => {
          notify = resolve;
          setTimeout(resolve, 10);
        });
      }
      const heardHere = heardAt.get(requestSupportNow.id) ?? [];
      for (const at of heardHere) liveSamples.push(at - tappedAt);
      liveMissed += responders.length - heardHere.length;
      const pushedHere = pushedFor(requestSupportNow.id);
      for (const push of pushedHere) pushSamples.push(push.receivedAt - tappedAt);
      pushMissed += phones.length - pushedHere.length;
      await callAs(app, person, 'mutation($id: ID!) { closeSupportRequest(id: $id) { status } }', { id: requestSupportNow.id });
    }
    return { alerts, live: arrivalFigures(liveSamples, liveMissed), push: arrivalFigures(pushSamples, pushMissed) };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await worker.close();
    await pushService.stop();
    await stop();
  }
}
