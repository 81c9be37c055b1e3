package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.testing.RepoFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** ctyun-bom manages exactly the modules that are published (jar modules without deploy.skip). */
class BomListsEveryPublishedModuleTest {
  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static String text(Element parent, String tag) {
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
  }

  @Test
  void bomManagesEveryPublishedModule() throws Exception {
    Path root = RepoFiles.root();
    List<String> published = new ArrayList<>();
    NodeList modules = read(root.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().trim();
      Element pom = read(root.resolve(module).resolve("pom.xml")).getDocumentElement();
      boolean jar = text(pom, "packaging").isEmpty() || text(pom, "packaging").equals("jar");
      if (jar && !text(pom, "maven.deploy.skip").equals("true")) {
        published.add(module); // module directories are named after their artifactIds
      }
    }
    List<String> managed = new ArrayList<>();
    NodeList deps = read(root.resolve("ctyun-bom/pom.xml")).getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      managed.add(text((Element) deps.item(i), "artifactId"));
    }
    assertThat(published).isNotEmpty();
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }
}
