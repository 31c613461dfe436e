import { type CameoRule, rules } from './cameo-rule.ts';

/** CAMEO roots 06–09: material cooperation, aid, yielding, investigation. */
export const MATERIAL_COOPERATION: CameoRule[] = rules([
  [
    '0871',
    '(?:cease-?fire|truce)\\s+(?:[\\w-]+\\s+){0,5}?(?:took|came)\\s+(?:effect|hold|into\\s+force)|observ(?:ed|ing)\\s+(?:the\\s+)?(?:cease-?fire|truce)',
  ],
  [
    '0872',
    'lift(?:ed|s)?\\s+(?:a\\s+|the\\s+)?(?:day-old\\s+|naval\\s+|military\\s+)?blockade|eased\\s+(?:the\\s+)?blockade',
  ],
  ['0873', 'demobili[sz](?:ed|e|ation)|disarm(?:ed|ament)'],
  ['0874', 'surrender(?:ed|s)?|retreat(?:ed|s)?|withdr(?:ew|awn)\\s+(?:its\\s+|their\\s+)?(?:troops|forces)'],
  [
    '0861',
    '(?:peacekeep\\w*|peacekeeping\\s+troops)\\s+(?:arrived|deployed)\\s+in|(?:batch|patch|contingent)\\s+of\\s+[\\w\\s]{0,30}?peacekeep',
  ],
  ['0862', '(?:dispatched|sent|admitted|allowed)\\s+inspectors'],
  ['0863', 'humanitarian\\s+access'],
  ['086', 'received\\s+a\\s+mission\\s+of\\s+observers|allow(?:ed)?\\s+(?:international\\s+)?observers'],
  [
    '085',
    'lift(?:ed|s)?\\s+(?:the\\s+)?(?:economic\\s+)?(?:sanctions|embargo(?:es)?)|eas(?:ed|es)\\s+(?:the\\s+)?sanctions',
  ],
  ['0842', 'release[ds]?\\s+(?:an?\\s+)?(?:impounded|seized)'],
  [
    '0841',
    '(?:released|freed|set\\s+free)\\s+(?:the\\s+|\\d+\\s+|a\\s+)?|handed\\s+over\\s+(?:the\\s+)?(?:prisoners|detainees|bodies|hostages)|prisoner\\s+(?:exchange|swap)|exchanged\\s+prisoners',
  ],
  ['084', 'return(?:ed|ing)?\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?to\\s+\\p{L}+|returning\\s+the'],
  ['0834', 'conceded|overhaul'],
  ['0831', 'recogni[sz]ing\\s+victories|approved\\s+a\\s+[“"]?special\\s+law'],
  ['0833', 'allowed\\s+(?:opposition|the\\s+opposition)'],
  ['0832', 'introduced\\s+a\\s+legally-binding|has\\s+introduced'],
  ['083', 'accepted\\s+demands|acceded|gave\\s+in\\s+to'],
  ['082', 'called\\s+off\\s+(?:a\\s+|the\\s+)?(?:\\w+-day\\s+)?(?:strike|protest|demonstration)'],
  ['0814', 'eased\\s+emergency|lifted\\s+(?:the\\s+)?(?:state\\s+of\\s+emergency|martial\\s+law)'],
  ['0813', 'lifted\\s+(?:a\\s+|the\\s+)?(?:night\\s+)?curfew'],
  ['0812', 'decided\\s+to\\s+allow\\s+candidate'],
  ['0811', 'cancell?ed\\s+restrictions|abolished\\s+restrictions'],
  ['081', '(?:steps|moves)\\s+to\\s+(?:enhance|ease)|eased\\s+restrictions'],
  ['080', 'paid\\s+compensation|compensat(?:ed|ion)\\s+(?:to|for)|yielded|conceded\\s+defeat'],
  ['094', 'investigat(?:ing|ed|ion)\\s+(?:into\\s+)?(?:alleged\\s+)?war\\s+crimes'],
  ['093', '(?:completed|opened|launched)\\s+(?:its\\s+|an?\\s+)?investigation\\s+into\\s+an?\\s+allegation'],
  ['092', 'investigated\\s+(?:the\\s+)?welfare|investigat\\w*\\s+(?:into\\s+)?(?:human\\s+rights|abuses)'],
  [
    '091',
    '(?:opened|launched)\\s+(?:\\w+\\s+)?investigations?|investigat\\w*\\s+(?:into\\s+)?(?:fraud|corruption|crime)',
  ],
  ['090', 'to\\s+investigate|investigat(?:ed|es|ing|ion)|inquir(?:y|ed)\\s+into|probe[ds]?\\b'],
  ['075', 'grant(?:ed|s)?\\s+(?:diplomatic\\s+|political\\s+)?asylum'],
  [
    '074',
    'peacekeeping\\s+(?:troops|force|forces)\\s+(?:have\\s+)?arrived|deploy(?:ed|ment)\\s+of\\s+(?:\\w+\\s+)?peacekeep',
  ],
  [
    '073',
    '(?:handed\\s+over|delivered|sent|donated)\\s+[\\w\\s,]{0,40}?(?:medicine|food|tents|blankets|relief|humanitarian)|humanitarian\\s+(?:aid|assistance|cargo)\\s+(?:was\\s+)?(?:sent|delivered|provided)',
  ],
  [
    '072',
    '(?:send|sent|continued\\s+to\\s+send|supplied|delivered)\\s+(?:arms|weapons|military\\s+equipment)|military\\s+(?:aid|assistance)\\s+(?:was\\s+)?(?:provided|sent)',
  ],
  [
    '071',
    'gave\\s+[\\w\\s]{2,30}?\\s+[\\d.]+\\s+(?:million|billion)|(?:provided|granted|extended)\\s+(?:an?\\s+)?(?:loan|grant|credit)|economic\\s+aid\\s+(?:was\\s+)?(?:provided|given)',
  ],
  [
    '070',
    '(?:donated|provided|delivered|sent)\\s+(?:\\$?[\\d,.]+\\s+)?(?:\\w+\\s+){0,3}?(?:aid|assistance|goods|supplies|help)|(?:provided|rendered|extended)\\s+(?:\\w+\\s+)?(?:assistance|aid|support)',
  ],
  [
    '064',
    'shared\\s+(?:evidence|intelligence|information)|exchange\\s+(?:of\\s+)?(?:information|intelligence)',
  ],
  [
    '063',
    'extradit(?:ed|es)|handed\\s+over\\s+(?:the\\s+)?(?:suspect|fugitive)|judicial\\s+cooperation|legal\\s+assistance',
  ],
  [
    '062',
    '(?:launched|held|conducted|began|started)\\s+(?:\\w+\\s+){0,3}?(?:joint\\s+)?(?:military\\s+|naval\\s+|tactical\\s+|command-staff\\s+)?(?:exercises|war\\s+games|drills|manoeuvres|maneuvers)|joint\\s+(?:military\\s+)?(?:exercises|drills|war\\s+games)|military(?:-technical)?\\s+cooperation|defen[cs]e\\s+cooperation|arms\\s+(?:deal|sale)',
  ],
  // A cross "Year of" programme ("the Year of Kazakhstan in Uzbekistan") declared, opened or held.
  [
    '061',
    '(?:declared|proclaimed|announced|opened|launched|inaugurated|held|marked|celebrated)\\s+(?:as\\s+)?(?:the\\s+)?["“]?year\\s+of\\s+[\\p{L}-]+\\s+in\\s+[\\p{L}-]+|["“]?year\\s+of\\s+[\\p{L}-]+\\s+in\\s+[\\p{L}-]+["”]?\\s+(?:was|were|has\\s+been)\\s+(?:declared|proclaimed|opened|held|launched)',
  ],
  [
    '061',
    '(?:pipeline|railway|railroad|highway|bridge|corridor|terminal|power\\s+plant|plant)\\b[^.;]{0,60}?\\s(?:was|were)\\s+(?:officially\\s+|formally\\s+|solemnly\\s+)?(?:inaugurated|opened|launched|commissioned)|inaugurated\\s+(?:the\\s+)?[^.;]{0,40}?(?:pipeline|railway|bridge|plant)|(?:establish(?:ed|ment\\s+of)?|set\\s+up|created?|launch(?:ed)?)\\s+(?:an?\\s+|the\\s+)?(?:joint\\s+)?(?:investment\\s+fund|fund|company|venture|enterprise|bank)|joint\\s+(?:venture|projects?|enterprises?|investment\\s+fund)|implementation\\s+of\\s+(?:joint\\s+)?projects|(?:investment|investments|trade\\s+turnover)\\s+(?:rose|grew|increased|flows)|economic\\s+cooperation|free\\s+economic\\s+zones?|industrial\\s+(?:park|zone)|investment\\s+flows|(?:foreign\\s+direct\\s+)?investment\\s+flows',
  ],
  [
    '060',
    'sharing\\s+expertise|declared\\s+(?:as\\s+)?the\\s+year\\s+of|cooperat(?:ed|ing)\\s+(?:in|on)|(?:developing|develop|expand(?:ing|ed)?|deepen(?:ing|ed)?)\\s+cooperation',
  ],
]);
