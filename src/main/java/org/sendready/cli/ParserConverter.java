package org.sendready.cli;

import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;

/// A picocli converter class around a core parser, for `@Option(converter = ...)`, which
/// needs a class rather than an instance. The parser's [org.sendready.input.InvalidInput]
/// reason becomes the usage message.
abstract class ParserConverter<T> implements ITypeConverter<T> {
    private final ITypeConverter<T> delegate;

    ParserConverter(Function<String, T> parser) {
        this.delegate = CliWiring.converter(parser);
    }

    @Override
    public T convert(String text) throws Exception {
        return delegate.convert(text);
    }
}
