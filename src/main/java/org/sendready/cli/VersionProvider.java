package org.sendready.cli;

import picocli.CommandLine.IVersionProvider;

/// Reads the version Maven wrote into the jar manifest, or, in the installers' runtime image
/// (which has no manifest), the version of the `org.sendready` module.
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = SendreadyCommand.class.getPackage().getImplementationVersion();
        if (version == null && SendreadyCommand.class.getModule().getDescriptor() != null) {
            version = SendreadyCommand.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return new String[] {"sendready " + (version == null ? "(development build)" : version)};
    }
}
