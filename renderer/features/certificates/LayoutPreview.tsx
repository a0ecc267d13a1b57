import { useRef, useState, type PointerEvent } from "react";
import {
  CERT_PAGE,
  certificateFieldLabels,
  certificateFields,
  type CertificateField,
  type CertificateLayout,
} from "../../../electron/contract";

const MM_PER_PT = 25.4 / 72;
const snap = (v: number) => Math.round(v * 2) / 2;

interface Drag {
  field: CertificateField;
  pointerId: number;
  startX: number;
  startY: number;
  boxX: number;
  boxY: number;
}

/**
 * A4 landscape at scale, in millimetres: the blank's usual printed parts in light grey, each
 * field's box with its name set at its size. Click selects a box; dragging moves it in 0,5 mm
 * steps (kept on the sheet).
 */
export function LayoutPreview({
  layout,
  selected,
  errorFields,
  onSelect,
  onMove,
}: {
  layout: CertificateLayout;
  selected: CertificateField | null;
  errorFields: Set<CertificateField>;
  onSelect: (field: CertificateField) => void;
  onMove: (field: CertificateField, x: number, y: number) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);

  const mmPerPixel = () => {
    const rect = svg.current?.getBoundingClientRect();
    return rect && rect.width > 0 ? CERT_PAGE.width / rect.width : 1;
  };

  const start = (field: CertificateField) => (e: PointerEvent<SVGGElement>) => {
    onSelect(field);
    const b = layout.boxes[field];
    if (!Number.isFinite(b.x) || !Number.isFinite(b.y)) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    setDrag({
      field,
      pointerId: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      boxX: b.x,
      boxY: b.y,
    });
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const k = mmPerPixel();
    const b = layout.boxes[drag.field];
    const x = Math.min(
      Math.max(0, snap(drag.boxX + (e.clientX - drag.startX) * k)),
      CERT_PAGE.width - b.width,
    );
    const y = Math.min(
      Math.max(0, snap(drag.boxY + (e.clientY - drag.startY) * k)),
      CERT_PAGE.height - b.height,
    );
    if (x !== b.x || y !== b.y) onMove(drag.field, Math.max(0, x), Math.max(0, y));
  };
  const end = () => setDrag(null);

  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${CERT_PAGE.width} ${CERT_PAGE.height}`}
      role="img"
      aria-label="Xem trước vị trí các ô trên trang A4 ngang"
      style={{
        width: "100%",
        background: "white",
        border: "1px solid var(--mantine-color-gray-4)",
        boxShadow: "0 1px 4px rgba(0,0,0,0.12)",
        touchAction: "none",
        userSelect: "none",
      }}
    >
      {/* What a blank usually carries: border, emblem, national heading. */}
      <g stroke="#d0d0d0" fill="none" strokeWidth={0.5}>
        <rect x={8} y={8} width={CERT_PAGE.width - 16} height={CERT_PAGE.height - 16} />
        <rect x={13} y={13} width={CERT_PAGE.width - 26} height={CERT_PAGE.height - 26} />
        <circle cx={CERT_PAGE.width / 2} cy={30} r={10.5} />
      </g>
      <g
        fill="#c4c4c4"
        fontFamily="Tinos, 'Times New Roman', serif"
        textAnchor="middle"
        fontWeight="bold"
      >
        <text x={CERT_PAGE.width / 2} y={47} fontSize={14 * MM_PER_PT}>
          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        </text>
        <text x={CERT_PAGE.width / 2} y={53.5} fontSize={14 * MM_PER_PT}>
          Độc lập - Tự do - Hạnh phúc
        </text>
      </g>
      {certificateFields.map((field) => {
        const b = layout.boxes[field];
        if (![b.x, b.y, b.width, b.height].every((v) => Number.isFinite(v) && v >= 0)) return null;
        const isSelected = selected === field;
        const hasError = errorFields.has(field);
        const stroke = hasError
          ? "#e03131"
          : isSelected
            ? "#1971c2"
            : b.print
              ? "#4c6ef5"
              : "#adb5bd";
        const size = Number.isFinite(b.fontSize) ? Math.max(b.fontSize, 1) * MM_PER_PT : 4;
        const anchor = b.align === "left" ? "start" : b.align === "right" ? "end" : "middle";
        const tx =
          b.align === "left"
            ? b.x + 1
            : b.align === "right"
              ? b.x + b.width - 1
              : b.x + b.width / 2;
        return (
          <g
            key={field}
            data-field={field}
            onPointerDown={start(field)}
            onPointerMove={move}
            onPointerUp={end}
            onPointerCancel={end}
            style={{ cursor: drag?.field === field ? "grabbing" : "grab" }}
          >
            <title>{certificateFieldLabels[field]}</title>
            <rect
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              fill={isSelected ? "rgba(25,113,194,0.12)" : "rgba(76,110,245,0.05)"}
              stroke={stroke}
              strokeWidth={isSelected ? 0.6 : 0.35}
              strokeDasharray={b.print ? undefined : "1.5 1"}
            />
            <svg x={b.x} y={b.y} width={b.width} height={b.height} overflow="hidden">
              <text
                x={tx - b.x}
                y={b.height / 2}
                dominantBaseline="central"
                textAnchor={anchor}
                fontSize={size}
                fontWeight={b.bold ? "bold" : "normal"}
                fontStyle={b.italic ? "italic" : "normal"}
                fill={b.print ? b.color : "#adb5bd"}
                fontFamily="Tinos, 'Times New Roman', serif"
              >
                {certificateFieldLabels[field]}
              </text>
            </svg>
          </g>
        );
      })}
    </svg>
  );
}
