package io.github.dmerrors.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md, docs/, ARCHITECTURE.md, CONTRIBUTING.md and BENCHMARKS.md leads
 * to a file of the checkout, and to a heading or anchor of it when it names one.
 */
class DocLinksTest {
    @Test
    void readsEveryDocAndTheirLinks() {
        List<MarkdownFile> files = ProjectDocs.files();

        assertThat(files).extracting(file -> ProjectDocs.ROOT.relativize(file.path()).toString().replace('\\', '/'))
                .contains("README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "BENCHMARKS.md",
                        "docs/generate.md", "docs/catalogue-format.md", "docs/runtime.md",
                        "docs/ledger-and-ci.md", "docs/reference-and-explain.md", "docs/guarantees.md");
        // The README is the map: a page it does not link is a page nobody finds.
        MarkdownFile readme = files.get(0);
        for (MarkdownFile page : files.subList(1, files.size())) {
            String target = ProjectDocs.ROOT.relativize(page.path()).toString().replace('\\', '/');
            assertThat(readme.linkTargets()).as("README links to " + target).contains(target);
        }
    }

    @Test
    void leadsEveryRelativeLinkToAFileAndAnchorThatExist() {
        Map<Path, MarkdownFile> byPath = ProjectDocs.files().stream()
                .collect(Collectors.toMap(MarkdownFile::path, Function.identity()));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (MarkdownFile file : byPath.values()) {
            for (String target : file.linkTargets()) {
                if (target.matches("^[a-z][a-z+.-]*:.*")) {
                    continue; // https:, mailto: — not the checkout's
                }
                checked++;
                int hash = target.indexOf('#');
                String pathPart = hash < 0 ? target : target.substring(0, hash);
                Path linked = pathPart.isEmpty() ? file.path() : file.path().getParent().resolve(pathPart).normalize();
                String from = ProjectDocs.ROOT.relativize(file.path()) + ": (" + target + ")";
                if (!linked.startsWith(ProjectDocs.ROOT) || !Files.exists(linked)) {
                    broken.add(from + " names no file of the checkout");
                } else if (hash >= 0) {
                    MarkdownFile page = byPath.containsKey(linked) ? byPath.get(linked) : MarkdownFile.read(linked);
                    String anchor = target.substring(hash + 1);
                    if (!page.anchors().contains(anchor)) {
                        broken.add(from + " names no heading or anchor of " + ProjectDocs.ROOT.relativize(linked)
                                + "; it has " + page.anchors());
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).as("relative links checked").isGreaterThan(20);
    }
}
