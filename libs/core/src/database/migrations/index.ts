import { CreateOutbox1763900000000 } from './1763900000000-create-outbox';
import { CreateSystemChecks1763900100000 } from './1763900100000-create-system-checks';
import { CreateIdentity1763910000000 } from './1763910000000-create-identity';
import { CreatePrivacy1763920000000 } from './1763920000000-create-privacy';
import { CreateAlliances1763930100000 } from './1763930100000-create-alliances';
import { CreateRecovery1763930200000 } from './1763930200000-create-recovery';
import { CreateMessaging1763940000000 } from './1763940000000-create-messaging';
import { CreateNotifications1763940100000 } from './1763940100000-create-notifications';
import { CreateModeration1763950000000 } from './1763950000000-create-moderation';
import { CreateCirclesAndConsent1763960000000 } from './1763960000000-create-circles-and-consent';
import { CreateMentorships1763970000000 } from './1763970000000-create-mentorships';
import { CreateSparks1763980000000 } from './1763980000000-create-sparks';
import { CreatePlans1763985000000 } from './1763985000000-create-plans';
import { CreateCheckinsAndMilestones1763990000000 } from './1763990000000-create-checkins-and-milestones';
import { CreateDiary1763995000000 } from './1763995000000-create-diary';
import { EncryptDataExports1764010000000 } from './1764010000000-encrypt-data-exports';
import { MentorPlacesAndFullMentors1764020000000 } from './1764020000000-mentor-places-and-full-mentors';
import { ConsentEndsAndSignatures1764040000000 } from './1764040000000-consent-ends-and-signatures';
import { OutboxCompletion1764050000000 } from './1764050000000-outbox-completion';
import { Barc10TotalNotNull1764090000000 } from './1764090000000-barc10-total-not-null';

/**
 * Every migration, oldest first. Add new ones at the end; never edit one that has shipped.
 */
export const MIGRATIONS = [
  CreateOutbox1763900000000,
  CreateSystemChecks1763900100000,
  CreateIdentity1763910000000,
  CreatePrivacy1763920000000,
  CreateAlliances1763930100000,
  CreateRecovery1763930200000,
  CreateMessaging1763940000000,
  CreateNotifications1763940100000,
  CreateModeration1763950000000,
  CreateCirclesAndConsent1763960000000,
  CreateMentorships1763970000000,
  CreateSparks1763980000000,
  CreatePlans1763985000000,
  CreateCheckinsAndMilestones1763990000000,
  CreateDiary1763995000000,
  EncryptDataExports1764010000000,
  MentorPlacesAndFullMentors1764020000000,
  ConsentEndsAndSignatures1764040000000,
  OutboxCompletion1764050000000,
  Barc10TotalNotNull1764090000000,
];
