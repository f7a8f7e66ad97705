import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AppConfig, PlatformRole } from '@kindred/core';
import { allianceRunBy, joinAlliance } from './alliance-fixtures';
import { callAs, type TestAccount } from './api-client';
import { insertPerson } from './factories';
import { waitForListeners } from './live-channels';
import { percentile } from './percentile';
import { startTestApi } from './test-api';

/** What one run measured: milliseconds from the tap (the request sent) to each responder's live notice. */
export interface SupportNowFigures {
  alerts: number;
  /**
   * Live alerts not heard within ten seconds. Live events are best effort (a Redis publish
   * that misses its deadline is dropped; the notification itself is stored and shown on the
   * next read), so a loaded machine can lose some: reported, never hidden.
   */
  missed: number;
  samples: number[];
  p50: number;
  p99: number;
  max: number;
}

const WATCH = 'subscription { myNotifications { kind subjectId } }';
/** Each person makes at most this many calls: the gentle rate limit allows ten an hour. */
const CALLS_PER_PERSON = 10;

/**
 * Time from "I need support now" to each of two consenting responders hearing it live, over
 * `alerts` calls, through the real API (in process, on its own database and Redis prefix).
 * Calls are made one after another and each is closed before the next: one person in need at
 * a time, as in life. Reports figures; asserts nothing about them.
 */
export async function measureSupportNow(alerts: number): Promise<SupportNowFigures> {
  const { app, stop } = await startTestApi('bench-support-now');
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

    const samples: number[] = [];
    let missed = 0;
    for (let index = 0; index < alerts; index += 1) {
      const person = people[Math.floor(index / CALLS_PER_PERSON)]!;
      const heard = new Promise<void>((resolve) => (notify = resolve));
      const tappedAt = performance.now();
      const { requestSupportNow } = await callAs<{ requestSupportNow: { id: string } }>(app, person, 'mutation { requestSupportNow { id } }');
      const deadline = Date.now() + 10_000;
      while ((heardAt.get(requestSupportNow.id)?.length ?? 0) < responders.length && Date.now() < deadline) {
        await Promise.race([heard, new Promise((resolve) => setTimeout(resolve, 50))]);
      }
      const heardHere = heardAt.get(requestSupportNow.id) ?? [];
      for (const at of heardHere) samples.push(at - tappedAt);
      missed += responders.length - heardHere.length;
      await callAs(app, person, 'mutation($id: ID!) { closeSupportRequest(id: $id) { status } }', { id: requestSupportNow.id });
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return { alerts, missed, samples: sorted, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await stop();
  }
}
