import { inflectedForms } from './inflections';

describe('inflectedForms', () => {
  it('adds English plurals and possessives', () => {
    expect(inflectedForms('addict', 'en')).toEqual(['addict', 'addicts', "addict's", "addicts'"]);
  });

  it('follows English spelling rules for -y, -ie and sibilant endings', () => {
    expect(inflectedForms('junky', 'en')).toContain('junkies');
    expect(inflectedForms('junkie', 'en')).toContain('junkies');
    expect(inflectedForms('druggie', 'en')).toContain('druggies');
    expect(inflectedForms('fix', 'en')).toContain('fixes');
    expect(inflectedForms('crash', 'en')).toContain('crashes');
    expect(inflectedForms('junky', 'en')).not.toContain('junkys');
  });

  it('inflects only the last word of a phrase', () => {
    expect(inflectedForms('drug abuser', 'en')).toEqual(['drug abuser', 'drug abusers', "drug abuser's", "drug abusers'"]);
  });

  it('adds French plural and feminine forms', () => {
    expect(inflectedForms('drogué', 'fr')).toEqual(['drogué', 'drogués', 'droguée', 'droguées']);
    expect(inflectedForms('poivrot', 'fr')).toEqual(['poivrot', 'poivrots', 'poivrote', 'poivrotes']);
  });

  it('gives French words ending in -e or a vowel only a plural', () => {
    expect(inflectedForms('toxicomane', 'fr')).toEqual(['toxicomane', 'toxicomanes']);
    expect(inflectedForms('toxico', 'fr')).toEqual(['toxico', 'toxicos']);
  });

  it('uses -x and -aux where French does, and leaves words already ending in s or x alone', () => {
    expect(inflectedForms('tuyau', 'fr')).toContain('tuyaux');
    expect(inflectedForms('marginal', 'fr')).toEqual(['marginal', 'marginaux', 'marginale', 'marginales']);
    expect(inflectedForms('crackeux', 'fr')).toEqual(['crackeux']);
  });
});
