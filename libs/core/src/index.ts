export { AppConfig, ConfigurationError, type LogLevel, type RuntimeEnvironment } from './config/app-config';
export { ConfigModule } from './config/config.module';
export { loadConfigOrExit } from './config/load-config-or-exit';

export { AfterCommit, type AfterCommitTask } from './database/after-commit';
export { DatabaseModule } from './database/database.module';
export { dataSourceOptions, type DataSourceExtras, type MigrationClass } from './database/data-source-options';
export { CORE_MIGRATIONS } from './database/migrations';
export { defineQuery, definePersonStatement, registeredQueries, TypedQuery, type QueryDefinition, type RawRow } from './database/typed-query';
export { ensureDatabaseExists } from './database/ensure-database';
export { runMigrations } from './database/run-migrations';

export { createLogger } from './logging/create-logger';
export { LOGGER, LoggingModule } from './logging/logging.module';
export { PinoNestLogger } from './logging/pino-nest-logger';

export { REDIS, RedisModule } from './redis/redis.module';

export { EventBus, endingWithSource, type EventPayload } from './pubsub/event-bus';
export { EventBusModule } from './pubsub/event-bus.module';

export { QueueName } from './queue/queue-name';
export {
  FINISHED_WORK_RETENTION,
  JOB_CATALOGUE,
  SUPPORT_NOW_ESCALATION_MS,
  JOB_NAMES,
  REPEATABLE_JOBS,
  type AnnouncedJobName,
  type JobItem,
  type JobName,
  type JobOf,
  type JobPayloads,
} from './queue/job-catalogue';
export { HandlesJob } from './queue/job-handler.decorator';
export { JobQueue } from './queue/job-queue.service';
export { ChangeStamps } from './queue/change-stamps';
export { Outbox } from './queue/outbox.service';
export { OutboxMessage } from './queue/outbox-message.entity';
export { QueueModule } from './queue/queue.module';
export { QueueWorkerModule } from './queue/queue-worker.module';
export { JobSchedules, SCHEDULE_CHECK_MS } from './queue/job-schedules';
export { JobSchedulesHealthIndicator } from './queue/job-schedules.health';
export { QueueLagHealthIndicator } from './queue/queue-metrics';
export { KindredMetrics } from './metrics/kindred-metrics';
export { MetricsModule } from './metrics/metrics.module';
export { LOCK_DURATION_MS, STALLED_CHECK_MS } from './queue/job-dispatcher.processor';
export { REDIS_REQUEST_DEADLINE_MS, RedisUnavailableError, withinRedisDeadline } from './redis/redis-deadline';
export { PruneFinishedWorkHandler, type PruneReport } from './queue/prune-finished-work.handler';

export { ErrorCode } from './graphql/error-codes';
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, isLocale, localeFromAcceptLanguage, readerLocale, type Locale } from './i18n/locale';
export {
  defineMessages,
  placeholdersOf,
  registeredMessages,
  renderMessage,
  MessageCatalogueError,
  type MessageCatalogue,
  type MessageParam,
  type MessageParams,
  type UserMessage,
  type Wording,
} from './i18n/user-message';
export { CoreMessages } from './core.messages';
export { ErrorLanguage, inLanguage } from './graphql/error-language';
export {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  KindredError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthenticatedError,
  messageExtensions,
} from './graphql/errors';
export { ConnectionType, PageArgs, PageInfo, MAX_PAGE_SIZE, type Connection, type Edge } from './graphql/connection.types';
export { paginateByKeyset, type KeysetOrder } from './graphql/keyset-pagination';
export { mapConnection, mapConnectionInBatch } from './graphql/connection-mapping';
export type { GraphqlContext } from './graphql/graphql-context';
export { GRAPHQL_PATH, KindredGraphqlModule } from './graphql/graphql.module';
export { QUERY_LIMITS } from './graphql/query-limits';

export { HealthModule } from './health/health.module';
export type { ReadinessIndicator } from './health/readiness-indicator';

export { createHttpAdapter } from './http/create-http-adapter';
export { applyHttpHardening } from './http/http-hardening';
export { enableGracefulShutdown } from './http/graceful-shutdown';

export { PlatformRole, SELF_CHOSEN_ROLES } from './auth/platform-role';
export { hasAnyRole, type Viewer } from './auth/viewer';
export { Authenticator } from './auth/authenticator';
export { ViewerChanges, type ViewerChange } from './auth/viewer-changes';
export { ACCESS_RULE, Public, RequireRoles, SignedIn, UsePolicy, type AccessRule } from './auth/access-rule';
export type { Policy } from './auth/policy';
export { OwnCaseError, refuseOwnCase, type OwnCase } from './auth/own-case';
export { CurrentViewer, OptionalViewer, RequestContext } from './auth/current-viewer.decorator';
export { AccessControlModule } from './auth/access-control.module';
export { AccessRulesExplorer, type OperationAccess } from './auth/access-rules.explorer';
export { RateLimiter, type RateLimit } from './rate-limit/rate-limiter';
export { RateLimitModule } from './rate-limit/rate-limit.module';

export { ConcurrencyLimit, type ConcurrencyLimitOptions } from './concurrency/concurrency-limit';

export { PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from './privacy/personal-data';
export { PersonalDataRegistry, PersonalDataRegistryError } from './privacy/personal-data-registry';
export { PersonalDataModule } from './privacy/personal-data.module';
export { findPersonalDataGaps, PERSON_COLUMN_PATTERN } from './privacy/personal-data-coverage';
export { checkCurrencyCode, checkLanguageCodes, checkText, isUuid } from './validation/codes';
export { checkCalendarDate, todayIn, type CalendarDate } from './validation/calendar-date';
export { storableJson } from './validation/storable-text';

export { FieldCipher, FieldDecryptionError, type CipherContext } from './crypto/field-cipher';
export { CryptoModule } from './crypto/crypto.module';
export { EncryptedColumns, type EncryptedColumn, type RowKey } from './crypto/encrypted-columns';
export { EncryptedColumnRegistry, EncryptedColumnRegistryError, type ResolvedEncryptedColumn } from './crypto/encrypted-column-registry';
export { FieldKeyRotation, type ColumnRotationReport, type KeyRotationReport } from './crypto/field-key-rotation';
export { KeyRotationModule } from './crypto/key-rotation.module';
export type { FieldEncryptionKey } from './config/app-config';
export { AcknowledgementObject, acknowledged } from './graphql/acknowledgement.types';

export {
  ContentKind,
  ContentVisibility,
  ModeratedContent,
  itemAsContext,
  type ContextEntry,
  type ModeratedContentSource,
  type ModeratedItem,
} from './moderation/moderated-content';
export { ModeratedContentRegistry } from './moderation/moderated-content-registry';
export { ModeratedContentModule } from './moderation/moderated-content.module';
