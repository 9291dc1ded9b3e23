package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.Activity;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.tips.Tip;
import com.bedtimelegs.tips.TipCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Daytime tips: "give me a tip about water", or a random one, then "Would you like another tip?".
 * Also owns yes, no and "not sure" while that offer stands. No tip is given twice in a session
 * unless asked for by topic; the tip ids heard live in the TIPS activity state.
 */
public final class TipsHandler extends IntentHandler {
    static final String TOPIC_SLOT = "topic";
    static final String STATE_HEARD = "heard";

    private final RandomGenerator random;

    public TipsHandler() {
        this(new Random());
    }

    /** With the randomness given, so tests can be repeated exactly. */
    public TipsHandler(RandomGenerator random) {
        this.random = random;
    }


    @Override
    public Optional<Response> handle(HandlerInput input) {
        String intent = intentName(input);
        if (Intents.YES.equals(intent) || Intents.NEXT.equals(intent)) { // "next one", "go on" to "another tip?"
            return randomTip(input);
        }
        if (Intents.NO.equals(intent)) {
            Conversation.of(input).reset();
            return Replies.tell(input, Ssml.of(Replies.speech(input).text("tips.goodbye")));
        }
        if (Intents.UNSURE.equals(intent)) {
            return Replies.ask(input, Ssml.of(Replies.speech(input).text("tips.noProblem")),
                    Ssml.of(Replies.speech(input).text("tips.anotherReprompt")));
        }
        Optional<String> topic = Slots.resolvedId(input, TOPIC_SLOT);
        if (topic.isPresent()) {
            Optional<Tip> tip = catalog().forTopic(topic.get(), heard(Conversation.of(input)));
            if (tip.isPresent()) {
                return give(input, tip.get());
            }
        }
        if (Slots.heard(input, TOPIC_SLOT)) {
            Conversation conversation = Conversation.of(input);
            keepHeard(conversation);
            conversation.offer(Offer.ANOTHER_TIP);
            Speech words = Replies.speech(input);
            return Replies.ask(input,
                    Ssml.of(words.text("tips.noTipOnThat"), words.text("tips.topics", catalog().spokenTopicList()),
                            words.text("tips.anyway")),
                    Ssml.of(words.text("tips.anywayReprompt")));
        }
        return randomTip(input);
    }

    private Optional<Response> randomTip(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        Optional<Tip> tip = catalog().randomUnheard(heard(conversation), random);
        if (tip.isEmpty()) {
            keepHeard(conversation);
            conversation.offer(Offer.NONE);
            return Replies.ask(input,
                    Ssml.of(Replies.speech(input).text("tips.allHeard"), MainMenu.anythingElse(input)),
                    MainMenu.reprompt(input));
        }
        return give(input, tip.get());
    }

    private static Optional<Response> give(HandlerInput input, Tip tip) {
        Conversation conversation = Conversation.of(input);
        List<String> heard = keepHeard(conversation);
        if (!heard.contains(tip.id())) {
            heard.add(tip.id());
        }
        conversation.offer(Offer.ANOTHER_TIP);
        return Replies.ask(input,
                Ssml.speech().say(tip.text()).breath().say(Replies.speech(input).text("tips.another")).build(),
                Ssml.of(Replies.speech(input).text("tips.anotherReprompt")));
    }

    /** Switches to TIPS, keeping the tips already heard; returns the live, cleaned list. */
    private static List<String> keepHeard(Conversation conversation) {
        List<String> heard = heard(conversation);
        conversation.start(Activity.TIPS);
        Map<String, Object> state = conversation.state(Activity.TIPS);
        state.put(STATE_HEARD, heard);
        return heard;
    }

    /** Tip ids heard in this session; anything malformed in the state is dropped, never fatal. */
    static List<String> heard(Conversation conversation) {
        List<String> heard = new ArrayList<>();
        if (conversation.in(Activity.TIPS)
                && conversation.state(Activity.TIPS).get(STATE_HEARD) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String id && !heard.contains(id)) {
                    heard.add(id);
                }
            }
        }
        return heard;
    }

    private static TipCatalog catalog() {
        return TipCatalog.get();
    }
}
