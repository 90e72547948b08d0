/** What the pool and its renderer processes say to each other over the IPC channel (advanced serialization: buffers as they are). */
export type ChildRequest = { id: number; workspace: string; mainFile: string; inputs: Record<string, string> };
export type ChildReply =
  | { id: number; ok: true; pdf: Uint8Array }
  | { id: number; ok: true; ready: true }
  | { id: number; ok: false; error: string };
