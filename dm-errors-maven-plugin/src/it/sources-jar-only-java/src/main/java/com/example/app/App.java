package com.example.app;

/** A source of the project's own, beside the generated one. */
public final class App {
    private App() {}

    /** Returns the name of the first generated error. */
    public static String first() {
        return com.example.errors.DmErrors.all().get(0).name();
    }
}
