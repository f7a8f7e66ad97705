import { ContentCategory } from './content-category';
import { screenContent } from './screen-content';

describe('screenContent', () => {
  it.each([
    ['selling xanax, hit me up', ContentCategory.DRUG_SELLING],
    ['I know where you live', ContentCategory.HARASSMENT],
    ['only retards post here', ContentCategory.HARASSMENT],
    ['Click here to win: https://win-big.example.com', ContentCategory.SPAM],
  ])('holds "%s" for %s from the start', (text, category) => {
    const screening = screenContent(text);
    expect(screening.heldFor).toBe(category);
    expect(screening.forReview.map((finding) => finding.category)).toContain(category);
    expect(screening.crisis).toBe(false);
  });

  it('holds for the most severe finding', () => {
    expect(screenContent('selling xans, dm for prices at https://shop.example.com').heldFor).toBe(ContentCategory.DRUG_SELLING);
  });

  it('shows supportive words and stigmatizing words at once: the latter are a nudge only', () => {
    expect(screenContent('Proud of you for reaching out today.')).toEqual({ forReview: [], crisis: false, heldFor: null });
    expect(screenContent('She has been clean for a year now, the former addict.').heldFor).toBeNull();
  });

  it('never holds a crisis signal, even beside words a moderator should see', () => {
    expect(screenContent('I want to die, I cannot do this any more')).toEqual({ forReview: [], crisis: true, heldFor: null });
    const mixed = screenContent('I want to die tonight. anyone selling xanax?');
    expect(mixed.crisis).toBe(true);
    expect(mixed.heldFor).toBeNull();
    expect(mixed.forReview.map((finding) => finding.category)).toEqual([ContentCategory.DRUG_SELLING]);
  });
});
