import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_CRISIS_LINES } from '@kindred/moderation';

const ROOT = join(__dirname, '..', '..');
const OFFLINE_PAGE = readFileSync(join(ROOT, 'apps', 'web', 'public', 'offline.html'), 'utf8');
const SERVICE_WORKER = readFileSync(join(ROOT, 'apps', 'web', 'public', 'sw.js'), 'utf8');

/**
 * The installed app's offline page is static (it must work with no network), so it copies the
 * platform's crisis lines: this keeps the copy true to the list the API serves.
 */
describe('the offline page of the installed app', () => {
  it.each(PLATFORM_CRISIS_LINES.map((line) => [line.name, line]))('lists %s with a number to call', (_name, line) => {
    expect(OFFLINE_PAGE).toContain(line.name.replace('&', '&amp;'));
    expect(OFFLINE_PAGE).toContain(`href="tel:${line.phone.replace(/[^\d+]/g, '')}"`);
    expect(OFFLINE_PAGE).toContain(`>${line.phone}</a>`);
  });

  it('says it is offline, gives the emergency number, in English and French, with no inline script or style', () => {
    expect(OFFLINE_PAGE).toContain('You are offline');
    expect(OFFLINE_PAGE).toContain('Vous êtes hors ligne');
    expect(OFFLINE_PAGE).toContain('112');
    expect(OFFLINE_PAGE).not.toMatch(/<script|style=|<style/);
  });

  it('is kept by the service worker for when the network is gone', () => {
    for (const file of ['/offline.html', '/offline.css']) expect(SERVICE_WORKER).toContain(`'${file}'`);
  });
});
