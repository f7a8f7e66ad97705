import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn, type Viewer } from '@kindred/core';
import { Barc10AssessmentObject, Barc10QuestionnaireObject } from './barc10.types';
import type { Barc10Snapshot } from './barc10.service';
import { Barc10Service } from './barc10.service';
import {
  BARC10_MAX_TOTAL,
  BARC10_MIN_TOTAL,
  BARC10_REFERENCE_POINT,
  BARC10_SCALE,
  BARC10_SOURCE,
  BARC10_STATEMENTS,
  BARC10_VERSION,
} from './barc10-statements';

export function toBarc10Object({ assessment, changeSincePrevious }: Barc10Snapshot): Barc10AssessmentObject {
  return {
    id: assessment.id,
    takenAt: assessment.takenAt,
    statementsVersion: assessment.statementsVersion,
    answers: assessment.answers,
    total: assessment.total,
    changeSincePrevious,
  };
}

const QUESTIONNAIRE: Barc10QuestionnaireObject = {
  version: BARC10_VERSION,
  source: BARC10_SOURCE,
  statements: BARC10_STATEMENTS.map((statement) => ({ ...statement, translations: [...statement.translations] })),
  scale: BARC10_SCALE.map((label) => ({ ...label, translations: [...label.translations] })),
  minimumTotal: BARC10_MIN_TOTAL,
  maximumTotal: BARC10_MAX_TOTAL,
  referencePoint: { ...BARC10_REFERENCE_POINT, translations: [...BARC10_REFERENCE_POINT.translations] },
};

@Resolver(() => Barc10AssessmentObject)
export class Barc10Resolver {
  constructor(private readonly barc10: Barc10Service) {}

  @Public('the published BARC-10 questionnaire text: freely available, no personal data, readable before joining')
  @Query(() => Barc10QuestionnaireObject, { description: 'The BARC-10 statements, answer scale and published reference point.' })
  barc10Statements(): Barc10QuestionnaireObject {
    return QUESTIONNAIRE;
  }

  @SignedIn()
  @Mutation(() => Barc10AssessmentObject, { description: 'Records your answers to the BARC-10, as a dated snapshot only you can read.' })
  async recordBarc10(
    @CurrentViewer() viewer: Viewer,
    @Args('answers', { type: () => [Int], description: 'Ten answers, each 1 (strongly disagree) to 6 (strongly agree), in statement order.' })
    answers: number[],
    @Args('takenAt', { type: () => Date, nullable: true, description: 'When you answered, if not now. Never in the future.' })
    takenAt?: Date | null,
  ): Promise<Barc10AssessmentObject> {
    return toBarc10Object(await this.barc10.record(viewer, answers, takenAt));
  }
}
