package org.measura.charts;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Adds what a screen reader needs to the SVG JFreeSVG writes: a {@code <title>} and a {@code <desc>} as the first
 * children of the root, {@code role="img"} and {@code aria-labelledby} pointing at both.
 */
final class SvgAccessibility {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String TITLE_ID = "chart-title";
    static final String DESC_ID = "chart-desc";

    private SvgAccessibility() {
    }

    static String withTitleAndDescription(String svg, CourseText text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            Element root = doc.getDocumentElement();
            Element title = doc.createElementNS(SVG_NS, "title");
            title.setAttribute("id", TITLE_ID);
            title.setTextContent(text.title());
            Element desc = doc.createElementNS(SVG_NS, "desc");
            desc.setAttribute("id", DESC_ID);
            desc.setTextContent(text.description());
            root.insertBefore(desc, root.getFirstChild());
            root.insertBefore(title, desc);
            root.setAttribute("role", "img");
            root.setAttribute("aria-labelledby", TITLE_ID + " " + DESC_ID);
            root.setAttribute("lang", "en");

            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException | org.xml.sax.SAXException
                | java.io.IOException e) {
            throw new IllegalStateException("the SVG written by JFreeSVG could not be read back", e);
        }
    }
}
