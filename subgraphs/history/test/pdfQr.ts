// Finding the QR code drawn in a PDF: the filled paths of squares in its operator list, walked with
// their transforms, rebuilt into a module matrix and its quiet zone, beside the matrix the link should give.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { expect } from 'vitest';
import type { Box } from './pdfReading.ts';

type Matrix = [number, number, number, number, number, number];
interface Square {
  left: number;
  top: number;
  size: number;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** What `cm` does: points go through m first, then through the current matrix. */
function concat(ctm: Matrix, m: Matrix): Matrix {
  return [
    ctm[0] * m[0] + ctm[2] * m[1],
    ctm[1] * m[0] + ctm[3] * m[1],
    ctm[0] * m[2] + ctm[2] * m[3],
    ctm[1] * m[2] + ctm[3] * m[3],
    ctm[0] * m[4] + ctm[2] * m[5] + ctm[4],
    ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
  ];
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * The axis-aligned squares (in page space) of a pdfjs 5 path, or null when it holds anything else. pdfjs turns
 * each `re` into moveTo, three lineTo and closePath (DrawOPS 0, 1, 1, 1, 4): 13 numbers.
 */
function squaresOf(data: Float32Array, ctm: Matrix): Square[] | null {
  const squares: Square[] = [];
  for (let i = 0; i < data.length; i += 13) {
    const op = Array.from(data.subarray(i, i + 13));
    const [m, , , l1, , , l2, , , l3, , , close] = op;
    if (op.length !== 13 || m !== 0 || l1 !== 1 || l2 !== 1 || l3 !== 1 || close !== 4) return null;
    const corners = [1, 4, 7, 10].map((at) => apply(ctm, op[at] as number, op[at + 1] as number));
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const box = {
      left: Math.min(...xs),
      right: Math.max(...xs),
      bottom: Math.min(...ys),
      top: Math.max(...ys),
    };
    const aligned = corners.every(
      ([x, y]) => (near(x, box.left) || near(x, box.right)) && (near(y, box.bottom) || near(y, box.top)),
    );
    if (!aligned || !near(box.right - box.left, box.top - box.bottom)) return null;
    squares.push({ left: box.left, top: box.top, size: box.right - box.left });
  }
  return squares;
}

/** The filled paths made only of squares, found by walking the operator list with its transforms. */
function filledSquarePaths(operators: { fnArray: number[]; argsArray: unknown[] }): Square[][] {
  const paths: Square[][] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = concat(ctm, args as Matrix);
    else if (fn === OPS.constructPath && (args[0] === OPS.fill || args[0] === OPS.eoFill)) {
      const [data] = args[1] as [Float32Array | null];
      const squares = data && squaresOf(data, ctm);
      if (squares) paths.push(squares);
    }
  });
  return paths;
}

/** Rebuilds the module matrix ('#' dark, '.' light) from the largest path of equal squares on the page. */
export function drawnQr(operators: { fnArray: number[]; argsArray: unknown[] }) {
  const squares = filledSquarePaths(operators).sort((a, b) => b.length - a.length)[0] ?? [];
  const cell = squares[0]?.size ?? 1;
  const left = Math.min(...squares.map((s) => s.left));
  const top = Math.max(...squares.map((s) => s.top));
  const cells = squares.map((s) => {
    const row = (top - s.top) / cell;
    const col = (s.left - left) / cell;
    expect(near(s.size, cell) && near(row, Math.round(row)) && near(col, Math.round(col))).toBe(true);
    return [Math.round(row), Math.round(col)] as const;
  });
  const size = Math.max(...cells.flat()) + 1;
  const grid = Array.from({ length: size }, () => Array<string>(size).fill('.'));
  for (const [row, col] of cells) grid[row]![col] = '#';
  const quiet = 4 * cell;
  return {
    rows: grid.map((row) => row.join('')),
    quietZone: {
      left: left - quiet,
      right: left + size * cell + quiet,
      bottom: top - size * cell - quiet,
      top: top + quiet,
    },
  };
}

export function expectedQr(url: string): string[] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? '#' : '.')).join(''),
  );
}

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
