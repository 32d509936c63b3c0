// File-level checks of an uploaded workbook BEFORE exceljs sees it. exceljs (through JSZip) inflates
// every part into memory and expands every range it meets, so an archive must prove it is small first:
// - the upload's size, and the zip signature (an old .xls or an encrypted workbook is an OLE file);
// - the number of entries, and the expanded size: each entry is actually inflated through a stream with
//   a running byte cap, because a zip bomb can declare tiny sizes in its central directory;
// - while inflating, each worksheet's XML is scanned for its rows and for data-validation and merged
//   ranges, so a sheet of a million rows is refused before exceljs builds a million row objects.
import { Buffer } from "node:buffer";
import { posix } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";

import { type Entry, fromBuffer, type ZipFile } from "yauzl";

import type { WorkbookLimits } from "../contract.ts";
import {
  expandsTooMuch,
  type FileProblem,
  fileTooLarge,
  notAWorkbook,
  rangesTooLarge,
  tooManyEntries,
  tooManyRows,
  unreadableWorkbook,
} from "./file-problems.ts";

export interface ArchiveSummary {
  /** Worksheet name (or part path when workbook.xml does not name it) → rows holding cells, header included. */
  rowsBySheet: Map<string, number>;
  /** Cells covered by data-validation and merged ranges over all worksheets. */
  rangeCells: number;
}

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Thrown inside the inflate pipeline to stop it as soon as the running total passes the limit. */
class ExpandedTooMuch extends Error {}

export async function inspectArchive(
  bytes: Uint8Array,
  limits: WorkbookLimits,
): Promise<{ ok: true; summary: ArchiveSummary } | FileProblem> {
  if (bytes.byteLength === 0) return notAWorkbook("empty");
  if (bytes.byteLength > limits.maxFileBytes) return fileTooLarge(bytes.byteLength, limits.maxFileBytes);
  if (startsWith(bytes, oleSignature)) return notAWorkbook("old-format");
  // Local file header, or the end record of an empty archive.
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return notAWorkbook("not-zip");
  }
  try {
    return await scanArchive(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
  } catch (error) {
    if (error instanceof ExpandedTooMuch) return expandsTooMuch(limits.maxExpandedBytes);
    return unreadableWorkbook(error instanceof Error ? error.message : String(error));
  }
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // validateEntrySizes is off: our own cap counts the bytes actually inflated, and yauzl's check would
    // report a lying header as a generic stream error instead of the archive being too large.
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false, autoClose: false }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      zip.off("entry", onEntry);
      zip.off("end", onEnd);
      zip.off("error", onError);
    };
    zip.on("entry", onEntry);
    zip.on("end", onEnd);
    zip.on("error", onError);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, stream: Readable) => {
      if (error) reject(error);
      else resolve(stream);
    };
    // Compressed entries come raw and are inflated by our own zlib stream, which pipeline() destroys
    // properly when the cap is hit (yauzl's inflater would keep its zlib handle).
    if (entry.compressionMethod === 8) {
      zip.openReadStream(entry, { decompress: false, decrypt: null, start: null, end: null }, done);
    } else {
      zip.openReadStream(entry, done);
    }
  });
}

const workbookPart = "xl/workbook.xml";
const workbookRelsPart = "xl/_rels/workbook.xml.rels";
const worksheetPart = /^xl\/worksheets\/[^/]+\.xml$/i;
/** workbook.xml and its relationships are small; beyond this they are not worth parsing for names. */
const maxCollectedBytes = 4 * 1024 * 1024;

async function scanArchive(
  buffer: Buffer,
  limits: WorkbookLimits,
): Promise<{ ok: true; summary: ArchiveSummary } | FileProblem> {
  const zip = await openZip(buffer);
  // A late 'error' event with no listener would crash the process; every error also reaches nextEntry.
  zip.on("error", () => undefined);
  try {
    if (zip.entryCount > limits.maxEntries) return tooManyEntries(zip.entryCount, limits.maxEntries);
    let entries = 0;
    let declared = 0;
    let expanded = 0;
    let hasContentTypes = false;
    const collected = new Map<string, Buffer[]>();
    const scans = new Map<string, WorksheetScan>();
    for (let entry = await nextEntry(zip); entry !== undefined; entry = await nextEntry(zip)) {
      entries += 1;
      if (entries > limits.maxEntries) return tooManyEntries(entries, limits.maxEntries);
      declared += entry.uncompressedSize;
      if (declared > limits.maxExpandedBytes) return expandsTooMuch(limits.maxExpandedBytes);
      if (entry.fileName.endsWith("/")) continue;
      const name = entry.fileName;
      if (name === "[Content_Types].xml") hasContentTypes = true;
      const keep: Buffer[] | undefined = name === workbookPart || name === workbookRelsPart ? [] : undefined;
      if (keep) collected.set(name, keep);
      const scan = worksheetPart.test(name) ? new WorksheetScan() : undefined;
      if (scan) scans.set(name, scan);
      let keptBytes = 0;
      const source = await openEntry(zip, entry);
      const sink = async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) {
          expanded += chunk.length;
          if (expanded > limits.maxExpandedBytes) throw new ExpandedTooMuch();
          scan?.push(chunk);
          if (keep && keptBytes < maxCollectedBytes) {
            keep.push(chunk);
            keptBytes += chunk.length;
          }
        }
      };
      try {
        if (entry.compressionMethod === 8) await pipeline(source, createInflateRaw(), sink);
        else await pipeline(source, sink);
      } catch (error) {
        // pipeline() may report the cap as the AbortError of the streams it tore down.
        if (expanded > limits.maxExpandedBytes) throw new ExpandedTooMuch();
        throw error;
      }
    }
    if (!hasContentTypes || !collected.has(workbookPart)) return notAWorkbook("not-xlsx");

    const names = worksheetNames(
      Buffer.concat(collected.get(workbookPart) ?? []).toString("utf8"),
      Buffer.concat(collected.get(workbookRelsPart) ?? []).toString("utf8"),
    );
    const rowsBySheet = new Map<string, number>();
    let rangeCells = 0;
    for (const [part, scan] of scans) {
      scan.finish();
      const sheet = names.get(part.toLowerCase()) ?? part;
      rowsBySheet.set(sheet, scan.rows);
      rangeCells += scan.rangeCells;
      // The header row does not count against the limit.
      if (scan.rows - 1 > limits.maxRowsPerSheet) {
        return tooManyRows(sheet, scan.rows - 1, limits.maxRowsPerSheet);
      }
    }
    if (rangeCells > limits.maxRangeCells) return rangesTooLarge(rangeCells, limits.maxRangeCells);
    return { ok: true, summary: { rowsBySheet, rangeCells } };
  } finally {
    zip.close();
  }
}

// --- Worksheet XML scan ------------------------------------------------------------------------------------

// `\b` keeps <rowBreaks>, <dataValidations> and <mergeCells> (the containers) out.
const tagPattern = /<(row|dataValidation|mergeCell)\b([^>]*)>/g;
/** A tag longer than this is not one Excel writes; the scan drops it rather than buffer without end. */
const maxCarry = 1024 * 1024;

/** Counts, over a worksheet's XML arriving in chunks, the rows holding cells and the cells in ranges. */
export class WorksheetScan {
  rows = 0;
  rangeCells = 0;
  private carry = "";

  push(chunk: Buffer): void {
    // latin1 maps each byte to one character: tags are ASCII, and no UTF-8 sequence is split wrongly.
    const text = this.carry + chunk.toString("latin1");
    const lastOpen = text.lastIndexOf("<");
    const incomplete = lastOpen !== -1 && !text.includes(">", lastOpen);
    this.scan(incomplete ? text.slice(0, lastOpen) : text);
    this.carry = incomplete ? text.slice(lastOpen) : "";
    if (this.carry.length > maxCarry) this.carry = "";
  }

  finish(): void {
    this.scan(this.carry);
    this.carry = "";
  }

  private scan(text: string): void {
    for (const match of text.matchAll(tagPattern)) {
      const [, tag, attributes = ""] = match;
      if (tag === "row") {
        // <row r="5" s="3" customFormat="1"/> is an empty formatted row, not data.
        if (!attributes.trimEnd().endsWith("/")) this.rows += 1;
      } else {
        const ranges = readAttributes(attributes).get(tag === "mergeCell" ? "ref" : "sqref") ?? "";
        for (const range of ranges.split(/\s+/)) this.rangeCells += rangeArea(range);
      }
    }
  }
}

function columnNumber(letters: string): number {
  let value = 0;
  for (const letter of letters.toUpperCase()) value = value * 26 + (letter.charCodeAt(0) - 64);
  return value;
}

/** Cells in "B2:D10" (27), "A1" (1); anything else counts 0. */
export function rangeArea(range: string): number {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(range.trim());
  if (!match) return 0;
  const [, firstColumn = "A", firstRow = "1", lastColumn = firstColumn, lastRow = firstRow] = match;
  const columns = Math.abs(columnNumber(lastColumn) - columnNumber(firstColumn)) + 1;
  const rows = Math.abs(Number(lastRow) - Number(firstRow)) + 1;
  return columns * rows;
}

// --- workbook.xml: which part is which sheet --------------------------------------------------------------

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name = "", doubleQuoted, singleQuoted] = match;
    attributes.set(name, decodeXml(doubleQuoted ?? singleQuoted ?? ""));
  }
  return attributes;
}

/** Lower-cased part path ("xl/worksheets/sheet1.xml") → the sheet's name, from workbook.xml and its rels. */
function worksheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const attributes = readAttributes(match[1] ?? "");
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id === undefined || target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : posix.join("xl", target);
    targets.set(id, posix.normalize(path).toLowerCase());
  }
  const names = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b([^>]*)>/g)) {
    const attributes = readAttributes(match[1] ?? "");
    const name = attributes.get("name");
    // The relationship id is "r:id" with whatever prefix the file binds to the relationships namespace.
    const relationId = [...attributes].find(([key]) => key.endsWith(":id"))?.[1];
    const part = relationId === undefined ? undefined : targets.get(relationId);
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
}
