package com.bedtimelegs.speech;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
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
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");
    /** Words per minute at the bedtime prosody rate (Alexa is about 150 wpm at 100%). */
    public static final double BEDTIME_WORDS_PER_MINUTE = 135.0;

    private SpeechCheck() {
    }

    /** Problems Alexa would reject or that break our speech rules; empty when fine. */
    public static List<String> problems(String ssml) {
        List<String> problems = new ArrayList<>();
        if (ssml == null || ssml.isBlank()) {
            problems.add("speech is empty");
            return problems;
        }
        if (ssml.length() > Ssml.MAX_SPEECH_CHARS) {
            problems.add("speech is " + ssml.length() + " characters, over " + Ssml.MAX_SPEECH_CHARS);
        }
        Document doc;
        try {
            doc = parse(ssml);
        } catch (Exception e) {
            problems.add("SSML is not well-formed XML: " + e.getMessage());
            return problems;
        }
        if (!"speak".equals(doc.getDocumentElement().getTagName())) {
            problems.add("SSML root is not <speak>");
        }
        NodeList breaks = doc.getElementsByTagName("break");
        for (int i = 0; i < breaks.getLength(); i++) {
            Element br = (Element) breaks.item(i);
            if (br.hasAttribute("time")) {
                double seconds = seconds(br.getAttribute("time"));
                if (seconds > Ssml.MAX_BREAK_SECONDS) {
                    problems.add("break of " + br.getAttribute("time") + " is over " + Ssml.MAX_BREAK_SECONDS + " s");
                }
            }
        }
        return problems;
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
                            ? " " + formatSeconds(seconds(el.getAttribute("time"))) + " s" : "").append("] ");
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

    static double seconds(String time) {
        Matcher m = TIME.matcher(time.strip());
        if (!m.matches()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1));
        return "ms".equals(m.group(2)) ? value / 1000.0 : value;
    }

    private static Document parse(String ssml) throws Exception {
        var builder = FACTORY.get().newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e; // reported by the caller, not printed to stderr
            }
        });
        return builder.parse(new InputSource(new StringReader(ssml)));
    }

    private static final ThreadLocal<DocumentBuilderFactory> FACTORY = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception ignored) {
            // Feature unsupported on this parser; SSML never has a DOCTYPE anyway.
        }
        f.setExpandEntityReferences(false);
        return f;
    });
}
