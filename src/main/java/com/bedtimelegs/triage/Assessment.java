package com.bedtimelegs.triage;

import java.util.Optional;

/**
 * An outcome with what led to it.
 *
 * @param outcome the outcome
 * @param trigger the first question (in asking order) that led to it; empty for self-care
 * @param unsure  whether that question was answered "not sure" rather than yes
 */
public record Assessment(Outcome outcome, Optional<Question> trigger, boolean unsure) {
}
