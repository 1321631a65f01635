package org.shengshi.catalog.listing;

import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public lists of published items (the detail is {@code items.ItemController}) and the
 * staff view of their own department's items.
 */
@RestController
@RequestMapping("/api/v1/catalog")
class ItemListingController {

	private final ItemListingService listings;

	ItemListingController(ItemListingService listings) {
		this.listings = listings;
	}

	@GetMapping("/items")
	ItemPage published(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.listings.published(page, size);
	}

	@GetMapping("/manage/items")
	@PreAuthorize("hasAnyRole('dept_publisher', 'catalog_reviewer')")
	ItemPage ownDepartment(CurrentUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.listings.ofDepartment(user.requireDepartment(), page, size);
	}

}
