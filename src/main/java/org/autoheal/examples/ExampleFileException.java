package org.autoheal.examples;

import org.autoheal.config.ConfigException;

/** An examples file that does not parse or has the wrong shape: file, place (JSON path or line:col) and what was expected. */
public final class ExampleFileException extends ConfigException {
    public ExampleFileException(String message) {
        super(message);
    }
}
