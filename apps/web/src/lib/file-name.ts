// File names for downloads, from Vietnamese titles: portable on every OS, readable by people.

/** "Cấp phó/giới hạn — Đặc khu" → "cap-pho-gioi-han-dac-khu"; `fallback` when nothing is left. */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** Offers `content` to the user as a file download. */
export function downloadText(fileName: string, content: string, type: string): void {
  downloadBlob(fileName, new Blob([content], { type }));
}

/** Offers `blob` to the user as a file named `fileName` (the browser's own download, no server round trip). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is no longer needed after this turn.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
