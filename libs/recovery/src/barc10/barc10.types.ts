import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { InstrumentTranslationObject, RatingScaleLabelObject } from '../capital/instrument.types';

@ObjectType('Barc10Statement', { description: 'One of the ten BARC-10 statements.' })
export class Barc10StatementObject {
  @Field(() => Int, { description: 'Position, 1 to 10; answers are given in this order.' })
  number!: number;

  @Field(() => String, { description: 'The published English wording.' })
  text!: string;

  @Field(() => [InstrumentTranslationObject], { description: 'The statement in other languages (see `official`).' })
  translations!: InstrumentTranslationObject[];
}

@ObjectType('Barc10ReferencePoint', {
  description: 'A published research reference point, for information only: never a verdict about a person.',
})
export class Barc10ReferencePointObject {
  @Field(() => Int, { description: 'The total the study named (47).' })
  total!: number;

  @Field(() => String, { description: 'What the reference point means and does not mean, in English.' })
  explanation!: string;

  @Field(() => [InstrumentTranslationObject], { description: 'The explanation in other languages.' })
  translations!: InstrumentTranslationObject[];
}

@ObjectType('Barc10Questionnaire', {
  description: 'The Brief Assessment of Recovery Capital (BARC-10): ten statements, each answered from 1 to 6.',
})
export class Barc10QuestionnaireObject {
  @Field(() => String, { description: 'Version of the wording; stored with every assessment.' })
  version!: string;

  @Field(() => String, { description: 'The publication the statements come from.' })
  source!: string;

  @Field(() => [Barc10StatementObject], { description: 'The ten statements, in order.' })
  statements!: Barc10StatementObject[];

  @Field(() => [RatingScaleLabelObject], { description: 'The answer scale, 1 (strongly disagree) to 6 (strongly agree).' })
  scale!: RatingScaleLabelObject[];

  @Field(() => Int, { description: 'The lowest possible total (10).' })
  minimumTotal!: number;

  @Field(() => Int, { description: 'The highest possible total (60). Higher means more recovery capital.' })
  maximumTotal!: number;

  @Field(() => Barc10ReferencePointObject, { description: 'The published reference point, shown as information.' })
  referencePoint!: Barc10ReferencePointObject;
}

@ObjectType('Barc10Assessment', { description: 'One BARC-10 questionnaire you answered: a dated snapshot.' })
export class Barc10AssessmentObject {
  @Field(() => ID, { description: 'Identifier of the assessment.' })
  id!: string;

  @Field(() => Date, { description: 'When it was answered.' })
  takenAt!: Date;

  @Field(() => String, { description: 'Version of the statements that were answered.' })
  statementsVersion!: string;

  @Field(() => [Int], { description: 'The ten answers, 1 to 6, in statement order.' })
  answers!: number[];

  @Field(() => Int, { description: 'The total, 10 to 60: higher means more recovery capital.' })
  total!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How the total changed since the assessment before this one (positive: grew); null for the first.',
  })
  changeSincePrevious!: number | null;
}

export const Barc10AssessmentConnection = ConnectionType(Barc10AssessmentObject, 'Barc10Assessment', 'BARC-10 assessment');
