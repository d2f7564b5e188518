// A reader for the Cypher our exporter writes, strict enough that a statement it does not expect
// fails the test: the literal grammar (strings with every escape, numbers, maps, lists) and the two
// statement shapes.
import type { FlatAttributes, Primitive } from '../../../src/core/export/flat';
import type { FlatView } from './fixtures';

type Value = Primitive | null | Value[] | { [key: string]: Value };

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

class Reader {
  i = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new Error(`cypher: expected ${what} at ${this.i}: ${JSON.stringify(this.text.slice(this.i, this.i + 60))}`);
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.i] ?? '')) this.i++;
  }

  take(token: string): void {
    this.skipSpace();
    if (!this.text.startsWith(token, this.i)) this.fail(JSON.stringify(token));
    this.i += token.length;
  }

  name(): string {
    this.skipSpace();
    if (this.text[this.i] === '`') {
      let out = '';
      for (this.i++; ; this.i++) {
        const c = this.text[this.i] ?? this.fail('closing backquote');
        if (c === '`' && this.text[this.i + 1] === '`') {
          out += '`';
          this.i++;
        } else if (c === '`') return (this.i++, out);
        else out += c;
      }
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i)) ?? this.fail('a name');
    this.i += m[0].length;
    return m[0];
  }

  string(): string {
    this.take("'");
    let out = '';
    for (;;) {
      const c = this.text[this.i++] ?? this.fail('end of string');
      if (c === "'") return out;
      if (c === '\n' || c === '\r') this.fail('no raw line end in a string');
      if (c !== '\\') out += c;
      else {
        const e = this.text[this.i++] ?? this.fail('escape');
        if (e === 'u') {
          const hex = this.text.slice(this.i, this.i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('four hex digits');
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 4;
        } else out += ESCAPES[e] ?? this.fail(`a known escape, not \\${e}`);
      }
    }
  }

  value(): Value {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === "'") return this.string();
    if (c === '[') {
      this.i++;
      const list: Value[] = [];
      this.skipSpace();
      if (this.text[this.i] === ']') return (this.i++, list);
      do list.push(this.value());
      while (this.maybe(','));
      this.take(']');
      return list;
    }
    if (c === '{') {
      this.i++;
      const map: Record<string, Value> = {};
      this.skipSpace();
      if (this.text[this.i] === '}') return (this.i++, map);
      do {
        const key = this.name();
        this.take(':');
        map[key] = this.value();
      } while (this.maybe(','));
      this.take('}');
      return map;
    }
    const m = /^(-?\d+(\.\d+)?([eE]-?\d+)?|true|false|null)/.exec(this.text.slice(this.i)) ?? this.fail('a value');
    this.i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  }

  maybe(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  /** The rest of the statement, which holds no literals: up to its `;`. */
  tail(): string {
    const end = this.text.indexOf(';', this.i);
    if (end < 0) this.fail('";"');
    const t = this.text.slice(this.i, end + 1);
    this.i = end + 1;
    return t;
  }
}

const NODE_TAIL = /^AS row MERGE \(n:AtlasNode \{id: row\.id\}\) SET n:(\w+), n \+= row\.properties;$/;
const EDGE_TAIL =
  /^AS row MATCH \(a:AtlasNode \{id: row\.source\}\) MATCH \(b:AtlasNode \{id: row\.target\}\) MERGE \(a\)-\[r:(\w+) \{id: row\.id\}\]->\(b\) SET r \+= row\.properties;$/;

export interface CypherScript extends FlatView {
  constraints: string[];
  labels: Map<string, string>;
  types: Map<string, string>;
  statements: number;
}

export function readCypher(text: string): CypherScript {
  const r = new Reader(text);
  const out: CypherScript = { nodes: [], edges: [], constraints: [], labels: new Map(), types: new Map(), statements: 0 };
  for (r.skipSpace(); r.i < text.length; r.skipSpace()) {
    if (text.startsWith('//', r.i)) {
      r.i = text.indexOf('\n', r.i) + 1 || text.length;
      continue;
    }
    out.statements++;
    if (text.startsWith('CREATE CONSTRAINT', r.i)) {
      out.constraints.push(r.tail());
      continue;
    }
    r.take('UNWIND');
    const rows = r.value() as Array<Record<string, Value>>;
    const tail = r.tail().trim();
    const node = NODE_TAIL.exec(tail);
    const edge = EDGE_TAIL.exec(tail);
    if (!node && !edge) throw new Error(`cypher: unexpected statement ${tail}`);
    for (const row of rows) {
      const id = row.id as string;
      const attributes = row.properties as FlatAttributes;
      if (node) {
        out.nodes.push({ id, attributes });
        out.labels.set(id, node[1] as string);
      } else {
        out.edges.push({ id, source: row.source as string, target: row.target as string, attributes });
        out.types.set(id, (edge as RegExpExecArray)[1] as string);
      }
    }
  }
  return out;
}
