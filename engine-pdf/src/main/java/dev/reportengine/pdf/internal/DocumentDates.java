package dev.reportengine.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Dates the document by the report, not by the clock: openhtmltopdf stamps "now" into the document
 * information and into {@code xmp:CreateDate}, and PDF/A requires the two to agree, so both are
 * rewritten. The XMP packet is edited with the JDK's own XML parser and transformer (not looked up
 * through service loading, which scans the whole class path on every call).
 */
final class DocumentDates {

  private static final String XMP_NS = "http://ns.adobe.com/xap/1.0/";
  private static final DateTimeFormatter XMP_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

  private DocumentDates() {}

  static void set(PDDocument doc, Instant created) throws IOException {
    Instant seconds = created.truncatedTo(ChronoUnit.SECONDS);
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(seconds.toEpochMilli());
    doc.getDocumentInformation().setCreationDate(when);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    try {
      Document xmp = parse(metadata.toByteArray());
      NodeList dates = xmp.getElementsByTagNameNS(XMP_NS, "CreateDate");
      if (dates.getLength() != 1) {
        throw new IOException(
            "expected one xmp:CreateDate in openhtmltopdf's XMP, found " + dates.getLength());
      }
      dates.item(0).setTextContent(XMP_DATE.format(seconds));
      doc.getDocumentCatalog()
          .setMetadata(new PDMetadata(doc, new ByteArrayInputStream(write(xmp))));
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot rewrite the XMP creation date", e);
    }
  }

  private static Document parse(byte[] xml)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] write(Document xmp) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    transformer.transform(new DOMSource(xmp), new StreamResult(out));
    return out.toByteArray();
  }
}
