package com.bedtimelegs.handlers;

import com.amazon.ask.request.Predicates;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.bedtimelegs.speech.Speech;
import com.bedtimelegs.speech.Ssml;
import com.bedtimelegs.state.Conversation;
import com.bedtimelegs.state.Offer;
import com.bedtimelegs.stretch.Walkthrough;
import com.bedtimelegs.stretch.Words;
import java.util.Optional;

public final class LaunchHandler implements RequestHandler {
    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input).reset();
        Optional<Walkthrough> resumable = StretchFlow.resumable(input);
        if (resumable.isPresent()) {
            Walkthrough stopped = resumable.get();
            Speech words = Replies.speech(input);
            conversation.offer(Offer.RESUME_ROUTINE);
            return Replies.ask(input, Ssml.of(words.text("memory.resumeOffer", stopped.routine().name(),
                            Words.number(stopped.current().item() + 1), Words.number(stopped.current().items())),
                    words.text("memory.resumeQuestion")), Ssml.of(words.text("memory.resumeReprompt")));
        }
        return Replies.ask(input, MainMenu.welcome(input), MainMenu.reprompt(input));
    }
}
