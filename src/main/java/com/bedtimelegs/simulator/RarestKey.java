package com.bedtimelegs.simulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items indexed by their rarest key: an item that can only match an utterance holding every one of
 * its keys need only be tried when the utterance holds its rarest one. Shared by the as-said and
 * relaxed passes (keys: a sample's literal words) and the near pass (its words that are no small words).
 */
final class RarestKey {
    private RarestKey() {
    }

    /** Each item under its rarest key (counted once per item); items with no key go to {@code unkeyed}. */
    static <T> Map<String, List<T>> index(List<T> items, Function<T, Collection<String>> keys, List<T> unkeyed) {
        Map<String, Integer> frequency = new HashMap<>();
        for (T item : items) {
            for (String key : new HashSet<>(keys.apply(item))) {
                frequency.merge(key, 1, Integer::sum);
            }
        }
        Map<String, List<T>> index = new HashMap<>();
        for (T item : items) {
            String rarest = null;
            for (String key : keys.apply(item)) {
                if (rarest == null || frequency.get(key) < frequency.get(rarest)) {
                    rarest = key;
                }
            }
            if (rarest == null) {
                unkeyed.add(item);
            } else {
                index.computeIfAbsent(rarest, k -> new ArrayList<>()).add(item);
            }
        }
        return index;
    }
}
