import PDFDocument from "pdfkit";
import { loadFonts } from "./fonts.js";

/** A label and its value, one line each: "Received from: PT Maju Jaya". */
export interface PaperField {
  label: string;
  value: string;
}

/**
 * A one- or two-page document (a receipt, a CSR certificate) as plain data, every text already
 * written in the reader's language. Layout is this module's business; wording is the caller's.
 */
export interface Paper {
  title: string;
  /** Who issues it, under the title. */
  issuer: string;
  /** The document's number, top right (a receipt's KP-2026-000123). */
  reference?: string;
  /** A sentence or two before the fields. */
  intro?: string;
  fields: readonly PaperField[];
  table?: { heading: string; columns: readonly string[]; rows: readonly (readonly string[])[] };
  /** Headed lists after the fields and table: what a company gave, the beneficiaries reached. */
  sections?: readonly { heading: string; lines: readonly string[] }[];
  /** Up to four photos (JPEG or PNG; anything else is left out, PDF cannot hold it as is). */
  photos?: { heading: string; images: readonly Uint8Array[] };
  /** Who signs it: the staff member who confirmed, or the programme. */
  signature?: string;
  footer: string;
  /** The document's date: also its creation date, so the same content gives the same bytes. */
  issuedAt: Date;
}

const MAX_PHOTOS = 4;
const MARGIN = 50;
const ACCENT = "#0b6e4f";
const MUTED = "#555555";

/** JPEG (FF D8 FF) and PNG (89 50 4E 47) are what a PDF embeds without converting. */
function isEmbeddableImage(bytes: Uint8Array): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  return jpeg || png;
}

/** Renders a paper to PDF bytes with the embedded Pretendard font (subset: a receipt is a few KB). */
export async function renderPaperPdf(paper: Paper): Promise<Uint8Array> {
  const fonts = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: paper.title, Author: paper.issuer, Producer: "K-Peduli", Creator: "K-Peduli", CreationDate: paper.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  // pdfkit's types name only file sources, but it takes a parsed fontkit font as it is.
  doc.registerFont("regular", fonts.regular as unknown as Buffer);
  doc.registerFont("bold", fonts.bold as unknown as Buffer);
  const width = doc.page.width - 2 * MARGIN;

  if (paper.reference) doc.font("regular").fontSize(10).fillColor(MUTED).text(paper.reference, MARGIN, MARGIN, { width, align: "right" });
  doc.font("bold").fontSize(20).fillColor(ACCENT).text(paper.title, MARGIN, MARGIN + 16, { width });
  doc.font("regular").fontSize(10).fillColor(MUTED).text(paper.issuer, { width });
  doc.moveDown(0.5);
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).strokeColor(ACCENT).lineWidth(1.5).stroke();
  doc.moveDown(1);

  if (paper.intro) doc.font("regular").fontSize(11).fillColor("black").text(paper.intro, { width }).moveDown(0.8);

  for (const field of paper.fields) {
    const top = doc.y;
    doc.font("bold").fontSize(10).fillColor(MUTED).text(field.label, MARGIN, top, { width: 150 });
    const labelBottom = doc.y;
    doc.font("regular").fontSize(11).fillColor("black").text(field.value, MARGIN + 160, top, { width: width - 160 });
    doc.y = Math.max(doc.y, labelBottom) + 4;
  }

  if (paper.table && paper.table.rows.length > 0) {
    const { heading, columns, rows } = paper.table;
    doc.moveDown(0.8).font("bold").fontSize(12).fillColor(ACCENT).text(heading, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    // The first column (the item) takes what the figures leave.
    const figureWidth = 95;
    const columnX = columns.map((_, index) => (index === 0 ? MARGIN : MARGIN + width - (columns.length - index) * figureWidth));
    const columnWidth = columns.map((_, index) => (index === 0 ? width - (columns.length - 1) * figureWidth - 5 : figureWidth));
    const writeRow = (cells: readonly string[], font: "regular" | "bold") => {
      const top = doc.y;
      let bottom = top;
      cells.forEach((cell, index) => {
        doc.font(font).fontSize(10).fillColor("black").text(cell, columnX[index], top, { width: columnWidth[index], align: index === 0 ? "left" : "right" });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom + 3;
    };
    writeRow(columns, "bold");
    for (const row of rows) writeRow(row, "regular");
  }

  for (const section of paper.sections ?? []) {
    if (section.lines.length === 0) continue;
    doc.moveDown(0.8).font("bold").fontSize(12).fillColor(ACCENT).text(section.heading, MARGIN, doc.y, { width });
    doc.moveDown(0.2).font("regular").fontSize(11).fillColor("black");
    for (const line of section.lines) doc.text(`• ${line}`, MARGIN, doc.y, { width });
  }

  const images = (paper.photos?.images ?? []).filter(isEmbeddableImage).slice(0, MAX_PHOTOS);
  if (paper.photos && images.length > 0) {
    const cellWidth = (width - 10) / 2;
    const cellHeight = 150;
    const gridHeight = Math.ceil(images.length / 2) * (cellHeight + 10) + 30;
    // The photos go on a second page when the first cannot hold them: two pages at most.
    if (doc.y + gridHeight > doc.page.height - MARGIN - 60) doc.addPage();
    doc.moveDown(0.8).font("bold").fontSize(12).fillColor(ACCENT).text(paper.photos.heading, MARGIN, doc.y, { width });
    const gridTop = doc.y + 6;
    images.forEach((image, index) => {
      const x = MARGIN + (index % 2) * (cellWidth + 10);
      const y = gridTop + Math.floor(index / 2) * (cellHeight + 10);
      doc.image(Buffer.from(image), x, y, { fit: [cellWidth, cellHeight], align: "center", valign: "center" });
    });
    doc.y = gridTop + Math.ceil(images.length / 2) * (cellHeight + 10);
  }

  if (paper.signature) {
    doc.moveDown(1.5).font("regular").fontSize(11).fillColor("black").text(paper.signature, MARGIN, doc.y, { width, align: "right" });
  }
  doc.font("regular").fontSize(8).fillColor(MUTED).text(paper.footer, MARGIN, doc.page.height - MARGIN - 20, { width, align: "center", lineBreak: false });
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
