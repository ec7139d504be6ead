package org.sendready.dns;

import java.util.Objects;

/// What is asked: a name and a record type (the class is always IN).
public record Question(DomainName name, RrType type) {

    public Question {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }

    /// `_dmarc.example.com/TXT`, as logs and details show a question.
    @Override
    public String toString() {
        return name + "/" + type;
    }
}
