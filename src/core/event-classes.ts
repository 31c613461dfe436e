/**
 * The project's event classes (DESIGN.md): what happened, each mapped to a CAMEO code and so to a
 * Goldstein weight. Impulses and half-lives live in the level parameters, not here.
 */

export type EventClassInfo = {
  /** Class name as used in data, API and docs. */
  name: string;
  /** Default CAMEO code for the class. */
  cameo: string;
  /** Other CAMEO codes that also map to this class. */
  alsoCameo: string[];
  /** A coarse family used to compare classes (e.g. all visits are `visit`). */
  family: EventFamily;
  /** True for states that last until an end date (sanction in force, ambassador recalled). */
  lasting: boolean;
  description: string;
};

export type EventFamily =
  | 'relations'
  | 'visit'
  | 'meeting'
  | 'contact'
  | 'statement'
  | 'agreement'
  | 'commission'
  | 'intent'
  | 'cooperation'
  | 'verbal_conflict'
  | 'downgrade'
  | 'material_conflict';

const c = (
  name: string,
  cameo: string,
  family: EventFamily,
  description: string,
  alsoCameo: string[] = [],
  lasting = false,
): EventClassInfo => ({ name, cameo, alsoCameo, family, lasting, description });

/** Every event class, in the order DESIGN.md lists them. */
export const EVENT_CLASSES: readonly EventClassInfo[] = [
  c('diplomatic_relations', '054', 'relations', 'diplomatic relations established or restored'),
  c('embassy_opening', '054', 'relations', 'embassy or consulate opened or upgraded'),
  c('state_visit', '043', 'visit', 'state visit by a head of state', ['042']),
  c('official_visit', '043', 'visit', 'official visit by a head of state or government', ['042']),
  c('working_visit', '043', 'visit', 'working visit', ['042']),
  c('visit', '043', 'visit', 'visit of a kind the source does not state', ['042']),
  c('meeting', '040', 'meeting', 'talks, including on the sidelines of a multilateral summit', ['044']),
  c('phone_call', '041', 'contact', 'telephone or video conversation'),
  c('message', '051', 'statement', 'congratulation, condolence, letter', ['018']),
  c('praise', '051', 'statement', 'praise, endorsement, statement of support'),
  c('agreement', '057', 'agreement', 'treaty, agreement, protocol or convention signed'),
  c('mou', '057', 'agreement', 'memorandum, action plan, roadmap or programme signed'),
  c('declaration', '057', 'agreement', 'joint declaration or statement signed'),
  c(
    'commission_meeting',
    '046',
    'commission',
    'intergovernmental commission, council or business forum session',
  ),
  c('intent', '036', 'intent', 'agreement to do something later, invitation, proposal'),
  c('economic_cooperation', '061', 'cooperation', 'fund set up, joint project, economic cooperation'),
  c('military_cooperation', '062', 'cooperation', 'joint exercise, defence cooperation'),
  c('aid', '070', 'cooperation', 'assistance given'),
  c('criticism', '111', 'verbal_conflict', 'criticism or accusation', ['110', '112']),
  c('protest', '130', 'verbal_conflict', 'protest or formal complaint', ['114', '133', '140']),
  c('threat', '130', 'verbal_conflict', 'threat', ['131', '132', '138', '139']),
  c('recall_ambassador', '161', 'downgrade', 'ambassador recalled', [], true),
  c('expel_diplomats', '166', 'downgrade', 'diplomats expelled'),
  c('relations_severed', '161', 'downgrade', 'diplomatic relations broken or suspended', ['160']),
  c('sanction', '163', 'material_conflict', 'sanction or embargo in force', [], true),
  c('border_incident', '170', 'material_conflict', 'border incident, coercion', ['17', '171', '172']),
  c('armed_clash', '190', 'material_conflict', 'armed clash or fighting', ['19', '193', '194', '195']),
];

/**
 * Classes of facts from the reference data sets (provenance `reference`, docs/METHOD.md): never
 * written in a dossier or found by the extractor, so not among {@link EVENT_CLASSES}.
 */
export const REFERENCE_CLASSES: readonly EventClassInfo[] = [
  c('alliance', '057', 'agreement', 'alliance obligation in force (ATOP)', [], true),
  c('diplomatic_representation', '054', 'relations', 'diplomatic representation observed (COW)', [], true),
  c('mid_threat', '138', 'material_conflict', 'militarized dispute: threat to use force', [], true),
  c('mid_display', '150', 'material_conflict', 'militarized dispute: display of force', [], true),
  c('mid_force', '190', 'material_conflict', 'militarized dispute: use of force', [], true),
  c('mid_war', '190', 'material_conflict', 'militarized dispute reaching war', [], true),
  c('war', '190', 'material_conflict', 'inter-state war (COW)', [], true),
  c(
    'armed_conflict',
    '190',
    'material_conflict',
    'interstate or internationalized armed conflict (UCDP)',
    [],
    true,
  ),
  c('rivalry', '110', 'verbal_conflict', 'strategic rivalry', [], true),
];

const BY_NAME = new Map([...EVENT_CLASSES, ...REFERENCE_CLASSES].map((k) => [k.name, k]));

/** The class of that name, or undefined. */
export function eventClass(name: string): EventClassInfo | undefined {
  return BY_NAME.get(name);
}

/** Names of every class, for validation and help texts. */
export const EVENT_CLASS_NAMES: readonly string[] = EVENT_CLASSES.map((k) => k.name);
