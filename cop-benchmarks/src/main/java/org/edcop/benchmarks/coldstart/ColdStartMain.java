package org.edcop.benchmarks.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.edcop.benchmarks.peer.Peer;
import org.edcop.benchmarks.peer.PeerPlan;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * What an application does the first time it handles a plan, in a fresh JVM: read the file,
 * validate it for launch and print a one-line result. The cold-start benchmark times the whole
 * process, so JVM start, class loading, set-up and the first (interpreted) run all count.
 *
 * <p>Usage: {@code ColdStartMain jvm|cop|peer <plan.json>}. {@code jvm} only reads the file: it is
 * the floor every process pays.
 */
public final class ColdStartMain {

  private ColdStartMain() {}

  /**
   * Runs one cold start.
   *
   * @param args the mode ({@code jvm}, {@code cop} or {@code peer}) and the plan file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ColdStartMain jvm|cop|peer <plan.json>");
      System.exit(2);
    }
    byte[] json = Files.readAllBytes(Path.of(args[1]));
    switch (args[0]) {
      case "jvm" -> System.out.println("read " + json.length + " bytes");
      case "cop" -> {
        CommunityOfPractice plan = CopJson.defaults().readPlan(json);
        ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
        System.out.println("cop: " + report.getFindings().size() + " findings");
      }
      case "peer" -> {
        ObjectMapper mapper = Peer.newMapper();
        PeerPlan plan = mapper.readValue(json, PeerPlan.class);
        try (ValidatorFactory factory = Peer.newValidatorFactory()) {
          Set<ConstraintViolation<PeerPlan>> violations =
              factory.getValidator().validate(plan, PeerPlan.Launch.class);
          System.out.println("peer: " + violations.size() + " violations");
        }
      }
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }
}
