package com.example.errors;

/** Written by hand in the plugin's output directory: the plugin must never delete it. */
public final class Handwritten {
    private Handwritten() {}
}
