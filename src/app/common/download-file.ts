/** Saves text or bytes as a file through the browser's download. */
export function downloadFile(name: string, data: string | Uint8Array, mimeType: string): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
