package org.sendready.ui.blocklists;

import org.sendready.check.CheckStatus;
import org.sendready.dnsbl.ListingStatus;

/// How one list's verdict looks on the page: the badge colour and the word beside it.
///
/// A refusal colours like a DNS error, never like a listing: it says nothing about the address
/// (docs/decisions/0005-dnsbl-check-on-request.md), only that the list would not answer this
/// resolver.
final class ListingLook {
    private ListingLook() {}

    /// The badge colour: not listed = pass, listed = fail, refused or failed = error,
    /// unexpected = warn.
    static CheckStatus status(ListingStatus status) {
        return switch (status) {
            case NOT_LISTED -> CheckStatus.PASS;
            case LISTED -> CheckStatus.FAIL;
            case REFUSED, ERROR -> CheckStatus.ERROR;
            case UNEXPECTED -> CheckStatus.WARN;
        };
    }

    /// The word beside the badge.
    static String word(ListingStatus status) {
        return switch (status) {
            case NOT_LISTED -> "Not listed";
            case LISTED -> "Listed";
            case REFUSED -> "Refused";
            case ERROR -> "No verdict";
            case UNEXPECTED -> "Unexpected";
        };
    }
}
