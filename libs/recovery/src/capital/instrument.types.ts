import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InstrumentTranslation', { description: 'A questionnaire text in another language.' })
export class InstrumentTranslationObject {
  @Field(() => String, { description: 'Language of the text: an ISO 639-1 code such as fr.' })
  locale!: string;

  @Field(() => String, { description: 'The translated text.' })
  text!: string;

  @Field(() => Boolean, {
    description: 'Whether this is a published, validated version of the instrument. When false, say so to the reader: it is Kindred’s own translation.',
  })
  official!: boolean;
}

@ObjectType('RatingScaleLabel', { description: 'What one point of a rating scale means.' })
export class RatingScaleLabelObject {
  @Field(() => Int, { description: 'The score.' })
  value!: number;

  @Field(() => String, { description: 'What the score means, in English.' })
  label!: string;

  @Field(() => [InstrumentTranslationObject], { description: 'The label in other languages.' })
  translations!: InstrumentTranslationObject[];
}
