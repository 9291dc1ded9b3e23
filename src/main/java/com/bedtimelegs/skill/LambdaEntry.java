package com.bedtimelegs.skill;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.bedtimelegs.persistence.DynamoDbStore;
import org.crac.Core;

/** The AWS Lambda handler: {@code com.bedtimelegs.skill.LambdaEntry::handleRequest}. */
public final class LambdaEntry extends SkillStreamHandler {
    /** Held here because CRaC keeps only weak references to registered resources. */
    private Priming priming;

    public LambdaEntry() {
        this(BedtimeLegsSkill.storeFromEnvironment());
    }

    private LambdaEntry(DynamoDbStore store) {
        super(warmingUp(store));
        priming = new Priming(this, System.getenv(BedtimeLegsSkill.SKILL_ID_ENV), store);
        // SnapStart calls beforeCheckpoint when it snapshots a published version; elsewhere a no-op.
        Core.getGlobalContext().register(priming);
    }

    /**
     * Lambda's init: the store's client is built, and its request path loaded, on a second thread
     * while the skill is built here and the first request is read (see DynamoDbStore#warmUpInBackground).
     */
    private static AlexaSkill<?, ?> warmingUp(DynamoDbStore store) {
        if (store != null) {
            store.warmUpInBackground();
        }
        return BedtimeLegsSkill.fromEnvironment(store);
    }

    /**
     * Does what SnapStart's beforeCheckpoint hook does (the priming conversations, the memory store
     * in its dry run); returns how many requests were answered. For bench/run and tests.
     */
    public int prime() {
        return priming == null ? 0 : priming.run();
    }

    /** Same entry point around a given skill, for the simulator and tests. */
    public LambdaEntry(AlexaSkill<?, ?> skill) {
        super(skill);
    }
}
