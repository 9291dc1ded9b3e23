package com.bedtimelegs.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.bedtimelegs.stretch.Muscle;
import com.bedtimelegs.stretch.Routine;
import com.bedtimelegs.stretch.RoutineCatalog;
import java.util.Optional;

/**
 * "Start a bedtime stretch", "stretch in bed", "stretch my calves": starts the routine asked for,
 * or asks "in bed, quick, or full?" when the words don't say which.
 */
public final class StretchRoutineHandler extends IntentHandler {
    static final String ROUTINE_SLOT = "routine";
    static final String MUSCLE_SLOT = "muscle";


    @Override
    public Optional<Response> handle(HandlerInput input) {
        RoutineCatalog catalog = RoutineCatalog.get();
        Optional<Routine.Kind> kind = Slots.resolvedId(input, ROUTINE_SLOT).flatMap(StretchRoutineHandler::kind);
        Optional<Muscle> muscle = Slots.resolvedId(input, MUSCLE_SLOT).flatMap(StretchRoutineHandler::muscle);
        if (muscle.isEmpty() && Slots.heard(input, MUSCLE_SLOT)) {
            return StretchFlow.askChoice(input,
                    "stretch.noFocus", "stretch.focusChoices");
        }
        if (muscle.isPresent()) {
            boolean inBed = kind.orElse(null) == Routine.Kind.IN_BED;
            return StretchFlow.start(input, catalog.focus(muscle.get(), inBed));
        }
        if (kind.isEmpty() && Slots.heard(input, ROUTINE_SLOT)) {
            return StretchFlow.askChoice(input, "stretch.unknownRoutine");
        }
        if (kind.isPresent()) {
            return StretchFlow.start(input, catalog.routine(kind.get()));
        }
        Optional<Routine> usual = StretchFlow.usual(input);
        return usual.isPresent() ? StretchFlow.askUsual(input, usual.get()) : StretchFlow.askChoice(input, "stretch.letsStretch");
    }

    private static Optional<Routine.Kind> kind(String id) {
        for (Routine.Kind kind : Routine.Kind.values()) {
            if (kind != Routine.Kind.FOCUS && kind.name().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Muscle> muscle(String id) {
        for (Muscle muscle : Muscle.values()) {
            if (muscle.name().equals(id)) {
                return Optional.of(muscle);
            }
        }
        return Optional.empty();
    }
}
