import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from './check-size';

describe('firstLoadScripts', () => {
  it('takes the module entry and the preloaded modules, not stylesheets or icons', () => {
    const html = `<link rel="icon" href="./favicon.svg" />
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="./assets/runtime-b.js">
<link rel="stylesheet" crossorigin href="./assets/index-c.css">`;
    expect(firstLoadScripts(html)).toEqual(['./assets/index-a.js', './assets/runtime-b.js']);
  });
});
