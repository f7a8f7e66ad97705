import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentorGender, RecoveryPathway } from './recovery-preference.entity';
import { WeeklySlotInput, WeeklySlotObject } from './weekly-slot.types';

registerEnumType(RecoveryPathway, {
  name: 'RecoveryPathway',
  description: 'A way of recovering. Kindred does not judge the pathway; a person may name several.',
  valuesMap: {
    ABSTINENCE_BASED: { description: 'Recovery by stopping use altogether.' },
    MEDICATION_ASSISTED: { description: 'Recovery supported by prescribed medication, such as opioid agonist treatment.' },
    HARM_REDUCTION: { description: 'Making use safer and less of a problem, at the person’s own pace.' },
  },
});

registerEnumType(MentorGender, {
  name: 'MentorGender',
  description: 'The gender a person would prefer their peer mentor to be.',
  valuesMap: {
    WOMAN: { description: 'A woman.' },
    MAN: { description: 'A man.' },
    NON_BINARY: { description: 'A non-binary person.' },
  },
});

@ObjectType('RecoveryPreferences', {
  description: 'What you would like from matching with peers and mentors. Private: used for your own matches only.',
})
export class RecoveryPreferencesObject {
  @Field(() => [RecoveryPathway], { description: 'The pathways you follow or are open to.' })
  pathways!: RecoveryPathway[];

  @Field(() => MentorGender, { nullable: true, description: 'Preferred mentor gender; null means no preference.' })
  preferredMentorGender!: MentorGender | null;

  @Field(() => [String], { description: 'Languages you are comfortable in, as ISO 639-1 codes such as en or fr.' })
  languages!: string[];

  @Field(() => [WeeklySlotObject], { description: 'When you are usually available each week, by day and start time.' })
  availability!: WeeklySlotObject[];

  @Field(() => Date, { nullable: true, description: 'When you last changed them; null if you never have.' })
  updatedAt!: Date | null;
}

@InputType('RecoveryPreferencesInput', { description: 'Your preferences, replacing the previous ones as a whole.' })
export class RecoveryPreferencesInput {
  @Field(() => [RecoveryPathway], { description: 'The pathways you follow or are open to; may be empty.' })
  pathways!: RecoveryPathway[];

  @Field(() => MentorGender, { nullable: true, description: 'Preferred mentor gender; leave out or null for no preference.' })
  preferredMentorGender?: MentorGender | null;

  @Field(() => [String], { description: 'Up to 10 ISO 639-1 language codes, such as en or fr.' })
  languages!: string[];

  @Field(() => [WeeklySlotInput], { description: 'Up to 21 weekly windows; windows on one day may not overlap.' })
  availability!: WeeklySlotInput[];
}
