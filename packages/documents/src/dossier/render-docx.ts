// Lays a dossier document out as DOCX in the form of Decree 30/2020/NĐ-CP on administrative documents
// (Phụ lục I: "Thể thức, kỹ thuật trình bày văn bản hành chính"):
// - A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (the low ends of 20–25, 20–25,
//   30–35 and 15–20 mm, to keep the tables wide);
// - Times New Roman (Unicode, TCVN 6909:2001), body 14 pt, justified, first line indented 1.27 cm, 6 pt
//   between paragraphs, line spacing 1.15 (between single and 1.5 lines);
// - the header as a table without borders: left the issuing body (its superior body in regular capitals
//   above it, when it has one; its own name in bold capitals, 13 pt) with a short rule under it and the
//   "Số: …/TTr-UBND" line; right the national heading "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (bold capitals
//   12 pt, the low end of 12–13 so it fits the column on one line) and "Độc lập - Tự do - Hạnh phúc"
//   (bold 13 pt) with a rule as long as the line under it, then the place and date in italics (14 pt);
// - the type name ("TỜ TRÌNH") bold 14 pt centred, the summary ("Về việc …") bold 14 pt centred, a rule
//   under it of about 1/3 of the line;
// - page numbers centred in the top margin from page 2 (Phụ lục I: not shown on page 1);
// - "Nơi nhận:" bold italic 12 pt with the list in 11 pt bottom-left; the signature block bottom-right
//   (capacity and title in bold capitals 14 pt, space for the signature and the seal, then the name);
// - tables with single borders, 13 pt, their header row repeated on every page; charts as PNG pictures
//   with a caption in italics.
// Fonts are not embedded in the DOCX (Word and LibreOffice have Times New Roman or its metric-compatible
// Liberation Serif); the PDF embeds them (pdf/convert-to-pdf.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";

import type {
  Alignment,
  Block,
  ChartSpec,
  DossierDocumentContent,
  TableColumn,
  TableRow as ContentRow,
  TextSpan,
} from "./dossier-model.ts";
import { renderChartPng } from "./render-chart.ts";

export const FONT = "Times New Roman";
const PAGE = { width: 11906, height: 16838 };

/** Millimetres to twips, rounded up: docx's convertMillimetersToTwip floors, and 20 mm would be 19.99 mm. */
function mm(millimetres: number): number {
  return Math.ceil((millimetres * 1440) / 25.4);
}

const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The header's left column (issuing body): about 6 cm; the national heading takes the rest. */
const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.37);
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
const FIRST_LINE = mm(12.7);

/** Sizes in half-points, as docx counts them. */
const SIZE = { body: 28, name: 26, national: 24, motto: 26, table: 26, recipientsTitle: 24, recipients: 22 };
const SPACING = { paragraph: 120, line: 276 };

const alignments: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
};

function run(span: TextSpan, size = SIZE.body): TextRun {
  // Typed as IRunOptions first: against TextRun's `string | IRunOptions` the checker would take `bold` for
  // String.prototype.bold.
  const options: IRunOptions = {
    text: span.text,
    bold: span.bold ?? false,
    italics: span.italic ?? false,
    size,
    font: FONT,
  };
  return new TextRun(options);
}

function centred(
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number; before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [
      run({ text, bold: options.bold ?? false, italic: options.italic ?? false }, options.size ?? SIZE.body),
    ],
  });
}

/**
 * Estimated width in twips of a line of Times New Roman: a capital averages 0.72 em, a lower-case letter
 * 0.48 em, a space 0.25 em (bold a little wider). Used only to size the short rules under the names.
 */
function estimateWidth(text: string, halfPoints: number, bold: boolean): number {
  let ems = 0;
  for (const character of text) {
    if (character === " ") ems += 0.25;
    else if (character === character.toLocaleUpperCase("vi") && /\p{L}/u.test(character)) ems += 0.72;
    else ems += 0.48;
  }
  return Math.round(ems * (bold ? 1.05 : 1) * halfPoints * 10);
}

/** A horizontal rule of `width` twips centred in a space `available` wide: the top border of an empty line. */
function rule(width: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // A little space above, so the rule sits under the line instead of striking its descenders.
    spacing: { before: 60, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

function headerTable(document: DossierDocumentContent): Table {
  const { header } = document;
  const left: Paragraph[] = [];
  for (const line of header.authority ?? []) left.push(centred(line, { size: SIZE.name }));
  for (const line of header.issuer) left.push(centred(line, { size: SIZE.name, bold: true }));
  const longest = Math.max(...header.issuer.map((line) => estimateWidth(line, SIZE.name, true)));
  left.push(rule(Math.round(Math.min(longest, LEFT_COLUMN) * 0.45), LEFT_COLUMN - 216));
  left.push(centred(header.numberLine, { size: SIZE.name, before: 160 }));

  const motto = "Độc lập - Tự do - Hạnh phúc";
  const right = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: SIZE.national, bold: true }),
    centred(motto, { size: SIZE.motto, bold: true }),
    rule(estimateWidth(motto, SIZE.motto, true), RIGHT_COLUMN - 216),
    centred(header.placeDateLine, { size: SIZE.body, italic: true, before: 160 }),
  ];
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      margins: { left: 108, right: 108 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, LEFT_COLUMN), cell(right, RIGHT_COLUMN)] })],
  });
}

function titleBlock(document: DossierDocumentContent): Paragraph[] {
  const paragraphs = [
    centred(document.typeName, { bold: true, before: 360 }),
    centred(document.summary, { bold: true }),
    rule(
      Math.round(Math.min(estimateWidth(document.summary, SIZE.body, true), TEXT_WIDTH) * 0.35),
      TEXT_WIDTH,
    ),
  ];
  if (document.addressee) paragraphs.push(centred(document.addressee, { before: 240, after: 120 }));
  for (const line of document.preamble) {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 120 },
        children: line.map((span) => run(span)),
      }),
    );
  }
  return paragraphs;
}

function draftMark(): Paragraph {
  const box = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: TEXT_WIDTH - mm(30) },
    spacing: { after: 120 },
    border: { top: box, bottom: box, left: box, right: box },
    children: [run({ text: "DỰ THẢO", bold: true }, SIZE.table)],
  });
}

function bodyParagraph(block: Extract<Block, { kind: "paragraph" }>, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: alignments[block.align ?? "justify"],
    indent: block.indent === false ? undefined : { firstLine: FIRST_LINE },
    spacing: { before: SPACING.paragraph, line: SPACING.line },
    keepNext,
    children: block.spans.map((span) => run(span)),
  });
}

function headingParagraph(block: Extract<Block, { kind: "heading" }>): Paragraph {
  if (block.level === 0)
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120 },
      keepNext: true,
      children: [run({ text: block.text, bold: true })],
    });
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: { before: block.level === 1 ? 240 : SPACING.paragraph, line: SPACING.line },
    keepNext: true,
    children: [run({ text: block.text, bold: block.level < 3, italic: block.level === 3 })],
  });
}

function cellParagraphs(text: string, align: TableColumn["align"], bold: boolean): Paragraph[] {
  return text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment: alignments[align],
        spacing: { before: 40, after: 40 },
        children: [run({ text: line, bold }, SIZE.table)],
      }),
  );
}

function dataTable(block: Extract<Block, { kind: "table" }>): (Table | Paragraph)[] {
  const total = block.columns.reduce((sum, col) => sum + col.width, 0);
  const widths = block.columns.map((col) => Math.floor((TEXT_WIDTH * col.width) / total));
  const cell = (text: string, index: number, align: TableColumn["align"], bold: boolean): TableCell =>
    new TableCell({
      children: cellParagraphs(text, align, bold),
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80 },
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((col, index) => cell(col.header, index, "center", true)),
  });
  const rows = block.rows.map(
    (row: ContentRow) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((col, index) =>
          cell(row.cells[index] ?? "", index, col.align, row.total ?? false),
        ),
      }),
  );
  const parts: (Table | Paragraph)[] = [];
  if (block.caption)
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: SPACING.paragraph, after: 60 },
        keepNext: true,
        children: [run({ text: block.caption, bold: true }, SIZE.table)],
      }),
    );
  // An empty line before the table, so it does not touch the paragraph above.
  parts.push(
    new Paragraph({
      spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
      children: [],
    }),
  );
  parts.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [headerRow, ...rows],
    }),
  );
  if (block.note)
    parts.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 60 },
        children: [run({ text: block.note, italic: true }, SIZE.recipientsTitle)],
      }),
    );
  return parts;
}

/** The tallest picture, in CSS pixels, that leaves room for its caption on an A4 page within the margins. */
const MAX_PICTURE_HEIGHT = 860;

function chartParagraphs(chart: ChartSpec): Paragraph[] {
  const picture = renderChartPng(chart);
  const shrink = Math.min(1, MAX_PICTURE_HEIGHT / picture.height);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240 },
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: picture.png,
          transformation: {
            width: Math.round(picture.width * shrink),
            height: Math.round(picture.height * shrink),
          },
          altText: { name: chart.id, title: chart.caption, description: chart.caption },
        }),
      ],
    }),
    centred(chart.caption, { italic: true, size: SIZE.table, before: 60, after: 120 }),
  ];
}

function closing(document: DossierDocumentContent): Table {
  const left: Paragraph[] = [];
  if (document.recipients) {
    left.push(
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [run({ text: "Nơi nhận:", bold: true, italic: true }, SIZE.recipientsTitle)],
      }),
    );
    for (const line of document.recipients)
      left.push(
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [run({ text: line }, SIZE.recipients)] }),
      );
  } else {
    left.push(new Paragraph({ children: [] }));
  }
  const { signature } = document;
  const right: Paragraph[] = [];
  if (signature.capacity) right.push(centred(signature.capacity, { bold: true }));
  right.push(centred(signature.title, { bold: true }));
  // Space for the handwritten signature and the seal.
  for (let line = 0; line < 4; line += 1) right.push(centred(""));
  right.push(centred(signature.name, { bold: true }));
  const width = [Math.round(TEXT_WIDTH * 0.5), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: width,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: left, width: { size: width[0] ?? 0, type: WidthType.DXA } }),
          new TableCell({ children: right, width: { size: width[1] ?? 0, type: WidthType.DXA } }),
        ],
      }),
    ],
  });
}

function blockElements(block: Block, last: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [headingParagraph(block)];
    case "paragraph":
      // The closing sentence ("… xem xét, quyết định./.") stays on the page of the signature.
      return [bodyParagraph(block, last)];
    case "table":
      return dataTable(block);
    case "chart":
      return chartParagraphs(block.chart);
  }
}

/** One dossier document as the bytes of a .docx file. */
export async function renderDossierDocx(document: DossierDocumentContent): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    ...(document.draft ? [draftMark()] : []),
    headerTable(document),
    ...titleBlock(document),
    ...document.body.flatMap((block, index) => blockElements(block, index === document.body.length - 1)),
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [] }),
    closing(document),
  ];
  const file = new Document({
    creator: "Tinh Gọn",
    title: `${document.typeName} ${document.summary}`,
    description: document.summary,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body, font: FONT })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
