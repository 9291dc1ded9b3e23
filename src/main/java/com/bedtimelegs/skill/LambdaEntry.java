package com.bedtimelegs.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;

/** The AWS Lambda handler: {@code com.bedtimelegs.skill.LambdaEntry::handleRequest}. */
public final class LambdaEntry extends SkillStreamHandler {
    public LambdaEntry() {
        super(BedtimeLegsSkill.fromEnvironment());
    }

    /** Same entry point around a given skill, for the simulator and tests. */
    public LambdaEntry(AlexaSkill<?, ?> skill) {
        super(skill);
    }
}
