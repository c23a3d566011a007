// V8 CPU profiles (.cpuprofile) read back: the CPU time of each part of a request path, where a sample belongs to
// the part of the nearest frame that matches one (bench/lib/profile-on-signal.ts writes them).

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A part of a request path, recognised by a frame's function name and file. */
export interface ProfilePart {
  part: string;
  match: (name: string, url: string) => boolean;
}

export function breakdown(profile: CpuProfile, parts: readonly ProfilePart[]): { part: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const partOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = partOf.get(id);
    if (known) return known;
    const node = byId.get(id);
    let part = 'other';
    if (node) {
      const found = parts.find((p) => p.match(node.callFrame.functionName, node.callFrame.url));
      part = found ? found.part : parent.has(id) ? classify(parent.get(id) as number) : 'other';
    }
    partOf.set(id, part);
    return part;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => totals.set(classify(id), (totals.get(classify(id)) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return [...totals].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
}
