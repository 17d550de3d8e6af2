// Reads what `npm run bench:scale -- --heap-snapshots DIR` writes and says where the memory
// is, for BENCHMARKS.md's memory note:
//   - a .heapsnapshot: live JS heap by node type, module code by package (bytecode, scope
//     infos, feedback, source text of each script), the biggest constructors, and the
//     biggest retainers (retained size from the dominator tree, weak edges ignored);
//   - a .heapprofile (V8's sampling heap profiler, collected objects included): everything
//     allocated over the cycle, by the package or src/ module that allocated it.
//
//   npx tsx bench/heap-summary.ts DIR/compiled-mid-first-poll.heapsnapshot DIR/compiled-cycle-a.heapprofile
import { readFileSync } from 'node:fs';

const MB = 2 ** 20;
const fmt = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** node_modules/<pkg> (scoped too), src/<folder>, node:internal, or the script as given. */
export function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src|migrations|bench)\/([^/]+)/.exec(url);
  if (ours) return ours[1] === 'src' && ours[2]!.includes('.') ? 'src' : `${ours[1]}/${ours[2]!.replace(/\.[jt]s$/, '')}`;
  if (url.startsWith('node:') || /^[a-z_/]+$/.test(url)) return 'node (built-in modules)';
  return url === '' ? '(no script: V8 and native)' : url;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function top<K>(map: Map<K, number>, n: number): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function summarizeSnapshot(path: string): void {
  const snap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const { meta } = snap.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [typeOff, nameOff, sizeOff, countOff] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [
    number,
    number,
    number,
    number,
  ];
  const [eTypeOff, eNameOff, eToOff] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = snap;
  const n = nodes.length / nf;
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, acc = 0; i < n; i++) {
    firstEdge[i] = acc;
    acc += nodes[i * nf + countOff]!;
    firstEdge[i + 1] = acc;
  }
  const type = (i: number) => nodeTypes[nodes[i * nf + typeOff]!]!;
  const name = (i: number) => strings[nodes[i * nf + nameOff]!]!;
  const size = (i: number) => nodes[i * nf + sizeOff]!;
  const WEAK = edgeTypes.indexOf('weak');
  const edgeName = (e: number) => {
    const t = edgeTypes[edges[e * ef + eTypeOff]!]!;
    return t === 'element' || t === 'hidden' ? `[${edges[e * ef + eNameOff]}]` : strings[edges[e * ef + eNameOff]!]!;
  };

  let total = 0;
  const byType = new Map<string, number>();
  const byConstructor = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    total += size(i);
    byType.set(type(i), (byType.get(type(i)) ?? 0) + size(i));
    if (type(i) === 'object' || type(i) === 'closure' || type(i) === 'native') {
      const key = `${type(i)} ${name(i).slice(0, 60)}`;
      byConstructor.set(key, (byConstructor.get(key) ?? 0) + size(i));
    }
  }

  // Module code: each function's SharedFunctionInfo, its bytecode, scope and feedback
  // metadata, and its script's source text, charged to the script's package.
  const codeByOwner = new Map<string, number>();
  const charged = new Uint8Array(n);
  const charge = (owner: string, i: number) => {
    if (charged[i]) return;
    charged[i] = 1;
    codeByOwner.set(owner, (codeByOwner.get(owner) ?? 0) + size(i));
  };
  for (let i = 0; i < n; i++) {
    if (type(i) !== 'code') continue;
    let script = -1;
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e++) if (edgeName(e) === 'script') script = edges[e * ef + eToOff]! / nf;
    if (script < 0) continue;
    const owner = ownerOf(name(script));
    charge(owner, i);
    for (let e = firstEdge[script]!; e < firstEdge[script + 1]!; e++) if (edgeName(e) === 'source') charge(owner, edges[e * ef + eToOff]! / nf);
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e++) {
      const to = edges[e * ef + eToOff]! / nf;
      if (type(to) === 'code' && to !== script && edgeName(e) !== 'script') charge(owner, to);
    }
  }

  // Dominators (Cooper, Harvey and Kennedy), over strong edges from the root (node 0).
  const post = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let count = 0;
  {
    const stack = new Int32Array(n);
    const cursor = new Uint32Array(n);
    const seen = new Uint8Array(n);
    let sp = 0;
    stack[sp++] = 0;
    seen[0] = 1;
    cursor[0] = firstEdge[0]!;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      if (cursor[v]! < firstEdge[v + 1]!) {
        const e = cursor[v]!++;
        if (edges[e * ef + eTypeOff] === WEAK) continue;
        const to = edges[e * ef + eToOff]! / nf;
        if (!seen[to]) {
          seen[to] = 1;
          cursor[to] = firstEdge[to]!;
          stack[sp++] = to;
        }
      } else {
        sp--;
        post[v] = count;
        order[count++] = v;
      }
    }
  }
  const predStart = new Uint32Array(n + 1);
  for (let e = 0; e < edges.length / ef; e++) if (edges[e * ef + eTypeOff] !== WEAK) predStart[edges[e * ef + eToOff]! / nf + 1]!++;
  for (let i = 0; i < n; i++) predStart[i + 1]! += predStart[i]!;
  const preds = new Int32Array(predStart[n]!);
  const fill = predStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e++) if (edges[e * ef + eTypeOff] !== WEAK) preds[fill[edges[e * ef + eToOff]! / nf]!++] = v;
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (let k = count - 2; k >= 0; k--) {
      const v = order[k]!;
      let best = -1;
      for (let p = predStart[v]!; p < predStart[v + 1]!; p++) {
        let a = preds[p]!;
        if (post[a]! < 0 || idom[a]! < 0) continue;
        if (best < 0) {
          best = a;
          continue;
        }
        let b = best;
        while (a !== b) {
          while (post[a]! < post[b]!) a = idom[a]!;
          while (post[b]! < post[a]!) b = idom[b]!;
        }
        best = a;
      }
      if (best >= 0 && idom[v] !== best) {
        idom[v] = best;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    retained[v]! += size(v);
    if (v !== 0 && idom[v]! >= 0) retained[idom[v]!]! += retained[v]!;
  }
  const biggest: number[] = [];
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    // Skip the synthetic roots and code, which the code table covers.
    if (type(v) === 'synthetic' || type(v) === 'code' || type(v) === 'hidden' || retained[v]! < 256 * 1024) continue;
    biggest.push(v);
  }
  biggest.sort((a, b) => retained[b]! - retained[a]!);
  // Show objects whose dominator is not itself in the list, so one big tree is one row.
  const shown = new Set<number>();
  const rows: string[] = [];
  for (const v of biggest) {
    let d = idom[v]!;
    let nested = false;
    while (d > 0) {
      if (shown.has(d)) nested = true;
      d = idom[d]! === d ? 0 : idom[d]!;
    }
    if (nested) continue;
    shown.add(v);
    // The edge from its dominator, when there is one, names where it hangs.
    let via = '';
    for (let e = firstEdge[idom[v]!]!; e < firstEdge[idom[v]! + 1]!; e++) if (edges[e * ef + eToOff]! / nf === v) via = edgeName(e);
    rows.push(
      `  ${fmt(retained[v]!).padStart(9)}  ${type(v)} ${name(v).slice(0, 70)}${via ? `  (held as .${via} of ${type(idom[v]!)} ${name(idom[v]!).slice(0, 40)})` : ''}`,
    );
    if (rows.length >= 20) break;
  }

  console.log(`\n## ${path}\n\nlive JS heap: ${fmt(total)} in ${n.toLocaleString('en')} objects`);
  console.log('\nby node type:');
  for (const [k, v] of top(byType, 15)) console.log(`  ${fmt(v).padStart(9)}  ${k}`);
  console.log(`\nmodule code by package (functions, bytecode, feedback, source text): ${fmt([...codeByOwner.values()].reduce((a, b) => a + b, 0))}`);
  for (const [k, v] of top(codeByOwner, 20)) console.log(`  ${fmt(v).padStart(9)}  ${k}`);
  console.log('\nbiggest constructors (self size):');
  for (const [k, v] of top(byConstructor, 20)) console.log(`  ${fmt(v).padStart(9)}  ${k}`);
  console.log('\nbiggest retainers (retained size, outermost only):');
  for (const row of rows) console.log(row);
}

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

function summarizeProfile(path: string): void {
  const { head } = JSON.parse(readFileSync(path, 'utf8')) as { head: ProfileNode };
  // Each allocation is charged to the innermost frame in a package or in src/: an
  // allocation inside node's streams on behalf of undici is undici's.
  const byPackage = new Map<string, number>();
  const bySrc = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, stack: readonly string[]) => {
    const owner = node.callFrame.url ? ownerOf(node.callFrame.url) : '';
    const here = owner && owner !== 'node (built-in modules)' ? [...stack, owner] : stack;
    if (node.selfSize > 0) {
      total += node.selfSize;
      const pkg = here[here.length - 1] ?? '(V8 and node internals)';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.selfSize);
      const src = [...here].reverse().find((o) => o.startsWith('src/')) ?? '(outside src)';
      bySrc.set(src, (bySrc.get(src) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, here);
  };
  walk(head, []);
  console.log(`\n## ${path}\n\nallocated over the profile (garbage included, sampled): ${fmt(total)}`);
  console.log('\nby allocating package or module (innermost):');
  for (const [k, v] of top(byPackage, 20)) console.log(`  ${fmt(v).padStart(9)}  ${((100 * v) / total).toFixed(0).padStart(3)}%  ${k}`);
  console.log('\nby the src/ module on whose behalf it was allocated (innermost src frame):');
  for (const [k, v] of top(bySrc, 15)) console.log(`  ${fmt(v).padStart(9)}  ${((100 * v) / total).toFixed(0).padStart(3)}%  ${k}`);
}

for (const path of process.argv.slice(2)) {
  if (path.endsWith('.heapsnapshot')) summarizeSnapshot(path);
  else if (path.endsWith('.heapprofile')) summarizeProfile(path);
  else console.error(`${path}: expected a .heapsnapshot or a .heapprofile`);
}
