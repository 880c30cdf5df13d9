package dev.reportengine.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Dates the document by the report, not by the clock: openhtmltopdf stamps "now" into the document
 * information and the XMP packet, and PDF/A requires the two to agree, so both are rewritten.
 */
final class DocumentDates {

  private DocumentDates() {}

  static void set(PDDocument doc, Instant created) throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(created.toEpochMilli());
    doc.getDocumentInformation().setCreationDate(when);
    doc.getDocumentInformation().setModificationDate(when);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    XMPMetadata xmp;
    try {
      xmp = new DomXmpParser().parse(metadata.toByteArray());
    } catch (XmpParsingException e) {
      throw new IOException("cannot read the XMP metadata openhtmltopdf wrote", e);
    }
    XMPBasicSchema basic = xmp.getXMPBasicSchema();
    if (basic == null) {
      basic = xmp.createAndAddXMPBasicSchema();
    }
    basic.setCreateDate(when);
    basic.setModifyDate(when);
    if (basic.getMetadataDate() != null) {
      basic.setMetadataDate(when);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("cannot write XMP metadata", e);
    }
    doc.getDocumentCatalog()
        .setMetadata(new PDMetadata(doc, new ByteArrayInputStream(out.toByteArray())));
  }
}
