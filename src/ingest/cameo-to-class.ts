/**
 * Maps CAMEO codes of machine-coded events to the project's event classes (src/core/event-classes.ts).
 * Specific codes first, then the root: every one of CAMEO's 20 roots lands on a class, so no lake
 * event is left unclassed. Machine coding cannot tell a state visit from a working one, so 042/043
 * map to the generic `visit`; the lasting classes (`sanction`) are used only for the codes that name
 * exactly that state.
 */

const BY_CODE: Readonly<Record<string, string>> = {
  '040': 'meeting',
  '041': 'phone_call',
  '042': 'visit',
  '043': 'visit',
  '044': 'meeting',
  '045': 'meeting',
  '046': 'meeting',
  '051': 'praise',
  '052': 'praise',
  '053': 'praise',
  '054': 'diplomatic_relations',
  '055': 'message',
  '056': 'message',
  '057': 'agreement',
  '061': 'economic_cooperation',
  '062': 'military_cooperation',
  '063': 'economic_cooperation',
  '064': 'military_cooperation',
  '160': 'relations_severed',
  '161': 'relations_severed',
  '162': 'sanction',
  '163': 'sanction',
  '164': 'protest',
  '165': 'protest',
  '166': 'expel_diplomats',
};

/** The class of each root, for codes `BY_CODE` does not name. */
const BY_ROOT: Readonly<Record<string, string>> = {
  '01': 'message', // make public statement
  '02': 'intent', // appeal
  '03': 'intent', // express intent to cooperate
  '04': 'meeting', // consult
  '05': 'praise', // engage in diplomatic cooperation
  '06': 'economic_cooperation', // engage in material cooperation
  '07': 'aid', // provide aid
  '08': 'intent', // yield: concessions promised or made
  '09': 'criticism', // investigate
  '10': 'criticism', // demand
  '11': 'criticism', // disapprove
  '12': 'criticism', // reject
  '13': 'threat', // threaten
  '14': 'protest', // protest
  '15': 'threat', // exhibit force posture
  '16': 'relations_severed', // reduce relations
  '17': 'border_incident', // coerce
  '18': 'armed_clash', // assault
  '19': 'armed_clash', // fight
  '20': 'armed_clash', // use unconventional mass violence
};

/** The event class of a CAMEO code (`'0431'` → `visit`), or undefined for a code outside CAMEO's roots. */
export function cameoToClass(code: string): string | undefined {
  const c = code.trim();
  return BY_CODE[c.slice(0, 3)] ?? BY_ROOT[c.slice(0, 2)];
}
