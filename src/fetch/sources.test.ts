import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf, overlaps } from './day-range.ts';
import { gdelt1Days } from './gdelt1-source.ts';
import { gdelt2Line } from './gdelt2-source.ts';
import { icewsFiles } from './icews-source.ts';
import { mirrorUrl } from './mirror-url.ts';

test('GDELT 2.0 list lines: only events exports, with size, MD5 and day', () => {
  const base = 'http://data.gdeltproject.org/gdeltv2/';
  assert.deepEqual(
    gdelt2Line(`150383 297a16b493de7cf6ca809a7cc31d0b93 ${base}20150218230000.export.CSV.zip`),
    {
      name: '20150218230000.export.CSV.zip',
      url: `${base}20150218230000.export.CSV.zip`,
      bytes: 150383,
      md5: '297a16b493de7cf6ca809a7cc31d0b93',
      first: '2015-02-18',
      last: '2015-02-18',
    },
  );
  assert.equal(
    gdelt2Line(`318084 bb27f78ba45f69a17ea6ed7755e9f8ff ${base}20150218230000.mentions.CSV.zip`),
    undefined,
  );
  assert.equal(
    gdelt2Line(`10768507 ea8dde0beb0ba98810a92db068c0ce99 ${base}20150218230000.gkg.csv.zip`),
    undefined,
  );
  assert.equal(gdelt2Line(''), undefined);
});

test('GDELT 1.0 names: a year, a month or a day of events; anything else is not an events file', () => {
  assert.deepEqual(gdelt1Days('1979.zip'), { first: '1979-01-01', last: '1979-12-31' });
  assert.deepEqual(gdelt1Days('200802.zip'), { first: '2008-02-01', last: '2008-02-29' });
  assert.deepEqual(gdelt1Days('20130401.export.CSV.zip'), { first: '2013-04-01', last: '2013-04-01' });
  assert.equal(gdelt1Days('GDELT.MASTERREDUCEDV2.1979-2013.zip'), undefined);
  assert.equal(gdelt1Days('201304.export.CSV.zip'), undefined);
  assert.equal(gdelt1Days('20130231.export.CSV.zip'), undefined);
});

test('days of --from/--to and overlaps', () => {
  assert.equal(dayOf('2019', 'first'), '2019-01-01');
  assert.equal(dayOf('2019', 'last'), '2019-12-31');
  assert.equal(dayOf('2019-02', 'last'), '2019-02-28');
  assert.equal(dayOf('2019-02-29', 'first'), undefined);
  assert.equal(dayOf('19', 'first'), undefined);
  assert.equal(overlaps('2006-01-01', '2006-01-31', { from: '2006-01-15' }), true);
  assert.equal(overlaps('2006-01-01', '2006-01-31', { to: '2005-12-31' }), false);
});

test('ICEWS on Dataverse: yearly event files with their MD5; a converted tabular file fetched in its original form', () => {
  const files = icewsFiles({
    data: {
      latestVersion: {
        files: [
          { dataFile: { id: 1, filename: 'ICEWS Codebook.pdf', filesize: 10, md5: 'a'.repeat(32) } },
          {
            dataFile: {
              id: 2,
              filename: 'events.1995.20150313082510.tab.zip',
              filesize: 20,
              checksum: { type: 'MD5', value: 'B'.repeat(32) },
            },
          },
          {
            dataFile: {
              id: 3,
              filename: 'events.2017.20180122.tab',
              filesize: 99,
              md5: 'c'.repeat(32),
              originalFileFormat: 'text/tab-separated-values',
              originalFileSize: 80,
              originalFileName: 'events.2017.20180122.tsv',
            },
          },
          {
            dataFile: {
              id: 4,
              filename: 'events.2018.tab',
              filesize: 5,
              checksum: { type: 'SHA-1', value: 'd' },
            },
          },
        ],
      },
    },
  });
  const DV = 'https://dataverse.harvard.edu/api/access/datafile/';
  assert.deepEqual(files, [
    {
      name: 'events.1995.20150313082510.tab.zip',
      url: `${DV}2`,
      bytes: 20,
      md5: 'b'.repeat(32),
      first: '1995-01-01',
      last: '1995-12-31',
    },
    {
      name: 'events.2017.20180122.tsv',
      url: `${DV}3?format=original`,
      bytes: 80,
      md5: 'c'.repeat(32),
      first: '2017-01-01',
      last: '2017-12-31',
    },
  ]);
});

test('--mirror replaces the GDELT or Dataverse host and nothing else', () => {
  const m = 'http://127.0.0.1:9/';
  assert.equal(
    mirrorUrl('http://data.gdeltproject.org/gdeltv2/x.zip', m),
    'http://127.0.0.1:9/gdeltv2/x.zip',
  );
  assert.equal(
    mirrorUrl('https://dataverse.harvard.edu/api/access/datafile/7', 'http://127.0.0.1:9'),
    'http://127.0.0.1:9/api/access/datafile/7',
  );
  assert.equal(
    mirrorUrl('https://example.org/data.gdeltproject.org/x', m),
    'https://example.org/data.gdeltproject.org/x',
  );
  assert.equal(
    mirrorUrl('http://data.gdeltproject.org/events/1979.zip', undefined),
    'http://data.gdeltproject.org/events/1979.zip',
  );
});
