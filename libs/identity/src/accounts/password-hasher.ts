import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppConfig, ConcurrencyLimit, RateLimitedError } from '@kindred/core';
import { IdentityMessages } from '../identity.messages';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration:
 * m = 19 MiB, t = 2, p = 1.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Every hash and check waits its turn in one queue per process: argon2 runs on the thread
 * pool everything else needs too (token checks, DNS, files), so a flood of sign-ins would
 * otherwise slow every request. Past a short wait, callers are asked to come back.
 */
@Injectable()
export class PasswordHasher {
  private readonly turns: ConcurrencyLimit;
  /** Verified against when an email is unknown, so the answer takes as long either way. */
  private readonly decoy: Promise<string>;

  constructor(config: AppConfig) {
    this.turns = new ConcurrencyLimit({
      concurrency: config.passwordHashing.concurrency,
      maxWaiting: config.passwordHashing.queue,
      whenFull: () => new RateLimitedError(1, IdentityMessages.PASSWORD_CHECKS_BUSY()),
    });
    this.decoy = argon2.hash('decoy password for unknown accounts', OPTIONS);
  }

  hash(password: string): Promise<string> {
    return this.turns.run(() => argon2.hash(password, OPTIONS));
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      const decoy = await this.decoy;
      await this.turns.run(() => argon2.verify(decoy, password));
      return false;
    }
    return this.turns.run(() => argon2.verify(hash, password));
  }
}
