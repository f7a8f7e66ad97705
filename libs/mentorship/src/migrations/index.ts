import { CreateMentorships1763970000000 } from './1763970000000-create-mentorships';
import { MentorPlacesAndFullMentors1764020000000 } from './1764020000000-mentor-places-and-full-mentors';
import { SuggestionReasonsAsData1764600000000 } from './1764600000000-suggestion-reasons-as-data';

/** The mentorship domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MENTORSHIP_MIGRATIONS = [CreateMentorships1763970000000, MentorPlacesAndFullMentors1764020000000, SuggestionReasonsAsData1764600000000];
