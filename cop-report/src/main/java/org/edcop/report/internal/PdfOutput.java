package org.edcop.report.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import org.edcop.report.PacketOptions;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;

/**
 * Turns the packet's page into PDF with openhtmltopdf. The page is parsed again by jsoup's HTML5
 * parser (which puts the SVG in its namespace) and handed over as a W3C DOM; every external
 * resource is refused, scripts in SVG are off, and the renderer's diagnostics are dropped instead
 * of being logged. A font file from the options, when given, sets all of the PDF's text.
 */
public final class PdfOutput {

  private static final String FONT_FAMILY = "cop-packet-font";

  private static final String FONT_CSS = "* { font-family: \"" + FONT_FAMILY + "\" !important; }";

  private PdfOutput() {}

  /**
   * Writes the page as PDF.
   *
   * @param page the laid-out page
   * @param options the packet's options
   * @param out where the PDF goes; left open
   * @throws IOException if writing fails or the font file cannot be read
   */
  public static void write(PacketPage page, PacketOptions options, OutputStream out)
      throws IOException {
    org.jsoup.nodes.Document parsed = Jsoup.parse(page.html());
    PdfRendererBuilder builder = new PdfRendererBuilder();
    if (options.getPdfFont().isPresent()) {
      File font = options.getPdfFont().get().toFile();
      if (!font.isFile() || !font.canRead()) {
        throw new IOException("the PDF font " + font + " is not a readable file");
      }
      for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
        builder.useFont(font, FONT_FAMILY, 400, style, true);
        builder.useFont(font, FONT_FAMILY, 700, style, true);
      }
      parsed.head().appendElement("style").appendChild(new DataNode(FONT_CSS));
    }
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
    builder
        .withW3cDocument(dom, null)
        .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withDiagnosticConsumer(diagnostic -> {})
        .withProducer("cop planning packet")
        .useDefaultPageSize(
            PdfRendererBuilder.PAGE_SIZE_LETTER_WIDTH,
            PdfRendererBuilder.PAGE_SIZE_LETTER_HEIGHT,
            PdfRendererBuilder.PAGE_SIZE_LETTER_UNITS)
        .toStream(out)
        .run();
  }
}
