package com.bedtimelegs.speech;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Checks an SSML string against the limits Alexa enforces, and reads it for humans.
 * Used by tests and by the offline simulator, so both judge speech the same way.
 */
public final class SpeechCheck {
    /**
     * A break time as Alexa documents it: a number with the unit {@code s} or {@code ms}, nothing
     * else (no exponent, sign, spaces or capital unit). Read strictly, so a time we cannot read is
     * refused rather than taken as zero.
     */
    private static final Pattern TIME = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,3}))?(ms|s)");
    /** The elements of Alexa's SSML reference; anything else is rejected by Alexa. */
    static final Set<String> ALEXA_ELEMENTS = Set.of("speak", "break", "emphasis", "lang", "p", "phoneme",
            "prosody", "s", "say-as", "sub", "voice", "w", "audio", "amazon:domain", "amazon:effect", "amazon:emotion");
    private static final Set<String> BREAK_STRENGTHS = Set.of("none", "x-weak", "weak", "medium", "strong", "x-strong");
    /** Words per minute at the bedtime prosody rate (Alexa is about 150 wpm at 100%). */
    public static final double BEDTIME_WORDS_PER_MINUTE = 135.0;

    private SpeechCheck() {
    }

    /** Problems Alexa would reject or that break our speech rules; empty when fine. */
    public static List<String> problems(String ssml) {
        return problems(ssml, ALEXA_ELEMENTS);
    }

    /**
     * As {@link #problems(String)}, allowing only the given elements, e.g. {@link Ssml#ELEMENTS}
     * for speech the skill means to replay as its own.
     */
    public static List<String> problems(String ssml, Set<String> elementsAllowed) {
        List<String> problems = new ArrayList<>();
        if (ssml == null || ssml.isBlank()) {
            problems.add("speech is empty");
            return problems;
        }
        if (ssml.length() > Ssml.MAX_SPEECH_CHARS) {
            problems.add("speech is " + ssml.length() + " characters, over " + Ssml.MAX_SPEECH_CHARS);
        }
        // Streamed, not a DOM: this runs on every response in the tests and on replays on Lambda.
        try {
            XMLStreamReader reader = STAX.get().createXMLStreamReader(new StringReader(ssml));
            try {
                int elementCount = 0;
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String tag = reader.getPrefix() == null || reader.getPrefix().isEmpty()
                            ? reader.getLocalName() : reader.getPrefix() + ":" + reader.getLocalName();
                    if (elementCount++ == 0 && !tag.equals("speak")) {
                        problems.add("SSML root is not <speak>");
                    }
                    if (!ALEXA_ELEMENTS.contains(tag)) {
                        problems.add("<" + tag + "> is not an SSML element Alexa supports");
                    } else if (!elementsAllowed.contains(tag)) {
                        problems.add("<" + tag + "> is not allowed here");
                    } else if (tag.equals("speak") && elementCount > 1) {
                        problems.add("<speak> inside <speak>");
                    } else if (tag.equals("break")) {
                        breakProblem(reader.getAttributeValue(null, "strength"), reader.getAttributeValue(null, "time"))
                                .ifPresent(problems::add);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            problems.removeIf(p -> !p.startsWith("speech is"));
            problems.add("SSML is not well-formed XML: " + e.getMessage().replace('\n', ' '));
        }
        return problems;
    }

    private static Optional<String> breakProblem(String strength, String time) {
        if (strength != null && !BREAK_STRENGTHS.contains(strength)) {
            return Optional.of("break strength \"" + strength + "\" is not one Alexa knows");
        }
        if (time == null) {
            return Optional.empty();
        }
        OptionalDouble seconds = breakSeconds(time);
        if (seconds.isEmpty()) {
            return Optional.of("break time \"" + time + "\" is not a number of s or ms");
        }
        if (seconds.getAsDouble() > Ssml.MAX_BREAK_SECONDS) {
            return Optional.of("break of " + time + " is over " + Ssml.MAX_BREAK_SECONDS + " s");
        }
        return Optional.empty();
    }

    /** SSML turned into readable text with pauses shown, e.g. {@code [pause 10 s]}. */
    public static String readable(String ssml) {
        if (ssml == null) {
            return "";
        }
        try {
            StringBuilder out = new StringBuilder();
            render(parse(ssml).getDocumentElement(), out);
            return out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([.,!?])", "$1").strip();
        } catch (Exception e) {
            return "[unreadable SSML: " + e.getMessage() + "] " + ssml;
        }
    }

    /** Estimated seconds of audio: words at the bedtime pace plus every break. */
    public static double estimatedSeconds(String ssml) {
        try {
            Document doc = parse(ssml);
            double pauses = 0;
            NodeList breaks = doc.getElementsByTagName("break");
            for (int i = 0; i < breaks.getLength(); i++) {
                Element br = (Element) breaks.item(i);
                pauses += br.hasAttribute("time") ? seconds(br.getAttribute("time")) : 0.5;
            }
            String text = doc.getDocumentElement().getTextContent().strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            return words * 60.0 / BEDTIME_WORDS_PER_MINUTE + pauses;
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed SSML", e);
        }
    }

    /** Sum of all {@code <break time>} values, in seconds. */
    public static double pauseSeconds(String ssml) {
        try {
            NodeList breaks = parse(ssml).getElementsByTagName("break");
            double total = 0;
            for (int i = 0; i < breaks.getLength(); i++) {
                Element br = (Element) breaks.item(i);
                total += br.hasAttribute("time") ? seconds(br.getAttribute("time")) : 0;
            }
            return total;
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed SSML", e);
        }
    }

    private static void render(Node node, StringBuilder out) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            } else if (child instanceof Element el) {
                switch (el.getTagName()) {
                    case "break" -> out.append(" [pause").append(el.hasAttribute("time")
                            ? " " + breakSeconds(el.getAttribute("time")).stream()
                                    .mapToObj(s -> formatSeconds(s) + " s").findFirst().orElse("?") : "").append("] ");
                    case "audio" -> out.append(" [sound] ");
                    case "amazon:effect" -> {
                        out.append(" [").append(el.getAttribute("name")).append("] ");
                        render(el, out);
                    }
                    case "p", "s" -> {
                        out.append(' ');
                        render(el, out);
                        out.append(' ');
                    }
                    default -> render(el, out);
                }
            }
        }
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    /** Seconds of a {@code <break time>} value, or empty when Alexa would not accept it as written. */
    public static OptionalDouble breakSeconds(String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
        return OptionalDouble.of("ms".equals(m.group(3)) ? value / 1000.0 : value);
    }

    /** Seconds of a break time the caller has already checked (our own SSML). */
    static double seconds(String time) {
        return breakSeconds(time).orElseThrow(() -> new IllegalArgumentException("not a break time: " + time));
    }

    private static Document parse(String ssml) throws Exception {
        return BUILDER.get().parse(new InputSource(new StringReader(ssml)));
    }

    /**
     * One parser per thread, made once: building a DocumentBuilder costs far more than parsing a
     * short SSML string, and every response in the tests is checked.
     */
    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false); // Alexa's amazon: prefix is never declared
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    });

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception ignored) {
            // Feature unsupported on this parser; SSML never has a DOCTYPE anyway.
        }
        f.setExpandEntityReferences(false);
        try {
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e; // reported by the caller, not printed to stderr
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    });
}
