import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/graphql/generated/', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** Each document's text, as written in the app, with the parsed document codegen made of it. */
function generatedDocuments(): Map<string, string> {
  const parsed = new Map(
    [...readFileSync(`${GENERATED}graphql.ts`, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm)].map((match) => [match[1], match[2]]),
  );
  const byText = new Map<string, string>();
  for (const [, text, name] of readFileSync(`${GENERATED}gql.ts`, 'utf8').matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const document = parsed.get(name);
    if (text && document) byText.set(JSON.parse(text) as string, document);
  }
  return byText;
}

/**
 * Production builds only: replaces each `graphql(\`…\`)` call with the document codegen
 * already parsed, written in place. The client preset's `graphql()` looks documents up in one
 * map of every document in the app, and a bundler keeps a module whole, so every page's
 * documents would travel, twice over, in the first page's script; in place, each document
 * travels with the page that uses it.
 */
export function graphqlDocumentsInPlace(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'kindred-graphql-documents-in-place',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GENERATED) || !code.includes('graphql(`')) return null;
      const transformed = code.replace(CALL, (_call, text: string) => {
        const document = documents.get(text);
        if (!document) throw new Error(`${id}: a graphql() document is not generated yet, or changed since: run npm run codegen`);
        return `(${document})`;
      });
      return { code: transformed, map: null };
    },
  };
}
