// A reference to another node that selects it: the panel's prerequisites, dependents and pathways.
import type { NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';

export function NodeButton({ model, id, onSelect }: { model: AtlasModel; id: NodeId; onSelect: (id: NodeId) => void }) {
  const label = model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'label') : id;
  return (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      {label}
    </button>
  );
}
