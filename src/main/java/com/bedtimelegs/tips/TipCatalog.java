package com.bedtimelegs.tips;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.content.Loaded;
import com.bedtimelegs.content.Sources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Daytime prevention tips by topic, read once from {@value #RESOURCE} and checked when loaded.
 * Picking is pure: the caller passes what this session has already heard and the randomness.
 */
public final class TipCatalog {
    public static final String RESOURCE = "/tips/tips.json";
    /** Topics the interaction model's TIP_TOPIC slot type can name. */
    public static final List<String> TOPIC_IDS =
            List.of("HYDRATION", "MINERALS", "POSTURE", "MOVEMENT", "SHOES", "ELEVATION", "CAFFEINE", "SLEEP");

    record Data(List<TipTopic> topics) {
    }

    private final List<TipTopic> topics;
    private final List<Tip> all;

    private TipCatalog(List<TipTopic> topics) {
        this.topics = List.copyOf(topics);
        List<Tip> tips = new ArrayList<>();
        topics.forEach(t -> tips.addAll(t.tips()));
        this.all = List.copyOf(tips);
    }

    private static final Loaded<TipCatalog> CATALOG = Loaded.of(() -> parse(Resources.text(RESOURCE)));

    /** The tips, loaded and validated on first use. */
    public static TipCatalog get() {
        return CATALOG.get();
    }

    /** Parses and validates tips JSON; throws with every problem listed. */
    public static TipCatalog parse(String json) {
        Data data = Json.read(json, Data.class, "tips");
        List<String> problems = new ArrayList<>();
        if (data == null || data.topics() == null) {
            throw new IllegalStateException("tips have no topics");
        }
        Set<String> topicIds = new HashSet<>();
        Set<String> tipIds = new HashSet<>();
        for (TipTopic topic : data.topics()) {
            if (topic.id() == null || topic.name() == null || topic.name().isBlank()) {
                problems.add("a topic without an id or name");
                continue;
            }
            if (!topicIds.add(topic.id())) {
                problems.add(topic.id() + " appears twice");
            }
            if (!TOPIC_IDS.contains(topic.id())) {
                problems.add(topic.id() + " is not a TIP_TOPIC slot id");
            }
            if (topic.tips().isEmpty()) {
                problems.add(topic.id() + " has no tips");
            }
            for (Tip tip : topic.tips()) {
                if (tip.id() == null || tip.id().isBlank()) {
                    problems.add(topic.id() + " has a tip without an id");
                } else if (!tipIds.add(tip.id())) {
                    problems.add("tip id " + tip.id() + " is used twice");
                }
                if (tip.text() == null || tip.text().isBlank()) {
                    problems.add("tip " + tip.id() + " has no text");
                }
                if (!Sources.cites(tip.source())) {
                    problems.add("tip " + tip.id() + " source " + Sources.expected());
                }
            }
        }
        for (String id : TOPIC_IDS) {
            if (!topicIds.contains(id)) {
                problems.add("no tips for topic " + id);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("tips have problems:\n  " + String.join("\n  ", problems));
        }
        return new TipCatalog(data.topics());
    }

    public List<TipTopic> topics() {
        return topics;
    }

    public List<Tip> all() {
        return all;
    }

    public Optional<TipTopic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * A tip on the topic: the first one this session hasn't heard, or the topic's first tip when
     * all have been heard (the person asked for this topic by name). Empty for an unknown topic.
     */
    public Optional<Tip> forTopic(String topicId, Collection<String> heard) {
        return topic(topicId).map(topic -> topic.tips().stream()
                .filter(tip -> !heard.contains(tip.id()))
                .findFirst()
                .orElse(topic.tips().get(0)));
    }

    /** A random tip this session hasn't heard; empty once every tip has been heard. */
    public Optional<Tip> randomUnheard(Collection<String> heard, RandomGenerator random) {
        List<Tip> fresh = all.stream().filter(tip -> !heard.contains(tip.id())).toList();
        return fresh.isEmpty() ? Optional.empty() : Optional.of(fresh.get(random.nextInt(fresh.size())));
    }

    /** Topic names as spoken, e.g. "water, food and minerals, ... or sleep". */
    public String spokenTopicList() {
        List<String> names = topics.stream().map(TipTopic::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", or " + names.get(names.size() - 1);
    }
}
