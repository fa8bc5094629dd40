/** Styles of the document's text (fonts registered as "regular" / "bold"). */
export interface TextStyle {
  font: "regular" | "bold";
  size: number;
  color?: string;
}

export interface Line {
  text: string;
  style: TextStyle;
}

const LINE_SPACING = 1.28;

export function lineHeight(style: TextStyle): number {
  return style.size * LINE_SPACING;
}

/**
 * Greedy word wrap to `width` points with the style's font metrics; explicit line breaks are kept,
 * a word wider than the line is cut between characters. Every returned line fits `width`.
 */
export function wrapText(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): Line[] {
  doc.font(style.font).fontSize(style.size);
  const measure = (s: string): number => doc.widthOfString(s);
  const space = measure(" ");
  const out: Line[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
    if (words.length === 0) {
      out.push({ text: "", style });
      continue;
    }
    let line = "";
    let lineWidth = 0;
    const flush = (): void => {
      out.push({ text: line, style });
      line = "";
      lineWidth = 0;
    };
    for (const word of words) {
      const w = measure(word);
      if (w > width) {
        // A word longer than the line (a URL, a long number): cut it between characters.
        if (line !== "") flush();
        let part = "";
        for (const ch of word) {
          if (measure(part + ch) > width && part !== "") {
            out.push({ text: part, style });
            part = "";
          }
          part += ch;
        }
        line = part;
        lineWidth = measure(part);
        continue;
      }
      if (line === "") {
        line = word;
        lineWidth = w;
      } else if (lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
      } else {
        flush();
        line = word;
        lineWidth = w;
      }
    }
    if (line !== "") flush();
  }
  return out;
}

export interface Column {
  header: string;
  width: number;
  align?: "left" | "right";
}

export interface TableOptions {
  /** Repeated at the top of every page the table continues on. */
  columns: Column[];
  headerStyle: TextStyle;
  padding: number;
  borders: boolean;
  showHeader: boolean;
  headerFill?: string;
  borderColor?: string;
}

/**
 * A cursor that lays out text and tables top to bottom, starting a new page whenever a line
 * would cross the bottom margin: a line is never split, and a table row that does not fit is
 * moved to the next page whole, or (when taller than a page) split between two lines, with the
 * table header repeated on the new page.
 */
export class PageCursor {
  y: number;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** Called after every page break (e.g. to note a continuation). */
    private readonly onNewPage: () => void = () => {},
  ) {
    this.y = doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
    this.onNewPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  drawLine(line: Line, x: number, y: number, width: number, align: "left" | "right" = "left"): void {
    const { doc } = this;
    doc
      .font(line.style.font)
      .fontSize(line.style.size)
      .fillColor(line.style.color ?? "#111111");
    const dx = align === "right" ? Math.max(0, width - doc.widthOfString(line.text)) : 0;
    doc.text(line.text, x + dx, y, { lineBreak: false });
  }

  /** Wrapped text across the full width (or `indent`ed), breaking pages between lines only. */
  paragraph(text: string, style: TextStyle, options: { indent?: number; gapAfter?: number } = {}): void {
    const indent = options.indent ?? 0;
    const lines = wrapText(this.doc, text, this.width - indent, style);
    const lh = lineHeight(style);
    for (const line of lines) {
      this.ensure(lh);
      this.drawLine(line, this.left + indent, this.y, this.width - indent);
      this.y += lh;
    }
    this.y += options.gapAfter ?? 0;
  }

  gap(points: number): void {
    this.y += points;
  }

  private headerCells(options: TableOptions): Line[][] {
    return options.columns.map((c) => wrapText(this.doc, c.header, c.width - 2 * options.padding, options.headerStyle));
  }

  private drawRowSlice(options: TableOptions, cells: Line[][], from: number, count: number, fill?: string): number {
    const { doc } = this;
    const pad = options.padding;
    let height = 0;
    for (const cell of cells) {
      let h = 0;
      for (const line of cell.slice(from, from + count)) h += lineHeight(line.style);
      height = Math.max(height, h);
    }
    height += 2 * pad;
    let x = this.left;
    for (const [i, column] of options.columns.entries()) {
      if (fill) doc.rect(x, this.y, column.width, height).fill(fill);
      if (options.borders)
        doc
          .lineWidth(0.5)
          .rect(x, this.y, column.width, height)
          .stroke(options.borderColor ?? "#999999");
      let ly = this.y + pad;
      for (const line of (cells[i] ?? []).slice(from, from + count)) {
        this.drawLine(line, x + pad, ly, column.width - 2 * pad, column.align);
        ly += lineHeight(line.style);
      }
      x += column.width;
    }
    this.y += height;
    return height;
  }

  private drawHeader(options: TableOptions): void {
    if (!options.showHeader) return;
    const cells = this.headerCells(options);
    const lines = Math.max(...cells.map((c) => c.length));
    this.drawRowSlice(options, cells, 0, lines, options.headerFill);
  }

  private headerHeight(options: TableOptions): number {
    if (!options.showHeader) return 0;
    const cells = this.headerCells(options);
    return Math.max(...cells.map((c) => c.length)) * lineHeight(options.headerStyle) + 2 * options.padding;
  }

  /** Draws a table; `rows[r][c]` are the pre-wrapped lines of a cell (see wrapText). */
  table(options: TableOptions, rows: Line[][][]): void {
    const pad = options.padding;
    const headerHeight = this.headerHeight(options);
    // Header plus at least one line of the first row on this page.
    const firstLine = rows[0]?.flat()[0];
    this.ensure(headerHeight + 2 * pad + (firstLine ? lineHeight(firstLine.style) : 0));
    this.drawHeader(options);
    let pageStart = this.y;
    const breakPage = (): void => {
      this.newPage();
      this.drawHeader(options);
      pageStart = this.y;
    };
    for (const cells of rows) {
      const lh = Math.max(...cells.flat().map((l) => lineHeight(l.style)), 1);
      const total = Math.max(...cells.map((c) => c.length), 1);
      const perFreshPage = Math.floor((this.bottom - this.top - headerHeight - 2 * pad) / lh);
      let offset = 0;
      while (offset < total) {
        const fits = Math.floor((this.bottom - this.y - 2 * pad) / lh);
        const remaining = total - offset;
        if (remaining <= fits) {
          this.drawRowSlice(options, cells, offset, remaining);
          break;
        }
        // Move the whole row when it fits on a fresh page; split it only when it is taller than a page.
        if ((offset === 0 && this.y > pageStart && remaining <= perFreshPage) || fits < 1) {
          breakPage();
          continue;
        }
        this.drawRowSlice(options, cells, offset, fits);
        offset += fits;
        breakPage();
      }
    }
  }
}
