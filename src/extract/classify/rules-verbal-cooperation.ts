import { type CameoRule, rules } from './cameo-rule.ts';

/** CAMEO roots 01–05: statements, appeals, intents, consultations, diplomatic cooperation. */
export const VERBAL_COOPERATION: CameoRule[] = rules([
  // Relations raised to a named level ("elevated from a strategic partnership to an alliance"):
  // the milestone a joint declaration records.
  [
    '057',
    '(?:elevat|upgrad|rais)(?:ed|es|e|ing)\\s+(?:their\\s+|the\\s+|bilateral\\s+|its\\s+)*(?:relations|ties|relationship|partnership)\\s+(?:[^.;]{0,80}?\\s)?to\\s+(?:the\\s+(?:level|status)\\s+of\\s+)?(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:partnership|alliance|allies)|(?:relations|ties|relationship|partnership)\\s+(?:[^.;]{0,60}?\\s)?(?:were|was|have\\s+been|has\\s+been)\\s+(?:elevated|upgraded|raised)\\s+(?:[^.;]{0,60}?\\s)?to\\s+(?:the\\s+(?:level|status)\\s+of\\s+)?(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:partnership|alliance)',
  ],
  // 05 before 04: "established diplomatic relations", "opened an embassy" are the event, not a meeting.
  [
    '054',
    'establish(?:ed|es|ing)?\\s+(?:of\\s+)?(?:full\\s+)?diplomatic\\s+(?:relations|ties)|establishment\\s+of\\s+(?:full\\s+)?diplomatic\\s+(?:relations|ties)|diplomatic\\s+(?:relations|ties)\\s+(?:[\\w-]+\\s+){0,10}?(?:were|was|have\\s+been|had\\s+been)\\s+(?:officially\\s+)?(?:established|restored)|(?:embassy|consulate)\\s+(?:of\\s+[\\w\\s-]{2,40}?\\s+)?(?:in\\s+[\\w\\s-]{2,40}?\\s+)?(?:has\\s+|have\\s+)?(?:operated|functioned|worked)\\s+since|recogni[sz](?:ed|es|e|ing)\\s+(?:the\\s+)?(?:independence|sovereignty)|recognition\\s+of\\s+(?:the\\s+|its\\s+)?(?:independence|sovereignty)|(?:first|one\\s+of\\s+the\\s+first|among\\s+the\\s+first)\\s+(?:[\\w-]+\\s+){0,2}?(?:country|countries|state|states|nation|nations)\\s+to\\s+(?:officially\\s+)?recogni[sz]e|(?:opened|opens|open|inaugurated)\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:embassy|consulate)|(?:embassy|consulate(?:\\s+general)?)\\s+(?:of\\s+[\\w\\s-]{2,40}?\\s+)?(?:in\\s+[\\w\\s-]{2,40}?\\s+)?(?:was|were|has been)\\s+(?:opened|inaugurated|established)|opening\\s+of\\s+(?:the\\s+|an?\\s+)?(?:embassy|consulate)|diplomatic\\s+recognition|upgraded\\s+(?:their\\s+)?(?:diplomatic\\s+)?(?:ties|relations)',
  ],
  [
    '0871',
    'declared?\\s+(?:a\\s+)?(?:unilateral\\s+)?(?:cease-?fire|truce)|(?:agreed|agree|agreeing)\\s+(?:to|on|upon)\\s+(?:a\\s+|an?\\s+|the\\s+)?(?:complete\\s+|full\\s+|humanitarian\\s+)?(?:cease-?fire|truce)|(?:cease-?fire|truce)\\s+(?:was|has been|came)\\s+(?:declared|agreed|announced|into force|reached)|(?:announced|brokered|reached|signed)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:cease-?fire|truce)|agreed\\s+(?:[^.;]{0,40}?\\s)?to\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:cease-?fire|truce)',
  ],
  [
    '057',
    'sign(?:ed|s|ing)?\\s+(?:a|an|the|\\d+|several|two|three|four|five|six|seven|eight|nine|ten|\\w+teen|twenty|their|joint|bilateral|new)?\\s*(?:\\w+\\s+){0,3}?(?:treaty|treaties|agreements?|accords?|protocols?|conventions?|memorand\\w*|mou\\S*|declarations?|documents|pacts?|deals?|contracts?|charter|communiqu\\S*|road ?maps?|action plans?|statements?|decisions?|package)|(?:treaty|agreements?|accords?|memorand\\w*|mou\\S*|documents?|declarations?|protocols?|action plans?|road ?maps?|statements?)\\s+(?:[^.;]{0,100}?\\s)?(?:were|was|have been|has been)\\s+(?:also\\s+|officially\\s+|then\\s+|jointly\\s+)?(?:signed|adopted|concluded|initialled)|(?:treaty|agreement|declaration|memorandum|protocol|convention|accord)\\s+(?:on|of|between)\\s+[^.;]{0,140}?,?\\s+(?:signed|adopted|concluded)\\s+(?:in|on|at|by)|(?:signing|conclusion)\\s+of\\s+(?:the\\s+|an?\\s+)?(?:treaty|agreement|accord|memorandum|declaration|protocol)|(?:adopted|concluded|initialled)\\s+(?:an?\\s+|the\\s+)?(?:joint\\s+)?(?:declaration|agreement|treaty|memorandum|statement)',
  ],
  ['056', 'forgiv(?:e|es|en|ing)|pardon(?:ed|s)?'],
  ['055', 'apologi[sz](?:ed|es|e|ing)|apolog(?:y|ies)'],
  ['053', 'urged\\s+[\\w\\s]{2,40}?\\s+to\\s+support|rall(?:ied|y|ies)\\s+support'],
  ['052', 'defended|defends?\\s+(?:the|its|their)'],
  [
    '051',
    '(?:highly\\s+)?prais(?:ed|es|e|ing)|commend(?:ed|s)?|endors(?:ed|es|e)|hailed|lauded|applaud(?:ed|s)|welcomed|appreciat(?:ed|es|e)|expressed\\s+(?:his|her|their|its)?\\s*(?:support|gratitude|appreciation)|congratulat(?:ed|es|e|ory|ions)|voiced\\s+(?:\\w+\\s+)?support|spoke\\s+highly',
  ],
  ['050', 'diplomatic\\s+cooperation|restor(?:ed|e)\\s+(?:diplomatic\\s+)?(?:ties|relations)'],
  [
    '046',
    'negotiat(?:ed|ions?|ing|es|e)|peace\\s+talks|round\\s+of\\s+talks|(?:meeting|session)\\s+of\\s+(?:the\\s+)?[^.;]{0,80}?(?:commission|council|forum)\\b[^.;]{0,120}?\\b(?:was|were)\\s+(?:held|convened)|(?:commission|council)\\s+(?:[^.;]{0,60}?\\s)?(?:held\\s+(?:its\\s+)?(?:\\w+\\s+){0,2}(?:meeting|session)|had\\s+met|met\\s+in)|(?:its|the)\\s+(?:\\w+\\s+)?session\\s+was\\s+held|business\\s+forum\\s+(?:was\\s+)?held|held\\s+(?:a\\s+)?(?:session|meeting)\\s+of\\s+the\\s+(?:joint\\s+|bilateral\\s+)?(?:intergovernmental|interstate|joint)\\s+(?:commission|council)|(?:session|meeting)\\s+of\\s+the\\s+(?:joint\\s+|bilateral\\s+)?(?:intergovernmental|supreme\\s+interstate|interstate)\\s+(?:commission|council)\\s+(?:was\\s+)?(?:held|took place|convened)|renewed\\s+(?:talks|negotiations)',
  ],
  ['045', 'mediat(?:ed|es|e|ion|ing)|brokered|go-between'],
  [
    '044',
    'met\\s+(?:in|at)\\s+(?:a\\s+)?(?:third|neutral)|return\\s+to\\s+\\p{Lu}\\w+\\s+(?:this|next)\\s+week\\s+for\\s+talks?|meet\\s+in\\s+geneva|talks?\\s+in\\s+(?:geneva|vienna|brussels|washington|moscow|istanbul|paris)',
  ],
  [
    '043',
    'host(?:ed|s|ing)|received\\s+(?:the\\s+|a\\s+|an\\s+)?(?:visiting\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:delegation|president|prime\\s+minister|foreign\\s+minister|minister|head|envoy|ambassador|secretary|chancellor|king|emir|speaker)|welcomed\\s+(?:the\\s+)?(?:visiting|delegation)|played\\s+host|(?:was|were)\\s+welcomed\\s+by|(?:was|were)\\s+visited\\s+by',
  ],
  [
    '042',
    'visit(?:ed|s|ing)?\\s+(?:to\\s+)?\\p{L}+|paid\\s+(?:an?\\s+)?(?:official\\s+|state\\s+|working\\s+|brief\\s+|two-day\\s+|three-day\\s+)*visit|(?:official|state|working|friendly)\\s+visit|visit\\s+of\\s+(?:the\\s+)?(?:president|prime minister|foreign minister|minister|\\p{L}+)|(?:arrived|arrives|arriving)\\s+in|travel(?:l?ed|s)\\s+to|trip\\s+to|(?:went|flew|came|come)\\s+to|(?:had|has|have)\\s+(?:already\\s+|previously\\s+|also\\s+)?been\\s+(?:in|to)\\s+(?!force|effect|talks|contact|office|power|place|charge)\\p{L}+|attended\\s+(?:the\\s+)?[^.;]{0,60}?\\s+in\\s+\\p{L}+|tour\\s+of|visited',
  ],
  [
    '041',
    'telephon(?:ed|e)|phone\\s+(?:call|conversation|talks?)|(?:spoke|talked)\\s+(?:by|on\\s+the)\\s+(?:tele)?phone|video\\s+(?:call|conference|link)|called\\s+(?:his|her)\\s+counterpart|calls?\\s+with|held\\s+(?:a\\s+)?(?:tele)?phone',
  ],
  [
    '040',
    'exchanged\\s+views|held\\s+(?:[\\w-]+\\s+){0,3}?(?:talks|consultations|negotiations|meetings?|discussions)|met\\s+(?:with\\s+)?(?:\\p{L}+|his|her|their|the)|consult(?:ed|ations)|(?:bilateral|first|tete-a-tete|one-on-one)\\s+meeting|discussed|talks\\s+(?:with|between)',
  ],
  ['039', '(?:will|to|offered\\s+to)\\s+mediate'],
  ['038', '(?:would|will)\\s+meet\\s+(?:u\\.?n\\.?\\s+)?mediator|accept(?:ed|s)?\\s+(?:the\\s+)?mediation'],
  ['037', 'accepted\\s+(?:a\\s+)?formula|agreed\\s+to\\s+settle|(?:will|would)\\s+settle'],
  ['0356', 'agreed\\s+to\\s+(?:a\\s+)?(?:withdraw|pull\\s*back|de-?escalat)'],
  ['0353', '(?:will|would|to)\\s+(?:free|release)'],
  ['035', 'offered\\s+concessions|(?:will|ready\\s+to)\\s+yield'],
  [
    '034',
    '(?:promised|pledged|vowed)\\s+to\\s+(?:democratize|reform|resign|allow)|agreed\\s+to\\s+resign|committed\\s+to\\s+opening|will\\s+allow|is\\s+prepared\\s+to\\s+lift',
  ],
  [
    '036',
    'will\\s+(?:visit|meet|hold\\s+talks)|(?:plans?|planned|intends?|agreed|invited\\s+\\w+)\\s+to\\s+(?:visit|meet|hold\\s+talks)|invit(?:ed|ation|es|e)|(?:agreed|agree|decided)\\s+(?:to\\s+)?(?:hold|organi[sz]e|convene)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:next\\s+|another\\s+|new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:talks|meetings?|sessions?|round|visits|consultations)|(?:expected|scheduled)\\s+to\\s+(?:visit|meet|arrive)',
  ],
  [
    '033',
    '(?:will|would|willing\\s+to|ready\\s+to|promised\\s+to|pledged\\s+to|offered\\s+to)\\s+(?:send|provide|give|grant|contribute|continue\\s+(?:military\\s+)?aid|help)|pledged\\s+(?:aid|assistance|\\$)|promised\\s+(?:aid|assistance|to\\s+continue)',
  ],
  ['032', 'will\\s+support|pledged\\s+(?:its\\s+)?support|promised\\s+(?:its\\s+)?support'],
  [
    '031',
    '(?:seek(?:s|ing)?|sought|want(?:s|ed)?|aim(?:s|ed)?|hope(?:s|d)?)\\s+to\\s+(?:deepen|expand|strengthen|boost|develop|broaden|increase|double)\\s+(?:their\\s+|its\\s+|the\\s+|a\\s+|bilateral\\s+)*(?:[\\w-]+\\s+){0,2}?(?:partnership|cooperation|ties|relations|trade|investment)|(?:agreed|agree|decided)\\s+(?:on\\s+[\\w\\s,]{3,24}?\\s+)?to\\s+(?:set\\s+up|establish|create|build|launch|expand|develop|diversify|increase|undertake|exchange|cooperate|strengthen|deepen|boost|raise|bring|double|instruct|open)|instructed\\s+(?:their\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?to\\s+\\w+|agreed\\s+(?:up)?on\\s+(?:a\\s+)?(?:new\\s+)?(?:free-?\\s?trade|pact|deal|plan)|reached\\s+(?:a\\s+)?consensus|an\\s+agreement\\s+was\\s+reached|reached\\s+(?:an?\\s+)?agreement\\s+(?:to|on)|expressed\\s+(?:the\\s+)?(?:idea|readiness|interest|intention)|propos(?:ed|es|e|al)|offered\\s+to|(?:has\\s+)?offered\\s+to\\s+hand',
  ],
  [
    '030',
    // "agreed to share information", "agreed in principle on Saturday to provide": an intent to act.
    '(?:has\\s+|have\\s+|had\\s+)?agreed\\s+(?:in\\s+principle\\s+)?(?:(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\\s+)?to\\s+(?!a\\b|an\\b|the\\b|this\\b|that\\b|it\\b)[\\p{L}-]+|(?:agreed|agree)\\s+(?:(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\\s+)?(?:that|on\\s+the\\s+need)|(?:committed|commit|commits|recommitted)\\s+(?:themselves\\s+|itself\\s+)?to\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}(?:agreement|treaty|deal|settlement|cease-?fire|process|plan)|should\\s+cooperate|will\\s+cooperate|expressed\\s+(?:their\\s+)?(?:commitment|determination)|intent\\s+to\\s+cooperate|pledged\\s+to\\s+(?:cooperate|strengthen|deepen)',
  ],
  [
    '028',
    '(?:called|calls|urged)\\s+on\\s+[\\w\\s.]{2,60}?\\s+to\\s+broker|appeal(?:ed)?\\s+for\\s+mediation',
  ],
  [
    '027',
    'urges?\\s+[\\w\\s,()]{2,80}?\\s+to\\s+reach\\s+an\\s+agreement|(?:called|urged)\\s+[\\w\\s]{2,40}?\\s+to\\s+settle',
  ],
  [
    '026',
    'requested\\s+(?:an?\\s+)?(?:urgent\\s+)?(?:\\w+\\s+)?(?:meeting|talks|session)|(?:called|calls)\\s+for\\s+(?:talks|negotiations|a\\s+meeting|dialogue)',
  ],
  [
    '0256',
    '(?:called|calls|appealed)\\s+(?:on\\s+\\w+\\s+)?for\\s+(?:the\\s+)?(?:withdrawal|cease-?fire|de-?escalation)',
  ],
  [
    '023',
    '(?:asked|appealed\\s+to|called\\s+on)\\s+[\\w\\s-]{2,60}?\\s+(?:for|to\\s+(?:help|send|provide))|asked\\s+[\\w\\s.-]{2,60}?\\s+for\\s+(?:\\w+\\s+)?(?:aid|help|assistance|delivery)|will\\s+ask\\s+[\\w\\s]{2,40}?\\s+to\\s+help|(?:called|calls)\\s+on\\s+the\\s+world\\s+community\\s+to\\s+help',
  ],
  [
    '024',
    'urg(?:ed|es|ing)\\s+[\\w\\s]{2,40}?\\s+to\\s+send|reform\\s+petitions?|pushed\\s+[\\w\\s]{2,40}?\\s+for\\s+a\\s+new|called\\s+on\\s+[\\w\\s]{2,60}?\\s+to\\s+resign|(?:needs|must)\\s+to\\s+enact|urged\\s+[\\w\\s]{2,40}?\\s+to\\s+honou?r|will\\s+tell\\s+[\\w\\s]{2,60}?\\s+(?:that|needs)',
  ],
  [
    '021',
    'urg(?:ed|es|e|ing)|request(?:ed|s)?\\s+to|(?:called|calls)\\s+(?:on|for)|appeal(?:ed|s)?|has\\s+asked|asked\\s+(?:\\p{L}+|the|for)|renewed\\s+an\\s+appeal|wants\\s+\\p{Lu}\\w*\\s+to',
  ],
  [
    '019',
    'agreed\\s+(?:today\\s+)?there\\s+was|share(?:d|s)?\\s+(?:the\\s+)?(?:view|position)|express(?:ed)?\\s+accord',
  ],
  [
    '018',
    '(?:expressed|sent|conveyed|offered)\\s+(?:his\\s+|her\\s+|their\\s+|its\\s+|deep\\s+|sincere\\s+)*condolences|condolence|sympath(?:y|ies)|mourn',
  ],
  ['016', 'denied|denies|deny|rejected\\s+(?:the\\s+)?(?:accusations|charges|allegations)'],
  ['015', 'claimed\\s+responsibility|admitted|acknowledged'],
  [
    '014',
    'explor(?:ing|ed|es)\\s+the\\s+possibility|consider(?:ing|ed|s)|review(?:ing|ed)|study(?:ing)?\\s+(?:the\\s+)?(?:option|possibility)',
  ],
  [
    '013',
    '(?:was|were|is|are)\\s+(?:confident|optimistic|hopeful)|expressed\\s+(?:confidence|optimism|hope)',
  ],
  [
    '012',
    '(?:was|were|is|are)\\s+(?:skeptical|sceptical|pessimistic|doubtful|concerned)|expressed\\s+(?:doubt|pessimism|concern)',
  ],
  ['011', 'declined\\s+to\\s+comment|refused\\s+to\\s+comment|no\\s+comment'],
  [
    '~010',
    'said|says|stated|announced|noted|told|declared|reported|remarked|commented|added|addressed|sent\\s+(?:a\\s+)?(?:message|letter)|message',
  ],
]);
