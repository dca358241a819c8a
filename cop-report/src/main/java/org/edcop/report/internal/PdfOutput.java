package org.edcop.report.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.IOException;
import java.io.OutputStream;
import org.edcop.report.PacketOptions;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns the packet's page into PDF with openhtmltopdf. The page is parsed again by jsoup's HTML5
 * parser (which puts the SVG in its namespace) and handed over as a W3C DOM; every external
 * resource is refused, scripts in SVG are off, and the renderer's diagnostics are dropped instead
 * of being logged.
 */
public final class PdfOutput {

  private PdfOutput() {}

  /**
   * Writes the page as PDF.
   *
   * @param page the laid-out page
   * @param options the packet's options
   * @param out where the PDF goes; left open
   * @throws IOException if writing fails
   */
  public static void write(PacketPage page, PacketOptions options, OutputStream out)
      throws IOException {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(page.html()));
    PdfRendererBuilder builder = new PdfRendererBuilder();
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
