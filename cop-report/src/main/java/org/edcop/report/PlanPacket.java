package org.edcop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.edcop.model.CommunityOfPractice;
import org.edcop.report.internal.PacketPage;
import org.edcop.report.internal.PdfOutput;

/**
 * Renders a community-of-practice plan as a planning packet: the worksheets of the planning guide,
 * filled in from the plan, in the guide's order, with the roster drawn as circles of participation
 * and the year's meetings as a timeline strip. Sections the plan does not have yet say so ("not yet
 * planned") instead of failing.
 *
 * <p>The HTML page is self-contained: styles are inline, pictures are inline SVG with text
 * alternatives, there is no script and nothing is fetched, so it renders the same offline, prints
 * with one guide section per page and reads in black and white. Every piece of text from the plan
 * is escaped. The PDF is made from the same page.
 *
 * <p>Both methods are thread-safe and keep no state between calls.
 *
 * @since 0.2.0
 */
public final class PlanPacket {

  private PlanPacket() {}

  /**
   * Renders the plan as one HTML5 page with the default options (English, no findings).
   *
   * @param plan the plan
   * @return the page, a complete HTML document
   * @throws NullPointerException if {@code plan} is null
   */
  public static String html(CommunityOfPractice plan) {
    return html(plan, PacketOptions.defaults());
  }

  /**
   * Renders the plan as one HTML5 page.
   *
   * @param plan the plan
   * @param options language, findings, attendance and privacy options
   * @return the page, a complete HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String html(CommunityOfPractice plan, PacketOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    return PacketPage.render(plan, options).html();
  }

  /**
   * Renders the plan as PDF (US Letter pages, one guide section per page) and writes it to a
   * stream, which is left open.
   *
   * @param plan the plan
   * @param options language, findings, attendance and privacy options
   * @param out where the PDF goes
   * @throws IOException if writing to {@code out} fails, or the options name a PDF font file that
   *     cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static void pdf(CommunityOfPractice plan, PacketOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    PdfOutput.write(PacketPage.render(plan, options), options, out);
  }
}
