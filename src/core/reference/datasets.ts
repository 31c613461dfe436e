/**
 * The reference data sets Bilateral ships (data/reference/, README's data table): what each is,
 * its version, how to cite it, and the years it covers. A fact from one of them names the data set,
 * its version and the line of the shipped file it came from.
 */

/** The data sets whose rows become facts or indicators. */
export type ReferenceDatasetId =
  | 'atop'
  | 'diplomatic_exchange'
  | 'cow_mid'
  | 'cow_war'
  | 'ucdp_acd'
  | 'rivalries'
  | 'contiguity'
  | 'unga_votes'
  | 'cow_trade'
  | 'cow_igo'
  | 'icews_counts';

export type ReferenceDataset = {
  id: ReferenceDatasetId;
  /** The shipped file in data/reference/. */
  file: string;
  title: string;
  version: string;
  citation: string;
  terms: string;
  /** First and last year the data set records. */
  firstYear: number;
  lastYear: number;
  /** True when its rows feed the level (facts); false for indicators beside it. */
  level: boolean;
};

const TERMS_RESEARCH = 'free to use for research and publication with citation';

export const REFERENCE_DATASETS: readonly ReferenceDataset[] = [
  {
    id: 'atop',
    file: 'atop_alliance.csv.gz',
    title: 'ATOP alliance obligations',
    version: '5.1',
    citation:
      'Leeds, Ritter, Mitchell & Long 2002, "Alliance Treaty Obligations and Provisions, 1815–1944", International Interactions 28; via peacesciencer 1.2.9',
    terms: TERMS_RESEARCH,
    firstYear: 1815,
    lastYear: 2018,
    level: true,
  },
  {
    id: 'diplomatic_exchange',
    file: 'diplomatic_exchange.csv.gz',
    title: 'COW Diplomatic Exchange',
    version: '2006.1',
    citation: 'Bayer 2006, "Diplomatic Exchange Data set, v2006.1", Correlates of War Project',
    terms: TERMS_RESEARCH,
    firstYear: 1817,
    lastYear: 2005,
    level: true,
  },
  {
    id: 'cow_mid',
    file: 'cow_mid_ddydisps.csv.gz',
    title: 'COW Militarized Interstate Disputes',
    version: '5.0',
    citation:
      'Palmer, McManus, D’Orazio, Kenwick, Karstens, Bloch, Dietrich, Kahn, Ritter & Soules 2021, "The MID5 Dataset, 2011–2014", Conflict Management and Peace Science 39(4)',
    terms: TERMS_RESEARCH,
    firstYear: 1816,
    lastYear: 2014,
    level: true,
  },
  {
    id: 'cow_war',
    file: 'cow_war_inter.csv.gz',
    title: 'COW Inter-State War',
    version: '4.0',
    citation: 'Sarkees & Wayman 2010, Resort to War: 1816–2007, CQ Press',
    terms: TERMS_RESEARCH,
    firstYear: 1823,
    lastYear: 2003,
    level: true,
  },
  {
    id: 'ucdp_acd',
    file: 'ucdp_acd.csv.gz',
    title: 'UCDP/PRIO Armed Conflict Dataset',
    version: 'data to 2024',
    citation:
      'Gleditsch, Wallensteen, Eriksson, Sollenberg & Strand 2002, "Armed Conflict 1946–2001: A New Dataset", Journal of Peace Research 39(5); Davies et al., UCDP',
    terms: 'CC BY 4.0 (UCDP), with citation',
    firstYear: 1946,
    lastYear: 2024,
    level: true,
  },
  {
    id: 'rivalries',
    file: 'td_rivalries.csv.gz',
    title: 'Thompson–Dreyer strategic rivalries',
    version: '2012',
    citation: 'Thompson & Dreyer 2012, Handbook of International Rivalries, 1494–2010, CQ Press',
    terms: TERMS_RESEARCH,
    firstYear: 1494,
    lastYear: 2010,
    level: true,
  },
  {
    id: 'contiguity',
    file: 'cow_contdir.csv.gz',
    title: 'COW Direct Contiguity',
    version: '3.2',
    citation:
      'Stinnett, Tir, Schafer, Diehl & Gochman 2002, "The Correlates of War Project Direct Contiguity Data, Version 3", Conflict Management and Peace Science 19(2)',
    terms: TERMS_RESEARCH,
    firstYear: 1816,
    lastYear: 2016,
    level: false,
  },
  {
    id: 'unga_votes',
    file: 'unga_votes.csv.gz',
    title: 'UN General Assembly roll-call votes',
    version: 'unvotes 0.3.0',
    citation:
      'Voeten, Strezhnev & Bailey, "United Nations General Assembly Voting Data", Harvard Dataverse hdl:1902.1/12379',
    terms: 'CC0 (data), MIT (R package unvotes)',
    firstYear: 1946,
    lastYear: 2019,
    level: false,
  },
  {
    id: 'cow_trade',
    file: 'cow_trade_ndy.csv.gz',
    title: 'COW Dyadic Trade',
    version: '4.0',
    citation:
      'Barbieri, Keshk & Pollins 2009, "Trading Data: Evaluating our Assumptions and Coding Rules", Conflict Management and Peace Science 26(5)',
    terms: TERMS_RESEARCH,
    firstYear: 1870,
    lastYear: 2014,
    level: false,
  },
  {
    id: 'cow_igo',
    file: 'cow_igo_ndy.csv.gz',
    title: 'COW Intergovernmental Organizations',
    version: '3.0',
    citation:
      'Pevehouse, Nordstrom, McManus & Jamison 2020, "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets", Journal of Peace Research 57(3)',
    terms: TERMS_RESEARCH,
    firstYear: 1816,
    lastYear: 2014,
    level: false,
  },
  {
    id: 'icews_counts',
    file: 'icews_netify_dyad_year_2002_2014.csv.gz',
    title: 'ICEWS yearly quad counts',
    version: 'netify counts of ICEWS coded events',
    citation: 'Boschee et al., ICEWS Coded Event Data, Harvard Dataverse doi:10.7910/DVN/28075',
    terms: 'Harvard Dataverse terms, with citation',
    firstYear: 2002,
    lastYear: 2014,
    level: false,
  },
];

const BY_ID = new Map(REFERENCE_DATASETS.map((d) => [d.id, d]));

/** A data set's description. */
export function referenceDataset(id: ReferenceDatasetId): ReferenceDataset {
  return BY_ID.get(id)!;
}

/** "ATOP 5.1": the name a reader sees beside a fact. */
export function datasetLabel(id: ReferenceDatasetId): string {
  const d = referenceDataset(id);
  return `${d.title} ${d.version}`;
}

/** The shipped file of a data set. */
export function datasetFile(id: ReferenceDatasetId): string {
  const d = REFERENCE_DATASETS.find((x) => x.id === id);
  if (!d) throw new Error(`no reference data set "${id}"`);
  return d.file;
}
