package org.sendready.plan;

/// Where a DKIM key rotation stands ([DkimRotation#stage]), in the order it goes through.
///
/// The order follows the usual safe rotation (M3AAWG "DKIM Key Rotation Best Common
/// Practices"): publish the new key, let every cache see it, switch the signer, keep the old key
/// published while mail signed with it may still be verified, then revoke it.
public enum RotationStage {
    /// The new selector's record is not yet served by every authoritative name server.
    PUBLISH_NEW,
    /// Every name server serves the new key; resolvers may still hold an older answer for its
    /// name until that answer's TTL runs out.
    WAIT_PROPAGATION,
    /// Safe to switch the signer: every receiver that looks the new selector up finds its key.
    SWITCH_SIGNER,
    /// The new key signs; the old one stays published for mail signed before the switch.
    OVERLAP,
    /// The overlap is over: replace the old selector's record by its revocation (empty `p=`).
    REVOKE_OLD,
    /// The old key is revoked; the rotation is complete.
    DONE;

    /// The stage's position for a step indicator: 1 to 6.
    public int number() {
        return ordinal() + 1;
    }
}
