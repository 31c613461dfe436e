/**
 * Who publishes a site, for references that carry only an address: the names the outlets and
 * institutions give themselves. A site not listed is named by its host.
 */
const PUBLISHERS: Record<string, string> = {
  '24.kg': '24.kg News Agency',
  'anews.com.tr': 'A News',
  'azernews.az': 'AzerNews',
  'azertag.az': 'AZERTAC (Azerbaijan State News Agency)',
  'caliber.az': 'Caliber.az',
  'day.az': 'Day.Az',
  'eadaily.com': 'EADaily',
  'einpresswire.com': 'EIN Presswire',
  'gazeta.ru': 'Gazeta.Ru',
  'gazeta.uz': 'Gazeta.uz',
  'gov.uz': 'Government Portal of the Republic of Uzbekistan',
  'inform.kz': 'Kazinform',
  'interfax.com': 'Interfax',
  'kun.uz': 'Kun.uz',
  'lib.aliyev-heritage.org': 'Heydar Aliyev Heritage Research Center',
  'menafn.com': 'MENAFN',
  'mfa.gov.tr': 'Ministry of Foreign Affairs of Türkiye',
  'mfa.uz': 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
  'news.az': 'News.az',
  'ng.ru': 'Nezavisimaya Gazeta',
  'oc-media.org': 'OC Media',
  'president.az': 'President of the Republic of Azerbaijan',
  'president.uz': 'President of the Republic of Uzbekistan',
  'report.az': 'Report News Agency',
  'sputniknews.ru': 'Sputnik',
  'tashkenttimes.uz': 'Tashkent Times',
  'thegulfobserver.com': 'The Gulf Observer',
  'today.az': 'Today.az',
  'trend.az': 'Trend News Agency',
  'turan.az': 'Turan Information Agency',
  'uza.uz': 'UzA (National News Agency of Uzbekistan)',
  'uzdaily.uz': 'UzDaily',
  'vestikavkaza.ru': 'Vestnik Kavkaza',
  'yenisafak.com': 'Yeni Şafak',
};

/** The publisher of a host (`en.trend.az` → Trend News Agency), matching the host or a parent domain. */
export function publisherOfHost(host: string): string | undefined {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = PUBLISHERS[parts.slice(i).join('.')];
    if (name) return name;
  }
  return undefined;
}
