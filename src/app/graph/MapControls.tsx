// Zoom, fit and "save as PNG" for the map. They take the sigma instance as a prop because they
// sit outside the canvas's role="img" wrapper, where a picture may not hold buttons.
import { useState } from 'react';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from './display-graph';

export function MapControls({ sigma, name }: { sigma: Sigma<DisplayNode, DisplayEdge>; name: string }) {
  const [busy, setBusy] = useState(false);
  const camera = sigma.getCamera();
  const savePng = async () => {
    setBusy(true);
    try {
      // Loaded when first used: the map's first frame does not wait for it.
      const { downloadAsPNG } = await import('@sigma/export-image');
      await downloadAsPNG(sigma as unknown as Sigma, { fileName: `${name}-map`, backgroundColor: '#ffffff' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="map-controls" role="toolbar" aria-label="Map controls">
      <button type="button" onClick={() => void camera.animatedZoom({ duration: 250 })} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => void camera.animatedUnzoom({ duration: 250 })} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button
        type="button"
        onClick={() => void camera.animatedReset({ duration: 300 })}
        aria-label="Fit the whole map"
        title="Fit the whole map"
      >
        ⤢
      </button>
      <button type="button" onClick={() => void savePng()} disabled={busy} title="Save the current view as a PNG image">
        PNG
      </button>
    </div>
  );
}
