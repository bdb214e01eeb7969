package org.autoheal.config;

/**
 * Bad configuration or usage: the CLI maps it to exit code 2. The message names the file
 * (with line and column when known), what is wrong and what to do.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public static ConfigException at(String file, int line, int column, String message) {
        return new ConfigException(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message);
    }
}
