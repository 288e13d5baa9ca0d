package dev.apikata.kit.offline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit Platform provider that Surefire and Failsafe load only when they run tests, in the
 * versions the root pom pins. No build goal downloads it without running a test, so the prefetch
 * fetches it by name.
 */
final class TestProviders {

    static final String PROVIDER = "org.apache.maven.surefire:surefire-junit-platform";

    private static final Set<String> TEST_PLUGINS = Set.of("maven-surefire-plugin", "maven-failsafe-plugin");

    private TestProviders() {
    }

    /** {@code groupId:artifactId:version} of the provider for each test plugin version in {@code pom}. */
    static Set<String> in(Path pom) throws IOException {
        Set<String> artifacts = new TreeSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList plugins = factory.newDocumentBuilder().parse(pom.toFile()).getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                String artifactId = childText(plugin, "artifactId");
                String version = childText(plugin, "version");
                if (TEST_PLUGINS.contains(artifactId) && !version.isEmpty() && !version.contains("${")) {
                    artifacts.add(PROVIDER + ":" + version);
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
        return artifacts;
    }

    private static String childText(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return "";
    }
}
