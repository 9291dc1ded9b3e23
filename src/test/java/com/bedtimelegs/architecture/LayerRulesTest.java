package com.bedtimelegs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers, as rules (see README "Layout"): arrows point down only.
 * <pre>
 *   skill (composition root, Lambda entry)        simulator (a tool: plays Alexa)
 *        │                                              │
 *   handlers (thin: request → flow → speech)  ◄────────┘ (through skill only)
 *        │
 *   state (session: Conversation, activity, offer, guards)
 *        │
 *   domain: stretch · cramp · triage · tips   (no Alexa types)
 *        │
 *   speech (SSML, bundles) · content (bundled files, JSON)
 * </pre>
 */
class LayerRulesTest {
    private static final String APP = "com.bedtimelegs";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
    private static final String[] DOMAIN = {APP + ".stretch..", APP + ".cramp..", APP + ".triage..", APP + ".tips.."};

    @Test
    void theDomainUsesOnlyTheJdkJacksonContentAndSpeech() {
        classes().that().resideInAnyPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.fasterxml.jackson..", APP + ".content..", APP + ".speech..",
                        APP + ".stretch..", APP + ".cramp..", APP + ".triage..", APP + ".tips..")
                .check(MAIN);
    }

    @Test
    void noAlexaTypeInTheDomainSpeechOrContent() {
        noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAnyPackage(APP + ".speech..", APP + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage("com.amazon..")
                .check(MAIN);
    }

    @Test
    void speechAndContentSitAtTheBottom() {
        noClasses().that().resideInAnyPackage(APP + ".speech..", APP + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".state..", APP + ".handlers..", APP + ".skill..",
                        APP + ".simulator..", APP + ".stretch..", APP + ".cramp..", APP + ".triage..", APP + ".tips..")
                .check(MAIN);
    }

    @Test
    void sessionStateKnowsNothingOfHandlersTheSkillOrTheSimulator() {
        noClasses().that().resideInAPackage(APP + ".state..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".handlers..", APP + ".skill..", APP + ".simulator..")
                .check(MAIN);
    }

    @Test
    void handlersNeverReachUpToTheCompositionRootOrTheSimulator() {
        noClasses().that().resideInAPackage(APP + ".handlers..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".skill..", APP + ".simulator..")
                .check(MAIN);
    }

    @Test
    void theRemindersClientIsInfrastructureBelowHandlersAndState() {
        noClasses().that().resideInAPackage(APP + ".reminders..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".handlers..", APP + ".skill..", APP + ".state..",
                        APP + ".simulator..")
                .check(MAIN);
    }

    @Test
    void theStoresKnowOnlyTheSdksNotTheConversation() {
        noClasses().that().resideInAPackage(APP + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".state..", APP + ".handlers..", APP + ".skill..",
                        APP + ".simulator..", APP + ".stretch..", APP + ".cramp..", APP + ".triage..", APP + ".tips..")
                .check(MAIN);
    }

    @Test
    void nothingInTheSkillDependsOnTheSimulator() {
        noClasses().that().resideOutsideOfPackage(APP + ".simulator..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".simulator..")
                .check(MAIN);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
