/**
 * A chart on the page as a PNG the officer pastes into a report: its SVG copied, the theme's CSS
 * variables resolved to colours (an SVG image cannot see the page's stylesheet), drawn at twice
 * the size on white.
 */
export async function chartAsPng(container: HTMLElement): Promise<Blob> {
  const svg =
    container.querySelector<SVGSVGElement>("svg.recharts-surface") ??
    container.querySelector("svg");
  if (!svg) throw new Error("Biểu đồ chưa vẽ xong, hãy thử lại.");
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("font-family", getComputedStyle(container).fontFamily);
  const root = getComputedStyle(document.documentElement);
  const xml = new XMLSerializer()
    .serializeToString(clone)
    .replace(
      /var\((--[\w-]+)\)/g,
      (_m, name: string) => root.getPropertyValue(name).trim() || "#000",
    );
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const g = canvas.getContext("2d")!;
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(scale, scale);
  g.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("Không tạo được ảnh."))), "image/png"),
  );
}

/** Saves a blob made in the page under a name (the browser's download). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
