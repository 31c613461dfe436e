import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coveredShares, fileCoverage, periodOfFileName } from './lake-coverage.ts';

test('file names as GDELT and ICEWS publish them name their periods', () => {
  assert.deepEqual(periodOfFileName('20191024143000.export.CSV.zip'), {
    first: '2019-10-24',
    last: '2019-10-24',
    minutes: 15,
  });
  assert.deepEqual(periodOfFileName('/data/20150218.export.CSV.gz'), {
    first: '2015-02-18',
    last: '2015-02-18',
    minutes: 1440,
  });
  assert.deepEqual(periodOfFileName('200601.zip'), {
    first: '2006-01-01',
    last: '2006-01-31',
    minutes: 1440,
  });
  assert.deepEqual(periodOfFileName('1979.zip'), { first: '1979-01-01', last: '1979-12-31', minutes: 1440 });
  assert.deepEqual(periodOfFileName('events.1995.20150313082510.tab'), {
    first: '1995-01-01',
    last: '1995-12-31',
    minutes: 1440,
  });
  assert.deepEqual(periodOfFileName('20181004-icews-events.tab'), {
    first: '2018-10-04',
    last: '2018-10-04',
    minutes: 1440,
  });
  assert.equal(periodOfFileName('20191324143000.export.CSV'), undefined, 'month 13');
  assert.equal(periodOfFileName('200613.zip'), undefined);
  assert.equal(periodOfFileName('my-sample.csv'), undefined);
});

test('a file covers its named period on the days it holds rows; another name, its added days', () => {
  const days = (added: string[], dated: string[]) => ({ added: new Set(added), dated: new Set(dated) });
  // A 15-minute export holds rows dated over months, all added on its day: 15 minutes of that day.
  assert.deepEqual(
    [
      ...fileCoverage(
        '20191024143000.export.CSV',
        days(['2019-10-24'], ['2019-10-24', '2019-09-30', '2018-12-01']),
      ),
    ],
    [['2019-10-24', 15]],
  );
  // A yearly ICEWS file cut to two days covers two days.
  assert.deepEqual(
    [...fileCoverage('events.2015.tab', days([], ['2015-02-18', '2015-02-19']))],
    [
      ['2015-02-18', 1440],
      ['2015-02-19', 1440],
    ],
  );
  // A file named otherwise: the days its rows were added, not the days they are dated.
  assert.deepEqual(
    [...fileCoverage('sample.csv', days(['2020-01-02'], ['2019-05-01', '2020-01-01']))],
    [['2020-01-02', 1440]],
  );
  assert.deepEqual([...fileCoverage('sample.tsv', days([], ['2020-01-01']))], [['2020-01-01', 1440]]);
});

test('shares: one dataset adds up within a day, datasets overlap, a month is at most 1', () => {
  const quarter = new Map([['2019-10-24', 15]]);
  const day = new Map([['2019-10-24', 1440]]);
  const shares = coveredShares([
    ...Array.from({ length: 96 }, () => ({ dataset: 'gdelt', minutes: quarter })),
    { dataset: 'icews', minutes: day },
    { dataset: 'gdelt', minutes: new Map([['2019-11-01', 1440]]) },
  ]);
  assert.deepEqual(
    [...shares],
    [
      ['2019-10', 1 / 31],
      ['2019-11', 1 / 30],
    ],
  );
  const month = new Map(
    Array.from({ length: 30 }, (_, i) => [`2019-11-${String(i + 1).padStart(2, '0')}`, 1440]),
  );
  assert.deepEqual(
    [
      ...coveredShares([
        { dataset: 'gdelt', minutes: month },
        { dataset: 'gdelt', minutes: month },
      ]),
    ],
    [['2019-11', 1]],
  );
});
