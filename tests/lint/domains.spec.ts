import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAINS } from '@kindred/composition';

const ROOT = join(__dirname, '..', '..');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

interface Project {
  name: string;
  tags: string[];
}

const libraries = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Adding a domain touches one list (libs/composition) and its own folder. These checks keep
 * the places that used to repeat the list from drifting apart again.
 */
describe('one list of domains', () => {
  it('gives every library a project.json named after its folder, so the boundary rule sees it', () => {
    for (const library of libraries) {
      const project = readJson<Project>(`libs/${library}/project.json`);
      expect({ library, name: project.name }).toEqual({ library, name: library });
      expect(project.tags.filter((tag) => tag.startsWith('type:'))).toHaveLength(1);
    }
  });

  it('resolves @kindred/<library> by one pattern, the same in TypeScript and SWC', () => {
    const typescript = readJson<{ compilerOptions: { paths: Record<string, string[]> } }>('tsconfig.base.json').compilerOptions.paths;
    const swc = readJson<{ jsc: { paths: Record<string, string[]> } }>('.swcrc').jsc.paths;
    expect(swc).toEqual(typescript);
    expect(typescript['@kindred/*']).toEqual(['libs/*/src']);
  });

  it('composes every domain library that has a Nest module, each with its own API and worker modules', async () => {
    const domainLibraries = libraries.filter((library) => readJson<Project>(`libs/${library}/project.json`).tags.includes('type:domain'));
    const composable: string[] = [];
    for (const library of domainLibraries) {
      const exported = (await import(`@kindred/${library}`)) as Record<string, unknown>;
      if (exported[`${pascal(library)}Module`] === undefined) continue;
      composable.push(library);
      const listed = DOMAINS.find((domain) => domain.name === library);
      expect({ library, api: listed?.api, worker: listed?.worker }).toEqual({
        library,
        api: exported[`${pascal(library)}Module`],
        worker: exported[`${pascal(library)}WorkerModule`],
      });
    }
    expect(DOMAINS.map((domain) => domain.name).sort()).toEqual(composable);
  }, 60000);
});
