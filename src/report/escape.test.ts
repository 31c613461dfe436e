import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, escapeMarkdown, markdownHref, safeHref } from './escape.ts';

test('escapeHtml escapes the five characters that make markup or end an attribute', () => {
  assert.equal(
    escapeHtml(`<img src=x onerror="alert(1)"> & 'q'`),
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;',
  );
  assert.equal(escapeHtml('</script>'), '&lt;/script&gt;');
});

test('safeHref keeps http(s) only and normalises the address', () => {
  assert.equal(safeHref('https://kun.uz/en/news/1'), 'https://kun.uz/en/news/1');
  assert.equal(safeHref(' http://Example.org/a b'), 'http://example.org/a%20b');
  assert.equal(
    safeHref('https://1lurer.am/ru/Президент'),
    'https://1lurer.am/ru/%D0%9F%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82',
  );
  assert.equal(safeHref('javascript:alert(1)'), undefined);
  assert.equal(safeHref('data:text/html,<b>x</b>'), undefined);
  assert.equal(safeHref('/relative/path'), undefined);
  assert.equal(safeHref(undefined), undefined);
});

test('escapeMarkdown backslash-escapes markup, pipes and inline HTML, and flattens lines', () => {
  assert.equal(escapeMarkdown('a | b'), 'a \\| b');
  assert.equal(escapeMarkdown('<img src=x>'), '\\<img src=x\\>');
  assert.equal(
    escapeMarkdown('*bold* _it_ [l](u) `c` #h ~s~'),
    '\\*bold\\* \\_it\\_ \\[l\\](u) \\`c\\` \\#h \\~s\\~',
  );
  assert.equal(escapeMarkdown('one\ntwo\r\nthree'), 'one two three');
  assert.equal(escapeMarkdown('back\\slash'), 'back\\\\slash');
});

test('markdownHref percent-encodes what would end a Markdown link target', () => {
  assert.equal(markdownHref('https://e.org/a_(b)'), 'https://e.org/a_%28b%29');
  assert.equal(markdownHref('https://e.org/x|y'), 'https://e.org/x%7Cy');
  assert.equal(markdownHref('javascript:alert(1)'), undefined);
});
