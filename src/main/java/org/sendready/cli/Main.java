package org.sendready.cli;

/// Entry point of `java -jar sendready.jar`.
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CliWiring.newCommandLine().execute(args));
    }
}
