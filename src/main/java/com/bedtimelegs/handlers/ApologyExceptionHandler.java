package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.state.StateSnapshot;
import com.bedtimelegs.speech.Ssml;
import java.util.Optional;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import java.util.function.Consumer;

/**
 * Anything a handler throws: put the session back as it was before this turn, apologise
 * briefly and keep listening, so the user can simply say it again.
 */
public final class ApologyExceptionHandler implements ExceptionHandler {
    private final Consumer<String> log;
    private final Consumer<Throwable> caught;

    public ApologyExceptionHandler(Consumer<String> log) {
        this(log, error -> { });
    }

    /**
     * {@code caught} sees every exception this handler turns into an apology, so a test can fail
     * on one instead of letting a bug hide behind "sorry, something went wrong".
     */
    public ApologyExceptionHandler(Consumer<String> log, Consumer<Throwable> caught) {
        this.log = log;
        this.caught = caught;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        // Class name only: a message could quote a slot value.
        log.accept("error handling request: " + throwable.getClass().getName());
        caught.accept(throwable);
        StateSnapshot.restore(input);
        Request request = input.getRequest();
        if (!(request instanceof IntentRequest || request instanceof LaunchRequest)) {
            return input.getResponseBuilder().build(); // Alexa allows no speech for other request types
        }
        return Replies.ask(input,
                Ssml.of(Replies.speech(input).text("error.sorry"), Replies.speech(input).text("error.sayAgain")),
                Ssml.of(Replies.speech(input).text("error.reprompt")));
    }
}
