// The release build's app files (scripts/postbuild.mjs, step 0; issue 12, decision 80): the
// wasm imports its JS functions under short names, every one of them given by the minified
// JS module, and the renaming keeps every other byte of the wasm.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { appFiles, renameImports, shortName } from '../../scripts/postbuild.mjs';
import { DIST } from './helpers.mjs';

const { js, wasm } = appFiles(DIST);
const bytes = readFileSync(join(DIST, wasm));
const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));

describe('the build', () => {
  it('the wasm imports its JS under short names, and the JS module gives each of them', async () => {
    assert.ok(imports.length > 100, `${imports.length} imports`);
    for (const i of imports) {
      assert.equal(i.module, 'w', `${i.module}.${i.name}`);
      assert.match(i.name, /^[a-zA-Z]{1,2}$/);
    }
    const glue = readFileSync(join(DIST, js), 'utf8');
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}\b/, 'no long import name is left in the JS');
    assert.equal(glue.split('\n').length <= 3, true, 'the JS is minified');
    const mod = await import(pathToFileURL(join(DIST, js)).href);
    assert.equal(typeof mod.default, 'function');
    assert.equal(typeof mod.initSync, 'function');
    // Instantiating with the module's own imports links every one of them (a missing name
    // is a LinkError); the app's start then fails here only for want of a page.
    let error;
    try { mod.initSync({ module: bytes }); } catch (e) { error = e; }
    assert.ok(!(error instanceof WebAssembly.LinkError), `${error}`);
  });

  it('renaming imports keeps the rest of the wasm byte for byte', () => {
    const back = new Map();
    const renamed = renameImports(bytes, 'w', 'long-module-name', back);
    assert.equal(back.size, imports.length);
    assert.ok(WebAssembly.validate(renamed));
    const again = WebAssembly.Module.imports(new WebAssembly.Module(renamed));
    assert.deepEqual(again.map((i) => i.module), imports.map(() => 'long-module-name'));
    assert.deepEqual(again.map((i) => i.kind), imports.map((i) => i.kind));
    assert.deepEqual(again.map((i) => i.name), imports.map((_, n) => shortName(n)));
    // The same length change as the names' own: nothing else moved or changed size.
    const delta = imports.reduce((d) => d + 'long-module-name'.length - 1, 0)
      + imports.reduce((d, i, n) => d + shortName(n).length - i.name.length, 0);
    assert.ok(Math.abs(renamed.length - bytes.length - delta) <= 4, 'only the import section grew');
    assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(renamed)), WebAssembly.Module.exports(new WebAssembly.Module(bytes)));
    // A wasm with nothing to rename comes back the same.
    assert.ok(renameImports(bytes, 'no-such-module', 'x', new Map()).equals(bytes));
  });

  it('short names are distinct', () => {
    const names = Array.from({ length: 3000 }, (_, n) => shortName(n));
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual(names.slice(0, 3), ['a', 'b', 'c']);
    assert.equal(shortName(52), 'aa');
  });
});
