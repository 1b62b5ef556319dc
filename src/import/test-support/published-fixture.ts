import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real published reports (`fixtures/published/` in this repository), for tests. */
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..', 'fixtures/published');

/** One published report's text, by file name. */
export function publishedFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}
