import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { allianceRunBy } from './alliance-fixtures';
import { createAccount, type TestAccount } from './api-client';
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

export async function startAllianceScene(label: string, allianceName: string): Promise<AllianceScene> {
  const { app, env, stop } = await startTestApi(label);
  const worker = await startTestWorker(env);
  const admin = await createAccount(app, [PlatformRole.ADMIN]);
  const coordinator = await createAccount(app);
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
