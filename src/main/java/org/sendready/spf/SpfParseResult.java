package org.sendready.spf;

import java.util.List;
import org.sendready.input.InvalidInput;

/// The outcome of [SpfParser#tryParse]: a record, or where and why the text is not one.
///
/// Positions follow one convention across this package: `offset` is 0-based (an index into the
/// parsed text, for highlighting), `position` is 1-based (the column people count, used in
/// every message). `position == offset + 1`.
public sealed interface SpfParseResult {

    /// The text is a valid record.
    ///
    /// @param record the record
    /// @param termOffsets for each of `record.terms()`, the 0-based offset where it starts in
    ///     the parsed text
    record Parsed(SpfRecord record, List<Integer> termOffsets) implements SpfParseResult {
        public Parsed {
            termOffsets = List.copyOf(termOffsets);
            if (termOffsets.size() != record.terms().size()) {
                throw new IllegalArgumentException("one offset per term");
            }
        }
    }

    /// The text is not a valid record; `reason` describes the first syntax error, which RFC
    /// 7208 section 4.6 makes a permerror.
    ///
    /// @param offset 0-based index of the error in the parsed text
    /// @param reason what is wrong and, where it helps, what would be right
    record Invalid(int offset, String reason) implements SpfParseResult {

        /// The 1-based position (column) of the error.
        public int position() {
            return offset + 1;
        }

        /// `position N: reason`, the form used in every error message.
        public String message() {
            return "position " + position() + ": " + reason;
        }

        /// The error as user-input failure of the field `spf`.
        public InvalidInput toInvalidInput() {
            return new InvalidInput(SpfParser.FIELD, message());
        }
    }
}
