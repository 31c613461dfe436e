import data from '../../data/cameo.json' with { type: 'json' };

/** One CAMEO event code. Codes are text: the leading zero of `010` is part of the code. */
export type CameoCode = {
  code: string;
  name: string;
  /** Goldstein conflict–cooperation weight, −10…+10, as GDELT maps it. */
  goldstein: number;
  /** The two-digit root (`01`…`20`). */
  root: string;
  description?: string;
  usage?: string;
  example?: string;
};

/** CAMEO's four quad classes: verbal / material cooperation, verbal / material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

const CODES: readonly CameoCode[] = data as CameoCode[];
let byCode: Map<string, CameoCode> | undefined;

/** Every CAMEO code, roots included, sorted as text. */
export function allCameoCodes(): readonly CameoCode[] {
  return CODES;
}

/** The entry for a CAMEO code (text, with its leading zeros), or undefined when it is not one. */
export function cameoCode(code: string): CameoCode | undefined {
  byCode ??= new Map(CODES.map((c) => [c.code, c]));
  return byCode.get(code.trim());
}

/** The Goldstein weight of a CAMEO code. */
export function goldstein(code: string): number | undefined {
  return cameoCode(code)?.goldstein;
}

/** The two-digit root of a CAMEO code: `rootCode('0874')` is `08`. */
export function rootCode(code: string): string {
  return code.trim().slice(0, 2);
}

/**
 * The quad class of a root (or of any code, by its root): 1 verbal cooperation (01–05), 2 material
 * cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). Throws a RangeError
 * for anything that is not a CAMEO root, since a wrong class would silently skew every aggregate.
 */
export function quadClass(root: string): QuadClass {
  const n = Number(rootCode(root));
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new RangeError(`"${root}" is not a CAMEO root (01-20)`);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}
