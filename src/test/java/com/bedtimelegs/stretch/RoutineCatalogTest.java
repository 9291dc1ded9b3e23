package com.bedtimelegs.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RoutineCatalogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RoutineCatalog catalog = RoutineCatalog.get();

    @Test
    void theShippedCatalogHasTheStretchesTheIssueAsksFor() {
        Set<String> ids = new HashSet<>();
        catalog.stretches().forEach(s -> ids.add(s.id()));
        assertTrue(ids.containsAll(Set.of("standing_hamstring", "wall_calf", "standing_quad", "knee_to_chest",
                "towel_hamstring", "ankle_pumps", "toe_pulls")), ids.toString());
        Stretch hamstring = stretch("standing_hamstring");
        assertEquals(10, hamstring.holdSeconds(), "the seed's hamstring hold");
        assertEquals(10, hamstring.reps(), "the seed's ten per side");
        Stretch calf = stretch("wall_calf");
        assertTrue(calf.holdSeconds() >= 20 && calf.holdSeconds() <= 30, "20 to 30 s calf hold");
        assertTrue(calf.reps() >= 2 && calf.reps() <= 3, "two or three per side");
        catalog.stretches().forEach(s -> {
            assertFalse(s.safety().isBlank(), s.id());
            assertFalse(s.sides().isEmpty(), s.id());
        });
    }

    @Test
    void everyRoutineKindAndEveryFocusMuscleIsThere() {
        for (Routine.Kind kind : new Routine.Kind[] {Routine.Kind.QUICK, Routine.Kind.FULL, Routine.Kind.IN_BED}) {
            assertEquals(kind, catalog.routine(kind).kind());
        }
        assertEquals(5, catalog.routine(Routine.Kind.QUICK).minutes());
        assertEquals(10, catalog.routine(Routine.Kind.FULL).minutes());
        for (Muscle muscle : Muscle.values()) {
            Routine focus = catalog.focus(muscle, false);
            assertTrue(focus.items().stream().anyMatch(i -> i.stretch().muscle() == muscle), focus.id());
            Routine inBed = catalog.focus(muscle, true);
            assertTrue(inBed.inBed(), inBed.id());
        }
        assertTrue(catalog.focus(Muscle.FOOT, true).items().stream()
                .anyMatch(i -> i.stretch().id().equals("ankle_pumps")));
    }

    @Test
    void inBedRoutinesNeverAskTheUserToStand() {
        for (Routine routine : catalog.routines()) {
            if (routine.inBed()) {
                routine.items().forEach(item -> assertTrue(item.stretch().position().inBed(),
                        routine.id() + " has " + item.stretch().id()));
            }
        }
        assertTrue(catalog.routine(Routine.Kind.IN_BED).inBed());
    }

    @Test
    void holdsAndRepsAreWithinTheLimits() {
        catalog.stretches().forEach(s -> {
            assertTrue(s.holdSeconds() >= 5 && s.holdSeconds() <= 60, s.id());
            assertTrue(s.reps() >= 1 && s.reps() <= 10, s.id());
        });
        catalog.routines().forEach(r -> r.items().forEach(i -> assertTrue(i.reps() >= 1 && i.reps() <= 10)));
    }

    @Test
    void malformedJsonIsRefusedWithTheSourceNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoutineCatalog.parse("{ \"stretches\": [ ", "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json: not valid JSON"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> RoutineCatalog.parse("[]", "list.json"));
        assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsPlace() {
        ObjectNode root = shipped();
        ((ObjectNode) root.get("stretches").get(1)).put("holdSeconds", "thirty");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoutineCatalog.parse(root.toString(), "typed.json"));
        assertTrue(e.getMessage().startsWith("typed.json: stretches[1].holdSeconds: "), e.getMessage());
        ((ObjectNode) root.get("stretches").get(1)).put("holdSeconds", 30).put("holdSecs", 30);
        e = assertThrows(IllegalStateException.class, () -> RoutineCatalog.parse(root.toString(), "typo.json"));
        assertTrue(e.getMessage().startsWith("typo.json: stretches[1].holdSecs: "), e.getMessage());
    }

    @Test
    void aStandingStretchInTheInBedRoutineIsRefused() {
        String message = refused(root -> ((ArrayNode) routine(root, "IN_BED").get("items")).addObject()
                .put("stretch", "wall_calf"));
        assertTrue(message.contains("routine IN_BED: is an in-bed routine but wall_calf is done standing"), message);
    }

    @Test
    void anUnknownStretchIsRefused() {
        String message = refused(root -> ((ArrayNode) routine(root, "QUICK").get("items")).addObject()
                .put("stretch", "cartwheel"));
        assertTrue(message.contains("routine QUICK: refers to unknown stretch \"cartwheel\""), message);
    }

    @Test
    void holdsOutOfRangeAreRefused() {
        String message = refused(root -> stretchNode(root, "wall_calf").put("holdSeconds", 90));
        assertTrue(message.contains("stretch wall_calf: \"holdSeconds\" is 90, must be from 5 to 60"), message);
        message = refused(root -> stretchNode(root, "wall_calf").put("holdSeconds", 3));
        assertTrue(message.contains("is 3, must be from 5 to 60"), message);
    }

    @Test
    void repsOutOfRangeAreRefusedInStretchesAndRoutines() {
        String message = refused(root -> stretchNode(root, "toe_pulls").put("reps", 0));
        assertTrue(message.contains("stretch toe_pulls: \"reps\" is 0, must be from 1 to 10"), message);
        message = refused(root -> ((ObjectNode) ((ArrayNode) routine(root, "FULL").get("items")).get(0)).put("reps", 12));
        assertTrue(message.contains("\"reps\" is 12"), message);
    }

    @Test
    void duplicateIdsAreRefused() {
        String message = refused(root -> ((ArrayNode) root.get("stretches")).add(stretchNode(root, "wall_calf").deepCopy()));
        assertTrue(message.contains("stretch id wall_calf is used twice"), message);
        message = refused(root -> ((ArrayNode) root.get("routines")).add(routine(root, "QUICK").deepCopy()));
        assertTrue(message.contains("routine id QUICK is used twice"), message);
    }

    @Test
    void missingFieldsAndBadEnumsAreAllListed() {
        String message = refused(root -> {
            ObjectNode s = stretchNode(root, "ankle_pumps");
            s.remove("safety");
            s.put("position", "HANDSTAND");
            s.putArray("sides").add("BOTH").add("LEFT");
        });
        assertTrue(message.contains("stretch ankle_pumps: \"safety\" must be non-empty text"), message);
        assertTrue(message.contains("\"position\" is \"HANDSTAND\""), message);
        assertTrue(message.contains("cannot mix BOTH"), message);
    }

    @Test
    void everyStretchNamesItsSourceAndAnUnsourcedOneIsRefused() {
        catalog.stretches().forEach(s -> assertTrue(com.bedtimelegs.content.Sources.cites(s.source()), s.id()));
        String message = refused(root -> stretchNode(root, "toe_pulls").put("source", "a video I saw"));
        assertTrue(message.contains("stretch toe_pulls: \"source\" must name its source"), message);
    }

    @Test
    void aMissingFocusRoutineIsRefused() {
        String message = refused(root -> {
            ArrayNode routines = ((ArrayNode) root.get("routines"));
            for (int i = 0; i < routines.size(); i++) {
                if (routines.get(i).path("id").asText().equals("FOCUS_FOOT_IN_BED")) {
                    routines.remove(i);
                    return;
                }
            }
        });
        assertTrue(message.contains("exactly one in-bed FOCUS routine for FOOT, found 0"), message);
    }

    // ---------------------------------------------------------------- helpers

    private Stretch stretch(String id) {
        return catalog.stretches().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The shipped JSON, changed by {@code edit}, must be refused; returns the message. */
    private static String refused(Consumer<ObjectNode> edit) {
        ObjectNode root = shipped();
        edit.accept(root);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoutineCatalog.parse(root.toString(), "edited.json"));
        assertTrue(e.getMessage().startsWith("edited.json is not a valid routine catalog"), e.getMessage());
        return e.getMessage();
    }

    private static ObjectNode shipped() {
        try (InputStream in = RoutineCatalog.class.getResourceAsStream(RoutineCatalog.RESOURCE)) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            RoutineCatalog.parse(root.toString(), "shipped"); // the unedited file is valid
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode stretchNode(ObjectNode root, String id) {
        for (var node : ((ArrayNode) root.get("stretches"))) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static ObjectNode routine(ObjectNode root, String id) {
        for (var node : ((ArrayNode) root.get("routines"))) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
