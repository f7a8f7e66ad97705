import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const text = (value: string) => ({ __typename: 'InstrumentTranslation', locale: 'fr', official: false, text: `fr ${value}` });
const questionnaire = {
  __typename: 'Barc10Questionnaire',
  version: 'v1',
  minimumTotal: 10,
  maximumTotal: 60,
  statements: Array.from({ length: 10 }, (_, index) => ({
    __typename: 'Barc10Statement',
    number: index + 1,
    text: `Statement ${index + 1}`,
    translations: [text(`s${index + 1}`)],
  })),
  scale: Array.from({ length: 6 }, (_, index) => ({
    __typename: 'RatingScaleLabel',
    value: index + 1,
    label: `Level ${index + 1}`,
    translations: [text(`l${index + 1}`)],
  })),
  referencePoint: { __typename: 'Barc10ReferencePoint', total: 47, explanation: 'A study named 47.', translations: [text('47')] },
};
const assessment = { __typename: 'Barc10Assessment', id: 'b1', total: 40, takenAt: '2026-12-01T10:00:00Z', changeSincePrevious: null };

describe('recovery capital', () => {
  it('invites a first BARC-10, asks for every answer, saves them and shows the chart', async () => {
    const recorded: unknown[] = [];
    let history: (typeof assessment)[] = [];
    renderSignedIn({
      path: '/recovery-capital',
      graphql: {
        RecoveryCapital: () => ({
          data: {
            barc10Statements: questionnaire,
            myRecoveryCapital: {
              __typename: 'RecoveryCapital',
              barc10History: { __typename: 'Barc10AssessmentConnection', edges: history.map((node) => ({ __typename: 'Barc10AssessmentEdge', node })) },
            },
          },
        }),
        RecordBarc10: ({ variables }) => {
          recorded.push(variables['answers']);
          history = [assessment];
          return { data: { recordBarc10: assessment } };
        },
      },
    });

    expect(await screen.findByRole('heading', { name: 'No answers yet' })).toBeInTheDocument();
    expect(screen.getByText(/It is not a pass mark/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText('A few statements still need an answer.')).toBeInTheDocument();
    expect(recorded).toEqual([]);

    for (let number = 1; number <= 10; number += 1) {
      const group = screen.getByRole('radiogroup', { name: `${number}. Statement ${number}` });
      await userEvent.click(within(group).getByRole('radio', { name: number % 2 ? '4 · Level 4' : '5 · Level 5' }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));

    expect(await screen.findByText('Thank you. Your answers are saved.')).toBeInTheDocument();
    expect(recorded).toEqual([[4, 5, 4, 5, 4, 5, 4, 5, 4, 5]]);
    expect(await screen.findByRole('heading', { name: 'Your BARC-10 totals over time' })).toBeInTheDocument();
    expect(screen.getByText('1 answer so far. The latest total is 40 of 60.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '40 of 60' })).toBeInTheDocument();
  });
});
