package org.shengshi.catalog.seed;

import org.shengshi.catalog.bundle.Bundle;
import org.shengshi.catalog.bundle.CombinedForm;

/** A seed bundle with its derived combined form. */
public record SeedBundle(Bundle bundle, CombinedForm combinedForm) {
}
