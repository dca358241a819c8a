package org.edcop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.Test;

class PlanPacketPdfTest {

  static byte[] pdf(CommunityOfPractice plan, PacketOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanPacket.pdf(plan, options, out);
    return out.toByteArray();
  }

  static String normalised(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** The share of pixels of a page that are not (nearly) white. */
  static double inkedShare(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }

  @Test
  void aCompletePlanOpensWithOnePagePerSectionAndItsText() throws IOException {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    byte[] bytes =
        pdf(
            plan,
            PacketOptions.builder()
                .report(CopValidator.defaults().validate(plan, Stage.CLOSE))
                .build());

    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      // cover + nine guide sections, each starting a page; long sections take more
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(10);
      String text = normalised(sortedText(doc));
      assertThat(text).contains(plan.getName());
      assertThat(text).contains(normalised(plan.getDomain().getPurpose().getStatement().render()));
      assertThat(doc.getDocumentInformation().getTitle()).contains(plan.getName());

      PDFRenderer renderer = new PDFRenderer(doc);
      // page 3 holds the membership section and its circles of participation
      BufferedImage membership = renderer.renderImage(2, 0.5f);
      assertThat(inkedShare(membership)).isGreaterThan(0.03);
      assertThat(normalised(pageText(doc, 3))).startsWith("Membership");
      // the circles are drawn as shapes; their text alternative is the caption beside them
      assertThat(text)
          .contains("from the centre outwards: Core 3, Active 5, Occasional 3, Peripheral 2.");
    }
  }

  static String sortedText(PDDocument doc) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(doc);
  }

  static String pageText(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  @Test
  void aBareDraftStillMakesAPdfWithPlaceholders() throws IOException {
    CommunityOfPractice plan = SamplePlans.draftBare().getPlan();
    try (PDDocument doc = Loader.loadPDF(pdf(plan, PacketOptions.defaults()))) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(9);
      String text = normalised(new PDFTextStripper().getText(doc));
      assertThat(text).contains(plan.getName()).contains("Not yet planned");
      BufferedImage first = new PDFRenderer(doc).renderImage(0, 0.5f);
      assertThat(inkedShare(first)).isGreaterThan(0.002);
    }
  }

  @Test
  void everySampleMakesAPdfInEveryLanguage() throws IOException {
    java.util.List<java.util.Locale> locales =
        java.util.List.of(
            java.util.Locale.ENGLISH,
            java.util.Locale.FRENCH,
            java.util.Locale.forLanguageTag("es"));
    int i = 0;
    for (org.edcop.testing.SamplePlan sample : SamplePlans.all()) {
      CommunityOfPractice plan = sample.getPlan();
      PacketOptions options =
          PacketOptions.builder()
              .locale(locales.get(i++ % locales.size()))
              .report(CopValidator.defaults().validate(plan, Stage.LAUNCH))
              .showAttendance(true)
              .includeContacts(true)
              .build();
      try (PDDocument doc = Loader.loadPDF(pdf(plan, options))) {
        assertThat(doc.getNumberOfPages()).as(sample.getName()).isGreaterThanOrEqualTo(9);
        assertThat(normalised(sortedText(doc))).as(sample.getName()).contains(plan.getName());
      }
    }
  }

  @Test
  void aFontFileSetsTextTheStandardFontsCannotPrint() throws IOException {
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .from(SamplePlans.draftBare().getPlan())
            .name("Ωmega Κοινότητα")
            .build();
    try (PDDocument doc = Loader.loadPDF(pdf(plan, PacketOptions.defaults()))) {
      assertThat(sortedText(doc)).doesNotContain("Ωmega").contains("#mega");
    }
    // PDFBox ships Liberation Sans, which covers Greek
    java.nio.file.Path font = java.nio.file.Files.createTempFile("packet-font", ".ttf");
    try (java.io.InputStream in =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      java.nio.file.Files.copy(in, font, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    try (PDDocument doc =
        Loader.loadPDF(pdf(plan, PacketOptions.builder().pdfFont(font).build()))) {
      assertThat(sortedText(doc)).contains("Ωmega Κοινότητα");
    } finally {
      java.nio.file.Files.delete(font);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                pdf(
                    plan,
                    PacketOptions.builder()
                        .pdfFont(java.nio.file.Path.of("no-such-font.ttf"))
                        .build()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-such-font.ttf");
  }
}
