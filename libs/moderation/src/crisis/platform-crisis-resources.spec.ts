import { countryOfTimeZone, linesForCountries, PLATFORM_CRISIS_LINES } from './platform-crisis-resources';

describe('Kindred’s crisis lines', () => {
  it('lists the United Kingdom’s and Portugal’s lines with their country, hours and languages', () => {
    const byPhone = new Map(PLATFORM_CRISIS_LINES.map((line) => [line.phone, line]));
    expect(byPhone.get('116 123')).toMatchObject({ country: 'GB', name: 'Samaritans', languages: ['en'] });
    expect(byPhone.get('0300 123 6600')).toMatchObject({ country: 'GB', name: 'FRANK' });
    expect(byPhone.get('808 24 24 24')).toMatchObject({ country: 'PT', name: 'SNS 24', languages: ['pt'] });
    for (const line of PLATFORM_CRISIS_LINES) expect(line.hours.length).toBeGreaterThan(3);
  });

  it('puts a person’s own country first and keeps every other line', () => {
    const lines = linesForCountries(['PT']);
    expect(lines[0]!.country).toBe('PT');
    expect(lines).toHaveLength(PLATFORM_CRISIS_LINES.length);
    expect(
      linesForCountries(['GB', 'FR'])
        .map((line) => line.country)
        .slice(0, 4),
    ).toEqual(['GB', 'GB', 'FR', 'FR']);
    expect(linesForCountries([])).toEqual([...PLATFORM_CRISIS_LINES]);
  });

  it('reads a country from a time zone it knows, and nothing from one it does not', () => {
    expect(countryOfTimeZone('Europe/Lisbon')).toBe('PT');
    expect(countryOfTimeZone('Europe/London')).toBe('GB');
    expect(countryOfTimeZone('Asia/Tokyo')).toBeNull();
    expect(countryOfTimeZone(null)).toBeNull();
  });
});
