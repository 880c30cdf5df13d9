package dev.reportengine.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back with PDFBox. */
final class PdfDocs {

  private PdfDocs() {}

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with every run of whitespace as one space. */
  static String flatText(byte[] pdf) throws IOException {
    return text(pdf).replaceAll("\\s+", " ");
  }

  /** Every stream of the file, decoded, as Latin-1 text. */
  static String decodedStreams(byte[] pdf) throws IOException {
    StringBuilder out = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSBase base : allObjects(doc)) {
        if (base instanceof COSStream stream) {
          try (InputStream in = stream.createInputStream()) {
            out.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
        }
      }
    }
    return out.toString();
  }

  private static List<COSBase> allObjects(PDDocument doc) throws IOException {
    List<COSBase> all = new ArrayList<>();
    for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
      COSObject object = doc.getDocument().getObjectFromPool(key);
      all.add(object.getObject());
    }
    return all;
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** The base names of the fonts used on every page, with whether each is embedded. */
  static List<String> fonts(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          String entry = font.getName() + (font.isEmbedded() ? "" : " (not embedded)");
          if (!names.contains(entry)) {
            names.add(entry);
          }
        }
      }
    }
    return names;
  }
}
