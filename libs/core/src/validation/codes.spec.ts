import { defineMessages } from '../i18n/user-message';
import { checkCurrencyCode, checkLanguageCodes, checkText } from './codes';

describe('code checks', () => {
  it('accepts ISO 639-1 language codes, tidied', () => {
    expect(checkLanguageCodes([' EN', 'fr', 'en'], 'languages')).toEqual(['en', 'fr']);
  });

  it('names unknown language codes', () => {
    expect(() => checkLanguageCodes(['en', 'xx', 'english'], 'languages')).toThrow('(not xx, english)');
  });

  it('accepts ISO 4217 currencies only', () => {
    expect(checkCurrencyCode('eur', 'currency')).toBe('EUR');
    expect(() => checkCurrencyCode('EURO', 'currency')).toThrow(/such as EUR or GBP/);
  });

  it('bounds text length', () => {
    const city = defineMessages({ TEST_CITY_LABEL: { en: 'a city', fr: 'une ville' } }).TEST_CITY_LABEL();
    expect(checkText('  Lyon  ', 'city', city, { max: 80 })).toBe('Lyon');
    expect(() => checkText(' ', 'city', city, { max: 80 })).toThrow('Please give a city of 1 to 80 characters.');
  });
});
