import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule, createLogger, DatabaseModule, EventBusModule, loadConfigOrExit, LoggingModule, PlatformRole } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditLog } from '../audit/audit-log.service';
import { RolesService } from './roles.service';

/**
 * `npm run grant-role -- <email> <ROLE>`: how an operator appoints the first administrator
 * (later ones are appointed in the app). Audited like any role change, with no actor.
 */
async function main(): Promise<void> {
  const [email, role] = process.argv.slice(2);
  if (!email || !role || !(Object.values(PlatformRole) as string[]).includes(role)) {
    process.stderr.write(`Usage: npm run grant-role -- <email> <${Object.values(PlatformRole).join('|')}>\n`);
    process.exit(64);
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'migrate');

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      LoggingModule.forRoot(logger),
      DatabaseModule.forRoot(config, 'worker'),
      TypeOrmModule.forFeature([User, AuditEvent]),
      // RolesService tells live connections when a role is taken away; granting announces nothing.
      EventBusModule,
    ],
    providers: [AuditLog, RolesService],
  })
  class GrantRoleModule {}

  const app = await NestFactory.createApplicationContext(GrantRoleModule, { logger: false });
  try {
    const user = await app.get(DataSource).getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    if (!user) {
      process.stderr.write('No account has that email address.\n');
      process.exitCode = 1;
      return;
    }
    const updated = await app.get(RolesService).grant(user.id, role as PlatformRole, null, null);
    process.stdout.write(`Roles of ${user.id}: ${updated.roles.join(', ')}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not grant the role: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
