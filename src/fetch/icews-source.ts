/**
 * ICEWS coded event data on Harvard Dataverse (doi:10.7910/DVN/28075): the dataset's files and
 * their MD5 come from the Dataverse native API (`data.latestVersion.files[].dataFile`), a file from
 * the access API by its id. Event files are yearly `.tab`/`.tsv`, some zipped.
 */

import { dayOf, overlaps } from './day-range.ts';
import { getLines, HttpError } from './http-client.ts';
import type { ListOptions } from './list-options.ts';
import { mirrorUrl } from './mirror-url.ts';
import type { EventSource, RemoteFile } from './remote-file.ts';

export const DATAVERSE = 'https://dataverse.harvard.edu/';
export const ICEWS_DOI = 'doi:10.7910/DVN/28075';

/** About 300 bytes a row unzipped (the ingest's own estimate) and 5:1 for a zip. */
const BYTES_PER_ROW = 300;
const ZIP_RATIO = 5;

/** The parts of the Dataverse dataset JSON this reads. */
type DataverseFile = {
  id?: number;
  filename?: string;
  filesize?: number;
  md5?: string;
  checksum?: { type?: string; value?: string };
  /** Set when Dataverse converted a tabular upload: size and name of the original, which the MD5 is of. */
  originalFileSize?: number;
  originalFileName?: string;
  originalFileFormat?: string;
};
type DatasetAnswer = { data?: { latestVersion?: { files?: { dataFile?: DataverseFile }[] } } };

const EVENT_FILE = /event.*\.(tab|tsv|csv|txt)(\.zip)?$|event.*\.zip$/i;
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;

/**
 * The yearly event files of a Dataverse dataset answer, with the MD5 Dataverse gives. A file that
 * Dataverse converted to `.tab` is fetched in its original form (`?format=original`), whose MD5
 * that is.
 */
export function icewsFiles(answer: DatasetAnswer): RemoteFile[] {
  const out: RemoteFile[] = [];
  for (const { dataFile: f } of answer.data?.latestVersion?.files ?? []) {
    const converted = f?.originalFileFormat !== undefined && f.originalFileSize !== undefined;
    const name = (converted ? f?.originalFileName : undefined) ?? f?.filename ?? '';
    const md5 = f?.md5 ?? (f?.checksum?.type?.toUpperCase() === 'MD5' ? f.checksum.value : undefined);
    const bytes = converted ? f?.originalFileSize : f?.filesize;
    const year = YEAR.exec(name)?.[1];
    if (!f?.id || !EVENT_FILE.test(name) || !year || !md5 || bytes === undefined) continue;
    const first = dayOf(year, 'first') ?? '';
    const last = dayOf(year, 'last') ?? '';
    const url = `${DATAVERSE}api/access/datafile/${f.id}${converted ? '?format=original' : ''}`;
    out.push({ name, url, bytes, md5: md5.toLowerCase(), first, last });
  }
  return out.sort((a, b) => a.first.localeCompare(b.first) || a.name.localeCompare(b.name));
}

/** ICEWS from Harvard Dataverse, or from `opts.mirror` standing in for its host. */
export function icewsSource(opts: ListOptions): EventSource {
  const all = async (): Promise<RemoteFile[]> => {
    const url = mirrorUrl(`${DATAVERSE}api/datasets/:persistentId/?persistentId=${ICEWS_DOI}`, opts.mirror);
    const text = (await getLines(url, (l) => l, opts)).join('\n');
    let answer: DatasetAnswer;
    try {
      answer = JSON.parse(text) as DatasetAnswer;
    } catch {
      throw new HttpError(`${url}: not a Dataverse dataset answer (not JSON)`, false);
    }
    if (!Array.isArray(answer.data?.latestVersion?.files))
      throw new HttpError(`${url}: not a Dataverse dataset answer (no data.latestVersion.files)`, false);
    return icewsFiles(answer);
  };
  return {
    dataset: 'icews',
    list: async (range) => (await all()).filter((f) => overlaps(f.first, f.last, range)),
    latest: async () => (await all()).slice(-1),
    rowsPerByte: (f) => (f.name.toLowerCase().endsWith('.zip') ? ZIP_RATIO : 1) / BYTES_PER_ROW,
  };
}
