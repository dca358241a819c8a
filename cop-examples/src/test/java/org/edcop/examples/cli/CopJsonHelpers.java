package org.edcop.examples.cli;

import java.nio.file.Path;
import org.edcop.json.CopJson;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;

/** What the library itself says about a file, to compare the tool's output with. */
final class CopJsonHelpers {
  private CopJsonHelpers() {}

  static int findings(Path plan) {
    return CopValidator.defaults()
        .validate(CopJson.defaults().readPlan(plan), Stage.LAUNCH)
        .getFindings()
        .size();
  }
}
