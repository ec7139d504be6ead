package org.sendready.cli;

import picocli.CommandLine.IVersionProvider;

/// Reads the version Maven wrote into the jar manifest.
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = SendreadyCommand.class.getPackage().getImplementationVersion();
        return new String[] {"sendready " + (version == null ? "(development build)" : version)};
    }
}
