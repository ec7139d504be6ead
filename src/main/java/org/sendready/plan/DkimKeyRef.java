package org.sendready.plan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;

/// A DKIM selector of the plan: the record to publish and, when it is on this machine, where
/// its private key lives. The private key itself never enters the plan or the project file
/// (STYLE.md section 13); the public key travels in the record, so the records can be rendered
/// on a machine that does not hold the key.
public record DkimKeyRef(
        DkimSelector selector, Optional<Path> privateKeyFile, DkimKeyRecord record) {

    public DkimKeyRef {
        Objects.requireNonNull(selector);
        Objects.requireNonNull(privateKeyFile);
        Objects.requireNonNull(record);
    }
}
