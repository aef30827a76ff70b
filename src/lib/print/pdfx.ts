// PDF/X-4 (ISO 15930-7:2010) for the press files: the OutputIntent naming the printing
// condition with its ICC profile, the version in the Info dictionary and in XMP metadata, and
// Trapped. The pages must already be in CMYK (cmyk.ts) with TrimBox and BleedBox (pdf.ts).
import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHeader, PDFName, PDFRawStream, PDFString, type PDFRef } from 'pdf-lib';
import { outputProfile, printingCondition } from './cmyk.ts';

export const PDFX_VERSION = 'PDF/X-4';

let profileStream: { bytes: Uint8Array } | undefined;
/** The profile, deflated once per build: every press file embeds the same stream. */
function deflatedProfile(doc: PDFDocument): PDFRef {
  if (!profileStream) {
    const probe = doc.context.flateStream(outputProfile(), { N: 4 });
    profileStream = { bytes: probe.getContents() };
  }
  const stream = PDFRawStream.of(doc.context.obj({ N: 4, Filter: 'FlateDecode', Length: profileStream.bytes.length }), profileStream.bytes);
  return doc.context.register(stream);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A UUID made from the file's identity, not from chance: the same file gets the same one. */
const uuidOf = (id: string, what: string) => {
  const h = createHash('md5').update(`${what}:${id}`).digest('hex');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

export interface XmpFacts {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  lang: string;
  date: Date;
  id: string;
}

/** XMP as PDF/X-4 requires it: version, trapping, document and version IDs, rendition class, dates that agree with the Info dictionary. */
export function xmpPacket(f: XmpFacts): string {
  const date = f.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(f.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(f.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(f.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xml(f.creator)}</xmp:CreatorTool>
   <pdf:Producer>${xml(f.producer)}</pdf:Producer>
   <pdf:Keywords>${xml(f.keywords)}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>${uuidOf(f.id, 'document')}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuidOf(f.id, 'instance')}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>${PDFX_VERSION}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/**
 * Makes `doc` a PDF/X-4 file: PDF 1.6, the OutputIntent (FOGRA39 with its profile), Trapped
 * False (nobody trapped it) and GTS_PDFXVersion in Info and XMP. Call after setting the Info
 * entries (title, author…), which the XMP repeats.
 */
export function markPdfX(doc: PDFDocument, f: Omit<XmpFacts, 'title' | 'author' | 'subject' | 'keywords' | 'creator' | 'producer'>) {
  doc.context.header = PDFHeader.forVersion(1, 6);
  const c = printingCondition;
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(c.identifier),
    OutputCondition: PDFString.of(c.condition),
    RegistryName: PDFString.of(c.registry),
    Info: PDFString.of(c.info),
    DestOutputProfile: deflatedProfile(doc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(PDFX_VERSION));
  const xmp = xmpPacket({
    ...f,
    title: doc.getTitle() ?? '',
    author: doc.getAuthor() ?? '',
    subject: doc.getSubject() ?? '',
    keywords: doc.getKeywords() ?? '',
    creator: doc.getCreator() ?? '',
    producer: doc.getProducer() ?? '',
  });
  // Uncompressed, as XMP is meant to be found by tools that do not parse PDF.
  const bytes = Buffer.from(xmp, 'utf8');
  const stream = PDFRawStream.of(doc.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: bytes.length }), bytes);
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
