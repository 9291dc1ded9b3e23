package com.bedtimelegs.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.bedtimelegs.simulator.Simulator;
import com.bedtimelegs.content.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deploy path (README "Deploy"): Maven builds the Lambda jar, AWS SAM deploys template.yaml, the
 * ASK CLI deploys only skill-package/, and the "live" alias ARN from the stack's outputs replaces the
 * placeholder endpoint in skill.json. These files are read by three different tools; this test keeps
 * them telling the same story.
 */
class DeployConfigTest {
    /** What README "Deploy" replaces with the SkillEndpointArn output. */
    static final String ACCOUNT_PLACEHOLDER = "000000000000";

    static JsonNode template;
    static JsonNode function;
    static JsonNode resources;
    static JsonNode manifest;
    static String pom;
    static String readme;

    @BeforeAll
    static void read() throws Exception {
        // CloudFormation's short tags become their long form so a plain YAML reader keeps them.
        String yaml = Files.readString(Path.of("template.yaml"))
                .replaceAll("!Ref ([\\w.:]+)", "{Ref: $1}")
                .replaceAll("!GetAtt ([\\w.]+)", "{\"Fn::GetAtt\": $1}");
        assertFalse(yaml.matches("(?s).*![A-Z][A-Za-z]+ .*"), "a CloudFormation tag this test does not read");
        template = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        function = template.at("/Resources/BedtimeLegsFunction");
        resources = Json.MAPPER.readTree(Path.of("ask-resources.json").toFile());
        manifest = Json.MAPPER.readTree(Path.of("skill-package", "skill.json").toFile());
        pom = Files.readString(Path.of("pom.xml"));
        readme = Files.readString(Path.of("README.md"));
    }

    private static String property(String name) {
        JsonNode own = function.at("/Properties/" + name);
        return own.isMissingNode() ? template.at("/Globals/Function/" + name).asText() : own.asText();
    }

    private static String pomValue(String regex) {
        Matcher m = Pattern.compile(regex).matcher(pom);
        assertTrue(m.find(), "pom.xml has no " + regex);
        return m.group(1);
    }

    @Test
    void askCliDeploysOnlyTheSkillPackage() {
        assertEquals("2020-03-31", resources.path("askcliResourcesVersion").asText());
        List<String> profiles = new ArrayList<>();
        resources.path("profiles").fieldNames().forEachRemaining(profiles::add);
        assertEquals(List.of("default"), profiles);
        JsonNode profile = resources.at("/profiles/default");
        List<String> parts = new ArrayList<>();
        profile.fieldNames().forEachRemaining(parts::add);
        // No "code" and no "skillInfrastructure": SAM deploys the function, not an ASK CLI deployer.
        assertEquals(List.of("skillMetadata"), parts);
        Path skillPackage = Path.of(profile.at("/skillMetadata/src").asText());
        assertTrue(Files.isRegularFile(skillPackage.resolve("skill.json")), skillPackage + " holds no skill.json");
        assertTrue(Files.isDirectory(skillPackage.resolve("interactionModels/custom")));
    }

    @Test
    void samBuildsNothingAndDeploysTheJarMavenBuilds() {
        assertEquals("AWS::Serverless-2016-10-31", template.path("Transform").asText());
        assertEquals("AWS::Serverless::Function", function.path("Type").asText());
        String jar = "target/" + pomValue("<finalName>([^<]+)</finalName>") + ".jar";
        assertEquals(jar, property("CodeUri"), "CodeUri must be the shaded jar mvn package writes");
        assertTrue(function.at("/Metadata/SkipBuild").asBoolean(), "sam build must leave the Maven jar alone");
    }

    @Test
    void runtimeIsAnAmazonLinux2023JavaThatRunsOurBytecode() {
        String runtime = property("Runtime");
        assertTrue(runtime.equals("java21") || runtime.equals("java25"),
                runtime + ": java17 runs on Amazon Linux 2 (deprecated June 2026); use java21 or java25");
        int runtimeJava = Integer.parseInt(runtime.substring("java".length()));
        int bytecode = Integer.parseInt(pomValue("<maven.compiler.release>(\\d+)</maven.compiler.release>"));
        assertTrue(bytecode <= runtimeJava, "Java " + bytecode + " bytecode cannot run on " + runtime);
        assertEquals(String.valueOf(bytecode), pomValue("<release>(\\d+)</release>"), "compiler plugin and property agree");
        assertEquals("PublishedVersions", function.at("/Properties/SnapStart/ApplyOn").asText());
    }

    @Test
    void handlerNamesTheStreamHandlerClass() throws Exception {
        String[] handler = property("Handler").split("::");
        assertEquals(2, handler.length, property("Handler"));
        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), handler[0] + " is not a RequestStreamHandler");
        assertEquals(void.class, type.getMethod(handler[1], InputStream.class, OutputStream.class, Context.class).getReturnType());
        type.getConstructor(); // Lambda builds it with no arguments
    }

    @Test
    void theOnlyParameterIsTheSkillIdAndEverythingUsesIt() {
        List<String> parameters = new ArrayList<>();
        template.path("Parameters").fieldNames().forEachRemaining(parameters::add);
        assertEquals(List.of("SkillId"), parameters, "README's sam deploy passes exactly these");
        Pattern allowed = Pattern.compile(template.at("/Parameters/SkillId/AllowedPattern").asText());
        assertTrue(allowed.matcher(Simulator.LOCAL_SKILL_ID).matches());
        assertTrue(allowed.matcher("amzn1.ask.skill.1a2b3c4d-0000-4a5b-9c8d-0123456789ab").matches());
        assertFalse(allowed.matcher("my-skill").matches());
        assertEquals("SkillId", function.at("/Properties/Environment/Variables/SKILL_ID/Ref").asText());
        JsonNode event = function.at("/Properties/Events/AlexaSkill");
        assertEquals("AlexaSkill", event.path("Type").asText());
        assertEquals("SkillId", event.at("/Properties/SkillId/Ref").asText(), "the trigger answers only this skill");
        assertTrue(readme.contains("SkillId=$SKILL_ID"), "README passes SkillId to sam deploy");
    }

    @Test
    void skillJsonEndpointIsThePlaceholderForTheLiveAliasSamOutputs() {
        String alias = function.at("/Properties/AutoPublishAlias").asText();
        String name = function.at("/Properties/FunctionName").asText();
        assertEquals("live", alias);
        String placeholder = "arn:aws:lambda:us-east-1:" + ACCOUNT_PLACEHOLDER + ":function:" + name + ":" + alias;
        assertEquals(placeholder, manifest.at("/manifest/apis/custom/endpoint/uri").asText(),
                "skill.json keeps the placeholder; README replaces it with the SkillEndpointArn output");
        assertEquals("BedtimeLegsFunction.Alias",
                template.at("/Outputs/SkillEndpointArn/Value/Ref").asText(), "the output is the alias ARN");
        assertTrue(readme.contains(placeholder), "README's replace step names the placeholder exactly");
        assertTrue(readme.contains("OutputKey=='SkillEndpointArn'"), "README reads the SkillEndpointArn output");
        assertTrue(readme.contains("--region us-east-1"), "the placeholder's region is where README deploys");
    }

    @Test
    void readmeGivesTheOneDeployPath() {
        for (String step : List.of("mvn -B package", "sam deploy --guided", "ask deploy --target skill-metadata",
                "ask deploy", "ask dialog --replay")) {
            assertTrue(readme.contains(step), "README Deploy lacks: " + step);
        }
        for (String file : List.of("README.md", "ask-resources.json", "template.yaml")) {
            String text = file.equals("README.md") ? readme : file.equals("ask-resources.json") ? resources.toString() : template.toString();
            assertFalse(text.contains("cfn-deployer"), file + " still mentions the ASK CLI cfn-deployer");
        }
    }
}
