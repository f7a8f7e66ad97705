import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import type { MailTransport } from '@kindred/identity';
import { allianceRunBy } from './alliance-fixtures';
import type { TestAccount } from './api-client';
import { insertPerson } from './factories';
import { startTestApi } from './test-api';
import { startTestWorker } from './test-worker';

/** The API and the worker's real processors on one database, with an alliance and its coordinator. */
export interface AllianceScene {
  app: NestFastifyApplication;
  worker: TestingModule;
  dataSource: DataSource;
  coordinator: TestAccount;
  allianceId: string;
  /** Closes the worker, then the API (dropping its database). */
  stop: () => Promise<void>;
}

/** `mail` catches what the worker would email, for a test that follows an emailed link. */
export async function startAllianceScene(label: string, allianceName: string, mail?: MailTransport): Promise<AllianceScene> {
  const { app, env, stop } = await startTestApi(label);
  const worker = await startTestWorker(env, mail);
  const admin = await insertPerson(app, [PlatformRole.ADMIN]);
  const coordinator = await insertPerson(app);
  const allianceId = await allianceRunBy(app, admin, coordinator, allianceName);
  return {
    app,
    worker,
    dataSource: app.get(DataSource),
    coordinator,
    allianceId,
    stop: async () => {
      await worker.close();
      await stop();
    },
  };
}
