import { RecoveryDomain } from '@kindred/recovery';
import { checkGoalDraft, checkStepDraft } from './plan-drafts';

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { field?: string } }).extensions.field;
  }
  return undefined;
};

describe('plan drafts', () => {
  it('trims a goal, and reads a blank why or no date as none', () => {
    expect(checkGoalDraft({ domain: RecoveryDomain.PEER_SUPPORT, title: '  Go to a peer group  ', why: '   ', dueOn: undefined })).toEqual({
      domain: RecoveryDomain.PEER_SUPPORT,
      title: 'Go to a peer group',
      why: null,
      dueOn: null,
    });
  });

  it('keeps a why of up to 2,000 characters and a title of up to 200', () => {
    const draft = checkGoalDraft({ domain: RecoveryDomain.MEANING_AND_PURPOSE, title: 't'.repeat(200), why: 'w'.repeat(2000), dueOn: '2026-06-01' });
    expect([draft.title.length, draft.why?.length, draft.dueOn]).toEqual([200, 2000, '2026-06-01']);
  });

  it('asks to keep an optional text short, rather than to give one', () => {
    expect(() => checkGoalDraft({ domain: RecoveryDomain.PEER_SUPPORT, title: 'Walk', why: 'w'.repeat(2001) })).toThrow(
      'Please keep why it matters under 2000 characters.',
    );
  });

  it('names the field that needs changing', () => {
    expect(fieldOf(() => checkGoalDraft({ domain: RecoveryDomain.PEER_SUPPORT, title: ' ' }))).toBe('title');
    expect(fieldOf(() => checkGoalDraft({ domain: RecoveryDomain.PEER_SUPPORT, title: 't'.repeat(201) }))).toBe('title');
    expect(fieldOf(() => checkGoalDraft({ domain: RecoveryDomain.PEER_SUPPORT, title: 'Walk', why: 'w'.repeat(2001) }))).toBe('why');
    expect(fieldOf(() => checkGoalDraft({ domain: 'SOMETHING_ELSE' as RecoveryDomain, title: 'Walk' }))).toBe('domain');
    expect(fieldOf(() => checkStepDraft({ title: 'Call the clinic', dueOn: 'next week' }))).toBe('dueOn');
    expect(fieldOf(() => checkStepDraft({ title: '' }))).toBe('title');
  });
});
