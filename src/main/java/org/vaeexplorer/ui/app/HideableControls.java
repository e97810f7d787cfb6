package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a teacher can hide for a session (issue 33): the controls presentation mode folds away (style class
 * {@value PresentationMode#SECONDARY}), each by its id, and each of Explore's views, by its tab's id. The views are
 * read from the Explore page's FXML, so a view added there can be hidden without a change here.
 */
final class HideableControls {
    /** A control by its id, named in the menu by its bundle key. */
    record Control(String id, String nameKey) {
    }

    /** The secondary controls, by id; their names are {@code hide.control.<id>} in the bundle. */
    static final List<String> SECONDARY = List.of("checkpointButtons", "exportMenu", "planeHint", "drawHint",
            "overviewHint", "howCaption", "vectorSaving", "arithmeticLegend", "analogyCaption", "lessonKicker",
            "statusBar", "openDatasetButton", "openPicturesButton", "resumeFromButton", "runFolderAndExport",
            "factorElsewhere");
    static final String EXPLORE_FXML = "/org/vaeexplorer/ui/explore/ExploreView.fxml";

    private HideableControls() {
    }

    static List<Control> secondary() {
        return SECONDARY.stream().map(id -> new Control(id, "hide.control." + id)).toList();
    }

    /** Explore's views in the page's order: their tab ids and the bundle keys of their tabs' texts. */
    static List<Control> exploreViews() {
        try (InputStream in = HideableControls.class.getResourceAsStream(EXPLORE_FXML)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList tabs = factory.newDocumentBuilder().parse(in).getElementsByTagName("Tab");
            List<Control> views = new ArrayList<>();
            for (int i = 0; i < tabs.getLength(); i++) {
                Element tab = (Element) tabs.item(i);
                views.add(new Control(tab.getAttribute("id"), tab.getAttribute("text").substring(1)));
            }
            return List.copyOf(views);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + EXPLORE_FXML, e);
        } catch (ParserConfigurationException | SAXException e) {
            // Our own FXML from the jar: failing to read it is a broken build.
            throw new IllegalStateException("could not read the views of " + EXPLORE_FXML, e);
        }
    }
}
