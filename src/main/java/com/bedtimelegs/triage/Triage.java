package com.bedtimelegs.triage;

import com.bedtimelegs.content.Resources;
import com.bedtimelegs.content.Json;
import com.bedtimelegs.content.Loaded;
import com.bedtimelegs.content.Sources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The red-flag check as pure functions over {@link Answers}: which outcome the answers lead to,
 * and which question (if any) still matters. Rules come from {@code triage/rules.json}, loaded
 * and validated once.
 *
 * <p>A question counts when it was answered yes (or "not sure", where the rule says so). The
 * outcome is the most urgent one any counting question leads to; with none, self-care.
 * Unanswered questions count as not yet known, never as yes.
 */
public final class Triage {
    static final String RESOURCE = "/triage/rules.json";
    /** Longest question we accept: one short sentence, heard in the dark. */
    static final int MAX_QUESTION_WORDS = 16;

    private Triage() {
    }

    private static final Loaded<Rules> RULES = Loaded.of(() -> parse(Resources.text(RESOURCE), RESOURCE));

    record Rules(List<Question> questions, String answerHint) {
    }

    /** Every question in the order they are asked; the emergency question is first. */
    public static List<Question> questions() {
        return RULES.get().questions();
    }

    /** What to say after each question: the answers it accepts. */
    public static String answerHint() {
        return RULES.get().answerHint();
    }

    /** The question and its answer hint, as the interaction model's elicitation prompt says it. */
    public static String prompt(Question question) {
        return question.ask() + " " + answerHint();
    }

    public static Optional<Question> question(String slot) {
        return questions().stream().filter(q -> q.slot().equals(slot)).findFirst();
    }

    /** The outcome these answers lead to; the most urgent rule always wins. */
    public static Outcome assess(Answers answers) {
        return explain(answers).outcome();
    }

    /** The outcome and the first question (in asking order) that led to it. */
    public static Assessment explain(Answers answers) {
        Outcome outcome = Outcome.SELF_CARE;
        Question trigger = null;
        for (Question q : questions()) {
            Optional<Answer> answer = answers.get(q.slot());
            if (answer.isPresent() && q.raisedBy(answer.get()) && q.ifYes().moreUrgentThan(outcome)) {
                outcome = q.ifYes();
                trigger = q;
            }
        }
        boolean unsure = trigger != null && answers.get(trigger.slot()).orElse(null) == Answer.UNSURE;
        return new Assessment(outcome, Optional.ofNullable(trigger), unsure);
    }

    /**
     * The next question whose answer could still change the outcome, in asking order. Empty when
     * the outcome is already certain: after an emergency answer nothing else is asked, and once a
     * see-a-doctor sign is found the other see-a-doctor questions are skipped.
     */
    public static Optional<Question> nextQuestion(Answers answers) {
        Outcome current = assess(answers);
        for (Question q : questions()) {
            if (!answers.has(q.slot()) && q.ifYes().moreUrgentThan(current)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The file's shape; {@link #parse} checks it and builds the {@link Question}s. */
    record File(String about, String answerHint, List<Entry> questions) {
    }

    record Entry(String slot, String ask, String ifYes, Boolean unsureCountsAsYes, String reason, String source) {
    }

    /** Binds and validates the rules; any problem is reported with the resource name. */
    static Rules parse(String json, String name) {
        File file = Json.read(json, File.class, name);
        List<String> problems = new ArrayList<>();
        String hint = file.answerHint() == null ? "" : file.answerHint();
        if (hint.isBlank()) {
            problems.add("answerHint is missing");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> slots = new HashSet<>();
        int index = 0;
        for (Entry entry : file.questions() == null ? List.<Entry>of() : file.questions()) {
            index++;
            String where = "question " + index;
            String slot = orEmpty(entry.slot());
            String ask = orEmpty(entry.ask());
            String reason = orEmpty(entry.reason());
            String source = orEmpty(entry.source());
            Outcome ifYes = null;
            try {
                ifYes = Outcome.valueOf(orEmpty(entry.ifYes()));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": ifYes must be one of EMERGENCY, URGENT_SAME_DAY, SEE_DOCTOR");
            }
            if (ifYes == Outcome.SELF_CARE) {
                problems.add(where + ": a yes must lead somewhere more urgent than self-care");
            }
            if (!slot.matches("[a-z][A-Za-z]+")) {
                problems.add(where + ": slot must be a camelCase slot name");
            } else if (!slots.add(slot)) {
                problems.add(where + ": slot " + slot + " is used twice");
            }
            if (!ask.endsWith("?") || ask.substring(0, Math.max(0, ask.length() - 1)).matches(".*[.?!].*")) {
                problems.add(where + ": ask must be one sentence ending in a question mark");
            }
            if (ask.split("\\s+").length > MAX_QUESTION_WORDS) {
                problems.add(where + ": ask is longer than " + MAX_QUESTION_WORDS + " words");
            }
            if (reason.isBlank() || !reason.endsWith(".")) {
                problems.add(where + ": reason must be a sentence");
            }
            if (!Sources.cites(source)) {
                problems.add(where + ": source " + Sources.expected());
            }
            Boolean unsure = entry.unsureCountsAsYes();
            if (unsure == null) {
                problems.add(where + ": unsureCountsAsYes must be true or false");
            } else if (!unsure && ifYes != null && ifYes.moreUrgentThan(Outcome.SEE_DOCTOR)) {
                problems.add(where + ": not sure must count as yes for an urgent sign");
            }
            questions.add(new Question(slot, ask, ifYes, Boolean.TRUE.equals(unsure), reason, source));
        }
        if (questions.isEmpty()) {
            problems.add("no questions");
        } else if (questions.get(0).ifYes() != Outcome.EMERGENCY) {
            problems.add("the emergency question must be asked first");
        }
        for (int i = 1; i < questions.size(); i++) {
            Outcome before = questions.get(i - 1).ifYes();
            Outcome now = questions.get(i).ifYes();
            if (before != null && now != null && now.moreUrgentThan(before)) {
                problems.add("question " + (i + 1) + " is more urgent than the one before it: ask urgent signs first");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " is invalid:\n  " + String.join("\n  ", problems));
        }
        return new Rules(List.copyOf(questions), hint);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
