package com.bedtimelegs.content;

import java.util.function.Supplier;

/**
 * A content file read, bound and validated once, on first use, then shared; thread-safe. A file
 * that fails validation fails every call with the same message, so a bad edit fails the build.
 */
public final class Loaded<T> implements Supplier<T> {
    private final Supplier<T> load;
    private volatile T value;

    private Loaded(Supplier<T> load) {
        this.load = load;
    }

    public static <T> Loaded<T> of(Supplier<T> load) {
        return new Loaded<>(load);
    }

    @Override
    public T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    loaded = load.get();
                    value = loaded;
                }
            }
        }
        return loaded;
    }
}
