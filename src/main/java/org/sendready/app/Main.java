package org.sendready.app;

import java.util.List;
import org.sendready.cli.CliWiring;
import org.sendready.plan.ProjectFile;
import org.sendready.ui.DesktopApp;

/// Entry point of the launcher and of `java -jar sendready.jar`: the wizard when started with
/// no arguments (or with one project file, as a file manager opens it), the command line
/// otherwise.
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (wantsWizard(List.of(args))) {
            System.exit(DesktopApp.launchOrExplain(args, System.err));
        }
        System.exit(CliWiring.newCommandLine().execute(args));
    }

    /// True for no arguments, or a single argument naming a project file.
    static boolean wantsWizard(List<String> args) {
        return args.isEmpty()
                || (args.size() == 1 && args.getFirst().endsWith(ProjectFile.EXTENSION));
    }
}
