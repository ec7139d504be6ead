package org.sendready.ui.dkim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendready.dkim.DkimPrivateKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.plan.SetupPlan;

/// Private keys generated in this session and not saved yet. They live only here, in memory:
/// never in the plan or the project file (STYLE.md section 13), and a failed save keeps them.
final class UnsavedKeys {
    private final Map<DkimSelector, DkimPrivateKey> keys = new LinkedHashMap<>();

    void put(DkimSelector selector, DkimPrivateKey key) {
        keys.put(selector, key);
    }

    Optional<DkimPrivateKey> get(DkimSelector selector) {
        return Optional.ofNullable(keys.get(selector));
    }

    boolean holds(DkimSelector selector) {
        return keys.containsKey(selector);
    }

    void remove(DkimSelector selector) {
        keys.remove(selector);
    }

    /// Forgets keys `plan` no longer publishes under their selector (another project opened,
    /// the key removed or revoked).
    void keepOnlyThoseIn(SetupPlan plan) {
        keys.entrySet()
                .removeIf(
                        entry ->
                                plan == null
                                        || plan.dkimKeys().stream()
                                                .noneMatch(
                                                        k ->
                                                                k.selector().equals(entry.getKey())
                                                                        && k.record()
                                                                                .publishes(
                                                                                        entry.getValue()
                                                                                                .publicKey())));
    }
}
