/**
 * Publishers a text's head or address names, as a reference cites them. Data, not code: a
 * publisher is added here, with the words that name it in a text and the hosts it publishes on.
 */
export type PublisherEntry = {
  /** The name a reference shows. */
  name: string;
  /** Words naming it at the head of a text ("Trend reports", "(Kazinform)", "Akorda press service"). */
  words: RegExp;
  /** Hosts it publishes on (any subdomain). */
  hosts: readonly string[];
};

export const PUBLISHERS: readonly PublisherEntry[] = [
  { name: 'Trend News Agency', words: /\bTrend(?:\s+News\s+Agency)?\b/, hosts: ['trend.az'] },
  { name: 'Kun.uz', words: /\bKun\.uz\b/i, hosts: ['kun.uz'] },
  { name: 'Akorda', words: /\bAkorda\b/, hosts: ['akorda.kz'] },
  {
    name: 'President of the Republic of Uzbekistan',
    words: /\bpresident\.uz\b|\bpress service of the President of Uzbekistan\b/i,
    hosts: ['president.uz'],
  },
  { name: 'President of the Republic of Azerbaijan', words: /\bpresident\.az\b/i, hosts: ['president.az'] },
  { name: 'Kazinform', words: /\bKazinform\b/i, hosts: ['inform.kz', 'kazinform.kz', 'qazinform.com'] },
  { name: 'UzDaily', words: /\bUzDaily(?:\.com)?\b/i, hosts: ['uzdaily.uz'] },
  { name: 'Gazeta.uz', words: /\bGazeta\.uz\b/i, hosts: ['gazeta.uz'] },
  { name: 'Dunyo', words: /\bDunyo\b/, hosts: ['dunyo.info'] },
  { name: 'UzA', words: /\bUzA\b/, hosts: ['uza.uz'] },
  { name: 'AZERTAC', words: /\bAZERTAC\b/i, hosts: ['azertag.az'] },
  { name: 'APA', words: /\bAPA\b/, hosts: ['apa.az'] },
  { name: 'Report.az', words: /\bReport\.az\b/i, hosts: ['report.az'] },
  { name: 'AzerNews', words: /\bAzerNews\b/i, hosts: ['azernews.az'] },
  { name: 'The Astana Times', words: /\bAstana Times\b/, hosts: ['astanatimes.com'] },
  { name: 'The Gulf Observer', words: /\bGulf Observer\b/, hosts: ['thegulfobserver.com'] },
  { name: 'Caspian News', words: /\bCaspian News\b/, hosts: ['caspiannews.com'] },
  { name: 'Reuters', words: /\bReuters\b/, hosts: ['reuters.com'] },
  { name: 'TASS', words: /\bTASS\b/, hosts: ['tass.com', 'tass.ru'] },
  { name: 'Interfax', words: /\bInterfax\b/, hosts: ['interfax.com', 'interfax.ru'] },
];
