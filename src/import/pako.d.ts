/** The part of pako 1.x (jszip's inflater, which mammoth uses) that zip-inflate-check.ts calls. */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, mode?: boolean): boolean;
    readonly err: number;
    readonly msg: string;
  }
}
