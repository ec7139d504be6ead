package org.sendready.logs;

import java.util.Locale;

/// The domain of a logged address: what follows the last `@`, in lower case.
final class RecipientDomain {
    private RecipientDomain() {}

    static String of(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
