// Node labels that never overlap: sigma's label grid limits labels per cell but not their width,
// so long topic names collide. This drawer keeps the boxes drawn in the current frame and skips a
// label that would cross one; sigma offers the biggest (most depended-on) nodes first.
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { labelColor?: string };
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Two short lines fit between layers at the default zoom where one long line would not. */
const LINE_CHARS = 20;
const MAX_LINES = 2;
const drawn = new WeakMap<CanvasRenderingContext2D, Box[]>();

/** Word-wrap a label into at most two lines, ending with an ellipsis when cut. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  const words = label.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (line === '' || line.length + 1 + word.length <= LINE_CHARS) {
      line = line === '' ? word : `${line} ${word}`;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === MAX_LINES) {
      const last = lines[MAX_LINES - 1] as string;
      lines[MAX_LINES - 1] = `${last.length > LINE_CHARS ? last.slice(0, LINE_CHARS - 1) : last}…`;
      return lines;
    }
  }
  if (line !== '') lines.push(line.length > LINE_CHARS + 6 ? `${line.slice(0, LINE_CHARS + 5)}…` : line);
  return lines;
}

/** Forget the previous frame's labels; called on sigma's beforeRender. */
export function resetLabels(context: CanvasRenderingContext2D | undefined): void {
  if (context) drawn.set(context, []);
}

function font(settings: Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont'>): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  if (!data.label) return;
  const lines = labelLines(data.label);
  context.font = font(settings);
  const width = Math.max(...lines.map((l) => context.measureText(l).width));
  const lineHeight = settings.labelSize + 2;
  const x = data.x + data.size + 4;
  const top = data.y + settings.labelSize / 3 - ((lines.length - 1) * lineHeight) / 2;
  const box = { x0: x - 2, y0: top - settings.labelSize, x1: x + width + 2, y1: top + (lines.length - 1) * lineHeight + 4 };
  const boxes = drawn.get(context) ?? [];
  if (!data.forceLabel && boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) return;
  boxes.push(box);
  drawn.set(context, boxes);
  // A white halo keeps a label legible where it crosses edges.
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.fillStyle = data.labelColor ?? settings.labelColor.color ?? '#111827';
  lines.forEach((line, i) => {
    context.strokeText(line, x, top + i * lineHeight);
    context.fillText(line, x, top + i * lineHeight);
  });
}

/** The hovered node: its full label on a card, above everything. */
export function drawHover<N extends Attributes, E extends Attributes, G extends Attributes>(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  const text = data.label ?? '';
  context.font = font(settings);
  const width = context.measureText(text).width;
  const h = settings.labelSize + 8;
  const x = data.x + data.size + 2;
  context.shadowColor = 'rgba(15,23,42,0.25)';
  context.shadowBlur = 8;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (text !== '') context.fillRect(x, data.y - h / 2, width + 12, h);
  context.shadowBlur = 0;
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
  if (text === '') return;
  context.fillStyle = '#0f172a';
  context.fillText(text, x + 6, data.y + settings.labelSize / 3);
}
