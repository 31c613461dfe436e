import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codebookExamples } from '../../extract-eval/codebook.ts';
import { codeSentence } from './code-sentence.ts';

const CODEBOOK = readFileSync(new URL('../../../data/sources/cameo-codebook.csv', import.meta.url), 'utf8');

test('root-code accuracy on the CAMEO codebook examples is at least 0.8', () => {
  const examples = codebookExamples(CODEBOOK);
  assert.ok(examples.length > 250, `only ${examples.length} examples read`);
  const correct = examples.filter((ex) => codeSentence(ex.example)?.root === ex.root).length;
  assert.ok(correct / examples.length >= 0.8, `accuracy ${correct}/${examples.length}`);
});

test('one sentence per conflict root the genre needs', () => {
  const cases: [string, string, string][] = [
    ['Armenia accused Azerbaijan of violating the ceasefire.', '1123', 'criticism'],
    ['Britain expelled 23 Russian diplomats.', '166', 'expel_diplomats'],
    ['The United States imposed new sanctions on Russia.', '163', 'sanction'],
    ['Azerbaijani and Armenian forces clashed on the border.', '190', 'armed_clash'],
    ['Russia recalled its ambassador from Lithuania.', '161', 'recall_ambassador'],
    ['The two sides agreed on a complete ceasefire.', '0871', 'agreement'],
    ['Armenia declared a unilateral ceasefire.', '0871', 'intent'],
  ];
  for (const [sentence, cameo, cls] of cases) {
    assert.deepEqual(codeSentence(sentence), { cameo, root: cameo.slice(0, 2), class: cls }, sentence);
  }
});

test('a sentence with no event pattern has no code', () => {
  assert.equal(codeSentence('The weather in Baku was mild.'), undefined);
});
