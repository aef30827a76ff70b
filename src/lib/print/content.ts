// PDF content streams, read token by token and rewritten in place: the colour operators of a
// page Chromium printed in RGB become CMYK ones, and everything else (text, paths, marked
// content with the MCIDs the structure tree points to) stays byte for byte as it was.
// Pure and synchronous: colours are converted beforehand (cmyk.ts) and looked up here.

export type Rgb = readonly [number, number, number];
export type Cmyk = readonly [number, number, number, number];

/** Where a colour is used: fill (rg, sc…) or stroke (RG, SC…), and whether inside BT…ET. */
export interface ColourUse {
  rgb: Rgb;
  stroke: boolean;
  text: boolean;
}

export interface RewriteOptions {
  /** The CMYK colour for an RGB one (DeviceGray values come as r = g = b). */
  cmyk: (rgb: Rgb) => Cmyk;
  /** Names for the four overprint states [stroke, fill]: 00, 01, 10, 11 (see overprintStates). */
  overprint: Record<OverprintState, string>;
  /** Looks up a graphics state the stream sets with gs: its overprint flags, and whether it has a soft mask. */
  extGState: (name: string) => { OP?: boolean; op?: boolean; softMask: boolean } | undefined;
  /** Called for each XObject painted with Do; throws for what cannot be converted. */
  xObject: (name: string) => void;
}

export type OverprintState = '00' | '01' | '10' | '11';
export const overprintStates: OverprintState[] = ['00', '01', '10', '11'];

export class UnsupportedContent extends Error {}

interface Token {
  kind: 'num' | 'name' | 'str' | 'compound' | 'op';
  start: number;
  end: number;
  text: string;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Every token at the top level of a content stream (arrays and dictionaries come as one). */
function* tokens(s: string): Generator<Token> {
  let i = 0;
  let depth = 0;
  let compoundStart = 0;
  const n = s.length;
  const regular = (at: number) => at < n && !WHITE.has(s.charCodeAt(at)) && !DELIM.has(s.charCodeAt(at));
  const emit = (t: Token): Token | undefined => (depth === 0 ? t : undefined);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    const start = i;
    let t: Token | undefined;
    if (c === 0x25 /* % */) {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      continue;
    } else if (c === 0x28 /* ( */) {
      let level = 0;
      for (; i < n; i++) {
        const ch = s[i];
        if (ch === '\\') i++;
        else if (ch === '(') level++;
        else if (ch === ')' && --level === 0) break;
      }
      i++;
      t = emit({ kind: 'str', start, end: i, text: '' });
    } else if (s.startsWith('<<', i) || c === 0x5b /* [ */) {
      if (depth++ === 0) compoundStart = start;
      i += c === 0x5b ? 1 : 2;
    } else if (s.startsWith('>>', i) || c === 0x5d /* ] */) {
      i += c === 0x5d ? 1 : 2;
      if (--depth === 0) t = { kind: 'compound', start: compoundStart, end: i, text: '' };
      if (depth < 0) throw new UnsupportedContent(`unbalanced ${s.slice(start, i)} at byte ${start}`);
    } else if (c === 0x3c /* < */) {
      i = s.indexOf('>', i) + 1 || n;
      t = emit({ kind: 'str', start, end: i, text: '' });
    } else if (c === 0x2f /* / */) {
      i++;
      while (regular(i)) i++;
      t = emit({ kind: 'name', start, end: i, text: s.slice(start + 1, i) });
    } else if (c === 0x7b || c === 0x7d /* { } */) {
      i++;
    } else {
      while (regular(i)) i++;
      if (i === start) i++; // a stray delimiter: skip it
      const text = s.slice(start, i);
      const kind = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? 'num' : text === 'true' || text === 'false' || text === 'null' ? 'str' : 'op';
      t = emit({ kind, start, end: i, text });
    }
    if (t) yield t;
  }
}

const fmt = (v: number) => {
  const r = Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000;
  return r === 0 ? '0' : r === 1 ? '1' : String(r).replace(/^0\./, '.');
};

/** 100 % K and nothing else: the black that overprints. */
export const isPureBlack = ([c, m, y, k]: Cmyk) => c === 0 && m === 0 && y === 0 && k === 1;

type Space = 'rgb' | 'gray' | 'cmyk' | 'other';
interface State {
  fill: Space;
  stroke: Space;
  op: [boolean, boolean];
}

/** Walks a stream's colour operators; `visit` may return replacement text for an operator and its operands. */
function walk(
  content: string,
  o: Pick<RewriteOptions, 'extGState' | 'xObject'>,
  visit: (use: ColourUse, operands: Token[], op: Token, state: State) => string | undefined,
) {
  const out: string[] = [];
  let copied = 0;
  let operands: Token[] = [];
  let text = false;
  let state: State = { fill: 'gray', stroke: 'gray', op: [false, false] };
  const stack: State[] = [];
  const nums = (count: number, op: Token) => {
    const vals = operands.slice(-count);
    if (vals.length !== count || vals.some((t) => t.kind !== 'num'))
      throw new UnsupportedContent(`${op.text} with operands ${operands.map((t) => content.slice(t.start, t.end)).join(' ')}`);
    return vals;
  };
  const replace = (from: number, to: number, by: string | undefined) => {
    if (by === undefined) return;
    out.push(content.slice(copied, from), by);
    copied = to;
  };
  for (const t of tokens(content)) {
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    const op = t.text;
    switch (op) {
      case 'q':
        stack.push({ ...state, op: [...state.op] });
        break;
      case 'Q':
        state = stack.pop() ?? state;
        break;
      case 'BT':
        text = true;
        break;
      case 'ET':
        text = false;
        break;
      case 'rg':
      case 'RG':
      case 'g':
      case 'G': {
        const stroke = op === 'RG' || op === 'G';
        const vals = nums(op.length === 2 ? 3 : 1, t).map((v) => Number(v.text));
        const rgb: Rgb = vals.length === 3 ? [vals[0]!, vals[1]!, vals[2]!] : [vals[0]!, vals[0]!, vals[0]!];
        // What the original set: later sc/SC operands are in that space.
        state[stroke ? 'stroke' : 'fill'] = vals.length === 3 ? 'rgb' : 'gray';
        const first = operands.at(-vals.length)!;
        replace(first.start, t.end, visit({ rgb, stroke, text }, operands.slice(-vals.length), t, state));
        break;
      }
      case 'k':
      case 'K': {
        const stroke = op === 'K';
        state[stroke ? 'stroke' : 'fill'] = 'cmyk';
        const vals = nums(4, t);
        replace(vals[0]!.start, t.end, visit({ rgb: [-1, -1, -1], stroke, text }, vals, t, state));
        break;
      }
      case 'cs':
      case 'CS': {
        const stroke = op === 'CS';
        const name = operands.at(-1);
        if (name?.kind !== 'name') throw new UnsupportedContent(`${op} without a colour space name`);
        const space: Space = name.text === 'DeviceRGB' ? 'rgb' : name.text === 'DeviceGray' ? 'gray' : name.text === 'DeviceCMYK' ? 'cmyk' : 'other';
        if (space === 'other')
          throw new UnsupportedContent(`colour space /${name.text} (patterns, gradients, ICC or spot colours) cannot be converted to press CMYK yet`);
        if (space !== 'cmyk') {
          // The initial colour of each space is black: set it as press black.
          replace(name.start, t.end, `/DeviceCMYK ${op}`);
          replace(t.end, t.end, ` ${visit({ rgb: [0, 0, 0], stroke, text }, [], t, state)}`);
        }
        state[stroke ? 'stroke' : 'fill'] = space;
        break;
      }
      case 'sc':
      case 'scn':
      case 'SC':
      case 'SCN': {
        const stroke = op.startsWith('S');
        const space = state[stroke ? 'stroke' : 'fill'];
        if (space === 'cmyk') {
          const vals = nums(4, t);
          replace(vals[0]!.start, t.end, visit({ rgb: [-1, -1, -1], stroke, text }, vals, t, state));
          break;
        }
        const vals = nums(space === 'rgb' ? 3 : 1, t).map((v) => Number(v.text));
        const rgb: Rgb = vals.length === 3 ? [vals[0]!, vals[1]!, vals[2]!] : [vals[0]!, vals[0]!, vals[0]!];
        const first = operands.at(-vals.length)!;
        replace(first.start, t.end, visit({ rgb, stroke, text }, operands.slice(-vals.length), t, state));
        break;
      }
      case 'gs': {
        const name = operands.at(-1);
        const gs = name?.kind === 'name' ? o.extGState(name.text) : undefined;
        if (gs?.softMask) throw new UnsupportedContent(`graphics state /${name!.text} has a soft mask (transparency): not supported in press files`);
        if (gs?.OP !== undefined) state.op = [gs.OP, gs.op ?? gs.OP];
        else if (gs?.op !== undefined) state.op = [state.op[0], gs.op];
        break;
      }
      case 'Do': {
        const name = operands.at(-1);
        if (name?.kind === 'name') o.xObject(name.text);
        break;
      }
      case 'sh':
        throw new UnsupportedContent('a shading (gradient) cannot be converted to press CMYK yet');
      case 'BI':
        throw new UnsupportedContent('inline images are not supported in press files');
      case 'd0':
      case 'd1':
        break;
    }
    operands = [];
  }
  out.push(content.slice(copied));
  return out.join('');
}

/** The RGB colours a stream paints with (gray as r = g = b), to convert them in one go. */
export function coloursIn(content: string, o: Pick<RewriteOptions, 'extGState' | 'xObject'>): ColourUse[] {
  const uses: ColourUse[] = [];
  walk(content, o, (use) => {
    if (use.rgb[0] >= 0) uses.push(use);
    return undefined;
  });
  return uses;
}

/**
 * The stream with every colour in DeviceCMYK: RGB and gray converted by `cmyk`; 100 % K
 * overprints (OPM 1, so the other plates are left as they are underneath), any other colour
 * knocks out. Overprint is switched with the graphics states named in `overprint`.
 */
export function rewriteColours(content: string, o: RewriteOptions): { content: string; overprint: Set<OverprintState> } {
  const used = new Set<OverprintState>();
  const result = walk(content, o, (use, operands, op, state) => {
    const converted = use.rgb[0] >= 0 ? o.cmyk(use.rgb) : (operands.map((t) => Number(t.text)) as unknown as Cmyk);
    const operator = use.rgb[0] >= 0 ? (use.stroke ? 'K' : 'k') : op.text;
    const want = isPureBlack(converted);
    const i = use.stroke ? 0 : 1;
    let suffix = '';
    if (state.op[i] !== want) {
      state.op[i] = want;
      const key = `${state.op[0] ? 1 : 0}${state.op[1] ? 1 : 0}` as OverprintState;
      used.add(key);
      suffix = ` /${o.overprint[key]} gs`;
    }
    if (use.rgb[0] < 0 && !suffix) return undefined;
    return `${converted.map(fmt).join(' ')} ${operator}${suffix}`;
  });
  return { content: result, overprint: used };
}
