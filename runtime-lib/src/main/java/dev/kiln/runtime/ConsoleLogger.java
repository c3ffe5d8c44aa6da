package dev.kiln.runtime;

import java.util.ResourceBundle;

/**
 * The {@code System.Logger} of {@code System.getLogger}: records of level {@code INFO} and above go to
 * {@code System.err} as {@code LEVEL: message} lines, with java.util.logging's names for the levels, which
 * is what the JDK's default logger writes after its line of date, class and method (left out: it differs
 * from run to run). Parameters are not formatted: a record with parameters throws
 * {@code UnsupportedOperationException} ({@code java.text.MessageFormat} is not compiled for it).
 */
public final class ConsoleLogger implements System.Logger {
    private final String name;

    public ConsoleLogger(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        if (level == null) {
            throw new NullPointerException();
        }
        return level != Level.OFF && level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (!isLoggable(level)) {
            return;
        }
        System.err.println(levelName(level) + ": " + localized(bundle, msg));
        if (thrown != null) {
            thrown.printStackTrace();
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!isLoggable(level)) {
            return;
        }
        if (params != null && params.length > 0) {
            throw new UnsupportedOperationException("Kiln's System.Logger does not format parameters");
        }
        System.err.println(levelName(level) + ": " + localized(bundle, format));
    }

    private static String localized(ResourceBundle bundle, String msg) {
        if (bundle != null && msg != null && bundle.containsKey(msg)) {
            return bundle.getString(msg);
        }
        return msg;
    }

    private static String levelName(Level level) {
        return level == Level.ERROR ? "SEVERE" : level.getName();
    }
}
