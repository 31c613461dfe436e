/**
 * Who publishes a text: the outlets and institutions the record cites, with the name they give
 * themselves, the hosts they publish on (any subdomain), and, where a text's head names them
 * ("Trend reports", "(Kazinform)", "Akorda press service"), the words that do. Data, not code: a
 * publisher is added here. A site not listed is named by its host.
 */
export type Publisher = {
  /** The name a reference shows. */
  name: string;
  hosts: readonly string[];
  /** Words naming it at the head of a text. */
  words?: RegExp;
};

export const PUBLISHERS: readonly Publisher[] = [
  { name: '24.kg News Agency', hosts: ['24.kg'] },
  { name: 'A News', hosts: ['anews.com.tr'] },
  { name: 'Akorda', hosts: ['akorda.kz'], words: /\bAkorda\b/ },
  { name: 'APA', hosts: ['apa.az'], words: /\bAPA\b/ },
  { name: 'AzerNews', hosts: ['azernews.az'], words: /\bAzerNews\b/i },
  { name: 'AZERTAC (Azerbaijan State News Agency)', hosts: ['azertag.az'], words: /\bAZERTAC\b/i },
  { name: 'Caliber.az', hosts: ['caliber.az'] },
  { name: 'Caspian News', hosts: ['caspiannews.com'], words: /\bCaspian News\b/ },
  { name: 'Day.Az', hosts: ['day.az'] },
  { name: 'Dunyo', hosts: ['dunyo.info'], words: /\bDunyo\b/ },
  { name: 'EADaily', hosts: ['eadaily.com'] },
  { name: 'EIN Presswire', hosts: ['einpresswire.com'] },
  { name: 'Gazeta.Ru', hosts: ['gazeta.ru'] },
  { name: 'Gazeta.uz', hosts: ['gazeta.uz'], words: /\bGazeta\.uz\b/i },
  { name: 'Government Portal of the Republic of Uzbekistan', hosts: ['gov.uz'] },
  { name: 'Heydar Aliyev Heritage Research Center', hosts: ['lib.aliyev-heritage.org'] },
  { name: 'Interfax', hosts: ['interfax.com', 'interfax.ru'], words: /\bInterfax\b/ },
  { name: 'Kazinform', hosts: ['inform.kz', 'kazinform.kz', 'qazinform.com'], words: /\bKazinform\b/i },
  { name: 'Kun.uz', hosts: ['kun.uz'], words: /\bKun\.uz\b/i },
  { name: 'MENAFN', hosts: ['menafn.com'] },
  { name: 'Ministry of Foreign Affairs of Türkiye', hosts: ['mfa.gov.tr'] },
  { name: 'Ministry of Foreign Affairs of the Republic of Uzbekistan', hosts: ['mfa.uz'] },
  { name: 'News.az', hosts: ['news.az'] },
  { name: 'Nezavisimaya Gazeta', hosts: ['ng.ru'] },
  { name: 'OC Media', hosts: ['oc-media.org'] },
  { name: 'President of the Republic of Azerbaijan', hosts: ['president.az'], words: /\bpresident\.az\b/i },
  {
    name: 'President of the Republic of Uzbekistan',
    hosts: ['president.uz'],
    words: /\bpresident\.uz\b|\bpress service of the President of Uzbekistan\b/i,
  },
  { name: 'Report News Agency', hosts: ['report.az'], words: /\bReport\.az\b/i },
  { name: 'Reuters', hosts: ['reuters.com'], words: /\bReuters\b/ },
  { name: 'Sputnik', hosts: ['sputniknews.ru'] },
  { name: 'Tashkent Times', hosts: ['tashkenttimes.uz'] },
  { name: 'TASS', hosts: ['tass.com', 'tass.ru'], words: /\bTASS\b/ },
  { name: 'The Astana Times', hosts: ['astanatimes.com'], words: /\bAstana Times\b/ },
  { name: 'The Gulf Observer', hosts: ['thegulfobserver.com'], words: /\bGulf Observer\b/ },
  { name: 'Today.az', hosts: ['today.az'] },
  { name: 'Trend News Agency', hosts: ['trend.az'], words: /\bTrend(?:\s+News\s+Agency)?\b/ },
  { name: 'Turan Information Agency', hosts: ['turan.az'] },
  { name: 'UzA (National News Agency of Uzbekistan)', hosts: ['uza.uz'], words: /\bUzA\b/ },
  { name: 'UzDaily', hosts: ['uzdaily.uz'], words: /\bUzDaily(?:\.com)?\b/i },
  { name: 'Vestnik Kavkaza', hosts: ['vestikavkaza.ru'] },
  { name: 'Yeni Şafak', hosts: ['yenisafak.com'] },
];

const BY_HOST = new Map(PUBLISHERS.flatMap((p) => p.hosts.map((h) => [h, p.name] as const)));

/** The publisher of a host (`en.trend.az` → Trend News Agency), matching the host or a parent domain. */
export function publisherOfHost(host: string): string | undefined {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = BY_HOST.get(parts.slice(i).join('.'));
    if (name) return name;
  }
  return undefined;
}
