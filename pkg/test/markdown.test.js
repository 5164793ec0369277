// The Markdown entry (`salient-summarizer/markdown`): the same functions over the module
// with the Markdown and e-mail readers, giving what the library gives natively.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import * as markdownEntry from '../markdown-node.js';
import { init, languages, splitSentences, summarize } from '../markdown-node.js';
import * as defaultEntry from '../node.js';

/** Every sentence is `input.slice(start, end)`, in order, without overlap. */
function assertSlices(input, pieces) {
  let covered = 0;
  for (const piece of pieces) {
    assert.equal(input.slice(piece.start, piece.end), piece.text, JSON.stringify(piece));
    assert.ok(piece.start >= covered && piece.end > piece.start, JSON.stringify(piece));
    covered = piece.end;
  }
}

describe('salient-summarizer/markdown', () => {
  test('reads Markdown and e-mail, and says which it read, with UTF-16 offsets', () => {
    const markdown =
      '# Café notes\n\nThe café opens at seven — 😀 with coffee from\nPeru and tea from Kenya.\n\n' +
      '```js\nconst menu = load(); // Not a sentence.\n```\n\nSee [the menu](menu.md) for prices. ' +
      'Tea costs two euros.\n';
    const summary = summarize(markdown, { sentences: 3 });
    assert.equal(summary.format, 'markdown');
    assert.deepEqual(Object.keys(summary), ['text', 'sentences', 'language', 'format', 'document_sentences']);
    assertSlices(markdown, summary.sentences);
    assert.equal(summary.sentences[0].text, 'The café opens at seven — 😀 with coffee from\nPeru and tea from Kenya.');
    assert.ok(!summary.text.includes('Not a sentence'), summary.text);
    assert.equal(summarize(markdown, { format: 'text' }).format, 'text');

    const email =
      'Thanks, the plan works for me. I will book the room in Zürich. The agenda follows tomorrow.\n\n' +
      'On Mon, 5 May 2025, Sam <sam@example.com> wrote:\n> Hi team, the review is on Wednesday.\n';
    const reply = summarize(email, { format: 'auto' });
    assert.equal(reply.format, 'email');
    assertSlices(email, reply.sentences);
    assert.ok(!reply.text.includes('review'), reply.text);
  });
  test('reads plain text as the default entry does', async () => {
    await init();
    const text = 'Harbor City switched on its tidal station. It powers 40,000 homes. Tides are predictable.';
    assert.deepEqual(summarize(text, { sentences: 2 }), defaultEntry.summarize(text, { sentences: 2 }));
    assert.deepEqual(splitSentences(text), defaultEntry.splitSentences(text));
    assert.deepEqual(languages(), defaultEntry.languages());
    // Every function of the default entry, and those only the second module has.
    assert.deepEqual(
      Object.keys(markdownEntry).sort(),
      [...Object.keys(defaultEntry), 'keyphrases', 'summarizeDocuments'].sort(),
    );
  });

  test('gives the native command line\'s answers', (t) => {
    const tool = fileURLToPath(new URL('../../target/release/salient', import.meta.url));
    if (!existsSync(tool)) {
      t.skip('build the command first: cargo build --release -p salient-cli');
      return;
    }
    const thread =
      'The ferry leaves at noon from pier 4 — bring your tickets. Lunch is served on board. ' +
      'We return by six.\n\nOn Tue, 6 May 2025, Kim <kim@example.com> wrote:\n> When do we leave?\n';
    for (const text of [thread, '## Ferry\n\nIt leaves at noon.\nBring tickets.\n\n```\nrun();\n```\n\n## Back\n\nWe return by [six](x.md).']) {
      const native = JSON.parse(execFileSync(tool, ['--json'], { input: text }).toString());
      const wasm = summarize(text);
      assert.equal(wasm.format, native.format);
      assert.equal(wasm.text, native.text);
    }
  });
});
