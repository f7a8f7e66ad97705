import { defineMessages } from '@kindred/core';

/** What stories say when they refuse: writing, publishing and review. */
export const StoryMessages = defineMessages({
  STORY_NOT_FOUND: {
    en: 'We could not find that story.',
    fr: 'Nous ne trouvons pas ce récit.',
  },
  STORY_AUDIENCE: {
    en: 'You can publish to an alliance you belong to, or to everyone.',
    fr: 'Vous pouvez publier dans une alliance dont vous faites partie, ou pour tout le monde.',
  },
  STORY_PUBLIC_TO_EVERYONE: {
    en: 'Only a story to everyone on Kindred can also be shared on the public page. You could choose everyone, or keep it within your alliance.',
    fr: 'Seul un récit pour tout Kindred peut aussi être partagé sur la page publique. Vous pouvez choisir tout le monde, ou le garder dans votre alliance.',
  },
  STORY_WITHDRAWN: {
    en: 'This story was withdrawn; write a new one instead.',
    fr: 'Ce récit a été retiré ; écrivez-en plutôt un nouveau.',
  },
  STORY_LABEL_NOTE: { en: 'a note', fr: 'un mot' },
  STORY_LABEL_TITLE: { en: 'a title', fr: 'un titre' },
  STORY_LABEL_BODY: { en: 'your story', fr: 'votre récit' },
  STORY_DECLINE_NEEDS_NOTE: {
    en: 'Please tell the author kindly why the story is not published.',
    fr: 'Expliquez avec bienveillance à la personne pourquoi le récit n’est pas publié.',
  },
  OWN_STORY_REVIEW: {
    en: 'You can’t review your own story; another moderator will.',
    fr: 'Vous ne pouvez pas relire votre propre récit ; une autre personne de la modération s’en chargera.',
  },
  STORY_NOT_WAITING_FOR_REVIEW: {
    en: 'This story is not waiting for review.',
    fr: 'Ce récit n’attend pas de relecture.',
  },
  STORY_HELD_BY_MODERATION: {
    en: 'This story is held by moderation; decide its moderation case before publishing it.',
    fr: 'Ce récit est retenu par la modération ; tranchez son cas de modération avant de le publier.',
  },
});
