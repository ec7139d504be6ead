package org.sendready.ui.dkim;

import java.time.Duration;
import java.time.Instant;
import org.sendready.dns.DomainName;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.RotationStage;

/// The words for each stage of a key rotation: what it means, the moments that matter, and
/// what to do next.
final class RotationStageText {
    private final TimeText time;

    RotationStageText(TimeText time) {
        this.time = time;
    }

    /// What `now` means for rotation `r` of `domain`'s key at `instant`, and what to do.
    String describe(DkimRotation r, RotationStage now, Instant instant, DomainName domain) {
        var oldOne = r.retiring();
        var newOne = r.incoming();
        return switch (now) {
            case PUBLISH_NEW ->
                    "Publish the record of "
                            + newOne
                            + " (its card is below) at your DNS provider, then check the name"
                            + " servers. "
                            + oldOne
                            + " keeps signing meanwhile: nothing changes for your mail yet.";
            case WAIT_PROPAGATION -> {
                var propagated = r.propagated().orElseThrow();
                yield "Every name server serves "
                        + newOne
                        + " since "
                        + time.at(propagated.at())
                        + ". Resolvers may still hold an older answer for its name for up to "
                        + TimeText.of(propagated.cacheTtl())
                        + " (the longest TTL involved), so switching the signer is safe from "
                        + time.at(propagated.safeAt())
                        + ", in "
                        + TimeText.of(Duration.between(instant, propagated.safeAt()))
                        + ".";
            }
            case SWITCH_SIGNER ->
                    "Safe to switch the signer: every name server serves "
                            + newOne
                            + ", and older answers for its name have expired from caches since "
                            + time.at(r.safeToSwitchAt().orElseThrow())
                            + ". Install the new private key on the mail server, change the"
                            + " signing filter's lines as below, reload it, send a test message,"
                            + " then confirm the switch here.";
            case OVERLAP ->
                    newOne
                            + " signs since "
                            + time.at(r.switched().orElseThrow())
                            + ". Keep "
                            + oldOne
                            + " published until "
                            + time.at(r.revocableAt().orElseThrow())
                            + " (in "
                            + TimeText.of(Duration.between(instant, r.revocableAt().orElseThrow()))
                            + "): mail signed with it before the switch may still be queued,"
                            + " forwarded or verified late.";
            case REVOKE_OLD ->
                    "The overlap is over. Revoke "
                            + oldOne
                            + ": publish the record below in place of its key record. Its"
                            + " empty p= tells receivers the key is revoked (RFC 6376 section"
                            + " 3.6.1). Then delete the old private key from the mail server.";
            case DONE ->
                    oldOne
                            + " is revoked since "
                            + time.at(r.revoked().orElseThrow())
                            + " and "
                            + newOne
                            + " signs for "
                            + domain
                            + ". Finish the rotation to start the next one; the revocation record"
                            + " stays in the plan until you remove "
                            + oldOne
                            + ".";
        };
    }
}
