package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.bedtimelegs.skill.BedtimeLegsSkill;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** For tests: the intent names the registered handlers answer, read from {@link Routes}. */
public final class HandledIntents {
    private HandledIntents() {
    }

    /** Every intent a handler in {@link BedtimeLegsSkill#handlers()} answers in at least one activity or offer. */
    public static Set<String> all() {
        Set<Class<?>> registered = BedtimeLegsSkill.handlers().stream()
                .map(RequestHandler::getClass).collect(Collectors.toSet());
        Set<String> names = new TreeSet<>();
        Routes.RULES.stream().filter(rule -> registered.contains(rule.handler()))
                .forEach(rule -> names.addAll(rule.intents()));
        if (registered.contains(FallbackHandler.class)) {
            names.add(Intents.FALLBACK);
        }
        return names;
    }
}
