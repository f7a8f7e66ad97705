import { defineMessages } from '@kindred/core';

/** What mentorship says when it refuses: requests, places, breaks and coordinator support. */
export const MentorshipMessages = defineMessages({
  BREAK_END_RANGE: {
    en: 'A break ends in the future, within {days} days; leave it empty to be available again.',
    fr: 'Une pause se termine dans le futur, dans les {days} jours ; laissez vide pour être de nouveau disponible.',
  },
  MENTOR_NOT_AVAILABLE: {
    en: 'This mentor is not available right now. Your suggestions show others who may be.',
    fr: 'Ce ou cette mentor n’est pas disponible pour le moment. Vos suggestions montrent d’autres personnes qui le sont peut-être.',
  },
  MENTORSHIP_NOT_FOUND: {
    en: 'We could not find that mentorship.',
    fr: 'Nous ne trouvons pas ce mentorat.',
  },
  MENTOR_NO_FREE_PLACE: {
    en: '{taken} You can end a mentorship that has come to its close. {more}',
    fr: '{taken} Vous pouvez mettre fin à un mentorat arrivé à son terme. {more}',
  },
  MENTOR_ONE_PLACE_TAKEN: {
    en: 'Your one place is taken.',
    fr: 'Votre seule place est prise.',
  },
  MENTOR_ALL_PLACES_TAKEN: {
    en: 'All {count} of your places are taken.',
    fr: 'Vos {count} places sont toutes prises.',
  },
  MENTOR_MORE_PLACES_YOURSELF: {
    en: 'You can give yourself up to {limit} places in this alliance, or ask one of its coordinators for more.',
    fr: 'Vous pouvez vous donner jusqu’à {limit} places dans cette alliance, ou en demander davantage à l’une des personnes qui la coordonnent.',
  },
  MENTOR_MORE_PLACES_FROM_COORDINATOR: {
    en: 'One of the alliance’s coordinators can give you more places.',
    fr: 'L’une des personnes qui coordonnent l’alliance peut vous donner plus de places.',
  },
  CHOOSE_MENTOR_FROM_SUGGESTIONS: {
    en: 'Choose a mentor from your suggestions.',
    fr: 'Choisissez un ou une mentor parmi vos suggestions.',
  },
  MENTORSHIP_LABEL_INTRO: { en: 'a few words to the mentor', fr: 'quelques mots pour la personne mentor' },
  MENTORSHIP_LABEL_REASON: { en: 'a reason', fr: 'une raison' },
  MENTORSHIP_LABEL_NOTE: { en: 'a note', fr: 'un mot' },
  MENTOR_ALREADY_ASKED: {
    en: 'You have already asked this mentor, or they already mentor you.',
    fr: 'Vous avez déjà fait une demande à cette personne, ou elle vous accompagne déjà.',
  },
  MENTORSHIP_REQUEST_LIMIT: {
    en: 'You can ask up to {max} mentors at once. You can withdraw a request to ask someone else.',
    fr: 'Vous pouvez faire une demande à {max} mentors au plus à la fois. Vous pouvez retirer une demande pour en faire une à quelqu’un d’autre.',
  },
  MENTORING_PAUSED_HERE: {
    en: 'Your mentoring in this alliance is paused or has ended, so you cannot take on someone new there. A coordinator of the alliance can tell you more.',
    fr: 'Votre rôle de mentor dans cette alliance est en pause ou terminé : vous ne pouvez pas y accompagner quelqu’un de nouveau. Une personne qui coordonne l’alliance peut vous en dire plus.',
  },
  MENTORSHIP_REQUEST_NOT_WAITING: {
    en: 'This request is no longer waiting: it was withdrawn, expired, or another mentor was chosen.',
    fr: 'Cette demande n’est plus en attente : elle a été retirée, elle a expiré, ou une autre personne mentor a été choisie.',
  },
  MENTORSHIP_NOT_ENDABLE: {
    en: 'Only an active or paused mentorship can be ended.',
    fr: 'Seul un mentorat en cours ou en pause peut être terminé.',
  },
  MENTORSHIP_MOVED_ON: {
    en: 'This mentorship has moved on since you last looked; please refresh.',
    fr: 'Ce mentorat a changé depuis la dernière fois que vous l’avez regardé ; actualisez la page.',
  },
  MENTOR_PLACES_RANGE_CHOICE: {
    en: 'Please choose a number of places from 1 to {max}.',
    fr: 'Choisissez un nombre de places entre 1 et {max}.',
  },
  NOT_A_VETTED_MENTOR_HERE: {
    en: 'You are not a vetted mentor in that alliance.',
    fr: 'Vous n’êtes pas mentor validé·e dans cette alliance.',
  },
  VETTED_MENTOR_NOT_FOUND: {
    en: 'We could not find a vetted mentor with that id in this alliance.',
    fr: 'Nous ne trouvons pas de mentor validé·e avec cet identifiant dans cette alliance.',
  },
  OWN_PLACES_BELOW_TAKEN: {
    en: 'You mentor {taken} people now, so your places cannot go below {taken}. A place frees up when a mentorship comes to its close.',
    fr: 'Vous accompagnez {taken} personnes en ce moment : vos places ne peuvent pas descendre sous {taken}. Une place se libère quand un mentorat arrive à son terme.',
  },
  MENTOR_PLACES_BELOW_TAKEN: {
    en: 'This mentor has {taken} mentees now, so their places cannot go below {taken}.',
    fr: 'Cette personne mentor accompagne {taken} personnes en ce moment : ses places ne peuvent pas descendre sous {taken}.',
  },
  OWN_PLACES_COORDINATOR: {
    en: 'Like every mentor here, you can give yourself up to {limit} places. For more, please ask another coordinator of the alliance: nobody decides their own case.',
    fr: 'Comme toute personne mentor ici, vous pouvez vous donner jusqu’à {limit} places. Pour plus, demandez à une autre personne qui coordonne l’alliance : personne ne décide de son propre cas.',
  },
  OWN_PLACES_LIMIT: {
    en: 'You can give yourself up to {limit} places in this alliance. For more, please ask one of its coordinators: they can raise your number.',
    fr: 'Vous pouvez vous donner jusqu’à {limit} places dans cette alliance. Pour plus, demandez à l’une des personnes qui la coordonnent : elles peuvent augmenter votre nombre.',
  },
  MEMBERS_REPORT_THEIR_MENTOR: {
    en: 'Members report their mentor; mentors can ask the coordinator for help instead.',
    fr: 'Ce sont les membres qui signalent leur mentor ; les mentors peuvent plutôt demander de l’aide à la coordination.',
  },
  OWN_MENTORSHIP_HELP_REQUEST: {
    en: 'You can’t handle a request for help about your own mentorship; another coordinator will.',
    fr: 'Vous ne pouvez pas traiter une demande d’aide sur votre propre mentorat ; une autre personne de la coordination s’en chargera.',
  },
  NO_OPEN_HELP_REQUEST: {
    en: 'There is no open request for help on this mentorship.',
    fr: 'Il n’y a pas de demande d’aide en cours sur ce mentorat.',
  },
  SEE_MENTORSHIP_HELP_REQUESTS: {
    en: 'see its mentorships’ requests for help and reports',
    fr: 'voir les demandes d’aide et les signalements de ses mentorats',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  COORDINATOR_ASKED_TO_HELP: {
    en: 'Your coordinator has been asked to help.',
    fr: 'Nous avons demandé à votre coordinateur ou coordinatrice de vous aider.',
  },
  MENTOR_REPORT_RECEIVED: {
    en: 'Thank you. Your coordinator will look into it.',
    fr: 'Merci. Votre coordinateur ou coordinatrice va s’en occuper.',
  },
  HELP_REQUEST_HANDLED: {
    en: 'Marked as handled.',
    fr: 'Marqué comme traité.',
  },
});

/** Why a mentor is suggested, in the member's language; read beside the mentor's name. */
export const SuggestionReasonMessages = defineMessages({
  REASON_SPEAKS: { en: 'speaks {languages}', fr: 'parle {languages}' },
  REASON_SUPPORTED_WITH: {
    en: 'has supported people with {domains}',
    fr: 'a déjà accompagné d’autres personnes sur ces sujets : {domains}',
  },
  REASON_SIMILAR_PATHWAY: { en: 'has walked a similar recovery pathway', fr: 'a suivi un chemin de rétablissement proche du vôtre' },
  REASON_PREFERRED_GENDER: { en: 'matches your preference for a mentor', fr: 'correspond à ce que vous souhaitez chez une personne mentor' },
  REASON_AVAILABLE: { en: 'available on {when}', fr: 'disponible {when}' },
  REASON_SAME_ALLIANCE: { en: 'in your alliance, {alliance}', fr: 'dans votre alliance, {alliance}' },
  REASON_WHEN_WEEKDAY_MORNINGS: { en: 'weekday mornings', fr: 'en semaine, le matin' },
  REASON_WHEN_WEEKDAY_AFTERNOONS: { en: 'weekday afternoons', fr: 'en semaine, l’après-midi' },
  REASON_WHEN_WEEKDAY_EVENINGS: { en: 'weekday evenings', fr: 'en semaine, le soir' },
  REASON_WHEN_WEEKEND_MORNINGS: { en: 'weekend mornings', fr: 'le week-end, le matin' },
  REASON_WHEN_WEEKEND_AFTERNOONS: { en: 'weekend afternoons', fr: 'le week-end, l’après-midi' },
  REASON_WHEN_WEEKEND_EVENINGS: { en: 'weekend evenings', fr: 'le week-end, le soir' },
  REASON_DOMAIN_PHYSICAL_AND_MENTAL_HEALTH: { en: 'health', fr: 'santé' },
  REASON_DOMAIN_FAMILY_SOCIAL_SUPPORT_AND_LEISURE: { en: 'family and social life', fr: 'vie familiale et sociale' },
  REASON_DOMAIN_SAFE_HOUSING_AND_ENVIRONMENT: { en: 'housing', fr: 'logement' },
  REASON_DOMAIN_PEER_SUPPORT: { en: 'peer support', fr: 'entraide entre pairs' },
  REASON_DOMAIN_EMPLOYMENT_AND_LEGAL: { en: 'employment', fr: 'emploi' },
  REASON_DOMAIN_SKILLS_AND_EDUCATION: { en: 'skills and education', fr: 'compétences et formation' },
  REASON_DOMAIN_COMMUNITY_AND_CULTURE: { en: 'community life', fr: 'vie dans la communauté' },
  REASON_DOMAIN_MEANING_AND_PURPOSE: { en: 'meaning and purpose', fr: 'sens et projets de vie' },
});
