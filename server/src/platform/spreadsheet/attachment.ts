/** `Content-Disposition` for a download: the UTF-8 name (Chinese file names) with an ASCII fallback. */
export const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
