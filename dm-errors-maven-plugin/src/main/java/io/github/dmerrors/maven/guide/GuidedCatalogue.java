package io.github.dmerrors.maven.guide;

import io.github.dmerrors.maven.model.Catalogue;
import java.util.Objects;

/**
 * A checked catalogue with its checked guide: what the generator and the documents read.
 *
 * @param catalogue the catalogue
 * @param guide its guide; {@link Guide#none} when it has none
 */
public record GuidedCatalogue(Catalogue catalogue, Guide guide) {
    public GuidedCatalogue {
        Objects.requireNonNull(catalogue, "catalogue == null");
        Objects.requireNonNull(guide, "guide == null");
    }
}
