// Working arrays reused from one plan to the next on the same graph. Typed arrays live outside the
// JS heap, and V8 answers tens of megabytes of them with a full garbage collection, which next to a
// million-topic graph costs seconds: a plan of a million topics needs ~80 MB of them.
// Each name belongs to one module and is only used within one synchronous call of plan() or
// nextUp(), whose results never point into these arrays.

export class Scratch {
  private readonly buffers = new Map<string, ArrayBuffer>();

  int32(name: string, length: number, fill = 0): Int32Array {
    return new Int32Array(this.buffer(name, length * 4), 0, length).fill(fill);
  }

  uint8(name: string, length: number): Uint8Array {
    return new Uint8Array(this.buffer(name, length), 0, length).fill(0);
  }

  uint16(name: string, length: number): Uint16Array {
    return new Uint16Array(this.buffer(name, length * 2), 0, length).fill(0);
  }

  float64(name: string, length: number): Float64Array {
    return new Float64Array(this.buffer(name, length * 8), 0, length).fill(0);
  }

  private buffer(name: string, bytes: number): ArrayBuffer {
    let buffer = this.buffers.get(name);
    if (buffer === undefined || buffer.byteLength < bytes) {
      buffer = new ArrayBuffer(bytes);
      this.buffers.set(name, buffer);
    }
    return buffer;
  }
}
