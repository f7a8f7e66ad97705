export { ConsentModule } from './consent.module';
export { ConsentWorkerModule } from './consent-worker.module';
export { ConsentGrants, grantsTopic } from './grants/consent-grants.service';
export { GranteeRelationship, type GranteeRelationshipProvider } from './grants/grantee-relationship';
export { SharingScope } from './grants/sharing-scope';
export { SHARING_ENDED } from './grants/sharing-ended';
export { REDISCLOSURE_NOTICE } from './disclosure/redisclosure-notice';
export { GranteesInForce } from './grants/grantees-in-force';

export { CONSENT_MIGRATIONS } from './migrations';
