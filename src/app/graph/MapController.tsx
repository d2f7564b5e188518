// Keeps sigma in step with the app: the graph to draw, the reducers that derive every look from
// the current Appearance, pointer events, camera moves, and the first-render timing mark.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { NodeId } from '../../core/types';
import type { Appearance } from '../state/appearance';
import { HIGHLIGHT, NODE_COLOURS } from '../theme';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display-graph';
import { resetLabels } from './labels';
import type { CentreRequest } from './MapView';

interface Props {
  display: DisplayGraph;
  look: Appearance;
  centreOn: CentreRequest | null;
  onSelect: (id: NodeId | null) => void;
  onHover: (id: NodeId | null) => void;
}

let firstRenderMarked = false;

export function MapController({ display, look, centreOn, onSelect, onHover }: Props) {
  const sigma = useSigma<DisplayNode, DisplayEdge>();
  const registerEvents = useRegisterEvents<DisplayNode, DisplayEdge>();

  // Reducers first: the graph below must never be drawn without them.
  useEffect(() => {
    sigma.setSetting('nodeReducer', (id, data) => {
      const emphasis = look.node(id);
      if (emphasis === 'hidden') return { ...data, hidden: true };
      if (emphasis === 'faded') return { ...data, color: NODE_COLOURS.faded, labelColor: NODE_COLOURS.fadedLabel, zIndex: 0, label: look.focus === null ? data.label : null };
      if (emphasis === 'highlighted') return { ...data, zIndex: 2, forceLabel: look.focus !== null, highlighted: id === look.focus };
      return { ...data, zIndex: 1 };
    });
    sigma.setSetting('edgeReducer', (id, data) => {
      const graph = sigma.getGraph();
      const emphasis = look.edge(data, graph.source(id), graph.target(id));
      if (emphasis === 'hidden') return { ...data, hidden: true };
      if (emphasis === 'faded') return { ...data, color: HIGHLIGHT.faded, zIndex: 0 };
      if (emphasis === 'highlighted') return { ...data, color: data.kind === 'requires' ? HIGHLIGHT.edge : data.color, size: data.size * 1.8, zIndex: 2 };
      return { ...data, zIndex: 1 };
    });
  }, [sigma, look]);

  useEffect(() => {
    const reset = () => resetLabels(sigma.getCanvases().labels?.getContext('2d') ?? undefined);
    sigma.on('beforeRender', reset);
    sigma.setGraph(display);
    if (!firstRenderMarked && display.order > 0) {
      // setGraph renders synchronously: the map with its data is on screen now.
      firstRenderMarked = true;
      performance.mark('atlas:first-render');
    }
    return () => void sigma.off('beforeRender', reset);
  }, [sigma, display]);

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => onSelect(node),
      clickStage: () => onSelect(null),
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        onHover(node);
      },
      leaveNode: () => {
        container.style.cursor = '';
        onHover(null);
      },
    });
  }, [sigma, registerEvents, onSelect, onHover]);

  const lastCentred = useRef(0);
  useEffect(() => {
    if (centreOn === null || centreOn.seq === lastCentred.current) return;
    const data = sigma.getNodeDisplayData(centreOn.id);
    if (data === undefined) return;
    lastCentred.current = centreOn.seq;
    const camera = sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 450 });
  }, [sigma, centreOn, display]);

  return null;
}
