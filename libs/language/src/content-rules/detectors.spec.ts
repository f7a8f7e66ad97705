import { containsLink, detect } from './detectors';

describe('containsLink', () => {
  it.each([
    ['see https://example.org/page?x=1'],
    ['http://a.io'],
    ['go to www.example.com now'],
    ['visit example.com today'],
    ['EXAMPLE.COM'],
    ['join t.me/plugchannel'],
    ['bit.ly/3abc'],
    ['wa.me/33612345678'],
    ['sub.domain.example.co.uk.'],
  ])('finds a link in "%s"', (text) => {
    expect(containsLink(text)).toBe(true);
  });

  it.each([
    ['e.g. this one'],
    ['i.e. that'],
    ['take 1.5 mg'],
    ['version 2.0.1'],
    ['U.S.A. and the U.K.'],
    ['at 10 a.m. sharp'],
    ['fine.thanks for asking'],
    ['I love Node.js'],
    ['write to me@example.com'],
    ['the file notes.txt'],
  ])('finds no link in "%s"', (text) => {
    expect(containsLink(text)).toBe(false);
  });
});

describe('detect', () => {
  it('gives original offsets and finds every match', () => {
    const text = 'a example.com b www.test.org';
    expect(detect('link', text)).toEqual([
      { start: 2, end: 13 },
      { start: 16, end: 28 },
    ]);
  });

  it('finds phone numbers but not years, prices or short numbers', () => {
    expect(detect('phone-number', 'call +44 7700 900123 or (555) 123-4567').length).toBe(2);
    expect(detect('phone-number', 'from 2019 to 2023, £1,200 a month, 988')).toEqual([]);
  });

  it('finds a price per unit of a drug', () => {
    expect(detect('price-per-unit', '$20 a gram, £5/pill, 10€ le g, 20 balles la barrette').length).toBe(4);
    expect(detect('price-per-unit', '$20 a day, 10€ le kilo de pommes')).toEqual([]);
  });
});
