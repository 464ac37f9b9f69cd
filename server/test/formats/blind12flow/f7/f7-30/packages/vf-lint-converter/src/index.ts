export interface FlatNode { id: string; type: string; data: Record<string, any> }
export interface FlatGraph { nodes: FlatNode[]; settings: Record<string, any> }

export function convert(vf: any): FlatGraph {
  const nodes: FlatNode[] = [];
  for (const diagram of Object.values<any>(vf.diagrams ?? {})) {
    for (const node of Object.values<any>(diagram.nodes ?? {})) {
      nodes.push({ id: node.nodeID, type: node.type, data: node.data ?? {} });
    }
  }
  return { nodes, settings: vf.version?.platformData?.settings ?? {} };
}
