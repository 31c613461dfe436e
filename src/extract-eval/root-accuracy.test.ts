import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codebookExamples, normalizeRoot } from './codebook.ts';
import { rootAccuracy } from './root-accuracy.ts';

const CSV = [
  '"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description","usage_notes","example","root_code","order"',
  '"1",1,"MAKE PUBLIC STATEMENT","01",0,1,22,NA,NA,NA,"01",1',
  '"2",2,"Make statement","010",0,2,3,"All public statements, verbally.","Residual.","NATO said on Wednesday it would remain strong. ","01",2',
  '"3",3,"Host a visit","043",2.8,4,5,"Host.",NA,"Mongolia hosted the visit of the Chinese premier on Monday.","04",3',
  '"4",4,"Fight with artillery and tanks","194",-10,6,7,NA,NA,"Armenian forces shelled Azerbaijani positions, Baku said.","19",4',
].join('\n');

test('codebookExamples keeps rows with an example, with the root as two digits', () => {
  assert.deepEqual(codebookExamples(CSV), [
    {
      code: '010',
      root: '01',
      name: 'Make statement',
      example: 'NATO said on Wednesday it would remain strong.',
    },
    {
      code: '043',
      root: '04',
      name: 'Host a visit',
      example: 'Mongolia hosted the visit of the Chinese premier on Monday.',
    },
    {
      code: '194',
      root: '19',
      name: 'Fight with artillery and tanks',
      example: 'Armenian forces shelled Azerbaijani positions, Baku said.',
    },
  ]);
});

test('normalizeRoot', () => {
  assert.equal(normalizeRoot('1'), '01');
  assert.equal(normalizeRoot('01'), '01');
  assert.equal(normalizeRoot('010'), '01');
  assert.equal(normalizeRoot('0871'), '08');
  assert.equal(normalizeRoot(' x '), 'x');
});

test('accuracy overall and per root, confusion with none and error', () => {
  const examples = codebookExamples(CSV);
  const answers: Record<string, () => { cameo?: string; root?: string } | undefined> = {
    'NATO said on Wednesday it would remain strong.': () => ({ cameo: '010', root: '01' }),
    // Only a cameo: the root is derived from it.
    'Mongolia hosted the visit of the Chinese premier on Monday.': () => ({ cameo: '042' }),
    'Armenian forces shelled Azerbaijani positions, Baku said.': () => undefined,
  };
  const acc = rootAccuracy(examples, (s) => answers[s]!());
  assert.deepEqual(acc, {
    total: 3,
    correct: 2,
    accuracy: 2 / 3,
    perRoot: [
      { root: '01', total: 1, correct: 1, accuracy: 1 },
      { root: '04', total: 1, correct: 1, accuracy: 1 },
      { root: '19', total: 1, correct: 0, accuracy: 0 },
    ],
    confusion: [{ expected: '19', got: 'none', count: 1 }],
  });
  const throwing = rootAccuracy(examples.slice(0, 1), () => {
    throw new Error('boom');
  });
  assert.deepEqual(throwing, {
    total: 1,
    correct: 0,
    accuracy: 0,
    perRoot: [{ root: '01', total: 1, correct: 0, accuracy: 0 }],
    confusion: [{ expected: '01', got: 'error', count: 1 }],
  });
  assert.deepEqual(
    rootAccuracy([], () => undefined),
    { total: 0, correct: 0, accuracy: 0, perRoot: [], confusion: [] },
  );
});
