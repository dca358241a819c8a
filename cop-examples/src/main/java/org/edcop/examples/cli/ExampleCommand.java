package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cop example [NAME]}: lists the sample plans, or prints one as JSON. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description =
        "List the sample plans, or print one as JSON (e.g. cop example system-leaders > plan.json).")
final class ExampleCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "A sample's name; omit to list them.")
  String name;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (SamplePlan sample : SamplePlans.all()) {
        out.printf(
            "%-24s %s%n", Terminal.escape(sample.getName()), Terminal.escape(sample.getTitle()));
      }
      return CopCli.OK;
    }
    boolean known = SamplePlans.all().stream().anyMatch(s -> s.getName().equals(name));
    if (!known) {
      throw new CliException(
          "no sample named " + Terminal.quote(name) + "; run 'cop example' to list them");
    }
    out.print(SampleDocuments.json(name));
    return CopCli.OK;
  }
}
