import { defineMessages } from '@kindred/core';

/** What operations say when they refuse. */
export const OperationsMessages = defineMessages({
  SYSTEM_CHECK_NOT_FOUND: {
    en: 'We could not find that system check.',
    fr: 'Nous ne trouvons pas cette vérification du système.',
  },
});
