package org.edcop.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.report.PacketOptions;
import org.edcop.report.PlanPacket;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop packet FILE [--stage S] [--locale fr] [--format html|pdf] -o OUT}: writes a plan's
 * planning packet, optionally with the findings of a stage beside each section.
 */
@Command(
    name = "packet",
    mixinStandardHelpOptions = true,
    description = {
      "Write a plan's planning packet (the guide's worksheets, filled in) as HTML or PDF.",
      "With --stage, the findings at that stage appear beside the section they concern.",
      "Exit code 0 when the packet is written, 2 for unreadable input or an unwritable output."
    })
final class PacketCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The plan (JSON).")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      required = true,
      description = "Where to write the packet.")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html or pdf (default: ${DEFAULT-VALUE}).",
      defaultValue = "html")
  Format format;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      converter = ValidateCommand.StageConverter.class,
      description = "Validate at draft, launch or close and show the findings (default: none).")
  Stage stage;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @Option(
      names = "--attendance",
      description = "Show how many members attended each meeting (from recorded attendance).")
  boolean attendance;

  @Option(
      names = "--contacts",
      description =
          "Include members' e-mail addresses and telephone numbers (left out by default).")
  boolean contacts;

  @Option(
      names = "--pdf-font",
      paramLabel = "TTF",
      description =
          "A TrueType font to set the PDF in (for names outside Western European scripts).")
  Path pdfFont;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Held here so that its level outlives this call (the logging framework keeps weak refs). */
  private static final java.util.logging.Logger PDFBOX_LOG =
      java.util.logging.Logger.getLogger("org.apache.pdfbox");

  /** Output formats. */
  enum Format {
    html,
    pdf
  }

  @Override
  public Integer call() {
    Locale locale = language.resolve(spec.commandLine().getErr());
    CommunityOfPractice plan = readPlan(file);
    org.edcop.report.ImmutablePacketOptions.Builder options =
        PacketOptions.builder().locale(locale).showAttendance(attendance).includeContacts(contacts);
    if (pdfFont != null) {
      if (!Files.isRegularFile(pdfFont) || !Files.isReadable(pdfFont)) {
        throw new CliException(Terminal.file(pdfFont) + ": no such font file");
      }
      options.pdfFont(pdfFont);
    }
    if (stage != null) {
      options.report(CopValidator.defaults().validate(plan, stage));
    }
    checkWritable(output);
    byte[] bytes = render(plan, options.build());
    try {
      Files.write(output, bytes);
    } catch (IOException | SecurityException e) {
      throw cannotWrite(output, e);
    }
    spec.commandLine()
        .getOut()
        .println(
            "cop: " + CliTexts.of(locale).format("packet.written", "file", Terminal.file(output)));
    return CopCli.OK;
  }

  private byte[] render(CommunityOfPractice plan, PacketOptions options) {
    if (format == Format.html) {
      return PlanPacket.html(plan, options).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    // the PDF renderer's own progress messages would otherwise reach the terminal
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PlanPacket.pdf(plan, options, out);
    } catch (IOException e) {
      throw new CliException("the PDF could not be made: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private static CommunityOfPractice readPlan(Path file) {
    byte[] bytes = ValidateCommand.readBytes(file);
    try {
      return CopJson.defaults().readPlan(bytes);
    } catch (CopJsonException e) {
      throw new CliException(Terminal.file(file) + ": " + e.getMessage());
    }
  }

  /** Fails before any rendering work when the output cannot be written at all. */
  private static void checkWritable(Path output) {
    if (Files.isDirectory(output)) {
      throw new CliException(
          Terminal.file(output) + ": is a directory; give a file name for the packet");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CliException(
          Terminal.file(output) + ": cannot be written (no such directory: " + parent + ")");
    }
    if (Files.exists(output) && !Files.isWritable(output)) {
      throw new CliException(Terminal.file(output) + ": cannot be written (permission denied)");
    }
  }

  private static CliException cannotWrite(Path output, Exception e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such directory";
    } else {
      reason = e.getClass().getSimpleName();
    }
    return new CliException(Terminal.file(output) + ": cannot be written (" + reason + ")");
  }
}
