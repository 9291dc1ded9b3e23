package com.bedtimelegs.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.simulator.Turn;
import com.bedtimelegs.speech.SpeechCheck;
import com.bedtimelegs.tips.Tip;
import com.bedtimelegs.tips.TipCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tips through the simulator: "yes" after "yes" never repeats a tip, and says kindly when they run out. */
class TipsConversationTest {
    private static final TipCatalog TIPS = TipCatalog.get();

    private static String tipIn(Turn turn) {
        for (Tip tip : TIPS.all()) {
            if (turn.speech().startsWith(tip.text())) {
                return tip.id();
            }
        }
        throw new AssertionError("not a tip: " + turn.speech());
    }

    @Test
    void yesAfterYesGivesEveryTipOnceThenSaysSoKindly() {
        Simulator sim = Simulator.create();
        Set<String> heard = new HashSet<>();
        Turn turn = sim.say("ask bedtime legs for a tip");
        for (int i = 0; i < TIPS.all().size(); i++) {
            assertEquals(List.of(), turn.problems());
            assertTrue(turn.speech().endsWith("Would you like another tip?"), turn.speech());
            assertTrue(heard.add(tipIn(turn)), "repeated: " + turn.speech());
            assertTrue(SpeechCheck.estimatedSeconds(turn.speechSsml()) < 30, turn.speech());
            turn = sim.say("yes");
        }
        assertEquals(TIPS.all().size(), heard.size());
        assertTrue(turn.speech().startsWith("You've heard every tip I have."), turn.speech());
        assertTrue(turn.sessionOpen());
        Turn again = sim.say("another tip");
        assertTrue(again.speech().startsWith("You've heard every tip I have."), again.speech());
    }

    @Test
    void aTipHeardByTopicIsNotGivenAgainAtRandom() {
        Simulator sim = Simulator.create();
        Turn first = sim.say("ask bedtime legs for tips about caffeine");
        assertEquals("CAFFEINE_EVENING", tipIn(first));
        for (int i = 1; i < TIPS.all().size(); i++) {
            Turn turn = sim.say("yes");
            assertFalse(turn.speech().startsWith(first.speech().substring(0, 30)), "repeated the caffeine tip");
        }
    }

    @Test
    void noEndsKindlyAndYesWithoutAnOfferIsNotATip() {
        Simulator sim = Simulator.create();
        sim.say("ask bedtime legs for a tip");
        Turn no = sim.say("no");
        assertFalse(no.sessionOpen());
        assertTrue(no.speech().contains("Take good care"), no.speech());
        sim.say("open bedtime legs");
        Turn yes = sim.say("yes");
        assertFalse(yes.speech().contains("Would you like another tip?"), yes.speech());
    }
}
