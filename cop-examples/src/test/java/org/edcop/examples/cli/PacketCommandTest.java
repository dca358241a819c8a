package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.examples.cli.CopCliTest.assertOneLineProblem;
import static org.edcop.examples.cli.CopCliTest.cop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcop.examples.cli.CopCliTest.Run;
import org.edcop.testing.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCommandTest {

  @TempDir Path dir;

  Path sample(String name) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, SampleDocuments.json(name), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void writesTheHtmlPacketWithTheFindingsOfTheStage() throws IOException {
    Path out = dir.resolve("packet.html");
    Run run =
        cop(
            "packet",
            sample("draft-leadership-gaps").toString(),
            "--stage",
            "launch",
            "--locale",
            "fr",
            "-o",
            out.toString());

    assertThat(run.code()).isEqualTo(CopCli.OK);
    assertThat(run.err()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!doctype html>")
        .contains("<html lang=\"fr\">")
        .contains("id=\"leadership\"")
        .contains("class=\"findings\"");
  }

  @Test
  void withoutAStageThePacketHasNoFindings() throws IOException {
    Path out = dir.resolve("packet.html");
    assertThat(
            cop("packet", sample("draft-leadership-gaps").toString(), "-o", out.toString()).code())
        .isEqualTo(CopCli.OK);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("class=\"findings\"");
  }

  @Test
  void writesAPdf() throws IOException {
    Path out = dir.resolve("packet.pdf");
    Run run =
        cop("packet", sample("draft-bare").toString(), "--format", "pdf", "-o", out.toString());
    assertThat(run.code()).isEqualTo(CopCli.OK);
    assertThat(run.err()).isEmpty();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void anUnwritableOutputIsOneLine() throws IOException {
    Path plan = sample("draft-bare");
    Path notADirectory = Files.writeString(dir.resolve("file.txt"), "x");

    Run underAFile =
        cop("packet", plan.toString(), "-o", notADirectory.resolve("p.html").toString());
    assertOneLineProblem(underAFile);
    assertThat(underAFile.err()).contains("cannot be written");

    Run missingDirectory =
        cop("packet", plan.toString(), "-o", dir.resolve("no/such/dir/p.pdf").toString());
    assertOneLineProblem(missingDirectory);
    assertThat(missingDirectory.err()).contains("no such directory");

    Run directory = cop("packet", plan.toString(), "-o", dir.toString());
    assertOneLineProblem(directory);
    assertThat(directory.err()).contains("is a directory");
  }

  @Test
  void badInputIsOneLine() throws IOException {
    assertOneLineProblem(cop("packet", dir.resolve("missing.json").toString(), "-o", "x.html"));
    assertOneLineProblem(cop("packet", sample("draft-bare").toString()));
    assertOneLineProblem(
        cop("packet", sample("draft-bare").toString(), "--format", "docx", "-o", "x.docx"));
    // an unsupported language is a notice, not an error: the packet is written in English
    Run german =
        cop(
            "packet",
            sample("draft-bare").toString(),
            "--locale",
            "de",
            "-o",
            dir.resolve("de.html").toString());
    assertThat(german.code()).isZero();
    assertThat(german.err()).startsWith("cop: language 'de' is not supported; using English");
    Run noFont =
        cop(
            "packet",
            sample("draft-bare").toString(),
            "--format",
            "pdf",
            "--pdf-font",
            dir.resolve("missing.ttf").toString(),
            "-o",
            dir.resolve("x.pdf").toString());
    assertOneLineProblem(noFont);
    assertThat(noFont.err()).contains("no such font file");
  }
}
