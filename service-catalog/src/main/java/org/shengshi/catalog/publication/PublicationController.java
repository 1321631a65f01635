package org.shengshi.catalog.publication;

import java.net.URI;

import jakarta.validation.Valid;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.publishing.Actor;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff publishing API of the caller's own department. Publishers draft
 * ({@code POST /manage/items}), start a new revision of a published item ({@code POST
 * /{code}/revisions}), edit the draft ({@code PUT /{code}/draft}); both roles take
 * workflow actions ({@code POST /{code}/actions}); the workflow decides who may do what.
 */
@RestController
@RequestMapping("/api/v1/catalog/manage/items")
@PreAuthorize("hasAnyRole('dept_publisher', 'catalog_reviewer')")
class PublicationController {

	private final PublicationService publications;

	PublicationController(PublicationService publications) {
		this.publications = publications;
	}

	@PostMapping
	@Idempotent
	ResponseEntity<ManagedItemView> draft(CurrentUser user, @RequestBody ServiceItem content) {
		ManagedItemView created = this.publications.startDraft(content, actor(user));
		return ResponseEntity.created(URI.create("/api/v1/catalog/manage/items/" + created.itemCode())).body(created);
	}

	@GetMapping("/{itemCode}")
	ManagedItemView show(CurrentUser user, @PathVariable String itemCode) {
		return this.publications.show(itemCode, actor(user));
	}

	@PostMapping("/{itemCode}/revisions")
	@Idempotent
	ManagedItemView revise(CurrentUser user, @PathVariable String itemCode) {
		return this.publications.revise(itemCode, actor(user));
	}

	@PutMapping("/{itemCode}/draft")
	ManagedItemView edit(CurrentUser user, @PathVariable String itemCode, @RequestBody ServiceItem content) {
		return this.publications.edit(itemCode, content, actor(user));
	}

	@PostMapping("/{itemCode}/actions")
	ManagedItemView act(CurrentUser user, @PathVariable String itemCode, @Valid @RequestBody ActionRequest request) {
		return this.publications.act(itemCode, request.action(), request.comment(), actor(user));
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.subject(), user.requireDepartment(), user.roles());
	}

}
