package org.shengshi.catalog.bundles;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous reads of the "一件事" bundles. */
@RestController
@RequestMapping("/api/v1/catalog/bundles")
class BundleController {

	private final BundleService bundles;

	BundleController(BundleService bundles) {
		this.bundles = bundles;
	}

	@GetMapping
	List<BundleSummary> list() {
		return this.bundles.list();
	}

	@GetMapping("/{code}")
	BundleView bundle(@PathVariable String code) {
		return this.bundles.bundle(code);
	}

}
