package no.tolk.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;

/**
 * Builds one tiny document per format, each with a heading, a Norwegian paragraph with æøå and an
 * English paragraph. Zip-based formats are written as minimal XML; PDF with PDFBox and PPTX with
 * POI, both of which come with Tika.
 */
final class FormatFixtures {

  static final String TITLE = "Blåbærturen";
  static final String AUTHOR = "Kari Nordmann";
  static final String HEADING = "Første dag på fjellet";
  static final String NORWEGIAN = "Vi plukket blåbær ved sjøen og så en ærfugl på øya.";
  static final String ENGLISH = "The information about the trail was easy to find.";
  static final String HEADING_2 = "Andre dag";
  static final String NORWEGIAN_2 = "Været var grått, men bålet varmet.";

  private FormatFixtures() {}

  // ---- PDF

  /** Two pages, an outline entry per page, and the document information dictionary. */
  static byte[] pdf() throws IOException {
    return pdf(null);
  }

  static byte[] encryptedPdf() throws IOException {
    return pdf("hemmelig");
  }

  private static byte[] pdf(String password) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage one = page(doc, font, HEADING, NORWEGIAN, "This is an in-", "formation line.");
      PDPage two = page(doc, font, HEADING_2, NORWEGIAN_2, ENGLISH, null);
      PDDocumentOutline outline = new PDDocumentOutline();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      outline.addLast(bookmark(HEADING, one));
      outline.addLast(bookmark(HEADING_2, two));
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(TITLE);
      info.setAuthor(AUTHOR);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2024, Calendar.MARCH, 5, 12, 0);
      info.setCreationDate(created);
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("eier", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static PDPage page(PDDocument doc, PDType1Font font, String... lines)
      throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      s.beginText();
      s.setFont(font, 18);
      s.newLineAtOffset(72, 700);
      s.showText(lines[0]);
      s.setFont(font, 11);
      // a blank line's worth of space sets a paragraph apart
      for (int i = 1; i < lines.length; i++) {
        if (lines[i] != null) {
          s.newLineAtOffset(0, i == 1 || i == 2 ? -30 : -14);
          s.showText(lines[i]);
        }
      }
      s.endText();
    }
    return page;
  }

  private static PDOutlineItem bookmark(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(page);
    return item;
  }

  // ---- PPTX

  /** Two slides with a title and a body each. */
  static byte[] pptx() throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      XSLFSlideLayout layout = ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      slide(ppt, layout, HEADING, NORWEGIAN + "\n" + ENGLISH);
      slide(ppt, layout, HEADING_2, NORWEGIAN_2);
      var core = ppt.getProperties().getCoreProperties();
      core.setTitle(TITLE);
      core.setCreator(AUTHOR);
      core.setCreated(Optional.of(new java.util.Date(1709640000000L))); // 2024-03-05T12:00Z
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ppt.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void slide(XMLSlideShow ppt, XSLFSlideLayout layout, String title, String body) {
    XSLFSlide slide = ppt.createSlide(layout);
    slide.getPlaceholder(0).setText(title);
    slide.getPlaceholder(1).setText(body);
  }

  // ---- DOCX

  static byte[] docx() throws IOException {
    return docx(true);
  }

  /** A DOCX with or without its core properties (title, author, date). */
  static byte[] docx(boolean withProperties) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        </Types>""");
    files.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>""");
    files.put(
        "word/_rels/document.xml.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>""");
    files.put(
        "word/styles.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
        </w:styles>""");
    files.put(
        "word/document.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        %s%s%s%s%s
        </w:body></w:document>"""
            .formatted(
                docxParagraph("Heading1", HEADING),
                docxParagraph(null, NORWEGIAN),
                docxParagraph(null, ENGLISH),
                docxParagraph("Heading2", HEADING_2),
                docxParagraph(null, NORWEGIAN_2)));
    if (withProperties) {
      files.put("docProps/core.xml", coreProperties());
    }
    return zip(files, null);
  }

  private static String docxParagraph(String style, String text) {
    String properties = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p>" + properties + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  private static String coreProperties() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <dc:title>%s</dc:title><dc:creator>%s</dc:creator>
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T12:00:00Z</dcterms:created>
        </cp:coreProperties>"""
        .formatted(TITLE, AUTHOR);
  }

  // ---- ODT

  static byte[] odt() throws IOException {
    String mime = "application/vnd.oasis.opendocument.text";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "META-INF/manifest.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>"""
            .formatted(mime));
    files.put(
        "content.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
        <office:body><office:text>
        <text:h text:outline-level="1">%s</text:h>
        <text:p>%s</text:p>
        <text:p>%s</text:p>
        <text:list><text:list-item><text:p>Termos med kakao</text:p></text:list-item></text:list>
        <text:h text:outline-level="2">%s</text:h>
        <text:p>%s</text:p>
        </office:text></office:body></office:document-content>"""
            .formatted(HEADING, NORWEGIAN, ENGLISH, HEADING_2, NORWEGIAN_2));
    files.put(
        "meta.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
        <office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>
        <dc:creator>%s</dc:creator><meta:creation-date>2024-03-05T12:00:00</meta:creation-date>
        </office:meta></office:document-meta>"""
            .formatted(TITLE, AUTHOR, AUTHOR));
    return zip(files, mime);
  }

  // ---- EPUB

  /** Two chapters, each its own XHTML file; the second has a sub-heading. */
  static byte[] epub() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "META-INF/container.xml",
        """
        <?xml version="1.0"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>""");
    files.put(
        "OEBPS/content.opf",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
        <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:date>2024-03-05</dc:date>
        <dc:language>nb</dc:language><dc:identifier id="id">blaabaer-1</dc:identifier>
        </metadata>
        <manifest>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="k1" href="kapittel1.xhtml" media-type="application/xhtml+xml"/>
        <item id="k2" href="kapittel2.xhtml" media-type="application/xhtml+xml"/>
        </manifest>
        <spine toc="ncx"><itemref idref="k1"/><itemref idref="k2"/></spine>
        </package>"""
            .formatted(TITLE, AUTHOR));
    files.put(
        "OEBPS/toc.ncx",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/>
        <docTitle><text>%s</text></docTitle><navMap>
        <navPoint id="n1" playOrder="1"><navLabel><text>%s</text></navLabel><content src="kapittel1.xhtml"/></navPoint>
        <navPoint id="n2" playOrder="2"><navLabel><text>%s</text></navLabel><content src="kapittel2.xhtml"/></navPoint>
        </navMap></ncx>"""
            .formatted(TITLE, HEADING, HEADING_2));
    files.put("OEBPS/kapittel1.xhtml", chapter(HEADING, NORWEGIAN, ENGLISH));
    files.put(
        "OEBPS/kapittel2.xhtml",
        chapter(HEADING_2, NORWEGIAN_2, "</p><h2>Kvelden</h2><p>Vi sov i telt under åpen himmel."));
    return zip(files, "application/epub+zip");
  }

  private static String chapter(String heading, String first, String second) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head>
        <body><h1>%s</h1><p>%s</p><p>%s</p></body></html>"""
        .formatted(heading, heading, first, second);
  }

  // ---- RTF

  /** RTF escapes æøå as windows-1252 hex bytes: {@code \'e6}. */
  static byte[] rtf() {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Helvetica;}}\n"
            + "{\\info{\\title "
            + rtfEscape(TITLE)
            + "}{\\author "
            + rtfEscape(AUTHOR)
            + "}{\\creatim\\yr2024\\mo3\\dy5\\hr12\\min0}}\n"
            + "{\\pard\\b\\fs32 "
            + rtfEscape(HEADING)
            + "\\b0\\par}\n"
            + "{\\pard "
            + rtfEscape(NORWEGIAN)
            + "\\par}\n"
            + "{\\pard "
            + rtfEscape(ENGLISH)
            + "\\par}\n}";
    return rtf.getBytes(StandardCharsets.US_ASCII);
  }

  private static String rtfEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 128) {
        out.append(c);
      } else {
        out.append("\\'").append(Integer.toHexString(TextDecoder.LEGACY.encode(String.valueOf(c)).get() & 0xFF));
      }
    }
    return out.toString();
  }

  // ---- zip

  /** A zip whose first entry is the uncompressed {@code mimetype}, as ODF and EPUB require. */
  private static byte[] zip(Map<String, String> files, String mimetype) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (mimetype != null) {
        byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mime);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Writes bytes to {@code dir/name} and returns the path. */
  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }
}
