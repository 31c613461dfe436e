/**
 * CAMEO actor country codes that name a region or bloc rather than a country ("AFR", "EUR"): GDELT
 * rows carry them in the actor country columns. They are valid codes, kept as actor codes, but give
 * no ISO3 country and so form no dyad. Historical codes of states that no longer exist are listed
 * for the same reason. From the CAMEO codebook's country and region list.
 */
export const CAMEO_REGION_CODES: readonly string[] = [
  'AFR',
  'ASA',
  'BLK',
  'CRB',
  'CAU',
  'CFR',
  'CAS',
  'CEU',
  'EIN',
  'EAF',
  'EEU',
  'EUR',
  'LAM',
  'MEA',
  'MDT',
  'NAF',
  'NMR',
  'PGS',
  'SCN',
  'SAM',
  'SAS',
  'SEA',
  'SAF',
  'WAF',
  'WST',
  // Former states still written in historical GDELT rows.
  'YUG',
  'SCG',
  'CSK',
  'SUN',
  'DDR',
  'YMD',
  'ZAR',
  'TMP',
  'ANT',
  'ROM',
];
