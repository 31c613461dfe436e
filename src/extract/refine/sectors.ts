/** Sector vocabulary (issue 3) and the words that signal each. */
const SECTORS: [string, RegExp][] = [
  ['energy', /\b(?:energy|oil|gas|electricity|power|renewable|hydro|pipeline|solar|wind)\b/i],
  [
    'transport',
    /\b(?:transport|transit|railway|rail|road|logistics|corridor|aviation|flights?|port|shipping)\b/i,
  ],
  ['agriculture', /\b(?:agricultur\w*|farming|food security|crops?|irrigation|cotton|grain)\b/i],
  [
    'industry',
    /\b(?:industr\w*|manufactur\w*|production of|factory|factories|cars|textiles?|household appliances)\b/i,
  ],
  [
    'trade and investment',
    /\b(?:trade|investments?|investment fund|free economic zones?|export|import|turnover|economic zones?|business)\b/i,
  ],
  ['culture', /\b(?:cultur\w*|heritage|art|music|literature|museum|cinema)\b/i],
  ['education', /\b(?:education\w*|universit\w*|schools?|students?|academic|scholarships?)\b/i],
  ['youth and sports', /\b(?:youth|sports?)\b/i],
  ['media', /\b(?:media|press|journalis\w*|broadcast\w*|television|news agenc\w*)\b/i],
  ['tourism', /\b(?:touris\w*)\b/i],
  ['security', /\b(?:security|defen[cs]e|military|terroris\w*|border protection|armed forces)\b/i],
  [
    'environment and disasters',
    /\b(?:environment\w*|natural disasters?|disasters?|climate|ecolog\w*|earthquake|flood|emergenc(?:y|ies))\b/i,
  ],
  ['health', /\b(?:health|medic\w*|pharmaceutic\w*|hospital|vaccin\w*)\b/i],
  [
    'digital',
    /\b(?:digital|ict|information technolog\w*|it park|cyber|telecom\w*|artificial intelligence)\b/i,
  ],
];

/** The sectors a text names, in the vocabulary's order. */
export function findSectors(text: string): string[] {
  return SECTORS.filter(([, re]) => re.test(text)).map(([name]) => name);
}
